package org.framelab.corpus;

import java.nio.charset.Charset;

/**
 * How to read a corpus: the field mapping plus format options. Immutable; validated on construction.
 *
 * @param mapping   field roles
 * @param encoding  null = detect (UTF-8, with or without BOM; UTF-16 by BOM); otherwise forced
 * @param delimiter null = detect (CSV/TSV only)
 * @param sheet     xlsx sheet name or 1-based index as text; null = first sheet
 * @param skipBad   skip bad rows (counted and reported) instead of failing on the first
 * @param limit     read at most this many articles (0 = all)
 */
public record ReadOptions(FieldMapping mapping, Charset encoding, Character delimiter, String sheet,
                          boolean skipBad, long limit) {
    public ReadOptions {
        if (mapping == null) mapping = FieldMapping.auto();
        if (limit < 0) throw new IllegalArgumentException("Invalid limit: " + limit);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(FieldMapping.auto(), null, null, null, false, 0);
    }

    public ReadOptions withMapping(FieldMapping m) {
        return new ReadOptions(m, encoding, delimiter, sheet, skipBad, limit);
    }
}
