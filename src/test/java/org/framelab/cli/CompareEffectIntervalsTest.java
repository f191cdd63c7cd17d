package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framelab.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BABE sg2 compared by leaning ({@code type}, nested in 8 outlets): {@code compare -o} and {@code --json} give every
 * test's effect size with its 95% interval, the numbers of a study's {@code tests.csv} (and so of the GUI's export).
 * Before, the study and the GUI's export had the intervals and {@code compare} had none.
 */
class CompareEffectIntervalsTest {

    @Test
    void compareGivesTheEffectIntervalsAStudyGives(@TempDir Path dir) throws Exception {
        Path sg2 = SharedData.require("datasets/babe/final_labels_SG2.csv"); // CI=true: fails when missing
        Path csv = dir.resolve("tests.csv");
        StringWriter o = new StringWriter(), e = new StringWriter();
        assertThat(Main.run(new PrintWriter(o), new PrintWriter(e), "compare", sg2.toString(), "--group-by", "type", "--families", "framing",
                "-o", csv.toString(), "--json")).as(e.toString()).isZero();
        String yaml = "name: t\nseed: 42\ncorpus:\n  path: " + sg2.toAbsolutePath() + "\nfeatures:\n  families: [framing]\n"
                + "analysis:\n  group_by: [type]\ncharts:\n  types: [means]\n  formats: [png]\n"
                + "outputs:\n  dir: " + dir.toAbsolutePath() + "\n  workbook: false\n  notebook: false\n";
        Path study = Files.writeString(dir.resolve("t.yaml"), yaml);
        StringWriter so = new StringWriter(), se = new StringWriter();
        assertThat(Main.run(new PrintWriter(so), new PrintWriter(se), "run", study.toString())).as("%s %s", so, se).isZero();

        Map<String, CSVRecord> reported = new HashMap<>();
        for (CSVRecord r : read(dir.resolve("t/tables/tests.csv"))) reported.put(r.get("feature") + "|" + r.get("test"), r);
        List<CSVRecord> cli = read(csv);
        assertThat(cli).hasSize(reported.size()).hasSize(235);
        int withInterval = 0;
        for (CSVRecord r : cli) {
            CSVRecord s = reported.get(r.get("feature") + "|" + r.get("test"));
            assertThat(s).as(r.get("feature") + " " + r.get("test")).isNotNull();
            for (String c : List.of("p", "effect", "effect_low", "effect_high")) {
                assertThat(r.get(c)).as("%s %s %s", r.get("feature"), r.get("test"), c).isEqualTo(s.get(c));
            }
            if (!r.get("effect_low").isEmpty()) withInterval++;
        }
        assertThat(withInterval).as("tests with an interval (the others have no effect size to bound)").isEqualTo(188);

        JsonNode json = new ObjectMapper().readTree(o.toString());
        for (String part : List.of("clusterTests", "tests")) {
            for (JsonNode t : json.get(part)) {
                CSVRecord s = reported.get(t.get("feature").asText() + "|" + t.get("test").asText());
                assertThat(number(t.get("effectLow"))).as(part).isEqualTo(s.get("effect_low"));
                assertThat(number(t.get("effectHigh"))).as(part).isEqualTo(s.get("effect_high"));
            }
        }
    }

    private static String number(JsonNode n) {
        return n == null || n.isNull() ? "" : shortest(n.asDouble());
    }

    /** Java's shortest round-trip form, as the report's CSV writes numbers (whole numbers without ".0"). */
    private static String shortest(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static List<CSVRecord> read(Path f) throws Exception {
        try (Reader r = Files.newBufferedReader(f)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }
}
