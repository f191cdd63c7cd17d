package org.framelab.stats;

import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Intraclass correlation ICC(1) of a feature by cluster: the share of its variance that lies between clusters
 * (outlets). One-way random-effects ANOVA estimator (Shrout &amp; Fleiss 1979, ICC(1); Snijders &amp; Bosker 2012,
 * sec. 3.3.1) with k0 for unequal cluster sizes (Donner &amp; Klar 2000):
 *
 * <pre>
 * ICC = (MSB - MSW) / (MSB + (k0 - 1) MSW),   k0 = (N - sum n_j^2 / N) / (J - 1)
 * </pre>
 * with MSB, MSW the between- and within-cluster mean squares over J clusters and N rows. F = MSB / MSW with
 * (J - 1, N - J) df tests ICC = 0. The design effect is 1 + (m - 1) ICC with m = N / J the mean cluster size
 * (Kish 1965; Donner &amp; Klar 2000), and the effective sample size N / design effect.
 *
 * <p>A negative estimate (clusters differ less than chance would make them) is reported as computed, with a
 * note; the design effect then uses ICC = 0 (it cannot be below 1). NaN values are missing; clusters without a
 * value are left out.
 *
 * @param clusters   clusters with at least one value
 * @param n          values used
 * @param meanSize   n / clusters
 * @param designEffect 1 + (meanSize - 1) max(ICC, 0)
 * @param effectiveN n / designEffect
 */
public record Icc(double icc, double f, double df1, double df2, double p, int clusters, int n, double k0, double meanSize,
                  double designEffect, double effectiveN, String note) {

    /** ICC(1) of {@code values} (one per row, NaN = missing) in clusters {@code cluster[i]} (0..clusters-1, -1 = none). */
    public static Icc of(double[] values, int[] cluster, int clusters) {
        double[] sum = new double[clusters];
        int[] count = new int[clusters];
        ClusterTests.sums(values, cluster, sum, count);
        int j = 0;
        int n = 0;
        double sq = 0;
        for (int c = 0; c < clusters; c++) {
            if (count[c] == 0) continue;
            j++;
            n += count[c];
            sq += (double) count[c] * count[c];
        }
        if (j < 2 || n <= j) return notComputed(j, n, "needs at least 2 clusters and more values than clusters");
        double grand = 0;
        for (int c = 0; c < clusters; c++) grand += sum[c];
        grand /= n;
        double ssb = 0;
        double ssw = 0;
        for (int c = 0; c < clusters; c++) if (count[c] > 0) ssb += count[c] * Math.pow(sum[c] / count[c] - grand, 2);
        for (int i = 0; i < values.length; i++) {
            if (cluster[i] < 0 || Double.isNaN(values[i])) continue;
            ssw += Math.pow(values[i] - sum[cluster[i]] / count[cluster[i]], 2);
        }
        double msb = ssb / (j - 1);
        double msw = ssw / (n - j);
        double k0 = (n - sq / n) / (j - 1);
        double meanSize = n / (double) j;
        if (msb + (k0 - 1) * msw <= 0) return notComputed(j, n, "no variance");
        double icc = (msb - msw) / (msb + (k0 - 1) * msw);
        double f = msw == 0 ? Double.POSITIVE_INFINITY : msb / msw;
        double p = msw == 0 ? 0 : FDistribution.of(j - 1, n - j).survivalProbability(f);
        double deff = 1 + (meanSize - 1) * Math.max(0, icc);
        String note = icc < 0 ? "negative estimate: the clusters differ less than chance would make them; design effect with ICC = 0" : "";
        return new Icc(icc, f, j - 1, n - j, p, j, n, k0, meanSize, deff, n / deff, note);
    }

    private static Icc notComputed(int clusters, int n, String why) {
        double nan = Double.NaN;
        return new Icc(nan, nan, nan, nan, nan, clusters, n, nan, clusters == 0 ? nan : n / (double) clusters, nan, nan,
                "not computed: " + why);
    }
}
