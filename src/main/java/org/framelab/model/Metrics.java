package org.framelab.model;

import org.framelab.util.OptionException;

import org.framelab.model.EvaluationResult.Baseline;
import org.framelab.model.EvaluationResult.ClassMetrics;
import org.framelab.model.EvaluationResult.ConfidenceIntervals;
import org.framelab.model.EvaluationResult.FoldMetrics;
import org.framelab.model.EvaluationResult.GroupMetrics;
import org.framelab.model.EvaluationResult.Interval;
import org.framelab.model.EvaluationResult.RocCurve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Classification metrics computed from predictions (plain Java; no Weka). */
public final class Metrics {
    /** Number of ROC points kept per class for charts. */
    static final int ROC_POINTS = 101;
    /** Fewer groups than this: resampling whole groups is meaningless, items are resampled instead. */
    static final int MIN_BOOTSTRAP_GROUPS = 10;

    private Metrics() {}

    /** Settings of the evaluation summary. */
    public record Settings(int bootstrapResamples, long seed, boolean bootstrapGroups) {
        public Settings {
            if (bootstrapResamples < 0) throw new OptionException("bootstrap resamples", "" + bootstrapResamples);
        }

        public static Settings defaults(long seed) {
            return new Settings(1000, seed, true);
        }
    }

    /**
     * Computes every metric of {@link EvaluationResult}.
     *
     * @param majorityPerFold majority label of each fold's training part (for the baseline)
     * @param trainSizes      training-part size per fold
     */
    public static EvaluationResult evaluate(String protocol, List<String> labels, List<Prediction> predictions,
                                            Map<Integer, String> majorityPerFold, Map<Integer, Integer> trainSizes,
                                            Settings settings, List<String> warnings) {
        List<Prediction> preds = predictions.stream().filter(p -> p.gold() != null).toList();
        int k = labels.size();
        int[][] conf = confusion(labels, preds);
        int n = preds.size();
        double[] af = accuracyMacroF1(conf);

        // per class
        List<ClassMetrics> perClass = new ArrayList<>();
        List<RocCurve> rocs = new ArrayList<>();
        double weighted = 0;
        double aucSum = 0;
        int aucCount = 0;
        for (int c = 0; c < k; c++) {
            int tp = conf[c][c];
            int support = 0, predicted = 0;
            for (int j = 0; j < k; j++) {
                support += conf[c][j];
                predicted += conf[j][c];
            }
            double prec = predicted == 0 ? 0 : tp / (double) predicted;
            double rec = support == 0 ? 0 : tp / (double) support;
            double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
            RocCurve roc = roc(labels.get(c), c, preds);
            perClass.add(new ClassMetrics(labels.get(c), support, predicted, prec, rec, f1, roc.auc()));
            rocs.add(roc);
            weighted += f1 * support;
            if (!Double.isNaN(roc.auc())) {
                aucSum += roc.auc();
                aucCount++;
            }
        }
        double weightedF1 = n == 0 ? 0 : weighted / n;
        double macroAuc = aucCount == 0 ? Double.NaN : aucSum / aucCount;

        double[] km = kappaMcc(conf, n);
        List<GroupMetrics> perGroup = perGroup(labels, preds);
        Baseline baseline = baseline(labels, preds, majorityPerFold);
        List<FoldMetrics> folds = folds(labels, preds, trainSizes);
        ConfidenceIntervals ci = bootstrap(labels, preds, settings);
        return new EvaluationResult(protocol, labels, n, af[0], af[1], weightedF1, km[0], km[1], macroAuc, perClass, conf,
                rocs, perGroup, baseline, ci, folds, warnings, predictions);
    }

    /** Cohen's kappa and Matthews' correlation coefficient (multi-class) of a confusion matrix. */
    static double[] kappaMcc(int[][] conf, int n) {
        int k = conf.length;
        double s = n, correct = 0, sumPT = 0, sumP2 = 0, sumT2 = 0;
        for (int c = 0; c < k; c++) {
            correct += conf[c][c];
            double t = 0, p = 0;
            for (int j = 0; j < k; j++) {
                t += conf[c][j];
                p += conf[j][c];
            }
            sumPT += p * t;
            sumP2 += p * p;
            sumT2 += t * t;
        }
        double pe = n == 0 ? 0 : sumPT / (s * s);
        double po = n == 0 ? 0 : correct / s;
        double kappa = pe >= 1 ? (po >= 1 ? 1 : 0) : (po - pe) / (1 - pe);
        double mccDen = Math.sqrt((s * s - sumP2) * (s * s - sumT2));
        double mcc = mccDen == 0 ? 0 : (correct * s - sumPT) / mccDen;

        return new double[]{kappa, mcc};
    }

