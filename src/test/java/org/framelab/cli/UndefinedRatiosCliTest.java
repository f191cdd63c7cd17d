package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code compare} prints the n used and the pooled ratio per group of a ratio undefined for some
 * texts; {@code explain} says why a value is undefined; {@code features} writes it as missing.
 */
class UndefinedRatiosCliTest {
    @TempDir
    Path dir;
    Path corpus;

    /** Outlet L: said-ratio 1/2, undefined, 1; outlet R: 1, undefined, 1/2 (pooled: 2/3 and 3/4). */
    @BeforeEach
    void corpus() throws Exception {
        corpus = dir.resolve("c.jsonl");
        Files.write(corpus, List.of(
                "{\"id\":\"a0\",\"outlet\":\"L\",\"text\":\"The minister said the plan would work. Critics claimed it would fail.\"}",
                "{\"id\":\"a1\",\"outlet\":\"L\",\"text\":\"The weather was mild and the market was calm.\"}",
                "{\"id\":\"a2\",\"outlet\":\"L\",\"text\":\"The mayor said the road was closed.\"}",
                "{\"id\":\"a3\",\"outlet\":\"R\",\"text\":\"Officials said the vote was delayed. The senator said it was fair.\"}",
                "{\"id\":\"a4\",\"outlet\":\"R\",\"text\":\"Prices rose again this week.\"}",
                "{\"id\":\"a5\",\"outlet\":\"R\",\"text\":\"The governor denied the report. The senator said the report was wrong.\"}"));
    }

    @Test
    void comparePrintsTheNUsedAndThePooledRatios() throws Exception {
        Path pooled = dir.resolve("pooled.csv");
        Run r = new Run("compare", corpus.toString(), "--group-by", "outlet", "--families", "attribution",
                "--features", "attribution.said_ratio,attribution.said.count", "--pooled-ratios", pooled.toString());
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("Undefined ratios are missing, not 0")
                .containsPattern("attribution\\.said_ratio\\s+L 2/3, R 2/3")
                .contains("Pooled ratios by group")
                .containsPattern("attribution\\.said_ratio\\s+0\\.667 \\[-0\\.16, 1\\.49\\]\\s+0\\.750 \\[");
        assertThat(Files.readAllLines(pooled).get(0)).startsWith("feature,group_field,group,articles,defined,numerator,denominator,pooled_ratio");
        assertThat(Files.readAllLines(pooled)).hasSize(3);

        Run j = new Run("compare", corpus.toString(), "--group-by", "outlet", "--families", "attribution",
                "--features", "attribution.said_ratio", "--json");
        assertThat(j.code).as(j.err()).isZero();
        JsonNode doc = j.json();
        JsonNode p = doc.get("pooledRatios");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).get("pooledRatio").asDouble()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(p.get(1).get("se").asDouble()).isCloseTo(Math.sqrt(3 / 64.0), within(1e-12));
        assertThat(doc.get("descriptives").get(0).get("n").asInt()).isEqualTo(2);
        assertThat(doc.get("descriptives").get(0).get("missing").asInt()).isEqualTo(1);
    }

    @Test
    void explainSaysTheValueIsUndefinedAndFeaturesWriteItAsMissing() throws Exception {
        Run e = new Run("explain", corpus.toString(), "--id", "a1");
        assertThat(e.code).as(e.err()).isZero();
        assertThat(e.out()).contains("attribution.said_ratio: undefined (the text has no reporting verb)");
        Path arff = dir.resolve("f.arff"), csv = dir.resolve("f.csv");
        assertThat(new Run("features", corpus.toString(), "-o", arff.toString(), "--families", "attribution").code).isZero();
        assertThat(new Run("features", corpus.toString(), "-o", csv.toString(), "--families", "attribution").code).isZero();
        List<String> lines = Files.readAllLines(arff);
        assertThat(lines.get(lines.indexOf("@data") + 2)).contains(" ?").doesNotContain("NaN");
        List<String> rows = Files.readAllLines(csv);
        List<String> head = List.of(rows.get(0).split(",", -1));
        int said = head.indexOf("attribution.said_ratio");
        assertThat(rows.get(1).split(",", -1)[said]).isEqualTo("0.5");
        assertThat(rows.get(2).split(",", -1)[said]).isEmpty();
    }
}
