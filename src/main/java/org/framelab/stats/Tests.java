package org.framelab.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.TTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two-sided significance tests for differences between groups. NaN values are left out. All
 * p-values are two-sided. Tests that cannot be computed (too few values, no variance) return an
 * outcome with NaN statistic and p and a {@code note} saying why; they never throw for data reasons.
 */
public final class Tests {
    public static final String WELCH_T = "Welch t-test";
    public static final String MANN_WHITNEY = "Mann-Whitney U";
    public static final String ANOVA = "One-way ANOVA";
    public static final String WELCH_ANOVA = "Welch ANOVA";
    public static final String KRUSKAL_WALLIS = "Kruskal-Wallis H";
    public static final String CHI_SQUARE = "Chi-square independence";

    /** Mann-Whitney: exact p-value when there are no ties and both groups have fewer than this many values (as R's wilcox.test). */
    public static final int MANN_WHITNEY_EXACT_BELOW = 50;

    private Tests() {}

    /** Welch's unequal-variances t-test (Welch-Satterthwaite df), via Commons Statistics {@code TTest}. */
    public static TestOutcome welch(double[] a, double[] b) {
        double[] x = GroupStats.finite(a);
        double[] y = GroupStats.finite(b);
        if (x.length < 2 || y.length < 2) return TestOutcome.notComputed(WELCH_T, "needs at least 2 values per group");
        double vx = Descriptives.variance(x, Descriptives.mean(x));
        double vy = Descriptives.variance(y, Descriptives.mean(y));
        if (vx == 0 && vy == 0) return TestOutcome.notComputed(WELCH_T, "no variance in either group");
        TTest.Result r = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(x, y);
        return new TestOutcome(WELCH_T, r.getStatistic(), r.getDegreesOfFreedom(), Double.NaN, r.getPValue(), "");
    }

    /**
     * Mann-Whitney U test (Wilcoxon rank-sum). The statistic is U of the first group
     * (R1 - n1(n1+1)/2, ties get average ranks). p-value: exact when there are no ties and both
     * groups have fewer than 50 values; otherwise the normal approximation with tie-corrected
     * variance and continuity correction (the rule of R's {@code wilcox.test}).
     */
    public static TestOutcome mannWhitney(double[] a, double[] b) {
        double[] x = GroupStats.finite(a);
        double[] y = GroupStats.finite(b);
        if (x.length < 1 || y.length < 1) return TestOutcome.notComputed(MANN_WHITNEY, "needs at least 1 value per group");
        double[] all = concat(x, y);
        if (Arrays.stream(all).distinct().count() == 1) return TestOutcome.notComputed(MANN_WHITNEY, "all values are equal");
        boolean ties = Arrays.stream(all).distinct().count() < all.length;
        boolean exact = !ties && x.length < MANN_WHITNEY_EXACT_BELOW && y.length < MANN_WHITNEY_EXACT_BELOW;
        MannWhitneyUTest t = MannWhitneyUTest.withDefaults()
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(ContinuityCorrection.ENABLED);
        MannWhitneyUTest.Result r = t.test(x, y);
        return new TestOutcome(MANN_WHITNEY, r.getStatistic(), Double.NaN, Double.NaN, r.getPValue(),
                exact ? "exact p" : "normal approximation, tie-corrected, continuity-corrected");
    }

    /** Classic one-way ANOVA (equal variances assumed): F with df (k-1, N-k). */
    public static TestOutcome anova(List<double[]> groups) {
        List<double[]> g = nonEmpty(groups);
        int k = g.size();
        int n = g.stream().mapToInt(v -> v.length).sum();
        if (k < 2) return TestOutcome.notComputed(ANOVA, "needs at least 2 groups with values");
        if (n - k < 1) return TestOutcome.notComputed(ANOVA, "needs more values than groups");
        double[] ss = sumsOfSquares(g);
        double ssb = ss[0];
        double ssw = ss[1];
        if (ssw == 0) return TestOutcome.notComputed(ANOVA, "no variance within groups");
        double f = (ssb / (k - 1)) / (ssw / (n - k));
        double p = FDistribution.of(k - 1, n - k).survivalProbability(f);
        return new TestOutcome(ANOVA, f, k - 1, n - k, p, "");
    }

