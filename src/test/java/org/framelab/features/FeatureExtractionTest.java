package org.framelab.features;

import org.framelab.corpus.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureExtractionTest {
    static List<Article> corpus(int n) {
        List<Article> out = new ArrayList<>();
        String[] outlets = {"Left Times", "Right Post"};
        for (int i = 0; i < n; i++) {
            String text = "Officials said the \"reform\" failed " + i + " times. The minister claimed the so-called "
                    + (i % 3 == 0 ? "'terrorists' " : "rebels ") + "were clearly to blame, critics said.";
            out.add(new Article("id" + i, "", text, outlets[i % 2], LocalDate.of(2020, 1, 1 + i % 28), "", List.of(),
                    Map.of("bias", i % 2 == 0 ? "left" : "right"), Map.of(), List.of()));
        }
        return out;
    }

    @Test
    void multiThreadedRowsEqualSingleThreadedInOrder() throws Exception {
        FittedFeatures f = FeatureSets.parse("framing", FeatureOptions.defaults()).fit(List.of());
        List<Article> articles = corpus(500);
        FeatureTable one = FeatureExtraction.table(f, articles, 1, null);
        FeatureTable many = FeatureExtraction.table(f, articles, 3, null);
        assertThat(one.rows()).hasSize(500);
        assertThat(many.rows()).hasSize(500);
        for (int i = 0; i < 500; i++) {
            assertThat(many.rows().get(i).id()).isEqualTo("id" + i);
            assertThat(many.rows().get(i).values().values()).containsExactly(one.rows().get(i).values().values());
        }
        assertThat(one.rows().get(1).labels()).containsEntry("bias", "right");
        assertThat(one.rows().get(1).outlet()).isEqualTo("Right Post");
    }

    @Test
    void streamingCollectsTermsPerOutlet() throws Exception {
        FittedFeatures f = FeatureSets.parse("framing", FeatureOptions.defaults()).fit(List.of());
        List<Article> articles = corpus(6);
        List<String> ids = new ArrayList<>();
        FeatureExtraction.Result r = FeatureExtraction.stream(f, articles, 2, true, row -> ids.add(row.id()), null);
        assertThat(ids).containsExactly("id0", "id1", "id2", "id3", "id4", "id5");
        assertThat(r.articles()).isEqualTo(6);
        assertThat(r.terms()).contains(
                new TermCount("say", "attribution", "neutral", "Left Times", 6),
                new TermCount("claim", "attribution", "evaluative", "Right Post", 3),
                new TermCount("reform", "quotation", "scare", "Left Times", 3),
                new TermCount("terrorists", "quotation", "scare", "Left Times", 1),
                new TermCount("terrorists", "quotation", "scare", "Right Post", 1),
                new TermCount("say", "sources", "officials", "Left Times", 3),
                new TermCount("claim", "sources", "minister", "Right Post", 3));
        assertThat(FeatureExtraction.terms(f, articles)).isEqualTo(r.terms());
    }
}
