package org.framelab.model;

import org.framelab.util.OptionException;

import java.io.Serializable;
import java.util.List;

/**
 * What a training run chooses from its training part besides the classifier's weights, so that
 * nothing is fixed by looking at test data:
 * <ul>
 *   <li>{@code removeTemplates}: leave out n-grams that are page templates of one training outlet
 *       ({@link OutletTemplates});</li>
 *   <li>{@code blends}: the candidate weights of the framing and n-gram blocks, chosen by
 *       cross-validation inside the training part (folds grouped by outlet when outlets are known),
 *       with {@code costs} the candidate values of the classifier's C (empty: the classifier's own).
 *       One blend and no cost: nothing is chosen.</li>
 * </ul>
 *
 * @param innerFolds folds of the inner cross-validation
 */
public record ModelSelection(boolean removeTemplates, List<Blend> blends, List<Double> costs, int innerFolds) implements Serializable {
    public ModelSelection {
        blends = List.copyOf(blends);
        costs = List.copyOf(costs);
        OptionException.check(!blends.isEmpty(), "blends", blends, "at least one");
        for (double c : costs) OptionException.check(c > 0 && !Double.isInfinite(c), "cost", c, "a positive number, e.g. 1");
        OptionException.check(innerFolds >= 2 && innerFolds <= 10, "inner folds", innerFolds, "2..10");
    }

    /**
     * A weighting of the two blocks: each framing column is divided by its training maximum and
     * multiplied by {@code framing}; each n-gram (TF-IDF) value is multiplied by {@code ngrams}.
     * {@code (0, 1)} is n-grams alone, {@code (1, 0)} framing alone.
     */
    public record Blend(double framing, double ngrams, boolean fused) implements Serializable {
        public Blend {
            OptionException.check(framing >= 0 && !Double.isInfinite(framing), "framing weight", framing, "0 or more");
            OptionException.check(ngrams >= 0 && !Double.isInfinite(ngrams), "n-gram weight", ngrams, "0 or more");
            OptionException.check(framing > 0 || ngrams > 0, "blend", "0/0", "at least one block with a positive weight");
            if (fused) OptionException.check(Math.abs(framing + ngrams - 1) < 1e-9, "fused blend", framing + "/" + ngrams, "weights that sum to 1");
        }

        /** A blend of the columns: one model on both blocks, each block's values multiplied by its weight. */
        public Blend(double framing, double ngrams) {
            this(framing, ngrams, false);
        }

        /** Late fusion: a framing model and an n-gram model, their decision values weighted {@code a} and {@code 1 - a} ({@link FusedModel}). */
        public static Blend fusedAt(double a) {
            double r = Math.rint(a * 1000) / 1000; // 0.7, not 0.7000000000000001, in every label
            return new Blend(r, Math.rint((1 - r) * 1000) / 1000, true);
        }

        /** Whether both blocks are used through two models (late fusion). */
        public boolean isFusion() {
            return fused && framing > 0 && ngrams > 0;
        }

        /** The factor of the framing columns in the matrix (1 in a fusion: the weighting is on the decision values). */
        public double framingScale() {
            return fused ? (framing > 0 ? 1 : 0) : framing;
        }

        /** The factor of the n-gram columns in the matrix. */
        public double ngramScale() {
            return fused ? (ngrams > 0 ? 1 : 0) : ngrams;
        }

        @Override
        public String toString() {
            if (ngrams == 0) return "framing only";
            if (framing == 0) return "n-grams only";
            if (fused) return "framing x" + trim(framing) + " + n-grams x" + trim(ngrams) + " (two models)";
            return "framing x" + trim(framing) + (ngrams == 1 ? "" : ", n-grams x" + trim(ngrams));
        }

        private static String trim(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** Framing weights {@code a} of the late fusion tried by default: 0 (n-grams alone), 0.1, ..., 0.9, 1 (framing alone). */
    public static final List<Double> DEFAULT_FUSION_WEIGHTS = List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
    /** The fusion weight used when the training part is too small for inner folds: both blocks alike. */
    public static final double FALLBACK_FUSION_WEIGHT = 0.5;
    public static final int DEFAULT_INNER_FOLDS = 3;

    /** A fixed framing weight, nothing chosen, templates removed or not. */
    public static ModelSelection fixed(double framingWeight, boolean removeTemplates) {
        return new ModelSelection(removeTemplates, List.of(new Blend(framingWeight, 1)), List.of(), DEFAULT_INNER_FOLDS);
    }

    /** No template removal and a fixed weight: what {@link TrainConfig#of} and older callers get. */
    public static ModelSelection none(double framingWeight) {
        return fixed(framingWeight, false);
    }

    /**
     * The default: templates removed; a framing model and an n-gram model fused at the weight
     * ({@link #DEFAULT_FUSION_WEIGHTS}, each block alone included) chosen by inner CV (docs/model.md,
     * "Choosing the blend").
     */
    public static ModelSelection tuned(List<Double> costs) {
        List<Blend> b = new java.util.ArrayList<>();
        for (double a : DEFAULT_FUSION_WEIGHTS) b.add(Blend.fusedAt(a));
        return new ModelSelection(true, b, costs, DEFAULT_INNER_FOLDS);
    }

    /** Whether anything is chosen by inner cross-validation. */
    public boolean chooses() {
        return blends.size() > 1 || costs.size() > 1;
    }
}
