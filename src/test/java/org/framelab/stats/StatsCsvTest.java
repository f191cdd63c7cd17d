package org.framelab.stats;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCsvTest {
    @Test
    void testsTableRoundTripsThroughACsvParser() throws Exception {
        List<TestResult> t = GroupComparison.compare(GroupComparisonTest.twoGroups(), "leaning", List.of("f1", "const"));
        StringWriter w = new StringWriter();
        StatsCsv.writeTests(t, w);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(w.toString())).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(StatsCsv.TEST_COLUMNS);
        CSVRecord welch = rows.get(0);
        assertThat(welch.get("test")).isEqualTo(Tests.WELCH_T);
        assertThat(Double.parseDouble(welch.get("p"))).isEqualTo(t.get(0).p());
        assertThat(welch.get("groups")).isEqualTo("left|right");
        assertThat(welch.get("n")).isEqualTo("8|6");
        assertThat(welch.get("effect_name")).isEqualTo("Cohen's d");
        // the constant feature: test not computed -> empty numbers, reason in the note
        assertThat(rows.get(2).get("p")).isEmpty();
        assertThat(rows.get(2).get("note")).contains("no variance");
    }

    @Test
    void numbersAreLocaleIndependent() {
        java.util.Locale old = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(StatsCsv.num(0.5)).isEqualTo("0.5");
            assertThat(StatsCsv.num(12)).isEqualTo("12");
            assertThat(StatsCsv.num(Double.NaN)).isEmpty();
        } finally {
            java.util.Locale.setDefault(old);
        }
    }
}
