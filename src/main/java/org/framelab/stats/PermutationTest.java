package org.framelab.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Permutation test of a difference between groups of clusters (Edgington &amp; Onghena 2007; Good 2005): the
 * statistic is computed on one value per cluster (its mean), and the group labels are permuted across the
 * clusters keeping the group sizes. Two groups: the difference of the group means (first minus second; the
 * two-sided p counts |difference| &gt;= observed); three or more: the one-way F (equivalently the between-groups
 * sum of squares, which orders assignments the same way since the total sum of squares is fixed).
 *
 * <p>Exact when the number of distinct assignments (n! / (n_1! ... n_k!)) is at most {@link #EXACT_LIMIT}: all
 * are enumerated and p = share with a statistic &gt;= the observed one (the observed assignment included), so
 * the smallest possible p is the share of assignments reaching the maximum (1/3 for 2 + 2 clusters). Otherwise
 * Monte Carlo with a seeded generator: {@link #MONTE_CARLO} random assignments, p = (b + 1) / (B + 1) (Phipson
 * &amp; Smyth 2010); the same seed gives the same p.
 */
public final class PermutationTest {
    /** Enumerate every distinct assignment up to this many. */
    public static final long EXACT_LIMIT = 100_000;
    /** Random assignments of the Monte Carlo test. */
    public static final int MONTE_CARLO = 9_999;

    private PermutationTest() {}

    /**
     * @param statistic   difference of means (first minus second) for 2 groups, F for 3+ (NaN when undefined,
     *                    e.g. no variance within groups)
     * @param p           permutation p (NaN when not computed)
     * @param exact       true when every distinct assignment was enumerated
     * @param permutations assignments evaluated (all distinct ones, or the Monte Carlo count)
     * @param smallestP   the smallest p this design can give
     * @param note        how p was obtained, or why it was not computed
     */
    public record Result(double statistic, double p, boolean exact, long permutations, double smallestP, String note) {
        public String method() {
            return Double.isNaN(p) ? "" : exact ? "exact" : "Monte Carlo";
        }
    }

    /**
     * The test for {@code values} (one per cluster, no NaN) in groups {@code group[i]} in 0..k-1 (every group has at
     * least one value).
     */
    public static Result test(double[] values, int[] group, int k, long seed) {
        int n = values.length;
        int[] sizes = new int[k];
        for (int g : group) sizes[g]++;
        for (int s : sizes) if (s == 0) throw new IllegalArgumentException("empty group");
        if (k < 2 || n < 3) return new Result(Double.NaN, Double.NaN, false, 0, Double.NaN, "needs at least 2 groups and 3 clusters");
        double scale = 0;
        for (double v : values) scale = Math.max(scale, Math.abs(v));
        if (scale == 0 || Arrays.stream(values).distinct().count() == 1) {
            return new Result(Double.NaN, Double.NaN, false, 0, Double.NaN, "all cluster means are equal");
        }
        double tol = 1e-10 * (k == 2 ? scale : scale * scale * n);
        double observed = order(values, group, sizes);
        double reported = reported(values, group, sizes);
        double assignments = assignments(sizes);
        if (assignments <= EXACT_LIMIT) {
            long[] counts = exact(values, group, sizes, observed, tol);
            long total = (long) assignments;
            return new Result(reported, counts[0] / (double) total, true, total, counts[1] / (double) total,
                    String.format(java.util.Locale.ROOT, "exact: all %,d distinct assignments of the labels to the %d clusters", total, n));
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] labels = group.clone();
        long b = 0;
        for (int r = 0; r < MONTE_CARLO; r++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = labels[i];
                labels[i] = labels[j];
                labels[j] = t;
            }
            if (order(values, labels, sizes) >= observed - tol) b++;
        }
        return new Result(reported, (b + 1.0) / (MONTE_CARLO + 1.0), false, MONTE_CARLO, 1.0 / (MONTE_CARLO + 1.0),
                String.format(java.util.Locale.ROOT, "Monte Carlo: %,d random assignments (of %.3g), seed %d", MONTE_CARLO, assignments, seed));
    }

    /** {assignments with a statistic >= observed, assignments reaching the largest statistic}. */
    private static long[] exact(double[] values, int[] group, int[] sizes, double observed, double tol) {
        int[] labels = group.clone();
        Arrays.sort(labels);
        long atLeast = 0;
        long atMax = 0;
        double max = Double.NEGATIVE_INFINITY;
        do {
            double t = order(values, labels, sizes);
            if (t >= observed - tol) atLeast++;
            if (t > max + tol) {
                max = t;
                atMax = 1;
            } else if (t >= max - tol) atMax++;
        } while (nextPermutation(labels));
        return new long[]{atLeast, atMax};
    }

    /**
     * The statistic that orders assignments: |mean_0 - mean_1| for 2 groups, sum over groups of S_g^2 / n_g
     * (the between-groups sum of squares plus a constant) for more.
     */
    static double order(double[] values, int[] labels, int[] sizes) {
        double[] sums = new double[sizes.length];
        for (int i = 0; i < values.length; i++) sums[labels[i]] += values[i];
        if (sizes.length == 2) return Math.abs(sums[0] / sizes[0] - sums[1] / sizes[1]);
        double t = 0;
        for (int g = 0; g < sizes.length; g++) t += sums[g] * sums[g] / sizes[g];
        return t;
    }

    /** The statistic as reported: first minus second mean, or the one-way F (NaN without variance within groups). */
    static double reported(double[] values, int[] labels, int[] sizes) {
        int k = sizes.length;
        double[] sums = new double[k];
        for (int i = 0; i < values.length; i++) sums[labels[i]] += values[i];
        if (k == 2) return sums[0] / sizes[0] - sums[1] / sizes[1];
        int n = values.length;
        double grand = Arrays.stream(values).sum() / n;
        double ssb = 0;
        for (int g = 0; g < k; g++) ssb += sizes[g] * Math.pow(sums[g] / sizes[g] - grand, 2);
        double ssw = 0;
        for (int i = 0; i < n; i++) ssw += Math.pow(values[i] - sums[labels[i]] / sizes[labels[i]], 2);
        if (n - k < 1 || ssw <= 0) return Double.NaN;
        return (ssb / (k - 1)) / (ssw / (n - k));
    }

    /**
     * The smallest p an exact test of this design can give when the cluster means are all different: the relabellings
     * of groups of equal size give the same partition, so (product over sizes s of (number of groups of size s)!)
     * / assignments (1/3 for 2 + 2 clusters, 6/1680 for 3 + 3 + 3); 1 / (B + 1) when the test would be Monte Carlo.
     */
    public static double smallestPossibleP(int[] sizes) {
        double total = assignments(sizes);
        if (total > EXACT_LIMIT) return 1.0 / (MONTE_CARLO + 1.0);
        java.util.Map<Integer, Integer> bySize = new java.util.HashMap<>();
        for (int s : sizes) bySize.merge(s, 1, Integer::sum);
        double same = 1;
        for (int m : bySize.values()) for (int i = 2; i <= m; i++) same *= i;
        return same / total;
    }

    /** The number of distinct assignments, n! / (n_1! ... n_k!), as a double (it can be huge). */
    public static double assignments(int[] sizes) {
        double out = 1;
        int n = 0;
        for (int s : sizes) {
            for (int i = 0; i < s; i++) out = out * (n + i + 1) / (i + 1); // times C(n + s, s), exactly while below 2^53
            n += s;
        }
        return Math.rint(out);
    }

    /** The next arrangement of a multiset in lexicographic order; false after the last. */
    static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }
}
