package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything that learns from data is fitted on the training part of each fold only. */
class NoLeakTest {
    private final List<Article> corpus = TestFeatures.corpus(12, 20, 0.3, 7);

    private void assertNoLeak(FoldPlan plan, TestFeatures.Spy spy, boolean grouped) {
        Map<String, Article> byId = corpus.stream().collect(Collectors.toMap(Article::id, a -> a));
        assertThat(spy.fits).hasSize(plan.folds().size());
        for (int f = 0; f < plan.folds().size(); f++) {
            FoldPlan.Fold fold = plan.folds().get(f);
            Set<String> testIds = new HashSet<>();
            Set<String> testOutlets = new HashSet<>();
            for (int i : fold.test()) {
                testIds.add(corpus.get(i).id());
                testOutlets.add(corpus.get(i).outlet());
            }
            List<String> seen = spy.fits.get(f);
            assertThat(seen).hasSize(fold.train().length).doesNotContainAnyElementsOf(testIds);
            if (grouped) {
                Set<String> seenOutlets = seen.stream().map(id -> byId.get(id).outlet()).collect(Collectors.toSet());
                assertThat(seenOutlets).doesNotContainAnyElementsOf(testOutlets);
            }
        }
    }

    @Test
    void stratifiedFoldsFitFeaturesOnTrainingPartOnly() throws Exception {
        TestFeatures.Spy spy = new TestFeatures.Spy(new TestFeatures.BagOfWords(1));
        FoldPlan plan = FoldPlan.stratified(corpus, "bias", 5, 3);
        EvaluationResult r = Evaluation.run(corpus, plan, TrainConfig.of("bias", spy, ClassifierSpec.defaults(), 3), null,
                Metrics.Settings.defaults(3), Progress.NONE);
        assertNoLeak(plan, spy, false);
        assertThat(r.n()).isEqualTo(corpus.size());
    }

    @Test
    void groupedFoldsNeverShowATestOutletToFit() throws Exception {
        TestFeatures.Spy spy = new TestFeatures.Spy(new TestFeatures.BagOfWords(1));
        FoldPlan plan = FoldPlan.grouped(corpus, "bias", "source", 4, 3);
        Evaluation.run(corpus, plan, TrainConfig.of("bias", spy, ClassifierSpec.defaults(), 3), null,
                Metrics.Settings.defaults(3), Progress.NONE);
        assertNoLeak(plan, spy, true);
    }

    @Test
    void testFoldOnlyWordsAreNotInTheFittedVocabulary() throws Exception {
        // the outlet signature words ("houseoutleta") exist only in that outlet: under grouping they must be unknown to the fold's model
        FoldPlan plan = FoldPlan.grouped(corpus, "bias", "source", 4, 3);
        TrainConfig cfg = TrainConfig.of("bias", new TestFeatures.BagOfWords(1), ClassifierSpec.defaults(), 3);
        for (FoldPlan.Fold f : plan.folds()) {
            TrainedModel m = Trainer.train(Evaluation.pick(corpus, f.train()), cfg, Progress.NONE);
            Set<String> names = m.columns().stream().map(c -> c.name()).collect(Collectors.toSet());
            for (int i : f.test()) {
                String word = "house" + corpus.get(i).outlet().toLowerCase(java.util.Locale.ROOT);
                assertThat(names).doesNotContain("ngram:\"" + word + "\"");
            }
        }
    }

