package org.framelab.stats;

import org.framelab.util.OptionException;

import org.apache.commons.statistics.distribution.TDistribution;

import java.util.Arrays;

/**
 * Descriptive statistics of one group. NaN inputs are missing values: they are counted in
 * {@code missing} and left out of everything else.
 *
 * <p>Definitions: {@code sd} is the sample standard deviation (denominator n-1; NaN when n &lt; 2).
 * Quartiles and median use linear interpolation between order statistics (Hyndman &amp; Fan 1996
 * type 7, the default of R's {@code quantile} and of numpy). {@code ciLow..ciHigh} is the 95%
 * confidence interval of the mean, mean &plusmn; t(0.975, n-1) &middot; sd/&radic;n (NaN when n &lt; 2).
 *
 * @param group   group name
 * @param n       number of non-missing values
 * @param missing number of NaN values left out
 */
public record Descriptives(String group, int n, int missing, double mean, double sd, double median,
                           double q1, double q3, double iqr, double min, double max,
                           double ciLow, double ciHigh) {

    /** Standard error of the mean, sd/&radic;n (NaN when n &lt; 2). */
    public double se() {
        return n < 2 ? Double.NaN : sd / Math.sqrt(n);
    }

    /** Descriptives of {@code values} (NaN = missing). */
    public static Descriptives of(String group, double[] values) {
        double[] v = GroupStats.finite(values);
        Arrays.sort(v);
        int n = v.length;
        int missing = values.length - n;
        if (n == 0) {
            double nan = Double.NaN;
            return new Descriptives(group, 0, missing, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }
        double mean = mean(v);
        double sd = n < 2 ? Double.NaN : Math.sqrt(variance(v, mean));
        double q1 = quantile(v, 0.25);
        double med = quantile(v, 0.5);
        double q3 = quantile(v, 0.75);
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (n >= 2) {
            double t = t975(n - 1);
            double half = t * sd / Math.sqrt(n);
            lo = mean - half;
            hi = mean + half;
        }
        return new Descriptives(group, n, missing, mean, sd, med, q1, q3, q3 - q1, v[0], v[n - 1], lo, hi);
    }

    /** The 97.5th percentile of Student's t, computed once per df in a run (a root search; a table describes thousands of groups). */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, Double> T975 = new java.util.concurrent.ConcurrentHashMap<>();

    /** t(0.975, df), as {@code TDistribution.of(df).inverseCumulativeProbability(0.975)} gives it. */
    static double t975(int df) {
        Double t = T975.get(df);
        if (t == null) {
            t = TDistribution.of(df).inverseCumulativeProbability(0.975);
            T975.putIfAbsent(df, t);
        }
        return t;
    }

    /** Quantile of sorted, NaN-free values by linear interpolation (type 7). */
    public static double quantile(double[] sorted, double p) {
        if (p < 0 || p > 1) throw new OptionException("quantile", "" + p);
        int n = sorted.length;
        if (n == 0) return Double.NaN;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) s += d;
        return s / v.length;
    }

    /** Sample variance (n-1). */
    static double variance(double[] v, double mean) {
        double ss = 0;
        double c = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
            c += d - mean;
        }
        return (ss - c * c / v.length) / (v.length - 1);
    }
}
