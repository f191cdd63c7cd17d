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
    /** A fold's chosen blend and C (NaN: the classifier's own C). */
    private record Choice(ModelSelection.Blend blend, double cost) {}

    private final Map<Integer, Choice> chosen = new ConcurrentSkipListMap<>();

    /** Records what the model trained for fold {@code fold} chose (nothing when it chose nothing). */
    void record(int fold, TrainConfig cfg, TrainedModel model) {
        NestedSelection.Outcome o = model.selectionOutcome();
        if (!cfg.selection().chooses() || o == null || o.scores().isEmpty()) return;
        chosen.put(fold, new Choice(o.blend(), o.cost()));
    }

    /**
     * {@code cfg} for fold {@code fold} with the blend recorded for that fold when {@code cfg} would
     * choose one and its features have both blocks; else {@code cfg} unchanged.
     */
    TrainConfig apply(int fold, TrainConfig cfg, boolean bothBlocks) {
        Choice c = chosen.get(fold);
        if (c == null || !bothBlocks || !cfg.selection().chooses()) return cfg;
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