    /**
     * Through the counts cache: each fold's model (mask, vocabulary, IDF, scaling, weights) is the same
     * whether the test articles are the real ones or other texts with other labels, so nothing of a test
     * article reaches a fit, although every article is analysed in one shared analysis.
     */
    @Test
    void foldsFittedFromTheSharedAnalysisNeverSeeTheTestArticles() throws Exception {
        List<Article> demo = org.framelab.corpus.Corpora.read(java.nio.file.Path.of("datasets/demo/articles.jsonl"),
                org.framelab.corpus.ReadOptions.defaults(), null).articles();
        org.framelab.features.FeatureSpec spec = org.framelab.features.FeatureSets.parse("framing+ngrams",
                org.framelab.features.FeatureOptions.defaults());
        TrainConfig cfg = new TrainConfig("leaning", spec, ClassifierSpec.defaults(), 1, 0.3, List.of("center", "left", "right"),
                Map.of(), 1, null);
        FoldPlan plan = FoldPlan.grouped(demo, "leaning", "outlet", 3, 1);
        org.framelab.features.CorpusAnalysis real = org.framelab.features.CorpusAnalysis.of(demo, spec);
        for (FoldPlan.Fold f : plan.folds()) {
            List<Article> swapped = new java.util.ArrayList<>(demo);
            for (int k = 0; k < f.test().length; k++) {
                int i = f.test()[k];
                Article other = demo.get(f.test()[(k + 1) % f.test().length]);
                swapped.set(i, demo.get(i).withText("Replaced. " + other.text()).withLabels(Map.of("leaning", "left")));
            }
            org.framelab.features.CorpusAnalysis fake = org.framelab.features.CorpusAnalysis.of(swapped, spec);
            TrainedModel a = Trainer.trainTimed(real, f.train(), f.test(), cfg, Progress.NONE).trained().model();
            TrainedModel b = Trainer.trainTimed(fake, f.train(), f.test(), cfg, Progress.NONE).trained().model();
            assertThat(a.columns()).isEqualTo(b.columns());
            assertThat(((org.framelab.features.FramingFeatures) a.features()).vocabulary())
                    .isEqualTo(((org.framelab.features.FramingFeatures) b.features()).vocabulary());
            double[][] wa = ((LinearWeights) a.classifier()).classWeights(), wb = ((LinearWeights) b.classifier()).classWeights();
            assertThat(wa).isDeepEqualTo(wb);
            // and the test articles did change what a fit on all articles learns (the check can fail)
            int[] every = java.util.stream.IntStream.range(0, demo.size()).toArray();
            assertThat(Trainer.trainTimed(fake, every, cfg, Progress.NONE).model().columns())
                    .isNotEqualTo(Trainer.trainTimed(real, every, cfg, Progress.NONE).model().columns());
        }
    }

    @Test
    void almostConstantLabelsStillWarn() {
        List<Article> mixed = new java.util.ArrayList<>(corpus);
        Article a = mixed.get(0);
        mixed.set(0, a.withLabels(Map.of("bias", "right".equals(a.label("bias")) ? "left" : "right")));
        String w = Evaluation.constantLabelWarning(mixed, "bias", "source", false);
        assertThat(w).contains("constant within each value of 'source'").contains("11 of 12 groups strictly").contains("99.6%");
        // labels that vary within outlets: no warning
        List<Article> varied = new java.util.ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) varied.add(corpus.get(i).withLabels(Map.of("bias", i % 2 == 0 ? "left" : "right")));
        assertThat(Evaluation.constantLabelWarning(varied, "bias", "source", false)).isNull();
    }

    @Test
    void randomFoldsOnOutletLabelsWarnAboutOutletRecognition() throws Exception {
        FoldPlan plan = FoldPlan.stratified(corpus, "bias", 3, 1);
        EvaluationResult r = Evaluation.run(corpus, plan, TrainConfig.of("bias", new TestFeatures.BagOfWords(1), ClassifierSpec.defaults(), 1),
                "source", Metrics.Settings.defaults(1), Progress.NONE);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("constant within each value of 'source'").contains("outlet").contains("--group-by source"));
        assertThat(r.perGroup()).hasSize(12);
        // an outlet-signature word makes random folds look better than grouped ones
        EvaluationResult g = Evaluation.run(corpus, FoldPlan.grouped(corpus, "bias", "source", 3, 1),
                TrainConfig.of("bias", new TestFeatures.BagOfWords(1), ClassifierSpec.defaults(), 1), null, Metrics.Settings.defaults(1), Progress.NONE);
        assertThat(g.warnings()).anySatisfy(w -> assertThat(w).contains("Grouped folds keep each source in one part"));
    }
}