    /**
     * Welch's heteroscedastic one-way ANOVA (Welch 1951): weights n_i/s_i^2, F with df
     * (k-1, (k^2-1) / (3 * sum((1-w_i/W)^2/(n_i-1)))). Needs at least 2 values and non-zero
     * variance in every group.
     */
    public static TestOutcome welchAnova(List<double[]> groups) {
        List<double[]> g = nonEmpty(groups);
        int k = g.size();
        if (k < 2) return TestOutcome.notComputed(WELCH_ANOVA, "needs at least 2 groups with values");
        double[] w = new double[k];
        double[] m = new double[k];
        int[] n = new int[k];
        double sw = 0;
        for (int i = 0; i < k; i++) {
            double[] v = g.get(i);
            n[i] = v.length;
            if (n[i] < 2) return TestOutcome.notComputed(WELCH_ANOVA, "needs at least 2 values per group");
            m[i] = Descriptives.mean(v);
            double var = Descriptives.variance(v, m[i]);
            if (var == 0) return TestOutcome.notComputed(WELCH_ANOVA, "a group has no variance");
            w[i] = n[i] / var;
            sw += w[i];
        }
        double mw = 0;
        for (int i = 0; i < k; i++) mw += w[i] * m[i];
        mw /= sw;
        double a = 0;
        double lambda = 0;
        for (int i = 0; i < k; i++) {
            a += w[i] * (m[i] - mw) * (m[i] - mw);
            double h = 1 - w[i] / sw;
            lambda += h * h / (n[i] - 1);
        }
        a /= (k - 1);
        double b = 1 + 2.0 * (k - 2) / ((double) k * k - 1) * lambda;
        double f = a / b;
        double df2 = ((double) k * k - 1) / (3 * lambda);
        double p = FDistribution.of(k - 1, df2).survivalProbability(f);
        return new TestOutcome(WELCH_ANOVA, f, k - 1, df2, p, "");
    }

    /**
     * Kruskal-Wallis H test on average ranks, H divided by the tie correction
     * 1 - sum(t^3-t)/(N^3-N); p from chi-square with k-1 df.
     */
    public static TestOutcome kruskalWallis(List<double[]> groups) {
        List<double[]> g = nonEmpty(groups);
        int k = g.size();
        if (k < 2) return TestOutcome.notComputed(KRUSKAL_WALLIS, "needs at least 2 groups with values");
        double[] all = g.stream().flatMapToDouble(Arrays::stream).toArray();
        int n = all.length;
        double[] ranks = Ranks.average(all);
        double tie = Ranks.tieCorrection(all);
        if (tie == 0) return TestOutcome.notComputed(KRUSKAL_WALLIS, "all values are equal");
        double h = 0;
        int at = 0;
        for (double[] v : g) {
            double r = 0;
            for (int j = 0; j < v.length; j++) r += ranks[at + j];
            at += v.length;
            h += r * r / v.length;
        }
        h = 12.0 / ((double) n * (n + 1)) * h - 3.0 * (n + 1);
        h /= tie;
        double p = ChiSquaredDistribution.of(k - 1).survivalProbability(h);
        return new TestOutcome(KRUSKAL_WALLIS, h, k - 1, Double.NaN, p, "chi-square approximation, tie-corrected");
    }

    /** {between-groups SS, within-groups SS} of NaN-free groups. */
    static double[] sumsOfSquares(List<double[]> g) {
        double total = 0;
        int n = 0;
        for (double[] v : g) {
            for (double d : v) total += d;
            n += v.length;
        }
        double grand = total / n;
        double ssb = 0;
        double ssw = 0;
        for (double[] v : g) {
            double m = Descriptives.mean(v);
            ssb += v.length * (m - grand) * (m - grand);
            for (double d : v) ssw += (d - m) * (d - m);
        }
        return new double[]{ssb, ssw};
    }

    /** The groups without NaNs, empty groups removed. */
    static List<double[]> nonEmpty(List<double[]> groups) {
        List<double[]> out = new ArrayList<>();
        for (double[] v : groups) {
            double[] f = GroupStats.finite(v);
            if (f.length > 0) out.add(f);
        }
        return out;
    }

    static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
