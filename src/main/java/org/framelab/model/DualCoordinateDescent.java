package org.framelab.model;

import java.util.Random;

/**
 * liblinear's two dual coordinate descent solvers, reading the rows of a {@link RowMatrix} in place:
 * {@code solve_l2r_lr_dual} (L2-regularised logistic regression; Hsiang-Fu Yu, Fang-Lan Huang and
 * Chih-Jen Lin 2011, "Dual coordinate descent methods for logistic regression and maximum entropy
 * models", Machine Learning 85) and {@code solve_l2r_l1l2_svc} with the L2 loss (Hsieh et al. 2008,
 * "A dual coordinate descent method for large-scale linear SVM", ICML, Algorithm 3). Ported line by
 * line from the Java port de.bwaldvogel:liblinear 2.44 ({@code Linear.java}) of LIBLINEAR (Fan et
 * al. 2008, JMLR 9, "LIBLINEAR: A Library for Large Linear Classification"); both are distributed
 * under the BSD 3-clause licence (Copyright (c) 2007-2023 The LIBLINEAR Project; Java port
 * Copyright (c) Benedikt Waldvogel). Same arithmetic in the same order, same shrinking, same use of
 * the random generator: on the same rows the weights are bit-identical to {@code Linear.train}'s.
 *
 * <p>The problem's {@code i}-th instance is matrix row {@code order[i]}, its value scaled by
 * {@code scale[row]} (L2 normalisation without copying the matrix), plus a bias column of value
 * {@code bias} after the last column when {@code bias > 0}; {@code y[i]} is +1 or -1.
 */
final class DualCoordinateDescent {
    /** liblinear's {@code dual_solver_max_iter}. */
    static final int MAX_ITER = 300;

    private final RowMatrix x;
    private final double[] scale;
    private final double bias;
    private final int biasColumn;
    private final int[] order;
    private final byte[] y;

    DualCoordinateDescent(RowMatrix x, double[] scale, double bias, int[] order, byte[] y) {
        this.x = x;
        this.scale = scale;
        this.bias = bias;
        this.biasColumn = x.columns();
        this.order = order;
        this.y = y;
    }

    /** {@code w}: the weight vector, {@code x.columns()} long, plus one for the bias. */
    private double dot(int i, double[] w) {
        int r = order[i];
        int[] c = x.chunkColumns(r);
        float[] v = x.chunkValues(r);
        double s = scale[r];
        double ret = 0;
        for (int p = x.start(r), end = p + x.rowLength(r); p < end; p++) ret += w[c[p]] * (v[p] * s);
        if (bias > 0) ret += w[biasColumn] * bias;
        return ret;
    }

    private void axpy(double a, int i, double[] w) {
        int r = order[i];
        int[] c = x.chunkColumns(r);
        float[] v = x.chunkValues(r);
        double s = scale[r];
        for (int p = x.start(r), end = p + x.rowLength(r); p < end; p++) w[c[p]] += a * (v[p] * s);
        if (bias > 0) w[biasColumn] += a * bias;
    }

