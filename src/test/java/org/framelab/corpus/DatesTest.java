package org.framelab.corpus;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {
    @Test
    void commonFormats() {
        LocalDate d = LocalDate.of(2019, 3, 4);
        assertThat(Dates.parse("2019-03-04")).isEqualTo(d);
        assertThat(Dates.parse("2019/03/04")).isEqualTo(d);
        assertThat(Dates.parse("4 Mar 2019")).isEqualTo(d);
        assertThat(Dates.parse("4 March 2019")).isEqualTo(d);
        assertThat(Dates.parse("March 4, 2019")).isEqualTo(d);
        assertThat(Dates.parse("2019-03-04T23:10:00Z")).isEqualTo(d);
        assertThat(Dates.parse("2019-03-04T10:00:00+02:00")).isEqualTo(d);
        assertThat(Dates.parse("2019-03-04 10:00:00")).isEqualTo(d);
        assertThat(Dates.parse("3/4/19")).isEqualTo(d);
        assertThat(Dates.parse("3/4/2019")).isEqualTo(d);
    }

    @Test
    void unixTimeStampsInMillisecondsOrSecondsAreUtcDates() {
        // 2019-03-04T00:00:00Z = 1551657600 s; 23:59:59 UTC is still the 4th, one second later the 5th
        assertThat(Dates.parse("1551657600000")).isEqualTo(LocalDate.of(2019, 3, 4));
        assertThat(Dates.parse("1551657600")).isEqualTo(LocalDate.of(2019, 3, 4));
        assertThat(Dates.parse("1551743999")).isEqualTo(LocalDate.of(2019, 3, 4));
        assertThat(Dates.parse("1551744000")).isEqualTo(LocalDate.of(2019, 3, 5));
        // other runs of digits are not time stamps: 9 or 11 digits, a leading zero, an Excel serial
        assertThat(Dates.parse("155165760")).isNull();
        assertThat(Dates.parse("15516576000")).isNull();
        assertThat(Dates.parse("0551657600")).isNull();
        assertThat(Dates.parse("43528")).isNull();
    }

    @Test
    void rejectsGarbageAndPlaceholders() {
        assertThat(Dates.parse("")).isNull();
        assertThat(Dates.parse(null)).isNull();
        assertThat(Dates.parse("yesterday")).isNull();
        assertThat(Dates.parse("0001-11-30")).isNull();
        assertThat(Dates.parse("2019-13-45")).isNull();
    }

    private static Article dated(String id, String raw) {
        return new Article(id, "", "text", "", Dates.parse(raw), "", java.util.List.of(), java.util.Map.of(), java.util.Map.of("date", raw),
                java.util.List.of());
    }

    @org.junit.jupiter.api.Test
    void dateValuesThatAreNotDatesAreCountedWithAHint() {
        Dates.Unreadable none = Dates.unreadable(java.util.List.of(dated("a", "2024-01-13"), dated("b", "1/13/2024")));
        org.assertj.core.api.Assertions.assertThat(none.count()).isZero();
        org.assertj.core.api.Assertions.assertThat(none.describe()).isEmpty();
        Dates.Unreadable dayFirst = Dates.unreadable(java.util.List.of(dated("a", "12/01/2024"), dated("b", "13/01/2024"), dated("c", "25/12/2023")));
        org.assertj.core.api.Assertions.assertThat(dayFirst.count()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(dayFirst.dayFirst()).isTrue();
        org.assertj.core.api.Assertions.assertThat(dayFirst.describe()).startsWith("2 articles have a date value").contains("b: '13/01/2024'")
                .contains("day-first");
        Dates.Unreadable serial = Dates.unreadable(java.util.List.of(dated("x", "45302")));
        org.assertj.core.api.Assertions.assertThat(serial.excelSerial()).isTrue();
        org.assertj.core.api.Assertions.assertThat(serial.describe()).startsWith("1 article has").contains("Excel date serial");
        org.assertj.core.api.Assertions.assertThat(Dates.unreadable(java.util.List.of(dated("y", "Jan 5th, 2024"))).describe())
                .contains("y: 'Jan 5th, 2024'").contains("FrameLab reads ISO dates");
    }
}
