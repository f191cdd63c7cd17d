package org.framelab.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The blend of the framing and n-gram blocks (and C) that the inner cross-validation chose inside
 * each fold's training part, recorded by one evaluation and held fixed by later evaluations on the
 * same plan: the ablation asks what leaving a family out costs with the tuning of the full model
 * held fixed, so each of its configurations trains fold {@code k} with fold {@code k}'s blend instead
 * of tuning it again (Kohavi and John 1997 hold the learner's settings fixed when they compare feature
 * subsets; tuning again would mix the family's effect with the weighting's). Nothing of a test fold
 * reaches another fold: a fold's blend was chosen from its own training part only.
 *
 * <p>A configuration with n-grams and no framing family ("only ngrams") still has the two text-length
 * columns next to its n-grams, so it holds the fold's blend too, unless the full model chose framing
 * alone in that fold (weight 0 on the n-grams would leave only the lengths): then it chooses its own.
 * A configuration without n-grams has nothing to blend and is trained as asked.
 */
public final class FoldChoices {
    /** A fold's chosen blend and C (NaN: the classifier's own C). */
    private record Choice(ModelSelection.Blend blend, double cost) {}

    private final Map<Integer, Choice> chosen = new ConcurrentSkipListMap<>();

    /**
     * What the recorded evaluation left of a fold's n-gram model: with a fused blend, its decision values
     * on the fold's test rows ({@code values[k]} for test row {@code rows[k]}, classes in
     * {@code modelLabels} order); with a blend that weights the framing block 0 (the n-grams alone), the
     * whole model's class probabilities ({@code ngramsAlone}).
     */
    private record Recorded(String key, int[] rows, int[] modelLabels, double[][] values, boolean ngramsAlone) {}

    private final Map<Integer, Recorded> recorded = new ConcurrentSkipListMap<>();

    /** How a held configuration's fold reuses the recorded one ({@link #reuse}). */
    enum ReuseKind {
        /** a fused blend: fit the framing model, fuse it with the recorded n-gram decision values */
        FUSED,
        /** the blend weights the framing block 0: the fold's model is the recorded one, its probabilities are taken */
        NGRAMS_ALONE,
        /** the blend weights the n-gram block 0: fit the framing model alone, no n-gram vector built */
        FRAMING_ALONE
    }

    /** What fold's held configuration takes ({@link ReuseKind}), with the recorded values (null for {@code FRAMING_ALONE}). */
    record Reuse(ReuseKind kind, ModelSelection.Blend blend, int[] modelLabels, double[][] values) {}

    /** Records what the model trained for fold {@code fold} chose (nothing when it chose nothing). */
    void record(int fold, TrainConfig cfg, TrainedModel model) {
        NestedSelection.Outcome o = model.selectionOutcome();
        if (!cfg.selection().chooses() || o == null || o.scores().isEmpty()) return;
        put(fold, o.blend(), o.cost());
    }

    /**
     * Records the n-gram model's decision values on fold {@code fold}'s test rows (a fused model): the
     * n-gram model of a fused blend does not depend on the framing families (its columns, their scaling,
     * templates and row norm are its own), so a configuration that differs from the recorded one only in
     * its framing families has the same n-gram model in that fold ({@link Evaluation}: only its framing
     * model is fitted).
     */
    void recordNgrams(int fold, TrainConfig cfg, int[] rows, int[] modelLabels, double[][] decisions) {
        String key = ngramKey(cfg);
        if (key != null) recorded.put(fold, new Recorded(key, rows.clone(), modelLabels.clone(), decisions, false));
    }

    /**
     * Records the class probabilities on fold {@code fold}'s test rows of a model whose blend weights
     * the framing block 0: a configuration that differs only in its framing families has the same model.
     */
    void recordNgramsAlone(int fold, TrainConfig cfg, int[] rows, double[][] probabilities) {
        String key = ngramKey(cfg);
        if (key != null) recorded.put(fold, new Recorded(key, rows.clone(), new int[0], probabilities, true));
    }

