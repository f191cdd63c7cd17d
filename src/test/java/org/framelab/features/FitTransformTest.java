package org.framelab.features;

import org.framelab.SharedData;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass fit + transform of the training data gives exactly what fit, then transform, gives. */
class FitTransformTest {
    static void assertSame(String spec, NgramOptions ng, List<Article> train) throws Exception {
        FeatureSpec s = FeatureSets.parse(spec, FeatureOptions.defaults().withNgrams(ng));
        FeatureSpec.FitResult one = s.fitTransform(train, Progress.NONE);
        FramingFeatures two = (FramingFeatures) s.fit(train);
        assertThat(((FramingFeatures) one.fitted()).vocabulary()).isEqualTo(two.vocabulary());
        assertThat(one.fitted().columns()).isEqualTo(two.columns());
        for (int i = 0; i < train.size(); i++) {
            SparseVector a = one.vectors()[i], b = two.transform(train.get(i));
            assertThat(a.indices()).as("article %d", i).isEqualTo(b.indices());
            assertThat(a.values()).as("article %d", i).isEqualTo(b.values());
        }
    }

    @Test
    void onePassEqualsFitThenTransformOnRealArticlesWithBoilerplate() throws Exception {
        List<Article> train = new ArrayList<>(Corpora.read(SharedData.require("datasets/allsides/jsons-sample"), ReadOptions.defaults(), null).articles());
        // the demo corpus too (no boilerplate), and articles sharing a notice line so that it is learned
        train.addAll(Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), null).articles());
        train.addAll(RepeatedLinesTest.training(6));
        assertSame("framing+ngrams", new NgramOptions(1, 2, 2, 5000, true, true, 3), train);
        assertSame("framing+ngrams", new NgramOptions(1, 2, 1, 300, false, true, 0), train);
        assertSame("quotation+ngrams", new NgramOptions(2, 2, 1, 100_000, true, false, 5), train);
        assertSame("ngrams", new NgramOptions(1, 1, 3, 1000, true, true, 5), train);
        // framing only and trigrams take the two-step path; same result by construction
        assertSame("framing+ngrams", new NgramOptions(1, 3, 2, 2000, true, true, 5), train);
    }
}