    /** Accuracy and macro-F1 per group (e.g. per held-out outlet), groups in order. */
    static List<GroupMetrics> perGroup(List<String> labels, List<Prediction> preds) {
        Map<String, List<Prediction>> byGroup = new TreeMap<>();
        for (Prediction p : preds) if (!p.group().isEmpty()) byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
        List<GroupMetrics> perGroup = new ArrayList<>();
        for (Map.Entry<String, List<Prediction>> e : byGroup.entrySet()) {
            int[][] gc = confusion(labels, e.getValue());
            double[] g = accuracyMacroF1(gc);
            perGroup.add(new GroupMetrics(e.getKey(), e.getValue().size(), g[0], g[1], counts(labels, gc, true), counts(labels, gc, false)));
        }

        return perGroup;
    }

    /** Each fold's training majority label predicted for all its test items. */
    static Baseline baseline(List<String> labels, List<Prediction> preds, Map<Integer, String> majorityPerFold) {
        int k = labels.size();
        int[][] bc = new int[k][k];
        for (Prediction p : preds) {
            String maj = majorityPerFold.get(p.fold());
            if (maj == null) throw new IllegalStateException("no majority label for fold " + p.fold());
            bc[labels.indexOf(p.gold())][labels.indexOf(maj)]++;
        }
        double[] b = accuracyMacroF1(bc);
        String majLabels = String.join("/", new java.util.TreeSet<>(majorityPerFold.values()));
        double[] chance = chance(bc);
        return new Baseline("majority class of the training data", majLabels, b[0], b[1], chance[0], chance[1]);
    }

