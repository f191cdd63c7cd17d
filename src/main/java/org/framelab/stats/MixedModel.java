package org.framelab.stats;

import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

import java.util.ArrayList;
import java.util.List;

/**
 * A random-intercept linear mixed model fitted by REML: y = X beta + u_cluster + e, u ~ N(0, s2_u), e ~ N(0, s2),
 * with X = an intercept and one dummy per group after the first (the reference). Within cluster j of n_j rows
 * V_j = I + gamma 11' (gamma = s2_u / s2), so V_j^-1 = I - c_j 11' with c_j = gamma / (1 + n_j gamma) and
 * log|V_j| = log(1 + n_j gamma): every quantity is a sum over clusters of a few per-cluster sums (X_j'1, sum y_j),
 * computed once. With s2 profiled out (s2 = r'V^-1 r / (N - p)) the REML log-likelihood
 *
 * <pre>
 * l(gamma) = -1/2 [ (N - p) (log(2 pi s2) + 1) + sum log(1 + n_j gamma) + log|X'V^-1 X| ]
 * </pre>
 * is maximised over log gamma (a grid, then Brent), gamma = 0 (no cluster variance) included as the boundary.
 * beta = (X'V^-1 X)^-1 X'V^-1 y with the conventional covariance s2 (X'V^-1 X)^-1 (as lme4's vcov and SAS PROC
 * MIXED without a small-sample correction). {@link Fit#seObserved()} are the standard errors from the inverse
 * observed information of (beta, gamma), as statsmodels' MixedLM reports them (a check: see docs/stats.md).
 * Rows with NaN, no group or no cluster are left out. Check: statsmodels 0.13.5 MixedLM(reml=True) on
 * src/test/resources/stats/mixed-model.csv (MixedModelTest).
 */
public final class MixedModel {
    /** More groups than this are not fitted (the model has one coefficient per group). */
    public static final int MAX_GROUPS = 50;

    private MixedModel() {}

    /**
     * @param groups           the groups fitted (the first is the reference)
     * @param beta             intercept (the reference group's mean), then group minus reference for the other groups
     * @param se               standard errors of beta, sqrt(diag(s2 (X'V^-1 X)^-1))
     * @param cov              s2 (X'V^-1 X)^-1
     * @param seObserved       standard errors from the inverse observed information (NaN at the boundary)
     * @param clusterVariance  s2_u, the variance of the cluster intercepts
     * @param residualVariance s2
     * @param rowsPerGroup     rows used per group
     * @param boundary         true when s2_u is estimated at 0
     */
    public record Fit(List<String> groups, double[] beta, double[] se, double[][] cov, double[] seObserved,
                      double clusterVariance, double residualVariance, double remlLogLik, int[] rowsPerGroup, int n,
                      int clusters, boolean boundary, String note) {
        public boolean computed() {
            return beta.length > 0;
        }

        /** Model-based group means: the intercept, then intercept + beta_g. */
        public double[] means() {
            double[] m = new double[beta.length];
            for (int g = 0; g < m.length; g++) m[g] = beta[0] + (g == 0 ? 0 : beta[g]);
            return m;
        }

        /** s2_u / (s2_u + s2): the model's intraclass correlation. */
        public double icc() {
            return clusterVariance / (clusterVariance + residualVariance);
        }
    }

    /** The data of one fit: per-cluster sums of the rows used. */
    private record Data(int n, int p, double[][] xtx, double[] xty, double yty, int[] size, double[][] s, double[] ysum) {}

