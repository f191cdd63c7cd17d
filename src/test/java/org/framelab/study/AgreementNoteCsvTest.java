package org.framelab.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framelab.cli.Main;
import org.framelab.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BABE's SG2 judgements have two coder pairs sharing fewer than 10 items ('1' and '5' 2, '2' and '6' 6). The console,
 * the GUI and the workbook said so on the mean Cohen's kappa; a study's {@code tables/agreement.csv} and the
 * {@code agreement} command's JSON file did not. Now they carry the same note (and the JSON each pair's flag).
 */
class AgreementNoteCsvTest {
    static final String NOTE = "mean over 21 annotator pairs; 2 sharing fewer than 10 items left out ('1' and '5' 2, '2' and '6' 6), all pairs: 0.379";

    @Test
    void theCsvTableAndTheJsonFileNoteThePairsWithFewItems(@TempDir Path dir) throws Exception {
        Path raw = SharedData.require("datasets/babe/raw_labels_SG2.xlsx"); // CI=true: fails when missing
        Path json = dir.resolve("agreement.json");
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "agreement", raw.toString(), "--item-field", "text",
                "--annotator-field", "annotator_id", "--label-field", "label_bias", "--bootstrap", "0", "-o", json.toString());
        assertThat(code).as(e.toString()).isZero();
        assertThat(o.toString()).contains("2 sharing fewer than 10 items left out, all pairs: 0.379");
        JsonNode field = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(field.get("meanCohenKappaNote").asText()).isEqualTo(NOTE);
        int flagged = 0;
        for (JsonNode pair : field.get("cohenKappa")) {
            boolean few = pair.get("fewItems").asBoolean();
            assertThat(pair.get("note").asText()).isEqualTo(few ? "few items (< 10): not in the mean" : "");
            if (few) flagged++;
        }
        assertThat(flagged).isEqualTo(2);

        String yaml = "name: raw\nseed: 42\ncorpus:\n  path: " + raw.toAbsolutePath() + "\n  mapping:\n    item: text\n"
                + "    annotator: annotator_id\n    labels: [label_bias]\n  skip_bad: true\nfeatures:\n  families: [attribution]\n"
                + "analysis:\n  group_by: [outlet]\ncharts:\n  types: [means]\n  formats: [png]\n"
                + "outputs:\n  dir: " + dir.toAbsolutePath() + "\n  workbook: false\n  notebook: false\n";
        Path study = Files.writeString(dir.resolve("raw.yaml"), yaml);
        o = new StringWriter();
        e = new StringWriter();
        assertThat(Main.run(new PrintWriter(o), new PrintWriter(e), "run", study.toString())).as("%s %s", o, e).isZero();
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(dir.resolve("raw/tables/agreement.csv"))) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
        CSVRecord mean = rows.stream().filter(x -> x.get("measure").equals("mean Cohen's kappa (pairs)")).findFirst().orElseThrow();
        assertThat(mean.get("note")).isEqualTo(NOTE);
        assertThat(rows.stream().filter(x -> !x.get("measure").startsWith("mean")).map(x -> x.get("note"))).containsOnly("");
    }
}
