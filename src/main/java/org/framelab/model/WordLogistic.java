package org.framelab.model;

import org.framelab.util.OptionException;

import java.util.Arrays;

/**
 * A small L2-regularised logistic regression for a few dense features (the word-level model of the
 * "which word is biased" task): features standardised on the training rows, fitted by Newton's
 * method (iteratively reweighted least squares) to the penalised log-likelihood
 * {@code Σ log p(y|x) − λ/2 · |w|²} (intercept not penalised). Deterministic; immutable once fitted.
 */
public final class WordLogistic {
    private final double[] mean;
    private final double[] scale;
    private final double[] weights; // intercept last
    private final int iterations;

    private WordLogistic(double[] mean, double[] scale, double[] weights, int iterations) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.iterations = iterations;
    }

    /**
     * Fits the model.
     *
     * @param x      rows of features (all of one width)
     * @param y      labels (true = positive)
     * @param lambda L2 penalty on the standardised weights, &gt;= 0
     */
    public static WordLogistic fit(double[][] x, boolean[] y, double lambda) {
        OptionException.check(x.length == y.length && x.length > 0, "rows", x.length, "as many labels as rows, at least one");
        OptionException.check(lambda >= 0 && Double.isFinite(lambda), "lambda", lambda, "a number >= 0");
        int d = x[0].length;
        double[] mean = new double[d], scale = new double[d];
        for (double[] r : x) for (int j = 0; j < d; j++) mean[j] += r[j];
        for (int j = 0; j < d; j++) mean[j] /= x.length;
        for (double[] r : x) for (int j = 0; j < d; j++) scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]);
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(scale[j] / x.length);
            scale[j] = sd > 1e-12 ? sd : 1;
        }
        int p = d + 1;
        double[] w = new double[p];
        double[] z = new double[p];
        int it = 0;
        for (; it < 50; it++) {
            double[] grad = new double[p];
            double[][] hess = new double[p][p];
            for (int i = 0; i < x.length; i++) {
                standardise(x[i], mean, scale, z);
                double pr = sigmoid(dot(w, z));
                double g = (y[i] ? 1 : 0) - pr;
                double h = Math.max(pr * (1 - pr), 1e-10);
                for (int a = 0; a < p; a++) {
                    grad[a] += g * z[a];
                    for (int b = 0; b <= a; b++) hess[a][b] += h * z[a] * z[b];
                }
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) hess[b][a] = hess[a][b];
                if (a < d) {
                    grad[a] -= lambda * w[a];
                    hess[a][a] += lambda;
                }
                hess[a][a] += 1e-9;
            }
            double[] step = solve(hess, grad);
            double max = 0;
            for (int a = 0; a < p; a++) {
                w[a] += step[a];
                max = Math.max(max, Math.abs(step[a]));
            }
            if (max < 1e-8) break;
        }
        return new WordLogistic(mean, scale, w, it + 1);
    }

    /** The probability of the positive class. */
    public double probability(double[] row) {
        double[] z = new double[weights.length];
        standardise(row, mean, scale, z);
        return sigmoid(dot(weights, z));
    }

    /** Weights on the standardised features, the intercept last (a copy). */
    public double[] weights() {
        return weights.clone();
    }

    /** Newton iterations used. */
    public int iterations() {
        return iterations;
    }

    private static void standardise(double[] row, double[] mean, double[] scale, double[] z) {
        for (int j = 0; j < mean.length; j++) z[j] = (row[j] - mean[j]) / scale[j];
        z[mean.length] = 1;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is small and positive definite). */
    static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = Arrays.copyOf(a0[i], n);
        double[] b = b0.clone();
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            double[] t = a[c]; a[c] = a[piv]; a[piv] = t;
            double tb = b[c]; b[c] = b[piv]; b[piv] = tb;
            if (Math.abs(a[c][c]) < 1e-15) continue;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                if (f == 0) continue;
                for (int k = c; k < n; k++) a[r][k] -= f * a[c][k];
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) s -= a[r][k] * x[k];
            x[r] = Math.abs(a[r][r]) < 1e-15 ? 0 : s / a[r][r];
        }
        return x;
    }
}
