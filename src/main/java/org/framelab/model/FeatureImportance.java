package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.features.FeatureColumn;
import org.framelab.features.SparseVector;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Which features carry the label: information gain (on training data) and linear-model weights. */
public final class FeatureImportance {
    private FeatureImportance() {}

    /** A feature's weight for one label in a linear model ({@code rank} 1 = strongest for that label). */
    public record Weighted(String label, int rank, String feature, String family, double weight) {}

    /**
     * Information gain (bits) of the best binary split of one feature: {@code value > threshold}.
     * N-gram columns are split on presence (threshold 0); other columns at the best training decile.
     */
    public record Ranked(int rank, String feature, String family, double infoGain, double threshold) {}

    /** Top {@code n} positive weights per label, in label order. */
    public static List<Weighted> topWeights(double[][] weights, List<FeatureColumn> columns, List<String> labels, int n) {
        List<Weighted> out = new ArrayList<>();
        for (int c = 0; c < labels.size() && c < weights.length; c++) {
            double[] w = weights[c];
            Integer[] order = new Integer[Math.min(w.length, columns.size())];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -w[i]).thenComparing(i -> columns.get(i).name()));
            for (int r = 0; r < Math.min(n, order.length); r++) {
                int i = order[r];
                if (w[i] <= 0) break;
                out.add(new Weighted(labels.get(c), r + 1, columns.get(i).name(), columns.get(i).family(), w[i]));
            }
        }
        return out;
    }

    /** Information-gain ranking of the model's features, computed on {@code training} (the model's training data). */
    public static List<Ranked> infoGain(TrainedModel model, List<Article> training, String labelField, int n, Progress progress) {
        SparseVector[] vectors = model.features().transformAll(training, progress, "features (importance)");
        int[] y = new int[training.size()];
        for (int i = 0; i < y.length; i++) y[i] = model.labels().indexOf(Trainer.labelOf(training.get(i), labelField));
        List<SparseVector> list = Arrays.asList(vectors);
        return infoGain(each -> {
            for (int i = 0; i < list.size(); i++) each.accept(list.get(i), i);
        }, y, model.labels().size(), model.columns(), n, model::usesColumn);
    }

    /** Information-gain ranking from vectors and label indices (negative label index = skipped). */
    public static List<Ranked> infoGain(List<SparseVector> vectors, int[] y, int k, List<FeatureColumn> columns, int n) {
        return infoGain(each -> {
            for (int i = 0; i < vectors.size(); i++) each.accept(vectors.get(i), i);
        }, y, k, columns, n, c -> true);
    }

    /**
     * Information-gain ranking of the training vectors given one at a time, in order with their index
     * ({@code vectors} calls its argument once per vector), so that they need not all be held; only
     * the columns {@code used} (the ones that reach the classifier: not outlet templates) are ranked.
     */
    public static List<Ranked> infoGain(java.util.function.Consumer<java.util.function.ObjIntConsumer<SparseVector>> vectors, int[] y, int k,
                                        List<FeatureColumn> columns, int n, java.util.function.IntPredicate used) {
        int m = columns.size();
        int[] total = new int[k];
        int rows = 0;
        for (int lab : y) if (lab >= 0) { total[lab]++; rows++; }
        double hy = entropy(total, rows);
        boolean[] dense = new boolean[m];
        int denseCount = 0;
        for (int c = 0; c < m; c++) if (!columns.get(c).isNgram()) { dense[c] = true; denseCount++; }
        int[][] present = new int[m][];
        int[] denseSlot = new int[m];
        Arrays.fill(denseSlot, -1);
        double[][] denseValues = new double[denseCount][];
        int slot = 0;
        for (int c = 0; c < m; c++) if (dense[c]) { denseSlot[c] = slot; denseValues[slot++] = new double[rows]; }
        int[] next = {0};
        int[] rowLabel = new int[rows];
        vectors.accept((v, i) -> {
            if (y[i] < 0) return;
            int row = next[0]++;
            for (int j = 0; j < v.size(); j++) {
                int c = v.indices()[j];
                if (c >= m) continue;
                double val = v.values()[j];
                if (dense[c]) denseValues[denseSlot[c]][row] = val;
                else if (val > 0) {
                    if (present[c] == null) present[c] = new int[k];
                    present[c][y[i]]++;
                }
            }
            rowLabel[row] = y[i];
        });
        double[] gain = new double[m];
        double[] thr = new double[m];
        for (int c = 0; c < m; c++) {
            if (!used.test(c)) continue;
            if (!dense[c]) {
                if (present[c] != null) gain[c] = hy - splitEntropy(present[c], total, rows);
            } else {
                bestThreshold(c, denseValues[denseSlot[c]], rowLabel, total, hy, gain, thr);
            }
        }
        return ranked(gain, thr, columns, n);
    }

    /**
     * Best information gain of a dense column split at one of its deciles ({@code vals > t}); stores
     * the gain in {@code gain[c]} and the threshold in {@code thr[c]} (0 and 0 when no split gains).
     */
    private static void bestThreshold(int c, double[] vals, int[] rowLabel, int[] total, double hy, double[] gain, double[] thr) {
        int rows = vals.length, k = total.length;
        // deciles of the defined values: a missing value (NaN, an undefined ratio) is never above a threshold
        double[] sorted = Arrays.stream(vals).filter(x -> !Double.isNaN(x)).sorted().toArray();
        int defined = sorted.length;
        double best = 0, bestThr = 0;
        double prev = Double.NaN;
        for (int d = 0; d < 10 && defined > 0; d++) {
            double t = sorted[Math.min(defined - 1, (int) ((long) defined * d / 10))];
            if (t == prev) continue;
            prev = t;
            int[] above = new int[k];
            for (int r = 0; r < rows; r++) if (vals[r] > t) above[rowLabel[r]]++;
            double g = hy - splitEntropy(above, total, rows);
            if (g > best) { best = g; bestThr = t; }
        }
        gain[c] = best;
        thr[c] = bestThr;
    }

    /** The top {@code n} columns by gain (ties by name), stopping at the first without gain. */
    private static List<Ranked> ranked(double[] gain, double[] thr, List<FeatureColumn> columns, int n) {
        int m = columns.size();
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -gain[i]).thenComparing(i -> columns.get(i).name()));
        List<Ranked> out = new ArrayList<>();
        for (int r = 0; r < Math.min(n, m); r++) {
            int c = order[r];
            if (gain[c] <= 0) break;
            out.add(new Ranked(r + 1, columns.get(c).name(), columns.get(c).family(), gain[c], thr[c]));
        }
        return out;
    }

    private static double splitEntropy(int[] above, int[] total, int rows) {
        int na = 0;
        int[] below = new int[total.length];
        for (int l = 0; l < total.length; l++) { na += above[l]; below[l] = total[l] - above[l]; }
        int nb = rows - na;
        return (na / (double) rows) * entropy(above, na) + (nb / (double) rows) * entropy(below, nb);
    }

    static double entropy(int[] counts, int n) {
        if (n == 0) return 0;
        double h = 0;
        for (int c : counts) if (c > 0) { double p = c / (double) n; h -= p * Math.log(p) / Math.log(2); }
        return h;
    }
}
