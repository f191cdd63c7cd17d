package org.framelab.stats;

import java.util.Arrays;
import java.util.List;

/** Effect sizes. NaN values are left out; NaN is returned when an effect size is undefined. */
public final class EffectSizes {
    public static final String COHENS_D = "Cohen's d";
    public static final String HEDGES_G = "Hedges' g";
    public static final String CLIFFS_DELTA = "Cliff's delta";
    public static final String ETA_SQUARED = "eta squared";
    public static final String EPSILON_SQUARED = "epsilon squared";
    public static final String CRAMERS_V = "Cramer's V";

    private EffectSizes() {}

    /**
     * Cohen's d = (mean(a) - mean(b)) / pooled SD, where the pooled SD is
     * sqrt(((n_a-1)s_a^2 + (n_b-1)s_b^2) / (n_a+n_b-2)) (Cohen 1988). Positive when a's mean is larger.
     */
    public static double cohensD(double[] a, double[] b) {
        double[] x = GroupStats.finite(a);
        double[] y = GroupStats.finite(b);
        int nx = x.length;
        int ny = y.length;
        if (nx < 2 || ny < 2) return Double.NaN;
        double mx = Descriptives.mean(x);
        double my = Descriptives.mean(y);
        double pooled = ((nx - 1) * Descriptives.variance(x, mx) + (ny - 1) * Descriptives.variance(y, my)) / (nx + ny - 2);
        if (pooled == 0) return Double.NaN;
        return (mx - my) / Math.sqrt(pooled);
    }

    /** Hedges' g: Cohen's d times the small-sample correction J = 1 - 3/(4(n_a+n_b)-9) (Hedges &amp; Olkin 1985). */
    public static double hedgesG(double[] a, double[] b) {
        int n = GroupStats.finite(a).length + GroupStats.finite(b).length;
        return cohensD(a, b) * (1 - 3.0 / (4.0 * n - 9));
    }

    /**
     * Cliff's delta = (#(a_i &gt; b_j) - #(a_i &lt; b_j)) / (n_a n_b), in [-1, 1]; positive when a tends
     * to be larger (Cliff 1993). Computed in O(n log n) by sorting.
     */
    public static double cliffsDelta(double[] a, double[] b) {
        double[] x = GroupStats.finite(a);
        double[] y = GroupStats.finite(b);
        if (x.length == 0 || y.length == 0) return Double.NaN;
        double[] ys = y.clone();
        Arrays.sort(ys);
        double dominance = 0;
        for (double v : x) {
            int less = lowerBound(ys, v);            // count of y < v
            int lessOrEqual = upperBound(ys, v);     // count of y <= v
            int greater = ys.length - lessOrEqual;   // count of y > v
            dominance += less - greater;
        }
        return dominance / ((double) x.length * y.length);
    }

    /** Eta squared = SS_between / SS_total of a one-way layout. */
    public static double etaSquared(List<double[]> groups) {
        List<double[]> g = Tests.nonEmpty(groups);
        if (g.size() < 2) return Double.NaN;
        double[] ss = Tests.sumsOfSquares(g);
        double total = ss[0] + ss[1];
        return total == 0 ? Double.NaN : ss[0] / total;
    }

    /**
     * Epsilon squared for Kruskal-Wallis, H / ((N^2-1)/(N+1)) = H/(N-1) (Tomczak &amp; Tomczak 2014,
     * Trends in Sport Sciences 21(1)).
     */
    public static double epsilonSquared(double h, int n) {
        return n < 2 ? Double.NaN : h / (n - 1.0);
    }

    /** Cramer's V = sqrt(chi2 / (N * (min(r, c) - 1))). */
    public static double cramersV(double chiSquare, long n, int rows, int cols) {
        int m = Math.min(rows, cols) - 1;
        return n == 0 || m < 1 ? Double.NaN : Math.sqrt(chiSquare / (n * (double) m));
    }

    private static int lowerBound(double[] s, double v) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int upperBound(double[] s, double v) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] <= v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
