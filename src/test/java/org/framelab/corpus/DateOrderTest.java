package org.framelab.corpus;

import org.framelab.util.OptionException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The date format of the mapping ({@link DateOrder}) and the checks of the order across a file ({@link DateReader}). */
class DateOrderTest {
    private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

    private static LocalDate read(String setting, String value) {
        DateOrder.Reading r = DateOrder.parse(setting).read(value);
        assertThat(r.conflict()).as(value).isNull();
        return r.date();
    }

    @Test
    void ordersReadNumericDatesWithAnySeparatorAndLeaveUnambiguousFormsAlone() {
        assertThat(read("dmy", "05/03/2024")).isEqualTo(MARCH_5);
        assertThat(read("DMY", "5.3.24")).isEqualTo(MARCH_5);
        assertThat(read("dmy", "05-03-2024 14:30")).isEqualTo(MARCH_5);
        assertThat(read("mdy", "03/05/2024")).isEqualTo(MARCH_5);
        assertThat(read("mdy", "3.5.2024")).isEqualTo(MARCH_5);
        assertThat(read("ymd", "2024/03/05")).isEqualTo(MARCH_5);
        assertThat(read("ymd", "24.03.05")).isEqualTo(MARCH_5);
        for (String order : List.of("dmy", "mdy", "ymd", "dd.MM.yyyy")) {
            assertThat(read(order, "2024-03-05")).as(order).isEqualTo(MARCH_5);
            assertThat(read(order, "2024-03-05T10:00:00Z")).as(order).isEqualTo(MARCH_5);
            assertThat(read(order, "5 March 2024")).as(order).isEqualTo(MARCH_5);
            assertThat(read(order, "n/a")).as(order).isNull();
        }
        // no order: as before, slash dates month-first, dotted dates day-first
        assertThat(read(null, "03/05/2024")).isEqualTo(MARCH_5);
        assertThat(read("", "5.3.2024")).isEqualTo(MARCH_5);
    }

    @Test
    void patternsAreStrictAndNeedYearMonthAndDay() {
        assertThat(read("dd.MM.yyyy", "05.03.2024")).isEqualTo(MARCH_5);
        assertThat(read("d/M/yyyy HH:mm", "5/3/2024 09:15")).isEqualTo(MARCH_5);
        assertThat(read("dd MMM uuuu", "05 mar 2024")).isEqualTo(MARCH_5);
        assertThat(read("dd.MM.yyyy", "31.04.2024")).as("April has no 31st: no date, never 30 April").isNull();
        assertThat(DateOrder.parse("dd.MM.yyyy").text()).isEqualTo("dd.MM.yyyy");
        assertThat(DateOrder.parse(" DMY ").text()).isEqualTo("dmy");
        assertThat(DateOrder.parse(null)).isEqualTo(DateOrder.AUTO);
        assertThatThrownBy(() -> DateOrder.parse("MM/yyyy")).isInstanceOf(OptionException.class)
                .satisfies(e -> assertThat(((OptionException) e).key()).isEqualTo("date_format")).hasMessageContaining("'MM/yyyy'");
        assertThatThrownBy(() -> DateOrder.parse("dd.MM.yyyy{")).isInstanceOf(OptionException.class)
                .hasMessageContaining("not a valid date pattern");
        assertThatThrownBy(() -> new FieldMapping(null, null, null, List.of(), null, "date", null, null, "dym"))
                .isInstanceOf(OptionException.class);
    }

    @Test
    void aValueOnlyTheOtherOrderReadsIsAConflict() {
        assertThat(DateOrder.parse("dmy").read("1/13/2024").conflict()).isEqualTo("is a date only month-first (13 January 2024)");
        assertThat(DateOrder.parse("mdy").read("13/01/2024").conflict()).isEqualTo("is a date only day-first (13 January 2024)");
        assertThat(DateOrder.parse("ymd").read("05/03/2024").conflict()).startsWith("has the year last");
        assertThat(DateOrder.parse("dmy").read("31/31/2024")).isEqualTo(new DateOrder.Reading(null, null));
    }

    private static Corpus readCsv(Path dir, String dates, String format) throws Exception {
        StringBuilder sb = new StringBuilder("id,text,outlet,date\n");
        String[] ds = dates.split(" ");
        for (int i = 0; i < ds.length; i++) sb.append("a").append(i + 1).append(",Text number ").append(i + 1).append(",O").append(i % 2).append(',').append(ds[i]).append('\n');
        Path f = Files.writeString(dir.resolve("coded.csv"), sb.toString());
        return Corpora.read(f, ReadOptions.defaults().withMapping(FieldMapping.auto().withDateFormat(format)), Progress.NONE);
    }

