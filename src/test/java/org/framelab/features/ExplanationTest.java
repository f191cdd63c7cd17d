package org.framelab.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTest {
    static final Article A = Article.of("x1", "\"They are fighting a 'civil war,'\" said Maria Zakharova, the spokeswoman. "
            + "Officials claimed the so-called <rebels> & others were \"terrorists\".");

    static FramingFeatures framing() throws Exception {
        return (FramingFeatures) FeatureSets.parse("framing", FeatureOptions.defaults()).fit(List.of());
    }

    @Test
    void terminalTextMarksAndListsEveryHit() throws Exception {
        FramingFeatures f = framing();
        List<Hit> hits = f.explain(A);
        String s = Explanation.text(A, hits);
        assertThat(s).contains("Article x1").contains("[said]").contains("[\"terrorists\"]")
                .contains(hits.size() + " hits:").contains("speaker: Maria Zakharova, the spokeswoman")
                .contains("quotation.scare");
        // removing the markers gives the text back
        String body = s.substring(s.indexOf("\n\n") + 2, s.indexOf("\n\n" + hits.size() + " hits"));
        assertThat(body.replaceAll("\\[|\\]\\d+(,\\d+)*", "")).isEqualTo(A.text());
        assertThat(s).contains("[claimed]7,8");
    }

    @Test
    void jsonHasSpansAndSpeakers() throws Exception {
        FramingFeatures f = framing();
        JsonNode root = new ObjectMapper().readTree(Explanation.json(A, f.explain(A)));
        assertThat(root.get("id").asText()).isEqualTo("x1");
        JsonNode hits = root.get("hits");
        assertThat(hits.size()).isGreaterThan(5);
        boolean speakerSeen = false;
        for (JsonNode h : hits) {
            int b = h.get("begin").asInt();
            int e = h.get("end").asInt();
            assertThat(A.text().substring(b, e)).isEqualTo(h.get("text").asText());
            assertThat(h.has("family") && h.has("feature") && h.has("category")).isTrue();
            if (h.get("feature").asText().equals("attribution.neutral")) {
                assertThat(h.get("speaker").asText()).isEqualTo("Maria Zakharova, the spokeswoman");
                speakerSeen = true;
            }
        }
        assertThat(speakerSeen).isTrue();
    }

    @Test
    void htmlIsStandaloneEscapedAndWellNested() throws Exception {
        FramingFeatures f = framing();
        String html = Explanation.html(A, f.analyze(A), f.columns());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Legend:").contains("&lt;rebels&gt; &amp; others")
                .contains("title=\"quotation.scare").doesNotContain("<rebels>").doesNotContain("http");
        int opens = html.split("<span class=\"h\"", -1).length - 1;
        int closes = html.split("</span>", -1).length - 1;
        assertThat(opens).isEqualTo(closes);
        assertThat(html).contains("<td>attribution.evaluative.count</td>");
    }

    @Test
    void crossingSpansAreClosedAndReopened() {
        Article a = Article.of("c", "abcdefghij");
        List<Hit> hits = List.of(new Hit("stance", "stance.hedge", "hedge", new org.framelab.text.Span(0, 5), "abcde", null),
                new Hit("subjective", "subjective.negative", "negative", new org.framelab.text.Span(3, 8), "defgh", null));
        String s = Explanation.text(a, hits);
        assertThat(s).contains("[abc[de]2]1[fgh]2");
    }
}
