package org.framelab.model;

import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import org.framelab.features.SparseVector;
import weka.core.Instances;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Memory per non-zero of the three training representations (liblinear {@code Feature[][]}, Weka
 * {@code Instances} of {@code SparseInstance}s, {@link RowMatrix}) on the same AllSides articles, and
 * the time of the lr-dual solver, ours against the library, on the same one-vs-rest problems.
 * Not a test: run with {@code java -cp ... org.framelab.model.MatrixMemoryBench CORPUS N} (see
 * docs/performance.md).
 */
public final class MatrixMemoryBench {
    private MatrixMemoryBench() {}

    static long usedAfterGc() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            best = Math.min(best, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    /** Retained heap of what {@code build} returns, median of {@code repeats}. */
    static long retained(Supplier<Object> build, int repeats) {
        long[] r = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long before = usedAfterGc();
            Object o = build.get();
            r[i] = usedAfterGc() - before;
            if (o.hashCode() == 42) System.out.print(""); // keep o reachable until measured
        }
        Arrays.sort(r);
        return r[repeats / 2];
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/datasets/allsides/articles.jsonl.gz");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long t0 = System.nanoTime();
        SolverData data = SolverData.allSides(corpus, n);
        System.out.printf("%d articles, %d columns, features in %.1f s%n", data.vectors.length, data.columns, (System.nanoTime() - t0) / 1e9);
        RowMatrix x = data.matrix();
        long nnz = x.nonZeros();
        int rows = x.rows();
        double[] scale = new double[rows];
        for (int r = 0; r < rows; r++) scale[r] = 1 / Math.sqrt(Math.max(x.squaredNorm(r), 1e-300));
        LinearSolver.Rows d = new LinearSolver.Rows(x, scale, 1.0);
        System.out.printf("non-zeros %d (%.0f per row)%n", nnz, nnz / (double) rows);

        long rm = retained(data::matrix, repeats);
        long ll = retained(() -> LinearSolver.toProblem(d, data.y), repeats);
        long wk = retained(() -> {
            Instances inst = WekaData.header(data.columnList, SolverData.LABELS);
            inst = new Instances(inst, rows);
            for (int i = 0; i < rows; i++) inst.add(WekaData.instance(inst, data.vectors[i], data.y[i]));
            return inst;
        }, repeats);
        long sv = retained(() -> Arrays.stream(data.vectors).map(v -> new SparseVector(v.indices().clone(), v.values().clone())).toArray(), repeats);
        System.out.printf("%-34s %12s %10s%n", "representation", "bytes", "per nz");
        System.out.printf("%-34s %12d %10.1f%n", "RowMatrix (retained)", rm, rm / (double) nnz);
        System.out.printf("%-34s %12d %10.1f%n", "RowMatrix.bytes()", x.bytes(), x.bytes() / (double) nnz);
        System.out.printf("%-34s %12d %10.1f%n", "liblinear Feature[][] (+bias node)", ll, ll / (double) nnz);
        System.out.printf("%-34s %12d %10.1f%n", "Weka Instances (SparseInstance)", wk, wk / (double) nnz);
        System.out.printf("%-34s %12d %10.1f%n", "FrameLab SparseVector[]", sv, sv / (double) nnz);

        // solver time: the three one-vs-rest problems, one after the other, one thread each way
        Problem p = LinearSolver.toProblem(d, data.y);
        Linear.disableDebugOutput();
        double[] cw = LinearSolverTest.balanced(data.y, 3);
        for (int rep = 0; rep < repeats; rep++) {
            double ours = 0, theirs = 0, diff = 0;
            for (int c = 0; c < 3; c++) {
                long a = System.nanoTime();
                double[] w1 = LinearSolver.binary(d, data.y, c, LinearSolver.Kind.LR_DUAL, 1.0 * cw[c], 1.0, 0.01);
                long b = System.nanoTime();
                Problem q = LinearSolver.binaryProblem(p, c);
                Parameter param = new Parameter(LinearSolver.Kind.LR_DUAL.type, 1.0, 0.01);
                param.setWeights(new double[]{cw[c], 1.0}, new int[]{1, -1});
                de.bwaldvogel.liblinear.Model m = Linear.train(q, param);
                long e = System.nanoTime();
                double sign = m.getLabels()[0] == 1 ? 1 : -1;
                for (int f = 0; f < w1.length; f++) diff = Math.max(diff, Math.abs(w1[f] - sign * m.getFeatureWeights()[f]));
                ours += (b - a) / 1e9;
                theirs += (e - b) / 1e9;
            }
            System.out.printf("lr-dual, 3 one-vs-rest problems, sequential: ours %.2f s, liblinear %.2f s, max |dw| %g%n", ours, theirs, diff);
        }
        // LinearModel end to end from the matrix (parallel one-vs-rest, as trained)
        for (int rep = 0; rep < repeats; rep++) {
            long a = System.nanoTime();
            new LinearModel().fit(x, data.y, 3);
            System.out.printf("LinearModel.fit (lr-dual, parallel one-vs-rest): %.2f s%n", (System.nanoTime() - a) / 1e9);
        }
    }
}