    /**
     * Fits the model to {@code y} (NaN = missing) with groups {@code group[i]} (index into {@code groupNames}, -1 =
     * none) and clusters {@code cluster[i]} (0..clusters-1, -1 = none).
     */
    public static Fit fit(double[] y, int[] group, List<String> groupNames, int[] cluster, int clusters) {
        int[] rowsPer = new int[groupNames.size()];
        int[] perCluster = new int[clusters];
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i]) || group[i] < 0 || cluster[i] < 0) continue;
            rowsPer[group[i]]++;
            perCluster[cluster[i]]++;
        }
        List<String> used = new ArrayList<>();
        int[] col = new int[groupNames.size()];
        List<Integer> counts = new ArrayList<>();
        for (int g = 0; g < col.length; g++) {
            col[g] = rowsPer[g] > 0 ? used.size() : -1;
            if (rowsPer[g] > 0) {
                used.add(groupNames.get(g));
                counts.add(rowsPer[g]);
            }
        }
        int[] rows = counts.stream().mapToInt(Integer::intValue).toArray();
        int[] clusterAt = new int[clusters];
        int j = 0;
        for (int c = 0; c < clusters; c++) clusterAt[c] = perCluster[c] > 0 ? j++ : -1;
        int n = 0;
        for (int r : rows) n += r;
        int p = used.size();
        if (p < 2) return notComputed(used, rows, n, j, "needs at least 2 groups with values");
        if (p > MAX_GROUPS) return notComputed(used, rows, n, j, "more than " + MAX_GROUPS + " groups");
        if (j < 2) return notComputed(used, rows, n, j, "needs at least 2 clusters with values");
        if (n <= p + 1) return notComputed(used, rows, n, j, "needs more values than groups");
        Data d = data(y, group, col, cluster, clusterAt, j, n, p);
        return fit(d, used, rows);
    }

    private static Data data(double[] y, int[] group, int[] col, int[] cluster, int[] clusterAt, int clusters, int n, int p) {
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        double yty = 0;
        int[] size = new int[clusters];
        double[][] s = new double[clusters][p];
        double[] ysum = new double[clusters];
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i]) || group[i] < 0 || cluster[i] < 0) continue;
            int g = col[group[i]];
            int c = clusterAt[cluster[i]];
            xtx[0][0]++;
            xty[0] += y[i];
            yty += y[i] * y[i];
            size[c]++;
            s[c][0]++;
            ysum[c] += y[i];
            if (g > 0) {
                xtx[0][g]++;
                xtx[g][0]++;
                xtx[g][g]++;
                xty[g] += y[i];
                s[c][g]++;
            }
        }
        return new Data(n, p, xtx, xty, yty, size, s, ysum);
    }

    /** The fixed-effect solution at one variance ratio. */
    private record Eval(double gamma, RealMatrix a, RealMatrix aInverse, double[] beta, double q, double logLik) {}

    private static Eval eval(Data d, double gamma) {
        int p = d.p();
        double[][] a = new double[p][];
        for (int r = 0; r < p; r++) a[r] = d.xtx()[r].clone();
        double[] b = d.xty().clone();
        double yvy = d.yty();
        double logDetV = 0;
        for (int c = 0; c < d.size().length; c++) {
            double cj = gamma / (1 + d.size()[c] * gamma);
            double[] s = d.s()[c];
            for (int r = 0; r < p; r++) {
                if (s[r] == 0) continue;
                b[r] -= cj * s[r] * d.ysum()[c];
                for (int k = 0; k < p; k++) if (s[k] != 0) a[r][k] -= cj * s[r] * s[k];
            }
            yvy -= cj * d.ysum()[c] * d.ysum()[c];
            logDetV += Math.log1p(d.size()[c] * gamma);
        }
        RealMatrix am = MatrixUtils.createRealMatrix(a);
        CholeskyDecomposition ch;
        try {
            ch = new CholeskyDecomposition(am, 1e-9, 1e-14);
        } catch (RuntimeException notPositiveDefinite) { // a group not identified at this variance ratio
            return null;
        }
        double[] beta = ch.getSolver().solve(MatrixUtils.createRealVector(b)).toArray();
        double q = yvy;
        for (int r = 0; r < p; r++) q -= b[r] * beta[r];
        double logDetA = 0;
        RealMatrix l = ch.getL();
        for (int r = 0; r < p; r++) logDetA += 2 * Math.log(l.getEntry(r, r));
        int df = d.n() - p;
        double ll = q <= 0 ? Double.NaN : -0.5 * (df * (Math.log(2 * Math.PI * q / df) + 1) + logDetV + logDetA);
        return new Eval(gamma, am, ch.getSolver().getInverse(), beta, q, ll);
    }

    /** The log-likelihood at gamma; -infinity where it is undefined. */
    private static double logLik(Data d, double gamma) {
        Eval e = eval(d, gamma);
        return e == null || Double.isNaN(e.logLik()) ? Double.NEGATIVE_INFINITY : e.logLik();
    }

    /** Maximises the profiled REML log-likelihood over log gamma: a grid from e^-12 to e^10 and gamma = 0, then Brent. */
    private static Fit fit(Data d, List<String> groups, int[] rows) {
        double bestPhi = Double.NaN;
        double best = logLik(d, 0);
        if (best == Double.NEGATIVE_INFINITY) return notComputed(groups, rows, d.n(), d.size().length, "no variance within the groups");
        double step = 0.5;
        for (double phi = -12; phi <= 10 + 1e-9; phi += step) {
            double ll = logLik(d, Math.exp(phi));
            if (ll > best) {
                best = ll;
                bestPhi = phi;
            }
        }
        Eval e;
        if (Double.isNaN(bestPhi)) e = eval(d, 0);
        else {
            double lo = bestPhi - step;
            double hi = Math.min(10, bestPhi + step);
            double phi = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(500),
                    new UnivariateObjectiveFunction(x -> logLik(d, Math.exp(x))), GoalType.MAXIMIZE,
                    new SearchInterval(lo, hi, bestPhi)).getPoint();
            e = logLik(d, Math.exp(phi)) >= best ? eval(d, Math.exp(phi)) : eval(d, Math.exp(bestPhi));
        }
        return result(d, e, groups, rows);
    }

    private static Fit result(Data d, Eval e, List<String> groups, int[] rows) {
        int p = d.p();
        double s2 = e.q() / (d.n() - p);
        double[][] cov = e.aInverse().scalarMultiply(s2).getData();
        double[] se = new double[p];
        for (int r = 0; r < p; r++) se[r] = Math.sqrt(cov[r][r]);
        boolean boundary = e.gamma() == 0;
        double[] obs = boundary ? nan(p) : observedSe(d, e, s2);
        String note = boundary ? "cluster variance estimated at 0 (boundary): the model reduces to ordinary least squares" : "";
        if (e.gamma() >= Math.exp(10) * 0.999) note = "the cluster variance is very large relative to the residual variance";
        return new Fit(groups, e.beta(), se, cov, obs, e.gamma() * s2, s2, e.logLik(), rows, d.n(), d.size().length, boundary, note);
    }

    /**
     * Standard errors of beta from the inverse of the observed information of the REML log-likelihood in (beta,
     * gamma) with s2 profiled out (the fixed-effect block is A/s2; the cross term and the gamma term are analytic).
     */
    private static double[] observedSe(Data d, Eval e, double s2) {
        int p = d.p();
        double g = e.gamma();
        double q = e.q();
        double[] hbg = new double[p];
        double qd1 = 0, qd2 = 0, ld2 = 0;
        double[][] ad1 = new double[p][p];
        double[][] ad2 = new double[p][p];
        for (int c = 0; c < d.size().length; c++) {
            double[] s = d.s()[c];
            double r = d.ysum()[c];
            for (int k = 0; k < p; k++) r -= s[k] * e.beta()[k];
            double den = 1 + d.size()[c] * g;
            double c1 = 1 / (den * den);
            double c2 = -2.0 * d.size()[c] / (den * den * den);
            for (int k = 0; k < p; k++) hbg[k] -= s[k] * r * c1 / s2;
            qd1 -= c1 * r * r;
            qd2 -= c2 * r * r;
            ld2 -= (double) d.size()[c] * d.size()[c] * c1;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    ad1[a][b] -= c1 * s[a] * s[b];
                    ad2[a][b] -= c2 * s[a] * s[b];
                }
            }
        }
        RealMatrix ai = e.aInverse();
        RealMatrix x = ai.multiply(MatrixUtils.createRealMatrix(ad1));
        double logDetA2 = ai.multiply(MatrixUtils.createRealMatrix(ad2)).getTrace() - x.multiply(x).getTrace();
        int df = d.n() - p;
        double hgg = -0.5 * (df * (qd2 / q - (qd1 / q) * (qd1 / q)) + ld2 + logDetA2);
        double[][] info = new double[p + 1][p + 1];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) info[a][b] = e.a().getEntry(a, b) / s2;
            info[a][p] = -hbg[a];
            info[p][a] = -hbg[a];
        }
        info[p][p] = -hgg;
        try {
            RealMatrix inv = MatrixUtils.inverse(MatrixUtils.createRealMatrix(info));
            double[] se = new double[p];
            for (int a = 0; a < p; a++) se[a] = inv.getEntry(a, a) > 0 ? Math.sqrt(inv.getEntry(a, a)) : Double.NaN;
            return se;
        } catch (RuntimeException singular) {
            return nan(p);
        }
    }

    /**
     * Wald test of the group coefficients: two groups, z = (first minus second) / SE, two-sided normal p; more,
     * chi-square = b' C^-1 b on the k - 1 group coefficients with k - 1 df.
     */
    public static TestOutcome wald(Fit f, String name) {
        if (!f.computed()) return TestOutcome.notComputed(name, f.note().replaceFirst("^not computed: ", ""));
        int p = f.beta().length;
        if (p == 2) {
            double z = -f.beta()[1] / f.se()[1];
            double pv = twoSidedP(z);
            return new TestOutcome(name, z, Double.NaN, Double.NaN, pv, f.note());
        }
        double[][] sub = new double[p - 1][p - 1];
        double[] b = new double[p - 1];
        for (int r = 1; r < p; r++) {
            b[r - 1] = f.beta()[r];
            for (int c = 1; c < p; c++) sub[r - 1][c - 1] = f.cov()[r][c];
        }
        try {
            double[] x = new org.apache.commons.math3.linear.LUDecomposition(MatrixUtils.createRealMatrix(sub)).getSolver()
                    .solve(MatrixUtils.createRealVector(b)).toArray();
            double w = 0;
            for (int r = 0; r < b.length; r++) w += b[r] * x[r];
            double pv = org.apache.commons.statistics.distribution.ChiSquaredDistribution.of(p - 1).survivalProbability(w);
            return new TestOutcome(name, w, p - 1, Double.NaN, pv, f.note());
        } catch (RuntimeException singular) {
            return TestOutcome.notComputed(name, "the covariance of the group coefficients is singular");
        }
    }

    /** Two-sided p of a standard normal z. */
    public static double twoSidedP(double z) {
        return 2 * org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).survivalProbability(Math.abs(z));
    }

    private static double[] nan(int p) {
        double[] out = new double[p];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }

    private static Fit notComputed(List<String> groups, int[] rows, int n, int clusters, String why) {
        return new Fit(groups, new double[0], new double[0], new double[0][0], new double[0], Double.NaN, Double.NaN, Double.NaN,
                rows, n, clusters, false, "not computed: " + why);
    }
}
