package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code train --exclude-outlets A,B} says how many articles it left out (not the number kept), on screen and in the metrics JSON. */
class OutletFilterStatementTest {
    @TempDir
    Path tmp;

    @Test
    void leftOutCountIsTheArticlesOfTheExcludedOutlets() throws Exception {
        Path metrics = tmp.resolve("m.json");
        // demo: Sarn Highland Courier 30 + The Ardel Record 28 = 58 of 233 articles
        Run r = new Run("train", "datasets/demo/articles.jsonl", "--label", "leaning", "--cv", "3", "--importance", "0", "--bootstrap", "0",
                "--exclude-outlets", "Sarn Highland Courier,The Ardel Record", "--metrics-json", metrics.toString());
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("Outlets: all; left out: Sarn Highland Courier, The Ardel Record (58 articles left out, 175 kept)");
        JsonNode f = new ObjectMapper().readTree(metrics.toFile()).get("outletFilter");
        assertThat(f.get("articlesLeftOut").asInt()).isEqualTo(58);
        assertThat(f.get("articlesKept").asInt()).isEqualTo(175);
        assertThat(f.get("excluded").toString()).contains("Sarn Highland Courier", "The Ardel Record");
    }
}
