package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainerTest {
    private final List<Article> corpus = TestFeatures.corpus(12, 25, 0.25, 11);

    @Test
    void defaultLinearModelLearnsTheCueWordsAndBeatsTheBaseline() throws Exception {
        FoldPlan plan = FoldPlan.grouped(corpus, "bias", "source", 3, 1);
        EvaluationResult r = Evaluation.run(corpus, plan, TrainConfig.of("bias", new TestFeatures.BagOfWords(2), ClassifierSpec.defaults(), 1),
                null, Metrics.Settings.defaults(1), Progress.NONE);
        assertThat(r.macroF1()).isGreaterThan(0.9);
        assertThat(r.baseline().macroF1()).isLessThan(0.4);
        assertThat(r.rocAuc()).isGreaterThan(0.95);
        assertThat(r.ci95().method()).contains("groups");
        TrainedModel m = Trainer.train(corpus, TrainConfig.of("bias", new TestFeatures.BagOfWords(2), ClassifierSpec.defaults(), 1), Progress.NONE);
        List<FeatureImportance.Weighted> top = m.topWeights(3);
        assertThat(top).filteredOn(w -> w.label().equals("right")).extracting(FeatureImportance.Weighted::feature)
                .containsExactlyInAnyOrder("ngram:\"patriot\"", "ngram:\"freedom\"", "ngram:\"border\"");
        List<FeatureImportance.Ranked> ig = FeatureImportance.infoGain(m, corpus, "bias", 9, Progress.NONE);
        assertThat(ig).extracting(FeatureImportance.Ranked::feature).contains("ngram:\"climate\"", "ngram:\"moderate\"", "ngram:\"border\"");
        assertThat(ig.get(0).infoGain()).isGreaterThan(ig.get(8).infoGain());
    }

    @Test
    void minOutletsDropsOutletSpecificNgramsLearnedFromTrainingOnly() throws Exception {
        TrainConfig base = TrainConfig.of("bias", new TestFeatures.BagOfWords(1), ClassifierSpec.defaults(), 1);
        TrainedModel all = Trainer.train(corpus, base, Progress.NONE);
        assertThat(all.topWeights(50)).extracting(FeatureImportance.Weighted::feature).anyMatch(f -> f.startsWith("ngram:\"houseoutlet"));
        TrainConfig select = new TrainConfig("bias", base.features(), base.classifier(), 1, 1.0, List.of(), Map.of(), 3, null);
        TrainedModel m = Trainer.train(corpus, select, Progress.NONE);
        assertThat(m.topWeights(50)).extracting(FeatureImportance.Weighted::feature).noneMatch(f -> f.startsWith("ngram:\"houseoutlet"))
                .contains("ngram:\"patriot\"");
        assertThat(m.info().settings()).containsEntry("minOutlets", "3");
    }

    @Test
    void sameSeedSameNumbers() throws Exception {
        TrainConfig cfg = TrainConfig.of("bias", new TestFeatures.BagOfWords(1), new ClassifierSpec("rf", "-I 20"), 5);
        FoldPlan plan = FoldPlan.stratified(corpus, "bias", 3, 5);
        EvaluationResult a = Evaluation.run(corpus, plan, cfg, null, Metrics.Settings.defaults(5), Progress.NONE);
        EvaluationResult b = Evaluation.run(corpus, plan, cfg, null, Metrics.Settings.defaults(5), Progress.NONE);
        assertThat(MetricsJson.toJson(MetricsJson.tree(a))).isEqualTo(MetricsJson.toJson(MetricsJson.tree(b)));
    }

    @Test
    void comparisonOnTheSameFolds() throws Exception {
        FoldPlan plan = FoldPlan.stratified(corpus, "bias", 5, 2);
        TrainConfig cfg = TrainConfig.of("bias", new TestFeatures.BagOfWords(1), ClassifierSpec.defaults(), 2);
        EvaluationResult a = Evaluation.run(corpus, plan, cfg, null, Metrics.Settings.defaults(2), Progress.NONE);
        EvaluationResult b = Evaluation.run(corpus, plan, cfg.withClassifier(new ClassifierSpec("zeror", "")), null, Metrics.Settings.defaults(2), Progress.NONE);
        Comparison c = Comparison.of("linear", a, "zeror", b);
        assertThat(c.onlyACorrect()).isGreaterThan(100);
        assertThat(c.mcNemarPValue()).isLessThan(1e-6);
        assertThat(c.tPValue()).isLessThan(0.01);
        assertThat(c.foldDifferences()).hasSize(5);
    }

    @Test
    void classifierSpecValidatesNamesAndOptions() {
        assertThat(new ClassifierSpec("nbm", "").className()).isEqualTo("weka.classifiers.bayes.NaiveBayesMultinomial");
        assertThat(new ClassifierSpec("weka.classifiers.functions.SMO", "-C 2.0").describe()).contains("-C 2.0");
        assertThat(new ClassifierSpec("linear", "-S svm -C 0.5").describe()).contains("-S svm").contains("-C 0.5");
        assertThatThrownBy(() -> new ClassifierSpec("weka.classifiers.NoSuch", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid classifier");
        assertThatThrownBy(() -> new ClassifierSpec("java.lang.String", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClassifierSpec("linear", "-S nonsense").create(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nonsense");
    }

    @Test
    void missingLabelsAreReportedNotDropped() {
        List<Article> bad = new ArrayList<>(corpus.subList(0, 10));
        bad.add(new Article("nolabel", "", "text", "o", null, "", List.of(), Map.of(), Map.of(), List.of()));
        assertThatThrownBy(() -> Trainer.train(bad, TrainConfig.of("bias", new TestFeatures.BagOfWords(1), null, 1), Progress.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("1 of 11 articles have no value for label field 'bias'")
                .hasMessageContaining("nolabel");
    }

    @Test
    void ablationRunsEachFamilyAloneAndAllButOne() throws Exception {
        FoldPlan plan = FoldPlan.stratified(corpus, "bias", 3, 1);
        List<Ablation.Row> rows = Ablation.run(corpus, plan, TrainConfig.of("bias", new TestFeatures.BagOfWords(1), null, 1),
                List.of("words", "length", "rare"), spec -> switch (spec) {
                    case "words", "words+length", "words+rare", "words+length+rare" -> new TestFeatures.BagOfWords(1);
                    default -> new TestFeatures.BagOfWords(1000); // "length"/"rare": no usable words
                }, Metrics.Settings.defaults(1), Progress.NONE);
        assertThat(rows).extracting(Ablation.Row::configuration).containsExactly("all", "only words", "only length", "only rare",
                "without words", "without length", "without rare");
        assertThat(rows.get(1).macroF1()).isGreaterThan(rows.get(2).macroF1() + 0.3);
        assertThat(rows.get(0).macroF1Low()).isLessThanOrEqualTo(rows.get(0).macroF1());
    }
}
