package org.framelab.model;

import org.framelab.app.Classify;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.CorpusAnalysis;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blend each fold's inner cross-validation chose is recorded and, held fixed, reproduces that
 * fold's model exactly; configurations with one block are left to train as asked.
 */
class FoldChoicesTest {
    /** The demo corpus's articles. */
    static List<Article> demo() throws Exception {
        return Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), null).articles();
    }

    /** Predicting the demo's leaning from framing+ngrams with {@code selection}, seed 1. */
    static TrainConfig leaning(ModelSelection selection) throws Exception {
        FeatureSpec spec = FeatureSets.parse("framing+ngrams", FeatureOptions.defaults());
        return new TrainConfig("leaning", spec, ClassifierSpec.defaults(), 1, selection, List.of("center", "left", "right"), Map.of(), 1, null);
    }

    @Test
    void heldBlendsReproduceTheFoldsAndOneBlockConfigurationsAreLeftAlone() throws Exception {
        List<Article> demo = demo();
        TrainConfig cfg = leaning(Classify.DEFAULT_SELECTION);
        FeatureSpec spec = cfg.features();
        FoldPlan plan = FoldPlan.grouped(demo, "leaning", "outlet", 3, 1);
        CorpusAnalysis analysis = CorpusAnalysis.of(demo, spec);
        Metrics.Settings ms = new Metrics.Settings(200, 1, true);

        FoldChoices chosen = new FoldChoices();
        EvaluationResult tuned = Evaluation.run(demo, analysis, plan, cfg, null, ms, Progress.NONE, chosen, null);
        assertThat(chosen.describe()).hasSize(plan.folds().size());

        // each fold trained with its recorded blend, without an inner cross-validation, gives the same model
        EvaluationResult held = Evaluation.run(demo, analysis, plan, cfg, null, ms, Progress.NONE, null,
                new Evaluation.HeldBlend(chosen, true, true));
        assertThat(held.predictions()).hasSameSizeAs(tuned.predictions());
        for (int i = 0; i < tuned.predictions().size(); i++) {
            Prediction a = tuned.predictions().get(i), b = held.predictions().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.predicted()).isEqualTo(a.predicted());
            assertThat(b.probabilities()).containsExactly(a.probabilities());
        }
        for (FoldPlan.Fold f : plan.folds()) {
            TrainConfig fixed = chosen.apply(f.index(), cfg, true, true);
            assertThat(fixed.selection().chooses()).isFalse();
            assertThat(fixed.selection().removeTemplates()).isTrue();
            assertThat(fixed.selection().blends().get(0).toString()).isEqualTo(chosen.describe().get(f.index()));
            TrainedModel m = Trainer.trainTimed(analysis, f.train(), f.test(), fixed, Progress.NONE).trained().model();
            assertThat(m.selection()).doesNotContain("chosen");
            // without n-grams: nothing to blend, the configuration trains as asked
            assertThat(chosen.apply(f.index(), cfg, false, true)).isSameAs(cfg);
        }
        // n-grams without a framing family (their text-length columns are the other block): the fold's
        // blend is held, unless the full model chose framing alone there (it would leave only the lengths)
        FoldChoices set = new FoldChoices();
        set.put(0, new ModelSelection.Blend(0.3, 1), Double.NaN);
        set.put(1, new ModelSelection.Blend(1, 0), Double.NaN);
        set.put(2, new ModelSelection.Blend(0, 1), 3.0);
        TrainConfig ngramsOnly = set.apply(0, cfg, true, false);
        assertThat(ngramsOnly.selection().chooses()).isFalse();
        assertThat(ngramsOnly.selection().blends()).containsExactly(new ModelSelection.Blend(0.3, 1));
        assertThat(set.apply(1, cfg, true, false)).isSameAs(cfg);
        assertThat(set.apply(1, cfg, true, true).selection().blends()).containsExactly(new ModelSelection.Blend(1, 0));
        assertThat(set.apply(2, cfg, true, false).selection().costs()).containsExactly(3.0);
        assertThat(set.apply(3, cfg, true, false)).as("no choice recorded for the fold").isSameAs(cfg);
        // nothing recorded for a fixed weight
        FoldChoices none = new FoldChoices();
        Evaluation.run(demo, analysis, plan, cfg.withSelection(ModelSelection.fixed(0.3, true)), null, ms, Progress.NONE, none, null);
        assertThat(none.isEmpty()).isTrue();
    }

    /**
     * An ablation configuration that leaves out a framing family (or keeps only the n-grams and the
     * text lengths) has the full model's n-gram model in each fold: taking its recorded decision values
     * and fitting only the framing model gives exactly the predictions of fitting both blocks again.
     */
    @Test
    void heldConfigurationsTakeTheRecordedNgramModelWithTheSamePredictions() throws Exception {
        List<Article> demo = demo();
        TrainConfig cfg = leaning(Classify.DEFAULT_SELECTION);
        FoldPlan plan = FoldPlan.grouped(demo, "leaning", "outlet", 4, 1);
        CorpusAnalysis analysis = CorpusAnalysis.of(demo, cfg.features());
        FoldChoices chosen = sameWithAndWithoutReuse(demo, analysis, plan, cfg);
        assertThat(kinds(chosen, plan, cfg)).as(chosen.describe().toString()).contains(FoldChoices.ReuseKind.FUSED);

        // another n-gram setting is another n-gram model: no recorded value is taken for it
        TrainConfig bigrams = cfg.withFeatures(FeatureSets.parse("attribution+ngrams",
                FeatureOptions.defaults().withNgrams(new org.framelab.features.NgramOptions(2, 2, 2, 20000, true, true))));
        assertThat(kinds(chosen, plan, bigrams)).doesNotContain(FoldChoices.ReuseKind.FUSED, FoldChoices.ReuseKind.NGRAMS_ALONE);
    }

    /** Folds that chose one block alone: the n-gram model's probabilities are taken, or the framing model is fitted without n-gram vectors. */
    @Test
    void heldSingleBlocksGiveTheSamePredictions() throws Exception {
        List<Article> demo = demo();
        ModelSelection ends = new ModelSelection(true, List.of(ModelSelection.Blend.fusedAt(0), ModelSelection.Blend.fusedAt(1)), List.of(),
                Classify.DEFAULT_SELECTION.innerFolds());
        TrainConfig cfg = leaning(ends);
        CorpusAnalysis analysis = CorpusAnalysis.of(demo, cfg.features());
        java.util.Set<FoldChoices.ReuseKind> seen = new java.util.TreeSet<>();
        for (int seed = 1; seed <= 3; seed++) {
            FoldPlan plan = FoldPlan.grouped(demo, "leaning", "outlet", 4, seed);
            FoldChoices chosen = sameWithAndWithoutReuse(demo, analysis, plan, cfg);
            seen.addAll(kinds(chosen, plan, cfg));
        }
        assertThat(seen).containsExactlyInAnyOrder(FoldChoices.ReuseKind.NGRAMS_ALONE, FoldChoices.ReuseKind.FRAMING_ALONE);
    }

    /**
     * Records the choices of {@code cfg} on {@code plan}, then evaluates every configuration that leaves
     * out one framing family (and the n-grams with the text lengths alone) with the choices held, once
     * taking what was recorded and once fitting every block again: the predictions must be the same.
     */
    private static FoldChoices sameWithAndWithoutReuse(List<Article> demo, CorpusAnalysis analysis, FoldPlan plan, TrainConfig cfg) throws Exception {
        Metrics.Settings ms = new Metrics.Settings(200, 1, true);
        FoldChoices chosen = new FoldChoices();
        Evaluation.run(demo, analysis, plan, cfg, null, ms, Progress.NONE, chosen, null);
        List<String> configurations = new java.util.ArrayList<>();
        for (String left : FeatureSets.FRAMING) {
            List<String> rest = new java.util.ArrayList<>(FeatureSets.FRAMING);
            rest.remove(left);
            configurations.add(String.join("+", rest) + "+ngrams");
        }
        configurations.add("ngrams");
        for (String features : configurations) {
            TrainConfig c = cfg.withFeatures(FeatureSets.parse(features, FeatureOptions.defaults()));
            boolean withFraming = !features.equals("ngrams");
            EvaluationResult reused = Evaluation.run(demo, analysis, plan, c, null, ms, Progress.NONE, null,
                    new Evaluation.HeldBlend(chosen, true, withFraming, true));
            EvaluationResult refit = Evaluation.run(demo, analysis, plan, c, null, ms, Progress.NONE, null,
                    new Evaluation.HeldBlend(chosen, true, withFraming, false));
            assertThat(reused.predictions()).as(features).hasSameSizeAs(refit.predictions());
            for (int i = 0; i < refit.predictions().size(); i++) {
                Prediction a = refit.predictions().get(i), b = reused.predictions().get(i);
                assertThat(b.id()).as(features).isEqualTo(a.id());
                assertThat(b.predicted()).as(features + " " + a.id()).isEqualTo(a.predicted());
                assertThat(b.probabilities()).as(features + " " + a.id()).containsExactly(a.probabilities());
                assertThat(b.group()).isEqualTo(a.group());
                assertThat(b.gold()).isEqualTo(a.gold());
            }
            assertThat(reused.macroF1()).isEqualTo(refit.macroF1());
        }
        return chosen;
    }

    /** What the folds of {@code cfg} held would reuse. */
    private static java.util.Set<FoldChoices.ReuseKind> kinds(FoldChoices chosen, FoldPlan plan, TrainConfig cfg) {
        java.util.Set<FoldChoices.ReuseKind> out = new java.util.TreeSet<>();
        for (FoldPlan.Fold f : plan.folds()) {
            FoldChoices.ReuseKind k = reuse(chosen, f, cfg);
            if (k != null) out.add(k);
        }
        return out;
    }

    /** What fold {@code f} of {@code cfg} held reuses, or null. */
    private static FoldChoices.ReuseKind reuse(FoldChoices chosen, FoldPlan.Fold f, TrainConfig cfg) {
        FoldChoices.Reuse r = chosen.reuse(f.index(), chosen.apply(f.index(), cfg, true, true), f.test());
        return r == null ? null : r.kind();
    }
}
