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
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fitting from the cached counts of a {@link CorpusAnalysis} gives, fold by fold, exactly the
 * pipeline and the vectors that fitting on the training articles' texts gives.
 */
class CorpusAnalysisTest {
    /** Real articles with outlet boilerplate and outlet names, the demo corpus, and articles sharing a notice line. */
    static List<Article> corpus() throws Exception {
        List<Article> all = new ArrayList<>(Corpora.read(SharedData.require("datasets/allsides/jsons-sample"), ReadOptions.defaults(), null).articles());
        all.addAll(Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), null).articles());
        all.addAll(RepeatedLinesTest.training(6));
        return all;
    }

    /** Folds by outlet: outlet k goes to test fold k mod 3. */
    static List<int[][]> folds(List<Article> all) {
        Map<String, Integer> outlet = new TreeMap<>();
        for (Article a : all) outlet.putIfAbsent(a.outlet(), outlet.size() % 3);
        List<int[][]> out = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            List<Integer> tr = new ArrayList<>(), te = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) (outlet.get(all.get(i).outlet()) == f ? te : tr).add(i);
            out.add(new int[][]{tr.stream().mapToInt(Integer::intValue).toArray(), te.stream().mapToInt(Integer::intValue).toArray()});
        }
        return out;
    }

    static void assertSameAsTexts(CorpusAnalysis analysis, FeatureSpec spec, int[] train, int[] test) {
        List<Article> all = analysis.articles();
        CountedFeatures counted = analysis.fit(spec, train, test, Progress.NONE);
        List<Article> trainArticles = new ArrayList<>();
        for (int r : train) trainArticles.add(all.get(r));
        FramingFeatures fromTexts = (FramingFeatures) spec.fit(trainArticles);
        FramingFeatures fromCounts = (FramingFeatures) counted.fitted();
        assertThat(fromCounts.vocabulary()).isEqualTo(fromTexts.vocabulary());
        assertThat(fromCounts.columns()).isEqualTo(fromTexts.columns());
        for (int[] part : new int[][]{train, test}) {
            for (int r : part) {
                SparseVector a = counted.vector(r), b = fromTexts.transform(all.get(r));
                assertThat(a.indices()).as("%s, row %d", spec.describe(), r).isEqualTo(b.indices());
                assertThat(a.values()).as("%s, row %d", spec.describe(), r).isEqualTo(b.values());
            }
        }
    }

    @Test
    void everyFoldAndAblationConfigurationFromCountsEqualsTheFitFromTexts() throws Exception {
        List<Article> all = corpus();
        FeatureOptions o = FeatureOptions.defaults().withNgrams(new NgramOptions(1, 2, 2, 5000, true, true, 3));
        FeatureSpec widest = FeatureSets.parse("framing+ngrams", o);
        CorpusAnalysis analysis = CorpusAnalysis.of(all, widest);
        for (int[][] fold : folds(all)) {
            for (String spec : List.of("framing+ngrams", "ngrams", "framing", "attribution", "stance+subjective+ngrams")) {
                assertSameAsTexts(analysis, FeatureSets.parse(spec, o), fold[0], fold[1]);
            }
        }
        // the final model: every row trains
        int[] every = java.util.stream.IntStream.range(0, all.size()).toArray();
        assertSameAsTexts(analysis, widest, every, new int[0]);
        // each article read at most once per distinct mask, never once per fold and configuration
        assertThat(analysis.analyses()).isLessThan(3L * all.size());
    }

    @Test
    void otherNgramSettingsAreNotCovered() throws Exception {
        FeatureOptions o = FeatureOptions.defaults();
        CorpusAnalysis analysis = CorpusAnalysis.of(List.of(), FeatureSets.parse("framing+ngrams", o));
        assertThat(analysis.covers(FeatureSets.parse("ngrams", o))).isTrue();
        assertThat(analysis.covers(FeatureSets.parse("ngrams", o.withNgrams(new NgramOptions(1, 1, 3, 100, true, true, 5))))).isFalse();
        assertThat(CorpusAnalysis.supports(FeatureSets.parse("ngrams", o.withNgrams(new NgramOptions(1, 3, 3, 100, true, true, 5))))).isFalse();
    }
}
