package org.framelab.corpus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date field of one input, record after record, under its {@link DateOrder}, and stops the read where a
 * date would otherwise be wrong without a word:
 * <ul>
 *   <li>no order given: slash dates with the year last are month-first (US). A value that can only be day-first
 *       ({@code 13/01/2024}) stops the read, naming the file, the line, the field and the option to set: the
 *       values before and after it whose parts are both 12 or less ({@code 05/03/2024}) would be read month-first,
 *       silently wrong. When an earlier value could only be month-first ({@code 1/13/2024}), the message names
 *       both: the file mixes orders;</li>
 *   <li>an order given: a value that only fits another order stops the read, naming the earliest value that
 *       fitted the order given when there was one.</li>
 * </ul>
 * Not skipped by {@code --skip-bad}: the problem is the file's, not the row's. Streams (one pass, nothing kept
 * but the first evidence); a slash date read month-first without any value showing the order is counted for a
 * note ({@link #note()}).
 */
final class DateReader {
    /** A slash date with the year last. */
    private static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:[ T].*)?");

    private final DateOrder order;
    private final String field;
    /** The first value that showed the order: its file, line and value (null: none yet). */
    private String proofFile, proofValue;
    private long proofLine;
    private long ambiguous;
    private String ambiguousExample;
    private boolean monthFirstShown;

    DateReader(DateOrder order, String field) {
        this.order = order == null ? DateOrder.AUTO : order;
        this.field = field;
    }

    /** The date of {@code raw} in record {@code r} (null: none). */
    LocalDate read(String raw, RawRecord r) throws CorpusException {
        if (raw == null || raw.isBlank()) return null;
        String v = raw.strip();
        DateOrder.Reading reading = order.read(v);
        if (order.kind() == DateOrder.Kind.AUTO) {
            auto(v, r);
            return reading.date();
        }
        if (reading.conflict() != null) {
            String earlier = proofValue == null ? "" : "; " + earlier(r) + " has '" + proofValue
                    + "', which fits only " + order.describe();
            throw new CorpusException(r.file(), r.line(), field, "'" + v + "' does not fit the date order given, "
                    + order.describe() + ": it " + reading.conflict() + earlier + ". Either the file mixes date orders (and its"
                    + " values whose day and month are both 12 or less cannot be told apart) or the order given is not the file's",
                    "write the dates in one order (ISO dates such as 2024-01-13 are unambiguous), or give the order the file uses"
                            + " with " + org.framelab.util.SettingHint.phrase("--date-format", "corpus.date_format", "'Date order'" + CorpusHints.DIALOG));
        }
        if (proofValue == null && showsOrder(order, reading, v)) remember(r, v);
        return reading.date();
    }

    private void auto(String v, RawRecord r) throws CorpusException {
        Act act = slashAct(v);
        if (act == Act.CONFLICT) {
            Matcher m = SLASH.matcher(v);
            m.matches();
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            if (monthFirstShown) {
                throw new CorpusException(r.file(), r.line(), field, "the date field mixes orders: " + earlier(r)
                        + " has '" + proofValue + "', which can only be month-first, and this line '" + v + "', which can only be"
                        + " day-first (day " + a + ", month " + b + "); the values whose day and month are both 12 or less cannot be told apart",
                        "write the dates in one order (ISO dates such as 2024-01-13 are unambiguous), then give it: "
                                + CorpusHints.dateOrder("dmy") + " or " + CorpusHints.dateOrder("mdy"));
            }
            throw new CorpusException(r.file(), r.line(), field, "'" + v + "' can only be a day-first date (day " + a + ", month " + b
                    + "), but without a date order slash dates are read month-first (US): a value such as 05/03/2024 in this file"
                    + " would be read as 3 May, not 5 March",
                    "give the date order: " + CorpusHints.dateOrder("dmy") + "; if the file is month-first and this value is a mistake,"
                            + " correct it or give " + CorpusHints.dateOrder("mdy"));
        }
        if (act == Act.PROOF) {
            if (!monthFirstShown) remember(r, v);
            monthFirstShown = true;
        } else if (act == Act.AMBIGUOUS) {
            if (ambiguous++ == 0) ambiguousExample = where(r.file(), r.line()) + ": '" + v + "'";
        }
    }

    /** What {@link #read} does with a value, whatever came before it. */
    enum Act {
        /** nothing: no date, or a value that neither shows nor contradicts the order */
        NONE,
        /** a value that shows the order (remembered as the evidence named in a later message) */
        PROOF,
        /** a value that stops the read: one that only fits another order than the one given, or (without one) a day-first-only slash date */
        CONFLICT,
        /** without an order, a slash date whose day and month are both 12 or less: read month-first, counted for {@link #note()} */
        AMBIGUOUS
    }

    /**
     * What {@link #read} does with {@code raw} under {@code order}: the same tests, without the state. A reader given only
     * the first {@link Act#PROOF} and the first {@link Act#CONFLICT} value of each part of an input, in input order,
     * stops (or not) with the message a read of the whole input gives, and with the parts' {@link Act#AMBIGUOUS} counts
     * ({@link #ambiguous}) gives its note ({@link DateEvidence}).
     */
    static Act act(DateOrder order, String raw) {
        if (raw == null || raw.isBlank()) return Act.NONE;
        String v = raw.strip();
        DateOrder o = order == null ? DateOrder.AUTO : order;
        if (o.kind() == DateOrder.Kind.AUTO) return slashAct(v);
        DateOrder.Reading reading = o.read(v);
        if (reading.conflict() != null) return Act.CONFLICT;
        return showsOrder(o, reading, v) ? Act.PROOF : Act.NONE;
    }

    /** Without an order: a slash date with the year last that can only be day-first, only month-first, or either. */
    private static Act slashAct(String v) {
        Matcher m = SLASH.matcher(v);
        if (!m.matches()) return Act.NONE;
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
        if (a > 12 && b >= 1 && b <= 12 && a <= 31) return Act.CONFLICT;
        if (b > 12 && a >= 1 && a <= 12 && b <= 31) return Act.PROOF;
        return a <= 12 && b <= 12 ? Act.AMBIGUOUS : Act.NONE;
    }

    /** With an order given (not a pattern): a numeric date read under it with a part over 12, so it fits that order only. */
    private static boolean showsOrder(DateOrder order, DateOrder.Reading reading, String v) {
        if (order.kind() == DateOrder.Kind.PATTERN || reading.date() == null) return false;
        Matcher m = DateOrder.NUMERIC.matcher(v);
        return m.matches() && (Integer.parseInt(m.group(1)) > 12 || Integer.parseInt(m.group(3)) > 12);
    }

    private void remember(RawRecord r, String v) {
        proofFile = r.file();
        proofLine = r.line();
        proofValue = v;
    }

    /** Where the first evidence is: its line, and its file when that is not {@code r}'s. */
    private String earlier(RawRecord r) {
        return proofFile.equals(r.file()) ? (proofLine > 0 ? "line " + proofLine : "an earlier record") : where(proofFile, proofLine);
    }

    private static String where(String file, long line) {
        return line > 0 ? file + ", line " + line : file;
    }

    /**
     * Counts {@code n} more ambiguous slash dates read elsewhere (the parts of an input read in parts, {@link DateEvidence}),
     * the first of them at {@code file}, {@code line} when none was counted before.
     */
    void ambiguous(long n, String file, long line, String v) {
        if (n <= 0) return;
        if (ambiguous == 0) ambiguousExample = where(file, line) + ": '" + v.strip() + "'";
        ambiguous += n;
    }

    /**
     * A note for the load summary when, without a date order, slash dates were read month-first and no value of
     * the input showed that order (every day and month 12 or less); empty otherwise.
     */
    String note() {
        if (order.kind() != DateOrder.Kind.AUTO || monthFirstShown || ambiguous == 0) return "";
        return String.format(Locale.ROOT, "%,d slash date%s in field '%s' (e.g. %s) %s read month-first (US), and no value shows the"
                        + " order (every day and month is 12 or less): if the dates are day-first, give " + CorpusHints.dateOrder("dmy").replace("%", "%%")
                        + " (mdy confirms month-first).",
                ambiguous, ambiguous == 1 ? "" : "s", field, ambiguousExample, ambiguous == 1 ? "was" : "were");
    }
}
