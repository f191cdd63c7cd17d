package org.framelab.chart;

import org.framelab.util.OptionException;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Plain-data inputs of the FrameLab charts (no JFreeChart types), so that statistics, models and
 * the workbook can produce and consume them without depending on a chart library.
 */
public final class ChartData {
    private ChartData() {}

    /** Mean of one feature in one group with its 95% confidence interval ({@code n}: values used; NaN mean when none). */
    public record MeanCi(String feature, String group, long n, double mean, double lower, double upper) {
        public MeanCi {
            Objects.requireNonNull(feature, "feature");
            Objects.requireNonNull(group, "group");
            if (n < 0) throw new OptionException("n", "" + n);
        }
    }

    /**
     * Box-plot statistics of one feature in one group (Tukey: whiskers at the most extreme values
     * within 1.5 IQR of the quartiles; quartiles by linear interpolation, R type 7).
     */
    public record BoxStats(String feature, String group, long n, double mean, double median, double q1, double q3,
                           double whiskerLow, double whiskerHigh, List<Double> outliers) {
        public BoxStats {
            outliers = List.copyOf(outliers);
        }

        /**
         * Computes the statistics from raw values; keeps at most {@code maxOutliers} of the most extreme outliers.
         * NaN values (missing: an undefined ratio) are left out; {@code n} counts the values used.
         */
        public static BoxStats of(String feature, String group, double[] values, int maxOutliers) {
            double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).toArray();
            Arrays.sort(v);
            if (v.length == 0) return new BoxStats(feature, group, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, List.of());
            double sum = 0;
            for (double d : v) sum += d;
            double q1 = quantile(v, 0.25), med = quantile(v, 0.5), q3 = quantile(v, 0.75);
            double iqr = q3 - q1, lo = q1 - 1.5 * iqr, hi = q3 + 1.5 * iqr;
            double wl = q1, wh = q3;
            List<Double> low = new ArrayList<>(), high = new ArrayList<>();
            for (double d : v) {
                if (d < lo) low.add(d);
                else if (d > hi) high.add(d);
                else {
                    wl = Math.min(wl, d);
                    wh = Math.max(wh, d);
                }
            }
            List<Double> out = new ArrayList<>();
            int half = Math.max(1, maxOutliers / 2);
            out.addAll(low.subList(0, Math.min(low.size(), half)));
            out.addAll(high.subList(Math.max(0, high.size() - half), high.size()));
            return new BoxStats(feature, group, v.length, sum / v.length, med, q1, q3, wl, wh, out);
        }

        /** Quantile of sorted values by linear interpolation between order statistics (R type 7). */
        public static double quantile(double[] sorted, double p) {
            if (sorted.length == 1) return sorted[0];
            double h = (sorted.length - 1) * p;
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, sorted.length - 1);
            return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }
    }

    /**
     * A zero-inflated measure in one group, in two parts: the share of texts with any hit ({@code hits}
     * of {@code n} texts with a value, 95% Wilson interval) and the mean among the texts with hits
     * (95% t interval; NaN bounds below 2 texts). Undefined values (NaN) are not in {@code n}.
     */
    public record ZeroPart(String feature, String group, long n, long hits, double hitMean, double hitLow, double hitHigh) {
        public ZeroPart {
            Objects.requireNonNull(feature, "feature");
            Objects.requireNonNull(group, "group");
            if (n < 0 || hits < 0 || hits > n) throw new OptionException("hits", hits + " of " + n);
        }

        /** Share of texts with a hit, 0..1 (NaN without texts). */
        public double share() {
            return n == 0 ? Double.NaN : (double) hits / n;
        }

        /** The 95% Wilson score interval of the share (Wilson 1927): {low, high}. */
        public double[] shareCi() {
            if (n == 0) return new double[]{Double.NaN, Double.NaN};
            double z = 1.959963984540054, p = share(), z2n = z * z / n;
            double centre = (p + z2n / 2) / (1 + z2n);
            double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
            return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
        }
    }

    /** The mean of a feature in one group and calendar month ({@code n} articles). */
    public record MonthlyPoint(String group, YearMonth month, long n, double value) {
        public MonthlyPoint {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(month, "month");
        }
    }

    /**
     * How often a term (e.g. a scare-quoted word or an attribution verb) occurs in a group's
     * articles; {@code groupArticles} is the number of articles of that group (for rates).
     */
    public record TermCount(String term, String family, String group, long count, long groupArticles) {
        public TermCount {
            if (count < 0 || groupArticles < 0) throw new OptionException("count", "" + count);
        }

        /** Occurrences per 100 articles of the group. */
        public double per100() {
            return groupArticles == 0 ? 0 : 100.0 * count / groupArticles;
        }
    }

    /** Confusion matrix: {@code counts[true][predicted]} in the order of {@code labels}. */
    public record Confusion(List<String> labels, long[][] counts) {
        public Confusion {
            labels = List.copyOf(labels);
            if (counts.length != labels.size()) throw new OptionException("confusion matrix", ""
                    + counts.length + " rows for " + labels.size() + " labels");
            long[][] c = new long[counts.length][];
            for (int i = 0; i < counts.length; i++) {
                if (counts[i].length != labels.size()) throw new IllegalArgumentException("Invalid confusion matrix row " + i);
                c[i] = counts[i].clone();
            }
            counts = c;
        }

        public long rowTotal(int i) {
            long s = 0;
            for (long x : counts[i]) s += x;
            return s;
        }
    }

    /** ROC curve of one class (one-vs-rest): false/true positive rates in increasing FPR order. */
    public record RocCurve(String label, double[] fpr, double[] tpr, double auc) {
        public RocCurve {
            if (fpr.length != tpr.length) throw new OptionException("ROC curve", "lengths differ");
            fpr = fpr.clone();
            tpr = tpr.clone();
        }
    }

    /** Weight or importance of one feature for one class (for models without per-class weights use one class, e.g. "all"). */
    public record FeatureWeight(String classLabel, String feature, double weight) {}

    /** One ablation / comparison score with a 95% interval (NaN bounds when unknown). */
    public record ScoreBar(String name, double score, double lower, double upper) {}
}