    /**
     * Everything the n-gram model of a fold depends on besides its training rows: the n-gram options,
     * the label field and labels, the classifier, seed, template removal and outlet selection (not the
     * framing families); null when {@code cfg} has no n-gram family.
     */
    static String ngramKey(TrainConfig cfg) {
        if (!(cfg.features() instanceof org.framelab.features.FramingSpec fs)) return null;
        for (org.framelab.features.FeatureFamily f : fs.families()) {
            if (f instanceof org.framelab.features.NgramFamily n) {
                return n.options() + "|" + cfg.labelField() + "|" + cfg.labels() + "|" + cfg.classifier() + "|" + cfg.seed() + "|"
                        + cfg.selection().removeTemplates() + "|" + cfg.minOutlets() + "|" + cfg.outletField();
            }
        }
        return null;
    }

    /**
     * What fold {@code fold} of {@code foldCfg} (a configuration given its held blend by {@link #apply})
     * can take from the recorded evaluation instead of fitting its n-gram block again; null when it must
     * be fitted (no blend held, another blend or C, other test rows, or another n-gram model:
     * {@link #ngramKey}).
     */
    Reuse reuse(int fold, TrainConfig foldCfg, int[] rows) {
        Choice c = chosen.get(fold);
        ModelSelection s = foldCfg.selection();
        if (c == null || s.chooses() || !s.blends().equals(List.of(c.blend()))) return null;
        if (!(Double.isNaN(c.cost()) ? s.costs().isEmpty() : s.costs().equals(List.of(c.cost())))) return null;
        ModelSelection.Blend b = c.blend();
        if (b.ngramScale() == 0) return new Reuse(ReuseKind.FRAMING_ALONE, b, null, null);
        Recorded r = recorded.get(fold);
        if (r == null || !java.util.Arrays.equals(r.rows(), rows) || !r.key().equals(ngramKey(foldCfg))) return null;
        if (b.isFusion() && !r.ngramsAlone()) return new Reuse(ReuseKind.FUSED, b, r.modelLabels(), r.values());
        if (b.framingScale() == 0 && r.ngramsAlone()) return new Reuse(ReuseKind.NGRAMS_ALONE, b, null, r.values());
        return null;
    }

    /** Records a fold's blend and C directly. */
    void put(int fold, ModelSelection.Blend blend, double cost) {
        chosen.put(fold, new Choice(blend, cost));
    }

    /**
     * {@code cfg} for fold {@code fold} with the blend recorded for that fold when {@code cfg} would
     * choose one and its features have n-grams (and, without a framing family, the blend keeps the
     * n-grams); else {@code cfg} unchanged.
     *
     * @param withNgrams  whether the features have the n-gram family
     * @param withFraming whether they have a framing family besides it
     */
    TrainConfig apply(int fold, TrainConfig cfg, boolean withNgrams, boolean withFraming) {
        Choice c = chosen.get(fold);
        if (c == null || !withNgrams || !cfg.selection().chooses()) return cfg;
        if (!withFraming && c.blend().ngrams() == 0) return cfg;
        ModelSelection s = cfg.selection();
        return cfg.withSelection(new ModelSelection(s.removeTemplates(), List.of(c.blend()),
                Double.isNaN(c.cost()) ? List.of() : List.of(c.cost()), s.innerFolds()));
    }

    /** The fixed blend of each fold, in words (fold index from 0), e.g. for a log or the manifest. */
    public Map<Integer, String> describe() {
        Map<Integer, String> out = new java.util.TreeMap<>();
        chosen.forEach((k, c) -> out.put(k, c.blend() + (Double.isNaN(c.cost()) ? "" : ", C=" + NestedSelection.fmt(c.cost()))));
        return out;
    }

    /** Whether any fold recorded a choice. */
    public boolean isEmpty() {
        return chosen.isEmpty();
    }
}
