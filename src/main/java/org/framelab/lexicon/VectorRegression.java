package org.framelab.lexicon;

import org.framelab.util.OptionException;

import java.util.Map;

/**
 * Scores every word of the {@link WordVectors} by how likely its tokens are to lie inside an annotated
 * span, from a logistic regression on the word vectors fitted to the training part's counts — the
 * second way {@link VectorExpansion} can add words never (or seldom) annotated in training. Each counted
 * word form with a vector is one binomial row: {@code a} of its {@code a + u} tokens inside spans, the
 * predictors its unit vector, the log of its frequency rank in the vectors' corpus scaled to [0, 1], and
 * an intercept. The fit maximises the binomial log-likelihood with a ridge penalty {@code λ/2 · |β|²}
 * (the intercept unpenalised) by Newton–Raphson (iteratively reweighted least squares; Cholesky solve),
 * from β = 0 and the intercept at the pooled rate, until no coefficient moves by more than 1e-8 (at
 * most 50 steps). A word's score is its predicted in-span probability over the chance rate (annotated
 * word tokens over all word tokens, function words included, as in {@code validate}), a predicted
 * enrichment: 8 means its tokens are predicted to be eight times as likely inside a span as a random
 * word token. Regression on word vectors to extend a lexicon as in Amir, Astudillo, Ling, Martins,
 * Silva &amp; Trancoso 2015, "INESC-ID: A regression model for large scale Twitter sentiment lexicon
 * expansion" (SemEval), here with a binomial likelihood so that frequent words weigh by their counts.
 * Deterministic: rows in the counts' order, one thread.
 */
public final class VectorRegression {
    /** The ridge penalty λ (the vectors are unit length; 77,000 word tokens in a BABE training part). */
    public static final double DEFAULT_RIDGE = 10;
    private static final int MAX_STEPS = 50;

    private final double chance;
    private final int rows;
    /** Every vector row's score, computed once: the tuning asks for them at every threshold of every grid point. */
    private final double[] scores;

    /** @param beta the coefficients: intercept, the vector's dimensions, the log rank */
    private VectorRegression(WordVectors vectors, double[] beta, double chance, int rows) {
        this.chance = chance;
        this.rows = rows;
        this.scores = new double[vectors.words().size()];
        double[] xi = new double[beta.length];
        for (int r = 0; r < scores.length; r++) {
            predictors(vectors, r, xi);
            double eta = 0;
            for (int j = 0; j < beta.length; j++) eta += beta[j] * xi[j];
            scores[r] = 1 / (1 + Math.exp(-eta)) / chance;
        }
    }

    /** Word forms the fit used (counted in training, with a vector, able to be lexicon words). */
    public int rows() { return rows; }

    /** The chance rate the scores are relative to. */
    public double chance() { return chance; }

