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
    void rejectsGarbageAndPlaceholders() {
        assertThat(Dates.parse("")).isNull();
        assertThat(Dates.parse(null)).isNull();
        assertThat(Dates.parse("yesterday")).isNull();
        assertThat(Dates.parse("0001-11-30")).isNull();
        assertThat(Dates.parse("2019-13-45")).isNull();
    }
}
