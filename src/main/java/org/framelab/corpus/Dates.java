package org.framelab.corpus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Parses publication dates in common formats; null when the value is not a recognised date. */
public final class Dates {
    private Dates() {}

    /** Formats whose reading does not depend on a day/month order: the year first, or the month as a word. */
    private static final List<DateTimeFormatter> UNAMBIGUOUS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy.M.d", Locale.ROOT),
            ci("d MMM yyyy"), ci("d MMMM yyyy"), ci("MMM d, yyyy"), ci("MMMM d, yyyy"), ci("d-MMM-yyyy"),
            ci("EEE, d MMM yyyy"), ci("EEEE, MMMM d, yyyy"));

    /** The default reading of numeric dates with the year last (no date order given). */
    private static final List<DateTimeFormatter> YEAR_LAST_DEFAULT = List.of(
            DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT),
            // slash dates with the year last are read US-style (month first), as in AllSides ("7/23/17"),
            // unless the corpus proves them day-first (DateOrder, DateReader) or a date order is given
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT),
            new DateTimeFormatterBuilder().appendPattern("M/d/").appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 2000)
                    .toFormatter(Locale.ROOT));

    private static DateTimeFormatter ci(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }

    /** ISO date, ISO date-time (with or without zone), a Unix time stamp (10 or 13 digits, UTC), yyyy/MM/dd, d MMM yyyy, MMM d, yyyy, d.M.yyyy, M/d/yyyy, M/d/yy; years before 1000 are rejected. */
    public static LocalDate parse(String raw) {
        LocalDate d = parse0(raw);
        // implausible years (e.g. "0001-11-30" placeholders) are treated as no date; the raw value stays in metadata
        return d == null || d.getYear() < 1000 ? null : d;
    }

    private static LocalDate parse0(String raw) {
        LocalDate d = unambiguous0(raw);
        return d != null || raw == null ? d : first(raw.strip(), YEAR_LAST_DEFAULT);
    }

    /**
     * A date whose reading does not depend on the day/month order: ISO dates and date-times, {@code 2019/03/04},
     * {@code 2019.03.04}, and dates with the month as a word ({@code 4 Mar 2019}, {@code March 4, 2019}); null
     * otherwise (also for years before 1000).
     */
    static LocalDate parseUnambiguous(String raw) {
        LocalDate d = unambiguous0(raw);
        return d == null || d.getYear() < 1000 ? null : d;
    }

    private static LocalDate unambiguous0(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.length() < 6) return null;
        LocalDate unix = unixTime(s);
        if (unix != null) return unix;
        if (s.length() >= 10 && s.charAt(4) == '-' && s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
            try { return OffsetDateTime.parse(s.replace(' ', 'T')).toLocalDate(); } catch (DateTimeParseException ignored) { }
            try { return ZonedDateTime.parse(s.replace(' ', 'T')).toLocalDate(); } catch (DateTimeParseException ignored) { }
            try { return java.time.LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate(); } catch (DateTimeParseException ignored) { }
            try { return LocalDate.parse(s.substring(0, 10)); } catch (DateTimeParseException ignored) { }
        }
        return first(s, UNAMBIGUOUS);
    }

    /**
     * A Unix time stamp as scrapers write them: 13 digits of milliseconds or 10 digits of seconds since
     * 1970-01-01 UTC (10 digits: from 9 September 2001 on), read as the date in UTC (a time stamp has no zone);
     * null for anything else.
     */
    static LocalDate unixTime(String s) {
        int n = s.length();
        if (n != 10 && n != 13) return null;
        for (int i = 0; i < n; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
        if (s.charAt(0) == '0') return null;
        long v = Long.parseLong(s);
        long millis = n == 13 ? v : v * 1000;
        return java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate first(String s, List<DateTimeFormatter> formats) {
        for (DateTimeFormatter f : formats) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    /**
     * Articles whose date field has a value that is not a date FrameLab reads (the raw value stays in
     * {@code metadata["date"]}): how many, the first one, and whether the values look day-first
     * ({@code 13/01/2024}) or like Excel date serials ({@code 45302}).
     */
    public record Unreadable(long count, String exampleId, String exampleValue, boolean dayFirst, boolean excelSerial) {
        /** One sentence for a warning; empty when every date value was read. */
        public String describe() {
            if (count == 0) return "";
            String why = dayFirst ? " The values look day-first (13/01/2024): give the date order, " + CorpusHints.dateOrder("dmy")
                    + ", or write ISO dates (2024-01-13)."
                    : excelSerial ? " A number such as " + exampleValue + " is an Excel date serial: format the column as a date in Excel"
                    + " (or write ISO dates, 2024-01-13) before exporting."
                    : " FrameLab reads ISO dates (2024-01-13), '13 Jan 2024', 'Jan 13, 2024', '13.1.2024' and US slash dates (1/13/2024);"
                    + " for other forms give the date format, e.g. dmy or dd.MM.yyyy: " + org.framelab.util.SettingHint.phrase("--date-format",
                    "corpus.date_format", "'Date order'" + CorpusHints.DIALOG + ", where a pattern can be typed") + ".";
            return String.format(Locale.ROOT, "%,d article%s ha%s a date value that is not a date FrameLab reads (e.g. %s: '%s'): "
                    + "%s no date in monthly series and period groups.%s", count, count == 1 ? "" : "s", count == 1 ? "s" : "ve",
                    exampleId, exampleValue, count == 1 ? "it has" : "they have", why);
        }
    }

    private static final java.util.regex.Pattern SLASH = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final java.util.regex.Pattern SERIAL = java.util.regex.Pattern.compile("\\d{5}(\\.\\d+)?");

    /** The articles with a date value that was not read (see {@link Unreadable}). */
    public static Unreadable unreadable(List<org.framelab.corpus.Article> articles) {
        long n = 0;
        String id = null, value = null;
        boolean dayFirst = false, serial = false;
        for (org.framelab.corpus.Article a : articles) {
            if (a.date() != null) continue;
            String raw = a.metadata().get("date");
            if (raw == null || raw.isBlank()) continue;
            String v = raw.strip();
            if (n++ == 0) {
                id = a.id();
                value = v.length() > 40 ? v.substring(0, 40) + "..." : v;
            }
            java.util.regex.Matcher m = SLASH.matcher(v);
            if (m.matches() && Integer.parseInt(m.group(1)) > 12 && Integer.parseInt(m.group(2)) <= 12) dayFirst = true;
            if (SERIAL.matcher(v).matches()) serial = true;
        }
        return new Unreadable(n, id, value, dayFirst, serial && !dayFirst);
    }
}
