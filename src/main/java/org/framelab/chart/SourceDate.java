package org.framelab.chart;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The date that exported documents may carry, following the reproducible-builds convention: the
 * environment variable {@value #VARIABLE} (whole seconds since 1970-01-01 UTC) when it is set,
 * otherwise none, so that two exports of the same chart are byte-identical.
 */
final class SourceDate {
    private SourceDate() {}

    static final String VARIABLE = "SOURCE_DATE_EPOCH";

    /** Latest date a PDF date string can hold (four-digit year): 9999-12-31T23:59:59Z. */
    private static final long MAX_SECONDS = 253_402_300_799L;

    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The date from the process environment. */
    static Optional<Instant> fromEnvironment() {
        return from(System::getenv);
    }

    /**
     * The date from {@code env} (a lookup of environment variables): empty when {@value #VARIABLE}
     * is unset or blank.
     *
     * @throws IllegalArgumentException when it is set but not a whole number of seconds in 0..253402300799
     */
    static Optional<Instant> from(UnaryOperator<String> env) {
        String value = env.apply(VARIABLE);
        if (value == null || value.isBlank()) return Optional.empty();
        long seconds;
        try {
            seconds = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw new org.framelab.util.OptionException(VARIABLE, value, "whole seconds since 1970-01-01 UTC, up to " + MAX_SECONDS);
        }
        return Optional.of(Instant.ofEpochSecond(seconds));
    }

    /** The date as a PDF date string in UTC, e.g. {@code D:20231114221320Z} (PDF 1.7, 7.9.4). */
    static String pdfDate(Instant date) {
        return PDF_DATE.format(date);
    }
}
