package org.framelab.model;

import java.util.List;
import java.util.Map;

/**
 * Everything measured in one evaluation, as plain Java values (no Weka types), for the metrics JSON,
 * the report/charts and the GUI. Label-indexed arrays follow {@link #labels()}.
 *
 * @param protocol    e.g. {@code 5-fold cross-validation grouped by source (seed 1)}
 * @param labels      label order used by {@code confusion}, {@code perClass} and probabilities
 * @param n           number of evaluated predictions
 * @param accuracy    share of correct predictions
 * @param macroF1     unweighted mean of the per-class F1 over the labels that occur (gold or predicted)
 * @param weightedF1  per-class F1 weighted by gold support
 * @param kappa       Cohen's kappa between gold and predicted
 * @param mcc         Matthews correlation coefficient (multi-class form, Gorodkin 2004)
 * @param rocAuc      macro average of the one-vs-rest ROC AUCs (classes with both positives and negatives); NaN when none
 * @param perClass    precision, recall, F1, support and AUC per label
 * @param confusion   {@code confusion[gold][predicted]} counts
 * @param roc         one-vs-rest ROC curve points per label, for charts
 * @param perGroup    metrics per value of the grouping field (outlet), sorted by group
 * @param baseline    majority-class baseline (majority of each training fold) on the same test items
 * @param ci95        bootstrap 95% confidence intervals
 * @param folds       per-fold sizes and scores
 * @param warnings    human-readable warnings (e.g. labels constant within outlets)
 * @param predictions every prediction (id, gold, predicted, probabilities, fold, group)
 * @param overlap     test articles duplicating training articles ({@link Overlap}), or null when not checked
 */
public record EvaluationResult(String protocol, List<String> labels, int n, double accuracy, double macroF1,
                               double weightedF1, double kappa, double mcc, double rocAuc,
                               List<ClassMetrics> perClass, int[][] confusion, List<RocCurve> roc,
                               List<GroupMetrics> perGroup, Baseline baseline, ConfidenceIntervals ci95,
                               List<FoldMetrics> folds, List<String> warnings, List<Prediction> predictions,
                               Overlap overlap) {

    public EvaluationResult {
        labels = List.copyOf(labels);
        perClass = List.copyOf(perClass);
        roc = List.copyOf(roc);
        perGroup = List.copyOf(perGroup);
        folds = List.copyOf(folds);
        warnings = List.copyOf(warnings);
        predictions = List.copyOf(predictions);
    }

    /** Without an overlap check. */
    public EvaluationResult(String protocol, List<String> labels, int n, double accuracy, double macroF1, double weightedF1, double kappa,
                            double mcc, double rocAuc, List<ClassMetrics> perClass, int[][] confusion, List<RocCurve> roc,
                            List<GroupMetrics> perGroup, Baseline baseline, ConfidenceIntervals ci95, List<FoldMetrics> folds,
                            List<String> warnings, List<Prediction> predictions) {
        this(protocol, labels, n, accuracy, macroF1, weightedF1, kappa, mcc, rocAuc, perClass, confusion, roc, perGroup, baseline, ci95,
                folds, warnings, predictions, null);
    }

    /** The same result with the train/test overlap found, its warning (if any) added to {@link #warnings()}. */
    public EvaluationResult withOverlap(Overlap o) {
        List<String> w = new java.util.ArrayList<>(warnings);
        if (o != null && o.warning() != null) w.add(o.warning());
        return new EvaluationResult(protocol, labels, n, accuracy, macroF1, weightedF1, kappa, mcc, rocAuc, perClass, confusion, roc, perGroup,
                baseline, ci95, folds, w, predictions, o);
    }

    /** The same result with {@code warning} added to {@link #warnings()} (once). */
    public EvaluationResult withWarning(String warning) {
        if (warnings.contains(warning)) return this;
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new EvaluationResult(protocol, labels, n, accuracy, macroF1, weightedF1, kappa, mcc, rocAuc, perClass, confusion, roc, perGroup,
                baseline, ci95, folds, w, predictions, overlap);
    }

    /** Precision, recall, F1 and one-vs-rest ROC AUC of one label; {@code support} = gold count. */
    public record ClassMetrics(String label, int support, int predicted, double precision, double recall, double f1, double rocAuc) {}

    /** One-vs-rest ROC curve of one label: false- and true-positive rates at decreasing thresholds. */
    public record RocCurve(String label, double[] fpr, double[] tpr, double auc) {}

    /** Metrics for the test items of one group (outlet). */
    public record GroupMetrics(String group, int n, double accuracy, double macroF1, Map<String, Integer> goldCounts,
                               Map<String, Integer> predictedCounts) {}

    /** The majority-class baseline on the same test items. */
    /**
     * The majority-class baseline (each fold's training majority predicted for all its test items) and, beside it,
     * chance: a guess among the classes with equal probability, scored on its expected confusion matrix (row i spread
     * evenly over the K columns), so accuracy 1/K and per class F1 = 2·p·(1/K)/(p + 1/K) with p the class's share of
     * the gold labels. Under outlet-grouped folds with labels that are properties of the outlet the training majority
     * is often never the held-out class, so the majority baseline can fall to 0 while chance does not.
     */
    public record Baseline(String strategy, String label, double accuracy, double macroF1, double chanceAccuracy, double chanceMacroF1) {
        /** The uniform-guess reference's description, as printed beside the numbers. */
        public static final String CHANCE = "a uniform guess among the classes, scored on its expected confusion matrix";
    }

    public record Interval(double low, double high) {}

    /** Percentile bootstrap intervals; {@code method} says whether items or whole groups were resampled. */
    public record ConfidenceIntervals(String method, int resamples, long seed, Interval accuracy, Interval macroF1) {}

    public record FoldMetrics(int fold, int trainSize, int testSize, double accuracy, double macroF1) {}
}
