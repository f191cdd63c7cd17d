package org.framelab.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Training of {@link LinearModel} on a {@link RowMatrix}: liblinear's {@code train} (Fan et al. 2008,
 * JMLR 9, "LIBLINEAR: A Library for Large Linear Classification"), ported from the Java port
 * de.bwaldvogel:liblinear 2.44 (BSD 3-clause licence, as LIBLINEAR: Copyright (c) 2007-2023 The
 * LIBLINEAR Project; Java port Copyright (c) Benedikt Waldvogel): classes grouped by first
 * occurrence, class-weighted costs, the binary case as one problem, one-vs-rest for more classes.
 * The dual solvers ({@code -S lr-dual}, {@code -S svm}) run on the matrix in place
 * ({@link DualCoordinateDescent}); the primal Newton solver ({@code -S lr}), Crammer-Singer
 * ({@code -S mcsvm}) and the dual solvers' fallback after {@value DualCoordinateDescent#MAX_ITER}
 * iterations (liblinear's switch to the primal solver) use the library on a converted copy.
 *
 * <p>A row with a negative label is not used (a missing class), so one matrix serves every fold.
 */
final class LinearSolver {
    private LinearSolver() {}

    /** The solvers, by {@code -S} name. */
    enum Kind {
        LR_DUAL(SolverType.L2R_LR_DUAL), LR(SolverType.L2R_LR), SVM(SolverType.L2R_L2LOSS_SVC_DUAL), MCSVM(SolverType.MCSVM_CS);

        final SolverType type;

        Kind(SolverType type) {
            this.type = type;
        }

        boolean dual() {
            return this == LR_DUAL || this == SVM;
        }
    }

    /** Training rows: the matrix, a scale per row (L2 normalisation), and the bias column's value (none when &lt;= 0). */
    record Rows(RowMatrix x, double[] scale, double bias) {
        Rows {
            if (scale.length != x.rows()) throw new IllegalArgumentException(scale.length + " scales for " + x.rows() + " rows");
        }

        /** Weights per class: the columns plus the bias. */
        int size() {
            return x.columns() + (bias > 0 ? 1 : 0);
        }
    }

    /**
     * A trained model in liblinear's layout: {@code w[feature * stride + c]} for the {@code c}-th of
     * {@code labels}; {@code stride} 1 for a binary model (positive = {@code labels[0]}).
     */
    record Model(int[] labels, double[] w, int stride) {}

    /**
     * What {@link LinearModel} trains: with 3 or more classes and a binary solver, one-vs-rest with
     * each problem solved as liblinear's {@code train} solves a +1/-1 problem (fresh random
     * generator, costs {@code C * classWeight[c]} and {@code C}), the problems in parallel; otherwise
     * one {@code train} with the class weights. {@code classWeight} is indexed by label, null for none.
     */
    static Model fit(Rows d, int[] y, int numClasses, Kind kind, double c, double eps, double[] classWeight) throws Exception {
        int[] counts = new int[numClasses];
        for (int v : y) if (v >= 0) counts[v]++;
        int[] present = java.util.stream.IntStream.range(0, numClasses).filter(k -> counts[k] > 0).toArray();
        int[] weightLabel = classWeight == null ? new int[0] : present;
        double[] weight = Arrays.stream(weightLabel).mapToDouble(k -> classWeight[k]).toArray();
        double[] ones = new double[numClasses];
        Arrays.fill(ones, 1.0);
        double[] cw = classWeight == null ? ones : classWeight;
        if (kind.dual()) {
            if (present.length > 2) return oneVsRest(present, d.size(), k -> binary(d, y, k, kind, c * cw[k], c, eps));
            return train(d, y, kind, c, eps, weightLabel, weight);
        }
        Problem p = toProblem(d, y);
        Linear.disableDebugOutput();
        if (present.length > 2 && kind != Kind.MCSVM) return oneVsRest(present, p.n, k -> libraryBinary(p, k, kind, c, eps, cw[k]));
        Parameter param = new Parameter(kind.type, c, eps);
        if (weightLabel.length > 0) param.setWeights(weight, weightLabel);
        de.bwaldvogel.liblinear.Model m = Linear.train(p, param);
        int[] labels = m.getLabels();
        return new Model(labels, m.getFeatureWeights().clone(), labels.length == 2 && kind != Kind.MCSVM ? 1 : labels.length);
    }

    /**
     * liblinear's {@code train} for the classification solvers: classes in order of first
     * occurrence, costs {@code C * weight} for the labels in {@code weightLabel}, one problem for two
     * classes, one-vs-rest (costs {@code C_k} and {@code C}) in sequence with one random generator
     * for more. Dual solvers only.
     */
    static Model train(Rows d, int[] y, Kind kind, double c, double eps, int[] weightLabel, double[] weight) {
        if (!kind.dual()) throw new IllegalArgumentException("not a dual solver: " + kind);
        int n = d.size();
        if (n == 0) throw new IllegalArgumentException("problem has zero features");
        Groups g = Groups.of(y);
        int l = g.perm.length;
        if (l == 0) throw new IllegalArgumentException("problem has zero instances");
        int nrClass = g.label.length;
        double[] weightedC = new double[nrClass];
        Arrays.fill(weightedC, c);
        for (int i = 0; i < weightLabel.length; i++) {
            int j = indexOf(g.label, weightLabel[i]);
            if (j < 0) throw new IllegalArgumentException("class label " + weightLabel[i] + " specified in weight is not found");
            weightedC[j] *= weight[i];
        }
        Random random = new Random(0); // liblinear's Parameter: new Random(DEFAULT_RANDOM_SEED = 0)
        byte[] sy = new byte[l];
        if (nrClass == 2) {
            double[] w = new double[n];
            for (int k = 0; k < l; k++) sy[k] = (byte) (k < g.start[0] + g.count[0] ? 1 : -1);
            trainOne(d, g.perm, sy, kind, weightedC[0], weightedC[1], eps, random, w);
            return new Model(g.label, w, 1);
        }
        double[] out = new double[n * nrClass];
        double[] w = new double[n];
        for (int i = 0; i < nrClass; i++) {
            int si = g.start[i], ei = si + g.count[i];
            for (int k = 0; k < l; k++) sy[k] = (byte) (k >= si && k < ei ? 1 : -1);
            Arrays.fill(w, 0);
            trainOne(d, g.perm, sy, kind, weightedC[i], c, eps, random, w);
            for (int j = 0; j < n; j++) out[j * nrClass + i] = w[j];
        }
        return new Model(g.label, out, nrClass);
    }

    /**
     * Label {@code positive} against the other labelled rows, as liblinear's {@code train} solves a
     * +1/-1 problem (positive rows first, fresh random generator); costs {@code cp} and {@code cn}.
     * The weights point to {@code positive}.
     */
    static double[] binary(Rows d, int[] y, int positive, Kind kind, double cp, double cn, double eps) {
        int l = 0, pos = 0;
        for (int v : y) {
            if (v >= 0) l++;
            if (v == positive) pos++;
        }
        int[] order = new int[l];
        byte[] sy = new byte[l];
        int a = 0, b = pos;
        for (int r = 0; r < y.length; r++) {
            if (y[r] < 0) continue;
            if (y[r] == positive) {
                sy[a] = 1;
                order[a++] = r;
            } else {
                sy[b] = -1;
                order[b++] = r;
            }
        }
        double[] w = new double[d.size()];
        trainOne(d, order, sy, kind, cp, cn, eps, new Random(0), w);
        return w;
    }

    /** liblinear's {@code train_one} for the dual solvers, with its switch to the primal Newton solver. */
    private static void trainOne(Rows d, int[] order, byte[] sy, Kind kind, double cp, double cn, double eps, Random random, double[] w) {
        DualCoordinateDescent cd = new DualCoordinateDescent(d.x(), d.scale(), d.bias(), order, sy);
        int iter = kind == Kind.LR_DUAL ? cd.lrDual(w, cp, cn, eps, random) : cd.l2LossSvc(w, cp, cn, eps, random);
        if (iter < DualCoordinateDescent.MAX_ITER) return;
        // liblinear: "reaching max number of iterations, switching to -s 0 (-s 2)" with the primal
        // tolerance times 0.1, starting from the dual solution, here through the library on a copy of
        // the rows. Identical for a binary problem (the test checks it); one-vs-rest differs in the
        // last bits: the library's own fallback sums over the rows grouped by class, Linear.train
        // regroups them positives first (and applies the 0.1 before, not after, scaling eps).
        Problem p = new Problem();
        p.l = order.length;
        p.n = d.size();
        p.bias = d.bias() > 0 ? d.bias() : -1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            p.x[i] = features(d, order[i]);
            p.y[i] = sy[i];
        }
        Parameter param = new Parameter(kind == Kind.LR_DUAL ? SolverType.L2R_LR : SolverType.L2R_L2LOSS_SVC, 1.0, eps * 0.1);
        param.setWeights(new double[]{cp, cn}, new int[]{1, -1});
        param.setInitSol(w.clone());
        Linear.disableDebugOutput();
        de.bwaldvogel.liblinear.Model m = Linear.train(p, param);
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        double[] mw = m.getFeatureWeights();
        for (int j = 0; j < w.length; j++) w[j] = sign * mw[j];
    }

    /** One-vs-rest over {@code classes}, the binary problems in parallel (the result does not depend on the number of threads). */
    private static Model oneVsRest(int[] classes, int n, java.util.function.IntFunction<double[]> solve) throws Exception {
        int k = classes.length;
        // one thread per class even on fewer cores: 3 problems on 2 cores then finish in about 1.5
        // problem-times instead of 2
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(k, Math.max(2, org.framelab.features.FeatureExtraction.allCores() * 2)), r -> {
            Thread t = new Thread(r, "framelab-liblinear");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[]>> parts = new ArrayList<>();
            for (int c : classes) parts.add(pool.submit(() -> solve.apply(c)));
            double[] weights = new double[n * k];
            for (int j = 0; j < k; j++) {
                double[] w = parts.get(j).get();
                for (int f = 0; f < n; f++) weights[f * k + j] = w[f];
            }
            return new Model(classes.clone(), weights, k);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The rows of {@code p} (shared, not copied) labelled +1 for class {@code c} and -1 for the rest. */
    static Problem binaryProblem(Problem p, int c) {
        Problem b = new Problem();
        b.l = p.l;
        b.n = p.n;
        b.bias = p.bias;
        b.x = p.x;
        b.y = new double[p.l];
        for (int i = 0; i < p.l; i++) b.y[i] = p.y[i] == c ? 1 : -1;
        return b;
    }

    /** Class {@code c} against the rest with the library (as {@link LinearModel} always did for {@code -S lr}). */
    private static double[] libraryBinary(Problem p, int c, Kind kind, double cost, double eps, double weight) {
        Problem b = binaryProblem(p, c);
        Parameter param = new Parameter(kind.type, cost, eps);
        param.setWeights(new double[]{weight, 1.0}, new int[]{1, -1});
        de.bwaldvogel.liblinear.Model m = Linear.train(b, param);
        double[] w = m.getFeatureWeights();
        double sign = m.getLabels()[0] == 1 ? 1 : -1; // binary weights point to the first label
        double[] out = new double[p.n];
        for (int f = 0; f < p.n; f++) out[f] = sign * w[f];
        return out;
    }

    /** The labelled rows as a liblinear problem (values scaled, bias node last), in row order. */
    static Problem toProblem(Rows d, int[] y) {
        Problem p = new Problem();
        p.l = (int) Arrays.stream(y).filter(v -> v >= 0).count();
        p.n = d.size();
        p.bias = d.bias() > 0 ? d.bias() : -1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int r = 0, i = 0; r < y.length; r++) {
            if (y[r] < 0) continue;
            p.x[i] = features(d, r);
            p.y[i++] = y[r];
        }
        return p;
    }

    /** Row {@code r} as liblinear nodes: value {@code (double) value * scale}, 1-based index, the bias node last. */
    static Feature[] features(Rows d, int r) {
        RowMatrix x = d.x();
        int len = x.rowLength(r);
        Feature[] f = new Feature[len + (d.bias() > 0 ? 1 : 0)];
        double s = d.scale()[r];
        for (int k = 0; k < len; k++) f[k] = new FeatureNode(x.column(r, k) + 1, x.value(r, k) * s);
        if (d.bias() > 0) f[len] = new FeatureNode(x.columns() + 1, d.bias());
        return f;
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
        return -1;
    }

    /** liblinear's {@code groupClasses}: labels by first occurrence; {@code perm} lists the labelled rows class by class. */
    private record Groups(int[] label, int[] start, int[] count, int[] perm) {
        static Groups of(int[] y) {
            int[] label = new int[16];
            int[] count = new int[16];
            int nrClass = 0, l = 0;
            int[] dataLabel = new int[y.length];
            for (int r = 0; r < y.length; r++) {
                if (y[r] < 0) continue;
                l++;
                int j = 0;
                while (j < nrClass && label[j] != y[r]) j++;
                if (j == nrClass) {
                    if (nrClass == label.length) {
                        label = Arrays.copyOf(label, 2 * nrClass);
                        count = Arrays.copyOf(count, 2 * nrClass);
                    }
                    label[nrClass++] = y[r];
                }
                count[j]++;
                dataLabel[r] = j;
            }
            // (liblinear swaps the labels -1, +1 when -1 comes first; labels here are class indices >= 0)
            int[] start = new int[nrClass];
            for (int i = 1; i < nrClass; i++) start[i] = start[i - 1] + count[i - 1];
            int[] next = start.clone();
            int[] perm = new int[l];
            for (int r = 0; r < y.length; r++) if (y[r] >= 0) perm[next[dataLabel[r]]++] = r;
            return new Groups(Arrays.copyOf(label, nrClass), start, Arrays.copyOf(count, nrClass), perm);
        }
    }
}
