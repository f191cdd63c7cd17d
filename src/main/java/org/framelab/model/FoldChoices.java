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
 * <p>A configuration with one block only (framing alone, n-grams alone) has nothing to blend and is
 * trained as asked.
 */
public final class FoldChoices {
    private final Map<Integer, ModelSelection> chosen = new ConcurrentSkipListMap<>();

    /** Records what the model trained for fold {@code fold} chose (nothing when it chose nothing). */
    void record(int fold, TrainConfig cfg, TrainedModel model) {
        NestedSelection.Outcome o = model.selectionOutcome();
        if (!cfg.selection().chooses() || o == null || o.scores().isEmpty()) return;
        List<Double> cost = Double.isNaN(o.cost()) ? List.of() : List.of(o.cost());
        chosen.put(fold, new ModelSelection(cfg.selection().removeTemplates(), List.of(o.blend()), cost, cfg.selection().innerFolds()));
    }

    /**
     * {@code cfg} for fold {@code fold} with the blend recorded for that fold when {@code cfg} would
     * choose one and its features have both blocks; else {@code cfg} unchanged.
     */
    TrainConfig apply(int fold, TrainConfig cfg, boolean bothBlocks) {
        ModelSelection s = chosen.get(fold);
        if (s == null || !bothBlocks || !cfg.selection().chooses()) return cfg;
        return cfg.withSelection(new ModelSelection(cfg.selection().removeTemplates(), s.blends(), s.costs(), cfg.selection().innerFolds()));
    }

    /** The fixed blend of each fold, in words (fold index from 0), e.g. for a log or the manifest. */
    public Map<Integer, String> describe() {
        Map<Integer, String> out = new java.util.TreeMap<>();
        chosen.forEach((k, v) -> out.put(k, v.blends().get(0) + (v.costs().isEmpty() ? "" : ", C=" + NestedSelection.fmt(v.costs().get(0)))));
        return out;
    }

    /** Whether any fold recorded a choice. */
    public boolean isEmpty() {
        return chosen.isEmpty();
    }
}
