package org.framelab.stats;

import org.framelab.util.OptionException;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A correlation coefficient with its two-sided p-value.
 *
 * @param method {@link #PEARSON} or {@link #SPEARMAN}
 * @param r      the coefficient, NaN when undefined (fewer than 3 pairs or a constant variable)
 * @param n      number of complete pairs used (pairs with a NaN are left out)
 * @param p      two-sided p-value from t = r sqrt((n-2)/(1-r^2)) with n-2 df (exact for Pearson
 *               under bivariate normality; the usual large-sample approximation for Spearman, as in
 *               scipy's {@code spearmanr})
 */
public record Correlation(String method, double r, int n, double p) {
    public static final String PEARSON = "Pearson";
    public static final String SPEARMAN = "Spearman";

    /** Pearson's product-moment correlation. */
    public static Correlation pearson(double[] x, double[] y) {
        double[][] xy = complete(x, y);
        return of(PEARSON, xy[0], xy[1]);
    }

    /** Spearman's rank correlation: Pearson's r of average ranks (ties handled). */
    public static Correlation spearman(double[] x, double[] y) {
        double[][] xy = complete(x, y);
        return of(SPEARMAN, Ranks.average(xy[0]), Ranks.average(xy[1]));
    }

    private static Correlation of(String method, double[] x, double[] y) {
        int n = x.length;
        if (n < 3) return new Correlation(method, Double.NaN, n, Double.NaN);
        double mx = Descriptives.mean(x);
        double my = Descriptives.mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) return new Correlation(method, Double.NaN, n, Double.NaN);
        double r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
        double p;
        if (Math.abs(r) == 1) {
            p = 0;
        } else {
            double t = r * Math.sqrt((n - 2) / (1 - r * r));
            p = 2 * TDistribution.of(n - 2).survivalProbability(Math.abs(t));
        }
        return new Correlation(method, r, n, Math.min(1, p));
    }

    private static double[][] complete(double[] x, double[] y) {
        if (x.length != y.length) throw new OptionException("input", "x has " + x.length + " values, y has " + y.length);
        int n = 0;
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) n++;
        double[] a = new double[n];
        double[] b = new double[n];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                a[j] = x[i];
                b[j++] = y[i];
            }
        }
        return new double[][]{a, b};
    }
}