    /**
     * Accuracy and macro-F1 of a uniform guess among the K classes on its expected confusion matrix, from the gold
     * counts (the rows of {@code conf}): every class is predicted n/K times, so each counts in the mean as in
     * {@link #accuracyMacroF1} (F1 0 for a class without gold items).
     */
    static double[] chance(int[][] conf) {
        int k = conf.length;
        long n = 0;
        long[] gold = new long[k];
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) gold[i] += conf[i][j];
        for (long g : gold) n += g;
        if (n == 0 || k == 0) return new double[]{Double.NaN, Double.NaN};
        double q = 1.0 / k, sum = 0;
        for (long g : gold) {
            double p = (double) g / n;
            sum += 2 * p * q / (p + q);
        }
        return new double[]{q, sum / k};
    }

    /** Accuracy and macro-F1 of each fold. */
    static List<FoldMetrics> folds(List<String> labels, List<Prediction> preds, Map<Integer, Integer> trainSizes) {
        Map<Integer, List<Prediction>> byFold = new TreeMap<>();
        for (Prediction p : preds) byFold.computeIfAbsent(p.fold(), f -> new ArrayList<>()).add(p);
        List<FoldMetrics> folds = new ArrayList<>();
        for (Map.Entry<Integer, List<Prediction>> e : byFold.entrySet()) {
            double[] fm = accuracyMacroF1(confusion(labels, e.getValue()));
            folds.add(new FoldMetrics(e.getKey(), trainSizes.getOrDefault(e.getKey(), 0), e.getValue().size(), fm[0], fm[1]));
        }

        return folds;
    }

    private static Map<String, Integer> counts(List<String> labels, int[][] conf, boolean gold) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int c = 0; c < labels.size(); c++) {
            int sum = 0;
            for (int j = 0; j < labels.size(); j++) sum += gold ? conf[c][j] : conf[j][c];
            if (sum > 0) m.put(labels.get(c), sum);
        }
        return m;
    }

    /** {@code confusion[gold][predicted]}; predictions without gold are ignored. */
    public static int[][] confusion(List<String> labels, List<Prediction> preds) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < labels.size(); i++) index.put(labels.get(i), i);
        int[][] m = new int[labels.size()][labels.size()];
        for (Prediction p : preds) {
            if (p.gold() == null) continue;
            Integer g = index.get(p.gold()), q = index.get(p.predicted());
            if (g == null || q == null) throw new IllegalStateException("label outside the label set: " + p.gold() + "/" + p.predicted());
            m[g][q]++;
        }
        return m;
    }

    /** {accuracy, macro-F1} of a confusion matrix; macro-F1 averages the labels that occur (gold or predicted). */
    public static double[] accuracyMacroF1(int[][] conf) {
        int k = conf.length;
        long n = 0, correct = 0;
        double f1sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            long support = 0, predicted = 0;
            for (int j = 0; j < k; j++) {
                support += conf[c][j];
                predicted += conf[j][c];
                n += conf[c][j];
            }
            correct += conf[c][c];
            if (support == 0 && predicted == 0) continue;
            present++;
            double prec = predicted == 0 ? 0 : conf[c][c] / (double) predicted;
            double rec = support == 0 ? 0 : conf[c][c] / (double) support;
            f1sum += prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        }
        return new double[]{n == 0 ? 0 : correct / (double) n, present == 0 ? 0 : f1sum / present};
    }

    /** One-vs-rest ROC of label {@code c}: AUC by the rank-sum formula (ties count one half). */
    static RocCurve roc(String label, int c, List<Prediction> preds) {
        int n = preds.size();
        double[] score = new double[n];
        boolean[] pos = new boolean[n];
        int np = 0;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Prediction p = preds.get(i);
            score[i] = p.probabilities().length > c ? p.probabilities()[c] : 0;
            pos[i] = label.equals(p.gold());
            if (pos[i]) np++;
            order[i] = i;
        }
        int nn = n - np;
        if (np == 0 || nn == 0) return new RocCurve(label, new double[]{0, 1}, new double[]{0, 1}, Double.NaN);
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[]{0, 0});
        double auc = 0;
        int tp = 0, fp = 0;
        int i = 0;
        while (i < n) {
            int j = i, dtp = 0, dfp = 0;
            while (j < n && score[order[j]] == score[order[i]]) {
                if (pos[order[j]]) dtp++;
                else dfp++;
                j++;
            }
            auc += dfp * (tp + dtp / 2.0);
            tp += dtp;
            fp += dfp;
            pts.add(new double[]{fp / (double) nn, tp / (double) np});
            i = j;
        }
        auc /= (double) np * nn;
        // thin to at most ROC_POINTS points, keeping both ends
        int m = pts.size();
        int keep = Math.min(m, ROC_POINTS);
        double[] fpr = new double[keep], tpr = new double[keep];
        for (int q = 0; q < keep; q++) {
            int src = keep == 1 ? 0 : (int) Math.round(q * (m - 1) / (double) (keep - 1));
            fpr[q] = pts.get(src)[0];
            tpr[q] = pts.get(src)[1];
        }
        return new RocCurve(label, fpr, tpr, auc);
    }

    /** Percentile bootstrap of accuracy and macro-F1; resamples whole groups when asked and groups exist. */
    static ConfidenceIntervals bootstrap(List<String> labels, List<Prediction> preds, Settings settings) {
        int b = settings.bootstrapResamples();
        if (b == 0 || preds.isEmpty()) return new ConfidenceIntervals("none", 0, settings.seed(), new Interval(Double.NaN, Double.NaN), new Interval(Double.NaN, Double.NaN));
        int k = labels.size();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < k; i++) index.put(labels.get(i), i);
        // units: single predictions, or groups of predictions
        List<int[][]> units = new ArrayList<>();
        long distinctGroups = preds.stream().map(Prediction::group).distinct().count();
        boolean groups = settings.bootstrapGroups() && preds.stream().noneMatch(p -> p.group().isEmpty()) && distinctGroups >= MIN_BOOTSTRAP_GROUPS;
        boolean tooFew = settings.bootstrapGroups() && preds.stream().noneMatch(p -> p.group().isEmpty()) && !groups;
        if (groups) {
            Map<String, int[][]> byGroup = new TreeMap<>();
            for (Prediction p : preds) {
                int[][] pairs = byGroup.computeIfAbsent(p.group(), g -> new int[k][k]);
                pairs[index.get(p.gold())][index.get(p.predicted())]++;
            }
            units.addAll(byGroup.values());
        }
        int u = groups ? units.size() : preds.size();
        int[] g = new int[preds.size()], q = new int[preds.size()];
        for (int i = 0; i < preds.size(); i++) {
            g[i] = index.get(preds.get(i).gold());
            q[i] = index.get(preds.get(i).predicted());
        }
        Random rnd = new Random(settings.seed());
        double[] acc = new double[b], f1 = new double[b];
        int[][] conf = new int[k][k];
        for (int r = 0; r < b; r++) {
            for (int[] row : conf) Arrays.fill(row, 0);
            for (int i = 0; i < u; i++) {
                int pick = rnd.nextInt(u);
                if (groups) {
                    int[][] c = units.get(pick);
                    for (int x = 0; x < k; x++) for (int y = 0; y < k; y++) conf[x][y] += c[x][y];
                } else {
                    conf[g[pick]][q[pick]]++;
                }
            }
            double[] m = accuracyMacroF1(conf);
            acc[r] = m[0];
            f1[r] = m[1];
        }
        Arrays.sort(acc);
        Arrays.sort(f1);
        String method = groups ? "percentile bootstrap over groups"
                : tooFew ? "percentile bootstrap over items (only " + distinctGroups + " groups: too few to resample groups; the interval is too narrow)"
                : "percentile bootstrap over items";
        return new ConfidenceIntervals(method, b, settings.seed(), percentile(acc), percentile(f1));
    }

    private static Interval percentile(double[] sorted) {
        int n = sorted.length;
        int lo = (int) Math.floor(0.025 * (n - 1)), hi = (int) Math.ceil(0.975 * (n - 1));
        return new Interval(sorted[lo], sorted[hi]);
    }
}
