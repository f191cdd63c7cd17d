package org.framelab.corpus;

import org.framelab.util.OptionException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the values of the date field are read: the mapping's {@link FieldMapping#dateFormat() date format}, given
 * with {@code --date-format}, a study file's {@code corpus.date_format} or the GUI's "Date order".
 *
 * <ul>
 *   <li>none ({@link #AUTO}): as {@link Dates#parse}; slash dates with the year last are month-first (US), and
 *       a value that can only be day-first ({@code 13/01/2024}) stops the read ({@link DateReader});</li>
 *   <li>{@code dmy}, {@code mdy}: numeric dates with the year last ({@code 05/03/2024}, {@code 5.3.24},
 *       {@code 05-03-2024}, optionally followed by a time) are read day-first or month-first; a value that only
 *       fits the other order stops the read (the file mixes orders);</li>
 *   <li>{@code ymd}: numeric dates with the year first ({@code 2024/03/05}, {@code 24.03.05}); a value with
 *       a four-digit year last stops the read;</li>
 *   <li>anything else is a {@link DateTimeFormatter} pattern ({@code dd.MM.yyyy}, {@code d/M/yyyy HH:mm}) that
 *       must hold a year, a month and a day; {@code yyyy} and {@code uuuu} both mean the year, and a day that
 *       the month does not have (31 April) is not a date.</li>
 * </ul>
 * In every case ISO dates and date-times and dates with the month as a word ({@code 5 March 2024}) are read as
 * they are, and years before 1000 count as no date.
 */
public final class DateOrder {
    /** The kinds of setting. */
    public enum Kind { AUTO, DMY, MDY, YMD, PATTERN }

    /** No date format given. */
    public static final DateOrder AUTO = new DateOrder(Kind.AUTO, null, null);

    private final Kind kind;
    private final String text;
    private final DateTimeFormatter pattern;

    private DateOrder(Kind kind, String text, DateTimeFormatter pattern) {
        this.kind = kind;
        this.text = text;
        this.pattern = pattern;
    }

    /**
     * The setting as a user gives it: null or blank = {@link #AUTO}; {@code dmy}, {@code mdy}, {@code ymd} (any
     * case); else a pattern.
     *
     * @throws OptionException (key {@code date_format}) for a pattern that is not valid or lacks the year, month or day
     */
    public static DateOrder parse(String setting) {
        if (setting == null || setting.isBlank()) return AUTO;
        String s = setting.strip();
        switch (s.toLowerCase(Locale.ROOT)) {
            case "dmy": return new DateOrder(Kind.DMY, "dmy", null);
            case "mdy": return new DateOrder(Kind.MDY, "mdy", null);
            case "ymd": return new DateOrder(Kind.YMD, "ymd", null);
            default: break;
        }
        String letters = unquoted(s);
        if (!letters.matches(".*[yu].*") || !letters.matches(".*[ML].*") || !letters.contains("d")) {
            throw new OptionException("date_format", s, "dmy, mdy or ymd, or a pattern with the year, month and day such as dd.MM.yyyy"
                    + " (y = year, M = month, d = day)");
        }
        try {
            DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(yearAsU(s))
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
            return new DateOrder(Kind.PATTERN, s, f);
        } catch (IllegalArgumentException e) {
            throw new OptionException("date_format", s, "not a valid date pattern (" + e.getMessage()
                    + "); give dmy, mdy or ymd, or a pattern such as dd.MM.yyyy");
        }
    }

    /** The pattern's letters outside quotes. */
    private static String unquoted(String p) {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : p.toCharArray()) {
            if (c == '\'') quoted = !quoted;
            else if (!quoted) b.append(c);
        }
        return b.toString();
    }

    /** {@code y} (year of era, which a strict reading cannot resolve without an era) as {@code u} (year), outside quotes. */
    private static String yearAsU(String p) {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : p.toCharArray()) {
            if (c == '\'') quoted = !quoted;
            b.append(!quoted && c == 'y' ? 'u' : c);
        }
        return b.toString();
    }

    public Kind kind() {
        return kind;
    }

    /** The setting as a study file or an option writes it ({@code dmy}, or the pattern); null for {@link #AUTO}. */
    public String text() {
        return text;
    }

    /** What the setting means, for messages: "day-first (dmy)", "the pattern 'dd.MM.yyyy'". */
    public String describe() {
        return switch (kind) {
            case AUTO -> "month-first (US) for slash dates (no date format given)";
            case DMY -> "day-first (dmy)";
            case MDY -> "month-first (mdy)";
            case YMD -> "year-first (ymd)";
            case PATTERN -> "the pattern '" + text + "'";
        };
    }

    /** A numeric date: two parts of one or two digits, the same separator twice, and a two- or four-digit part; perhaps a time after it. */
    static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)?");

    /**
     * One value read under this setting.
     *
     * @param date     the date, or null when the value is not one
     * @param conflict when the value contradicts the setting: what it is instead, after the value (e.g. "is a date only
     *                 month-first (13 January 2024)"); null otherwise
     */
    public record Reading(LocalDate date, String conflict) {}

    private static final Reading NONE = new Reading(null, null);

    /** Reads one value (null or blank: no date). With {@link #AUTO} never a conflict: {@link DateReader} weighs the evidence. */
    public Reading read(String raw) {
        if (raw == null || raw.isBlank()) return NONE;
        String s = raw.strip();
        switch (kind) {
            case AUTO:
                return new Reading(Dates.parse(s), null);
            case PATTERN: {
                try {
                    return new Reading(plausible(LocalDate.parse(s, pattern)), null);
                } catch (DateTimeParseException e) {
                    return new Reading(Dates.parseUnambiguous(s), null);
                }
            }
            default:
                break;
        }
        Matcher m = NUMERIC.matcher(s);
        if (!m.matches()) return new Reading(Dates.parseUnambiguous(s), null);
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
        String last = m.group(4);
        int year = last.length() == 2 ? 2000 + Integer.parseInt(last) : Integer.parseInt(last);
        if (kind == Kind.YMD) {
            if (last.length() == 2) { // yy/MM/dd
                LocalDate d = date(2000 + a, b, Integer.parseInt(last));
                if (d != null) return new Reading(d, null);
            }
            LocalDate dmy = date(year, b, a), mdy = date(year, a, b);
            if (last.length() == 4 && (dmy != null || mdy != null)) {
                return new Reading(null, "has the year last (" + (dmy != null ? "day-first: " + words(dmy) : "month-first: " + words(mdy)) + ")");
            }
            return NONE;
        }
        boolean dayFirst = kind == Kind.DMY;
        LocalDate d = dayFirst ? date(year, b, a) : date(year, a, b);
        if (d != null) return new Reading(plausible(d), null);
        LocalDate other = dayFirst ? date(year, a, b) : date(year, b, a);
        if (other != null && other.getYear() >= 1000) {
            return new Reading(null, "is a date only " + (dayFirst ? "month-first (" : "day-first (") + words(other) + ")");
        }
        return NONE;
    }

    private static LocalDate plausible(LocalDate d) {
        return d == null || d.getYear() < 1000 ? null : d;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "13 January 2024". */
    static String words(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateOrder other && kind == other.kind && java.util.Objects.equals(text, other.text);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, text);
    }

    @Override
    public String toString() {
        return text == null ? "auto" : text;
    }
}
