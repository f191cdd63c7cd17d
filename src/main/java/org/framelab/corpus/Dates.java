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

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy.M.d", Locale.ROOT),
            ci("d MMM yyyy"), ci("d MMMM yyyy"), ci("MMM d, yyyy"), ci("MMMM d, yyyy"), ci("d-MMM-yyyy"),
            ci("EEE, d MMM yyyy"), ci("EEEE, MMMM d, yyyy"),
            DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT),
            // slash dates with the year last are read US-style (month first), as in AllSides ("7/23/17")
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT),
            new DateTimeFormatterBuilder().appendPattern("M/d/").appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 2000)
                    .toFormatter(Locale.ROOT));

    private static DateTimeFormatter ci(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }

    /** ISO date, ISO date-time (with or without zone), yyyy/MM/dd, d MMM yyyy, MMM d, yyyy, d.M.yyyy, M/d/yyyy, M/d/yy; years before 1000 are rejected. */
    public static LocalDate parse(String raw) {
        LocalDate d = parse0(raw);
        // implausible years (e.g. "0001-11-30" placeholders) are treated as no date; the raw value stays in metadata
        return d == null || d.getYear() < 1000 ? null : d;
    }

    private static LocalDate parse0(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.length() < 6) return null;
        if (s.length() >= 10 && s.charAt(4) == '-' && s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
            try { return OffsetDateTime.parse(s.replace(' ', 'T')).toLocalDate(); } catch (DateTimeParseException ignored) { }
            try { return ZonedDateTime.parse(s.replace(' ', 'T')).toLocalDate(); } catch (DateTimeParseException ignored) { }
            try { return java.time.LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate(); } catch (DateTimeParseException ignored) { }
            try { return LocalDate.parse(s.substring(0, 10)); } catch (DateTimeParseException ignored) { }
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }
}
