package org.framelab.model;

import java.util.List;

/**
 * One article's prediction.
 *
 * @param id            article id
 * @param gold          the true label, or null when unknown (plain {@code predict})
 * @param predicted     predicted label
 * @param probabilities class probabilities in the order of the model's labels
 * @param fold          0-based fold (cross-validation) or 0 for a single train/test split
 * @param group         value of the grouping field (outlet), empty when none
 */
public record Prediction(String id, String gold, String predicted, double[] probabilities, int fold, String group) {
    public Prediction {
        group = group == null ? "" : group;
        probabilities = probabilities.clone();
    }

    public boolean correct() {
        return predicted.equals(gold);
    }

    /** Probability of the label at {@code labelIndex}. */
    public double probability(int labelIndex) {
        return probabilities[labelIndex];
    }

    static int indexOf(List<String> labels, String label) {
        int i = labels.indexOf(label);
        if (i < 0) throw new IllegalStateException("label not in label set: " + label);
        return i;
    }
}
