package org.framelab.corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The date order checks of a local read ({@link DateReader}) for an input read in parts, as the Spark job reads a
 * JSON-lines file in splits: each part keeps the first value that shows the date order and the first value that
 * stops a read ({@link #offer}); the parts' values, in input order, then go through the local reader's rules
 * ({@link #check}), which stop with the message a local read of the whole input gives, naming the same file, line,
 * field and values. One is made per part where the part is read; only its {@link #values()} travel. Without this, a part's records are mapped one at a time and a day-first file read without
 * {@code --date-format} would be read month-first, silently wrong where day and month are both 12 or less.
 */
public final class DateEvidence {
    /** A date value of a part, at its line within the part (1-based). */
    public record Value(long line, String raw) implements Serializable {}

    /** A date value placed in the input: its file as shown to the user and its line in that file. */
    public record Located(String file, long line, String raw) {}

    private final DateOrder order;
    private final String field;
    private Value proof;
    private Value conflict;
    private Value firstAmbiguous;
    private long ambiguous;

    /** Evidence for the date field of {@code mapping} (none to keep when it has none). */
    public DateEvidence(FieldMapping mapping) {
        this.order = mapping.dateOrder();
        this.field = mapping.dateField();
    }

    /** Offers the record at {@code line} of the part (its fields as the reader gives them). */
    public void offer(long line, Map<String, String> record) {
        if (field == null) return;
        String raw = record.get(field);
        switch (DateReader.act(order, raw)) {
            case PROOF -> {
                if (proof == null) proof = new Value(line, raw);
            }
            case CONFLICT -> {
                if (conflict == null) conflict = new Value(line, raw);
            }
            case AMBIGUOUS -> {
                if (ambiguous++ == 0) firstAmbiguous = new Value(line, raw);
            }
            default -> { }
        }
    }

    /** Slash dates of the part read month-first without a value that shows the order (day and month both 12 or less). */
    public long ambiguous() {
        return ambiguous;
    }

    /** The first of them, or null. */
    public Value firstAmbiguous() {
        return firstAmbiguous;
    }

    /** The values kept, in line order (at most two). */
    public List<Value> values() {
        List<Value> out = new ArrayList<>(2);
        if (proof != null) out.add(proof);
        if (conflict != null) out.add(conflict);
        out.sort((a, b) -> Long.compare(a.line(), b.line()));
        return out;
    }

    /**
     * Puts {@code values} (the parts' {@link #values()}, placed in their files and given in input order: files in the
     * order read, lines ascending) through the local reader's date rules for {@code mapping}.
     *
     * @throws CorpusException what a local read of the whole input throws for its dates
     */
    public static void check(FieldMapping mapping, List<Located> values) throws CorpusException {
        check(mapping, values, 0, null);
    }

    /**
     * {@link #check(FieldMapping, List)}, and the note a local read gives when slash dates were read month-first and no
     * value showed that order: {@code ambiguous} such dates in all parts, the first at {@code firstAmbiguous}.
     *
     * @return the note ("" when there is none)
     */
    public static String check(FieldMapping mapping, List<Located> values, long ambiguous, Located firstAmbiguous) throws CorpusException {
        if (mapping.dateField() == null) return "";
        DateReader reader = new DateReader(mapping.dateOrder(), mapping.dateField());
        long row = 0;
        for (Located v : values) reader.read(v.raw(), new RawRecord(v.file(), v.line(), ++row, Map.of()));
        if (firstAmbiguous != null) reader.ambiguous(ambiguous, firstAmbiguous.file(), firstAmbiguous.line(), firstAmbiguous.raw());
        return reader.note();
    }
}
