package org.framelab.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code framelab spark train} on the command line: its files, and bad input as exit code 3 without a stack trace. */
class TrainCommandTest {
    @Test
    void writesPredictionsAndManifest(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("train");
        SparkTestSupport.Run r = SparkTestSupport.spark("train", "datasets/demo/articles.jsonl", "--label", "leaning", "--folds", "3",
                "--bootstrap", "50", "-o", out.toString(), "--master", "local[2]");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("3-fold cross-validation grouped by outlet (seed 42)").contains("predictions.csv");
        List<String> lines = Files.readAllLines(out.resolve("predictions.csv"));
        assertThat(lines.get(0)).isEqualTo("id,gold,predicted,fold,group,p_center,p_left,p_right,outlet,date");
        assertThat(lines).hasSize(1 + 233);
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(m.get("job").asText()).isEqualTo("train");
        assertThat(m.get("label").asText()).isEqualTo("leaning");
        assertThat(m.get("group_field").asText()).isEqualTo("outlet");
        assertThat(m.get("folds").asInt()).isEqualTo(3);
        assertThat(m.get("seed").asLong()).isEqualTo(42);
        assertThat(m.get("classifier").asText()).startsWith("Spark MLlib logistic regression");
        assertThat(m.get("families").asText()).isEqualTo("framing+ngrams");
        assertThat(m.get("metrics").get("macroF1").asDouble()).isBetween(0.0, 1.0);
        assertThat(m.get("metrics").get("perGroup")).hasSize(9);
        assertThat(m.get("spark_version").asText()).startsWith("4.");
    }

    @Test
    void unknownLabelIsBadInput(@TempDir Path dir) {
        SparkTestSupport.Run r = SparkTestSupport.spark("train", "datasets/demo/articles.jsonl", "--label", "no_such_field",
                "-o", dir.resolve("x").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("no_such_field").doesNotContain("\tat ");
    }
}
