package org.framelab.stats;

import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Group means by ordinary least squares (one indicator per group) with cluster-robust standard errors: the CR1
 * sandwich (X'X)^-1 (sum_c X_c' e_c e_c' X_c) (X'X)^-1 times G/(G-1) (N-1)/(N-k) for G clusters (Cameron &amp;
 * Miller 2015, sec. VI; the default of Stata and of statsmodels' {@code cov_type="cluster"}). The test of equal
 * means uses G - 1 denominator degrees of freedom, as Cameron &amp; Miller recommend with few clusters: t with
 * G - 1 df for two groups (first minus second), F = W / (k - 1) with (k - 1, G - 1) df for more. Rows with NaN,
 * no group or no cluster are left out; more than {@link MixedModel#MAX_GROUPS} groups are not tested.
 *
 * @param groups the groups with values
 * @param means  their means
 * @param se     cluster-robust standard errors of the means
 * @param statistic t (two groups) or F
 */
public record ClusterRobust(List<String> groups, double[] means, double[] se, int[] n, double statistic, double df1,
                            double df2, double p, int clusters, String note) {

    /** {@code y} (NaN = missing) in groups {@code group[i]} (index into {@code groupNames}, -1 = none) and clusters 0..clusters-1. */
    public static ClusterRobust of(double[] y, int[] group, List<String> groupNames, int[] cluster, int clusters) {
        int k0 = groupNames.size();
        double[] sum = new double[k0];
        int[] count = new int[k0];
        boolean[] seen = new boolean[clusters];
        for (int i = 0; i < y.length; i++) {
            if (!used(y, group, cluster, i)) continue;
            sum[group[i]] += y[i];
            count[group[i]]++;
            seen[cluster[i]] = true;
        }
        List<String> names = new ArrayList<>();
        int[] col = new int[k0];
        for (int g = 0; g < k0; g++) {
            col[g] = count[g] > 0 ? names.size() : -1;
            if (count[g] > 0) names.add(groupNames.get(g));
        }
        int k = names.size();
        int g = 0;
        for (boolean b : seen) if (b) g++;
        double[] means = new double[k];
        int[] n = new int[k];
        int total = 0;
        for (int x = 0; x < k0; x++) {
            if (col[x] < 0) continue;
            means[col[x]] = sum[x] / count[x];
            n[col[x]] = count[x];
            total += count[x];
        }
        if (k < 2 || g < 2 || total <= k) return new ClusterRobust(names, means, new double[k], n, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, g, "not computed: needs at least 2 groups, 2 clusters and more values than groups");
        if (k > MixedModel.MAX_GROUPS) return new ClusterRobust(names, means, new double[k], n, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, g, "not computed: more than " + MixedModel.MAX_GROUPS + " groups");
        double[][] u = new double[clusters][k];
        for (int i = 0; i < y.length; i++) {
            if (used(y, group, cluster, i)) u[cluster[i]][col[group[i]]] += y[i] - means[col[group[i]]];
        }
        double[][] v = new double[k][k];
        double c = g / (g - 1.0) * (total - 1.0) / (total - k);
        for (double[] uc : u) {
            for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) v[a][b] += uc[a] * uc[b];
        }
        double[] se = new double[k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) v[a][b] *= c / ((double) n[a] * n[b]);
            se[a] = Math.sqrt(v[a][a]);
        }
        return test(names, means, se, n, v, g);
    }

    private static boolean used(double[] y, int[] group, int[] cluster, int i) {
        return !Double.isNaN(y[i]) && group[i] >= 0 && cluster[i] >= 0;
    }

    /** The Wald test of equal means on the contrasts first minus each other group. */
    private static ClusterRobust test(List<String> names, double[] means, double[] se, int[] n, double[][] v, int g) {
        int k = means.length;
        if (k == 2) {
            double var = v[0][0] + v[1][1] - 2 * v[0][1];
            if (!(var > 0)) return new ClusterRobust(names, means, se, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, g,
                    "not computed: no variation between clusters in the residuals");
            double t = (means[0] - means[1]) / Math.sqrt(var);
            double p = 2 * TDistribution.of(g - 1).survivalProbability(Math.abs(t));
            return new ClusterRobust(names, means, se, n, t, g - 1, Double.NaN, p, g, "");
        }
        if (g - 1 < k - 1) return new ClusterRobust(names, means, se, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, g,
                "not computed: fewer clusters than groups (the robust covariance has rank G - 1 at most)");
        RealMatrix r = MatrixUtils.createRealMatrix(k - 1, k);
        double[] d = new double[k - 1];
        for (int a = 1; a < k; a++) {
            r.setEntry(a - 1, 0, 1);
            r.setEntry(a - 1, a, -1);
            d[a - 1] = means[0] - means[a];
        }
        RealMatrix rv = r.multiply(MatrixUtils.createRealMatrix(v)).multiply(r.transpose());
        try {
            double[] x = new LUDecomposition(rv, 1e-13).getSolver().solve(MatrixUtils.createRealVector(d)).toArray();
            double w = 0;
            for (int a = 0; a < d.length; a++) w += d[a] * x[a];
            double f = w / (k - 1);
            double p = FDistribution.of(k - 1, g - 1).survivalProbability(f);
            return new ClusterRobust(names, means, se, n, f, k - 1, g - 1, p, g, "");
        } catch (RuntimeException singular) {
            return new ClusterRobust(names, means, se, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, g,
                    "not computed: the robust covariance of the contrasts is singular");
        }
    }
}
