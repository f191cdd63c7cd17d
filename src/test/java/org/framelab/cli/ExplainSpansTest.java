package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.framelab.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code explain} shows human span annotations beside the evidence: found by which hit, or missed. */
class ExplainSpansTest {
    @TempDir
    Path dir;

    @Test
    void standOffSpansAreListedWithTheHitsThatFindThem() throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        // offsets: "The senator's disastrous plan was slammed." -> disastrous 14..24, plan 25..29
        Files.writeString(corpus, "{\"id\":\"a1\",\"text\":\"The senator's disastrous plan was slammed.\"}\n"
                + "{\"id\":\"a2\",\"text\":\"Nothing here.\"}\n", StandardCharsets.UTF_8);
        Path spans = dir.resolve("spans.csv");
        Files.writeString(spans, "id,begin,end,label,annotator\na1,14,24,loaded,x\na1,25,29,loaded,y\n", StandardCharsets.UTF_8);
        Run r = new Run("explain", corpus.toString(), "--id", "a1", "--families", "subjective", "--spans", spans.toString(),
                "--html", dir.resolve("a1.html").toString());
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("Annotated spans (2; 1 overlap a hit):")
                .containsPattern("1  \"disastrous\" +label loaded  annotator x  found by #1 subjective.negative")
                .containsPattern("2  \"plan\" +label loaded  annotator y  missed");
        String html = Files.readString(dir.resolve("a1.html"));
        assertThat(html).contains("Annotated spans (human coders)").contains("title=\"label loaded \u2013 annotator y\">plan");

        Run j = new Run("explain", corpus.toString(), "--id", "a1", "--families", "subjective", "--spans", spans.toString(), "--json");
        JsonNode s = j.json().get("spans");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).get("text").asText()).isEqualTo("disastrous");
        assertThat(s.get(0).get("hits").size()).isPositive();
        assertThat(s.get(1).get("hits").size()).isZero();

        Run none = new Run("explain", corpus.toString(), "--id", "a2", "--spans", spans.toString());
        assertThat(none.code).isZero();
        assertThat(none.out()).doesNotContain("Annotated spans");
    }

    @Test
    void babeBiasedWordsAreUsedWithoutAnOption() {
        Path babe = SharedData.require("datasets/babe/final_labels_SG2.csv");
        Run r = new Run("explain", babe.toString(), "--id", "final_labels_SG2:2", "--families", "subjective");
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("Annotated spans (2; 1 overlap a hit):")
                .containsPattern("\"characteristically\" +label biased_words  missed")
                .containsPattern("\"bizarre\" +label biased_words  found by #3 subjective.negative");
    }
}