    /**
     * Fits the regression to the counts of a training part.
     *
     * @param vectors the word vectors
     * @param counts  annotated and unannotated occurrences per form, and the token totals
     * @param ridge   λ, above 0
     */
    public static VectorRegression fit(WordVectors vectors, LexiconLearner.Counts counts, double ridge) {
        OptionException.check(ridge > 0 && Double.isFinite(ridge), "expand_ridge", ridge, "a number above 0, e.g. 10");
        int d = vectors.dimensions(), p = d + 2;
        int n = 0;
        for (Map.Entry<String, long[]> e : counts.forms().entrySet()) if (usable(vectors, e.getKey())) n++;
        double[][] x = new double[n][p];
        double[] succ = new double[n], trials = new double[n];
        int r = 0;
        double sa = 0, sn = 0;
        for (Map.Entry<String, long[]> e : counts.forms().entrySet()) {
            if (!usable(vectors, e.getKey())) continue;
            int row = vectors.indexOf(e.getKey());
            predictors(vectors, row, x[r]);
            succ[r] = e.getValue()[0];
            trials[r] = e.getValue()[0] + e.getValue()[1];
            sa += succ[r];
            sn += trials[r];
            r++;
        }
        long all = counts.annotatedTokens() + counts.unannotatedTokens();
        double chance = all == 0 ? Double.NaN : (double) counts.annotatedTokens() / all;
        double[] beta = new double[p];
        if (n == 0 || sa == 0 || sa == sn) return new VectorRegression(vectors, beta, chance, n);
        beta[0] = Math.log(sa / (sn - sa));
        double[][] h = new double[p][p];
        double[] g = new double[p];
        for (int step = 0; step < MAX_STEPS; step++) {
            for (double[] row : h) java.util.Arrays.fill(row, 0);
            java.util.Arrays.fill(g, 0);
            for (int i = 0; i < n; i++) {
                double[] xi = x[i];
                double eta = 0;
                for (int j = 0; j < p; j++) eta += beta[j] * xi[j];
                double mu = 1 / (1 + Math.exp(-eta));
                double wgt = trials[i] * mu * (1 - mu);
                double res = succ[i] - trials[i] * mu;
                for (int j = 0; j < p; j++) {
                    g[j] += res * xi[j];
                    double wx = wgt * xi[j];
                    if (wx == 0) continue;
                    double[] hj = h[j];
                    for (int k = j; k < p; k++) hj[k] += wx * xi[k];
                }
            }
            for (int j = 1; j < p; j++) {
                g[j] -= ridge * beta[j];
                h[j][j] += ridge;
            }
            h[0][0] += 1e-9 * sn; // keeps the intercept's curvature above zero when every row's rate is fitted to 0 or 1
            for (int j = 0; j < p; j++) for (int k = 0; k < j; k++) h[j][k] = h[k][j];
            double[] delta = solve(h, g);
            // step halving: the penalised log-likelihood must not fall (Newton may overshoot on nearly separable rows)
            double before = objective(x, succ, trials, beta, ridge), moved = 0, scale = 1;
            double[] next = new double[p];
            for (int half = 0; half < 40; half++, scale /= 2) {
                for (int j = 0; j < p; j++) next[j] = beta[j] + scale * delta[j];
                if (objective(x, succ, trials, next, ridge) >= before - 1e-12 * Math.abs(before)) break;
            }
            for (int j = 0; j < p; j++) {
                moved = Math.max(moved, Math.abs(next[j] - beta[j]));
                beta[j] = next[j];
            }
            if (moved < 1e-8) break;
        }
        return new VectorRegression(vectors, beta, chance, n);
    }

    /** The penalised binomial log-likelihood (constant terms left out). */
    private static double objective(double[][] x, double[] succ, double[] trials, double[] beta, double ridge) {
        double ll = 0;
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < beta.length; j++) eta += beta[j] * x[i][j];
            // log σ(η) and log(1 − σ(η)) without overflow
            double logP = -softplus(-eta), logQ = -softplus(eta);
            ll += succ[i] * logP + (trials[i] - succ[i]) * logQ;
        }
        double pen = 0;
        for (int j = 1; j < beta.length; j++) pen += beta[j] * beta[j];
        return ll - ridge / 2 * pen;
    }

    private static double softplus(double z) {
        return z > 30 ? z : Math.log1p(Math.exp(z));
    }

    /** The predicted enrichment of a row of the vectors: its predicted in-span probability over the chance rate. */
    public double score(int row) {
        return scores[row];
    }

    private static boolean usable(WordVectors v, String form) {
        return form.indexOf(' ') < 0 && v.indexOf(form) >= 0 && VectorExpansion.candidate(form);
    }

    private static void predictors(WordVectors v, int row, double[] out) {
        out[0] = 1;
        v.copyRow(row, out, 1);
        out[out.length - 1] = Math.log1p(row) / Math.log1p(v.words().size());
    }

    /** Solves the symmetric positive definite system {@code a · x = b} by Cholesky. */
    static double[] solve(double[][] a, double[] b) {
        int p = b.length;
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) s -= l[i][k] * l[j][k];
                if (i == j) {
                    if (s <= 0) throw new ArithmeticException("the regression's system is not positive definite");
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) s -= l[i][k] * y[k];
            y[i] = s / l[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < p; k++) s -= l[k][i] * x[k];
            x[i] = s / l[i][i];
        }
        return x;
    }
}
