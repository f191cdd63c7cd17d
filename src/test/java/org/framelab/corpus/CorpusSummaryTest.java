package org.framelab.corpus;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusSummaryTest {
    private static Article art(String id, String text, String outlet, String bias, LocalDate date) {
        return new Article(id, "", text, outlet, date, "", List.of(), bias == null ? Map.of() : Map.of("bias", bias), Map.of(), List.of());
    }

    @Test
    void handComputedSummary() {
        List<Article> as = List.of(
                art("1", "one two three", "A", "left", LocalDate.of(2020, 5, 1)),
                art("2", "one two three", "A", "right", null),
                art("3", "", "B", "left", LocalDate.of(2019, 1, 2)),
                art("4", "a b c d e f g h", "C", null, LocalDate.of(2021, 12, 31)),
                art("4", "x", "A", "left", null));
        FieldMapping m = new FieldMapping("id", "text", null, List.of("bias"), "outlet", "date", null, null);
        Corpus c = new Corpus(as, new Provenance(List.of("mem"), "test", m, 5, 0, List.of()));
        CorpusSummary s = CorpusSummary.of(c);
        assertThat(s.documents()).isEqualTo(5);
        assertThat(s.labels().get("bias")).containsExactly(Map.entry("left", 3L), Map.entry("", 1L), Map.entry("right", 1L));
        assertThat(s.distinctOutlets()).isEqualTo(3);
        assertThat(s.topOutlets()).containsExactly(new CorpusSummary.Count("A", 3), new CorpusSummary.Count("B", 1),
                new CorpusSummary.Count("C", 1));
        assertThat(s.dates()).isEqualTo(new CorpusSummary.DateRange("2019-01-02", "2021-12-31", 3, 2, ""));
        // characters: 13, 13, 0, 15, 1 -> sorted 0 1 13 13 15
        assertThat(s.chars()).isEqualTo(new CorpusSummary.Distribution(0, 1, 13, 13, 15, 8.4, 42));
        // tokens: 3, 3, 0, 8, 1 -> sorted 0 1 3 3 8
        assertThat(s.tokens()).isEqualTo(new CorpusSummary.Distribution(0, 1, 3, 3, 8, 3.0, 15));
        assertThat(s.emptyTexts()).isEqualTo(1);
        assertThat(s.duplicateIds()).isEqualTo(1);
        assertThat(s.duplicateTexts()).isEqualTo(1);
        assertThat(s.judgements()).isNull();
        assertThat(s.toText()).contains("Documents: 5").contains("Outlets: 3 distinct").contains("2019-01-02 .. 2021-12-31");
    }

    @Test
    void jsonFieldNamesAreStable() {
        Cli r = new Cli("corpus", "info", Cli.resource("articles.jsonl").toString(), "--json");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("\"documents\" : 3", "\"labels\"", "\"bias\" : {", "\"distinctOutlets\" : 2",
                "\"topOutlets\"", "\"dates\"", "\"first\" : \"2019-03-04\"", "\"chars\"", "\"tokens\"", "\"emptyTexts\" : 1",
                "\"duplicateIds\" : 0", "\"duplicateTexts\" : 0", "\"judgements\" : null", "\"rowsRead\" : 3",
                "\"rowsSkipped\" : 0", "\"skipped\" : [ ]", "\"mapping\"", "\"textField\" : \"text\"");
    }
}