    private double squaredNorm(int i) {
        int r = order[i];
        float[] v = x.chunkValues(r);
        double s = scale[r];
        double ret = 0;
        for (int p = x.start(r), end = p + x.rowLength(r); p < end; p++) {
            double value = v[p] * s;
            ret += value * value;
        }
        if (bias > 0) ret += bias * bias;
        return ret;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /**
     * {@code solve_l2r_lr_dual}: min over alpha of 0.5 alpha'Q alpha + sum alpha_i log alpha_i +
     * (C_i - alpha_i) log(C_i - alpha_i), Q_ij = y_i y_j x_i'x_j; C_i = {@code cp} for y_i = +1, else
     * {@code cn}. Returns the number of outer iterations ({@link #MAX_ITER} when not converged).
     */
    int lrDual(double[] w, double cp, double cn, double eps, Random random) {
        int l = y.length;
        double[] xTx = new double[l];
        int[] index = new int[l];
        double[] alpha = new double[2 * l]; // alpha and C - alpha
        int maxInnerIter = 100; // inner Newton
        double innereps = 1e-2;
        double innerepsMin = Math.min(1e-8, eps);
        double[] upperBound = {cn, 0, cp};
        for (int i = 0; i < l; i++) {
            alpha[2 * i] = Math.min(0.001 * upperBound[y[i] + 1], 1e-8);
            alpha[2 * i + 1] = upperBound[y[i] + 1] - alpha[2 * i];
        }
        java.util.Arrays.fill(w, 0);
        for (int i = 0; i < l; i++) {
            xTx[i] = squaredNorm(i);
            axpy(y[i] * alpha[2 * i], i, w);
            index[i] = i;
        }
        int iter = 0;
        while (iter < MAX_ITER) {
            for (int i = 0; i < l; i++) swap(index, i, i + random.nextInt(l - i));
            int newtonIter = 0;
            double gmax = 0;
            for (int s = 0; s < l; s++) {
                int i = index[s];
                byte yi = y[i];
                double c = upperBound[yi + 1];
                double a = xTx[i];
                double b = yi * dot(i, w);
                // minimise g_1(z) or g_2(z)
                int ind1 = 2 * i, ind2 = 2 * i + 1, sign = 1;
                if (0.5 * a * (alpha[ind2] - alpha[ind1]) + b < 0) {
                    ind1 = 2 * i + 1;
                    ind2 = 2 * i;
                    sign = -1;
                }
                // g_t(z) = z*log(z) + (C-z)*log(C-z) + 0.5a(z-alpha_old)^2 + sign*b(z-alpha_old)
                double alphaOld = alpha[ind1];
                double z = alphaOld;
                if (c - z < 0.5 * c) z = 0.1 * z;
                double gp = a * (z - alphaOld) + sign * b + Math.log(z / (c - z));
                gmax = Math.max(gmax, Math.abs(gp));
                // Newton's method on the sub-problem
                final double eta = 0.1;
                int innerIter = 0;
                while (innerIter <= maxInnerIter) {
                    if (Math.abs(gp) < innereps) break;
                    double gpp = a + c / (c - z) / z;
                    double tmpz = z - gp / gpp;
                    if (tmpz <= 0) z *= eta;
                    else z = tmpz; // in (0, C)
                    gp = a * (z - alphaOld) + sign * b + Math.log(z / (c - z));
                    newtonIter++;
                    innerIter++;
                }
                if (innerIter > 0) {
                    alpha[ind1] = z;
                    alpha[ind2] = c - z;
                    axpy(sign * (z - alphaOld) * yi, i, w);
                }
            }
            iter++;
            if (gmax < eps) break;
            if (newtonIter <= l / 10) innereps = Math.max(innerepsMin, 0.1 * innereps);
        }
        return iter;
    }

    /**
     * {@code solve_l2r_l1l2_svc} for the L2 loss: min over alpha of 0.5 alpha'(Q + D)alpha - e'alpha,
     * alpha >= 0, D_ii = 1/(2 C_i); with liblinear's shrinking. Returns the number of outer iterations.
     */
    int l2LossSvc(double[] w, double cp, double cn, double eps, Random random) {
        int l = y.length;
        double[] qd = new double[l];
        int[] index = new int[l];
        double[] alpha = new double[l];
        int activeSize = l;
        double pgmaxOld = Double.POSITIVE_INFINITY;
        double pgminOld = Double.NEGATIVE_INFINITY;
        double[] diag = {0.5 / cn, 0, 0.5 / cp};
        double upper = Double.POSITIVE_INFINITY;
        java.util.Arrays.fill(w, 0);
        for (int i = 0; i < l; i++) {
            qd[i] = diag[y[i] + 1];
            qd[i] += squaredNorm(i);
            axpy(y[i] * alpha[i], i, w);
            index[i] = i;
        }
        int iter = 0;
        while (iter < MAX_ITER) {
            double pgmaxNew = Double.NEGATIVE_INFINITY;
            double pgminNew = Double.POSITIVE_INFINITY;
            for (int i = 0; i < activeSize; i++) swap(index, i, i + random.nextInt(activeSize - i));
            for (int s = 0; s < activeSize; s++) {
                int i = index[s];
                byte yi = y[i];
                double g = yi * dot(i, w) - 1;
                g += alpha[i] * diag[yi + 1];
                double pg = 0;
                if (alpha[i] == 0) {
                    if (g > pgmaxOld) {
                        activeSize--;
                        swap(index, s, activeSize);
                        s--;
                        continue;
                    } else if (g < 0) {
                        pg = g;
                    }
                } else if (alpha[i] == upper) {
                    if (g < pgminOld) {
                        activeSize--;
                        swap(index, s, activeSize);
                        s--;
                        continue;
                    } else if (g > 0) {
                        pg = g;
                    }
                } else {
                    pg = g;
                }
                pgmaxNew = Math.max(pgmaxNew, pg);
                pgminNew = Math.min(pgminNew, pg);
                if (Math.abs(pg) > 1.0e-12) {
                    double alphaOld = alpha[i];
                    alpha[i] = Math.min(Math.max(alpha[i] - g / qd[i], 0.0), upper);
                    axpy((alpha[i] - alphaOld) * yi, i, w);
                }
            }
            iter++;
            if (pgmaxNew - pgminNew <= eps && Math.abs(pgmaxNew) <= eps && Math.abs(pgminNew) <= eps) {
                if (activeSize == l) break;
                activeSize = l;
                pgmaxOld = Double.POSITIVE_INFINITY;
                pgminOld = Double.NEGATIVE_INFINITY;
                continue;
            }
            pgmaxOld = pgmaxNew;
            pgminOld = pgminNew;
            if (pgmaxOld <= 0) pgmaxOld = Double.POSITIVE_INFINITY;
            if (pgminOld >= 0) pgminOld = Double.NEGATIVE_INFINITY;
        }
        return iter;
    }
}
