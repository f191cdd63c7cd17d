package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.features.CorpusAnalysis;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page template planted in one outlet (a newsletter box in 80% of its articles, nowhere else) is
 * learned inside each training part that holds the outlet, left out of the model there (weight 0), and
 * not learned where the outlet is on the test side; kept with {@code removeTemplates} off.
 */
class OutletTemplatesTest {
    private static final String BOX = "Tap here to get our morning briefing newsletter.";

    /** 6 outlets of 25 articles: 3 left, 3 right; OutletC carries the newsletter box. */
    static List<Article> corpus() {
        String[][] cue = {{"progressive", "equity", "climate", "workers"}, {"patriot", "freedom", "border", "taxpayers"}};
        String[] common = {"the", "government", "said", "city", "report", "people", "official", "week", "plan", "vote", "council",
                "today", "budget", "school", "court", "minister", "election", "street", "company", "police"};
        Random r = new Random(5);
        List<Article> out = new ArrayList<>();
        for (int o = 0; o < 6; o++) {
            String outlet = "Outlet" + (char) ('A' + o);
            int l = o % 2;
            for (int a = 0; a < 25; a++) {
                StringBuilder sb = new StringBuilder();
                for (int s = 0; s < 4; s++) {
                    for (int w = 0; w < 12; w++) {
                        sb.append(r.nextDouble() < 0.2 ? cue[l][r.nextInt(4)] : common[r.nextInt(common.length)]).append(' ');
                    }
                    sb.append(".\n");
                }
                // a widget with the article's own words in it (like CNN's "JUST WATCHED <title> Replay More Videos"),
                // so that it is not a repeated line, which the boilerplate filter would blank anyway
                if (o == 2 && a % 5 != 0) sb.append(BOX).append(' ').append(common[r.nextInt(common.length)]).append(' ').append(a).append('\n');
                out.add(new Article(outlet + "-" + a, "", sb.toString(), outlet, null, "", List.of(),
                        Map.of("leaning", l == 0 ? "left" : "right"), Map.of(), List.of()));
            }
        }
        return out;
    }

    private static TrainConfig config(FeatureSpec spec, boolean remove) {
        return new TrainConfig("leaning", spec, ClassifierSpec.defaults(), 1, ModelSelection.fixed(0.3, remove), List.of("left", "right"),
                Map.of(), 1, null);
    }

    private static int column(TrainedModel m, String name) {
        for (int c = 0; c < m.columns().size(); c++) if (m.columns().get(c).name().equals(name)) return c;
        return -1;
    }

    @Test
    void aTemplateOfATrainingOutletNeverReachesTheModel() throws Exception {
        List<Article> corpus = corpus();
        FeatureSpec spec = FeatureSets.parse("framing+ngrams", FeatureOptions.defaults());
        CorpusAnalysis analysis = CorpusAnalysis.of(corpus, spec);
        FoldPlan plan = FoldPlan.grouped(corpus, "leaning", "outlet", 3, 1);
        int withC = 0, withoutC = 0;
        for (FoldPlan.Fold f : plan.folds()) {
            boolean cInTraining = java.util.Arrays.stream(f.train()).anyMatch(i -> corpus.get(i).outlet().equals("OutletC"));
            TrainedModel m = Trainer.trainTimed(analysis, f.train(), f.test(), config(spec, true), Progress.NONE).trained().model();
            int col = column(m, "ngram:briefing newsletter");
            if (cInTraining) {
                withC++;
                assertThat(col).as("the box's n-grams are in the vocabulary (they are frequent)").isGreaterThanOrEqualTo(0);
                assertThat(m.templates()).anyMatch(t -> t.startsWith("ngram:briefing newsletter (OutletC: 80% of 25 articles"));
                assertThat(m.usesColumn(col)).isFalse();
                double[][] w = ((LinearWeights) m.classifier()).classWeights();
                for (double[] row : w) assertThat(row[col]).isZero();
                int other = column(m, "ngram:morning briefing");
                assertThat(m.templates()).anyMatch(t -> t.startsWith("ngram:morning briefing (OutletC"));
                assertThat(m.usesColumn(other)).isFalse();
                for (double[] row : w) assertThat(row[other]).isZero();
            } else {
                withoutC++;
                // learned from the training part only: the test outlet's template is unknown to this fold
                assertThat(m.templates()).noneMatch(t -> t.contains("OutletC"));
            }
            // words that several outlets share are never templates (a rare chance bigram of one outlet may be)
            assertThat(m.templates()).noneMatch(t -> t.matches("ngram:(progressive|equity|climate|workers|patriot|freedom|border|taxpayers|the|said) \\(.*"));
        }
        assertThat(withC).isPositive();
        assertThat(withoutC).isPositive();
    }

    @Test
    void keptWhenAskedAndThenTheModelUsesThem() throws Exception {
        List<Article> corpus = corpus();
        FeatureSpec spec = FeatureSets.parse("framing+ngrams", FeatureOptions.defaults());
        TrainedModel kept = Trainer.train(corpus, config(spec, false), Progress.NONE);
        TrainedModel removed = Trainer.train(corpus, config(spec, true), Progress.NONE);
        int col = column(kept, "ngram:briefing newsletter");
        assertThat(kept.templates()).isEmpty();
        assertThat(kept.usesColumn(col)).isTrue();
        double[][] w = ((LinearWeights) kept.classifier()).classWeights();
        assertThat(Math.abs(w[0][col])).isPositive();
        assertThat(removed.templates()).isNotEmpty();
    }
}
