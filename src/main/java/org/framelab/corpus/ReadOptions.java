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
                          boolean skipBad, long limit, java.nio.file.Path outletLabels) {
    public ReadOptions {
        if (mapping == null) mapping = FieldMapping.auto();
        org.framelab.util.OptionException.check(limit >= 0, "limit", limit, "0 = all, or the number of articles to read");
    }

    /** Without a table of labels per outlet. */
    public ReadOptions(FieldMapping mapping, Charset encoding, Character delimiter, String sheet, boolean skipBad, long limit) {
        this(mapping, encoding, delimiter, sheet, skipBad, limit, null);
    }

    /**
     * The same options joining labels per outlet from {@code file} ({@link OutletLabels}: a CSV, TSV or .xlsx with an
     * outlet column and one column per label field; null for none).
     */
    public ReadOptions withOutletLabels(java.nio.file.Path file) {
        return new ReadOptions(mapping, encoding, delimiter, sheet, skipBad, limit, file);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(FieldMapping.auto(), null, null, null, false, 0);
    }

    /**
     * Read options from text settings, as the CLI, a study file and the GUI give them: {@code encoding}
     * a charset name or null (detect), {@code delimiter} one character, {@code tab} or {@code \\t}, or
     * null (detect). The one place where those texts are checked.
     */
    public static ReadOptions parse(FieldMapping mapping, String encoding, String delimiter, String sheet, boolean skipBad, long limit) {
        Charset cs = null;
        if (encoding != null && !encoding.isBlank()) {
            try {
                cs = Charset.forName(encoding.strip());
            } catch (IllegalArgumentException e) { // illegal or unsupported charset name
                throw new org.framelab.util.OptionException("encoding", encoding,
                        "not a known character set; try UTF-8, windows-1252, ISO-8859-1, UTF-16");
            }
        }
        Character delim = null;
        if (delimiter != null && !delimiter.isEmpty()) {
            if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) delim = '\t';
            else if (delimiter.length() == 1) delim = delimiter.charAt(0);
            else throw new org.framelab.util.OptionException("delimiter", delimiter, "give one character, or 'tab'");
        }
        org.framelab.util.OptionException.check(limit >= 0, "limit", limit, "0 = all, or the number of articles to read");
        return new ReadOptions(mapping, cs, delim, sheet, skipBad, limit);
    }

    /** The encoding as a study file or CLI option writes it (null = detect). */
    public String encodingName() {
        return encoding == null ? null : encoding.name();
    }

    /** The delimiter as a study file or CLI option writes it ({@code tab} for a tab; null = detect). */
    public String delimiterName() {
        return delimiter == null ? null : delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    public ReadOptions withMapping(FieldMapping m) {
        return new ReadOptions(m, encoding, delimiter, sheet, skipBad, limit, outletLabels);
    }
}