    @Test
    void dayFirstEvidenceWithoutAnOrderStopsTheReadNamingFileLineFieldAndOption(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> readCsv(dir, "05/03/2024 07/03/2024 13/01/2024 02/02/2024", null))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("coded.csv, line 4, field 'date': '13/01/2024' can only be a day-first date")
                .hasMessageContaining("--date-format dmy").hasMessageContaining("corpus.date_format");
        // --skip-bad does not hide it: the problem is the file's order, not one row
        Path f = dir.resolve("coded.csv");
        assertThatThrownBy(() -> Corpora.read(f, ReadOptions.parse(FieldMapping.auto(), null, null, null, true, 0), Progress.NONE))
                .isInstanceOf(CorpusException.class).hasMessageContaining("day-first");
        Corpus c = readCsv(dir, "05/03/2024 07/03/2024 13/01/2024 02/02/2024", "dmy");
        assertThat(c.articles()).extracting(Article::date).containsExactly(MARCH_5, LocalDate.of(2024, 3, 7),
                LocalDate.of(2024, 1, 13), LocalDate.of(2024, 2, 2));
        assertThat(c.provenance().mapping().dateFormat()).isEqualTo("dmy");
        assertThat(c.provenance().notes()).isEmpty();
        assertThat(c.articles().get(0).metadata()).containsEntry("date", "05/03/2024"); // the raw value kept
    }

    @Test
    void mixedOrdersAreAnErrorNamingBothValues(@TempDir Path dir) {
        assertThatThrownBy(() -> readCsv(dir, "05/03/2024 1/13/2024 13/01/2024", null))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("coded.csv, line 4, field 'date': the date field mixes orders: line 3 has '1/13/2024'")
                .hasMessageContaining("'13/01/2024', which can only be day-first");
        assertThatThrownBy(() -> readCsv(dir, "25/03/2024 05/03/2024 1/13/2024", "dmy"))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("coded.csv, line 4, field 'date': '1/13/2024' does not fit the date order given, day-first (dmy)")
                .hasMessageContaining("day-first (dmy): it is a date only month-first (13 January 2024); line 2 has '25/03/2024', which fits only day-first");
        assertThatThrownBy(() -> readCsv(dir, "05/03/2024 13/01/2024", "mdy"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("line 3, field 'date': '13/01/2024' does not fit");
    }

    @Test
    void monthFirstFilesReadAsBeforeAndUnprovenOnesGetANote(@TempDir Path dir) throws Exception {
        Corpus us = readCsv(dir, "03/05/2024 1/13/2024 7/23/17", null);
        assertThat(us.articles()).extracting(Article::date).containsExactly(MARCH_5, LocalDate.of(2024, 1, 13), LocalDate.of(2017, 7, 23));
        assertThat(us.provenance().notes()).isEmpty();
        Corpus unproven = readCsv(dir, "03/05/2024 02/01/2024", null);
        assertThat(unproven.articles().get(0).date()).isEqualTo(MARCH_5);
        assertThat(unproven.provenance().notes()).singleElement().asString()
                .startsWith("2 slash dates in field 'date' (e.g. ").contains("coded.csv, line 2: '03/05/2024'")
                .contains("read month-first").contains("--date-format dmy");
        assertThat(CorpusSummary.of(unproven).toText()).contains("Note: 2 slash dates");
        assertThat(readCsv(dir, "03/05/2024 02/01/2024", "mdy").provenance().notes()).isEmpty();
    }

    @Test
    void jsonLinesAndJudgementDataTakeTheSameSetting(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("coded.jsonl"), """
                {"id": "a1", "text": "First text", "date": "05/03/2024", "meta": {"published": "05/03/2024"}}
                {"id": "a2", "text": "Second text", "date": "13/01/2024", "meta": {"published": "13/01/2024"}}
                """);
        FieldMapping nested = new FieldMapping(null, null, null, List.of(), null, "meta.published", null, null);
        assertThatThrownBy(() -> Corpora.read(f, ReadOptions.defaults().withMapping(nested), Progress.NONE))
                .hasMessageContaining("coded.jsonl, line 2, field 'meta.published': '13/01/2024' can only be a day-first date");
        Corpus c = Corpora.read(f, ReadOptions.defaults().withMapping(nested.withDateFormat("dmy")), Progress.NONE);
        assertThat(c.articles().get(1).date()).isEqualTo(LocalDate.of(2024, 1, 13));
        Corpus plain = Corpora.read(f, ReadOptions.defaults().withMapping(FieldMapping.auto().withDateFormat("dd/MM/yyyy")), Progress.NONE);
        assertThat(plain.articles().get(0).date()).isEqualTo(MARCH_5);

        Path judged = Files.writeString(dir.resolve("judged.csv"), "item,coder,frame,date\nS1,c1,x,05/03/2024\nS1,c2,y,05/03/2024\n");
        FieldMapping jm = new FieldMapping(null, "item", null, List.of("frame"), null, "date", "item", "coder", "dmy");
        assertThat(Corpora.read(judged, ReadOptions.defaults().withMapping(jm), Progress.NONE).articles().get(0).date()).isEqualTo(MARCH_5);
    }
}
