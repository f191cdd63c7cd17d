package org.framelab.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import org.framelab.features.SparseVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import weka.core.Instances;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ported dual solvers against de.bwaldvogel's {@code Linear.train} on the same problem: 2,000
 * AllSides articles with framing+ngrams features (binary: left vs right; three classes).
 */
class LinearSolverTest {
    static SolverData data;
    static RowMatrix x;
    /** left = 0, right = 1, center unused. */
    static int[] leftRight;

    @BeforeAll
    static void load() throws Exception {
        data = SolverData.allSides(2000);
        x = data.matrix();
        leftRight = Arrays.stream(data.y).map(v -> v == 0 ? 0 : v == 2 ? 1 : -1).toArray();
    }

    static double[] scales(RowMatrix m, boolean normalize) {
        double[] s = new double[m.rows()];
        for (int r = 0; r < s.length; r++) {
            double n = normalize ? m.squaredNorm(r) : 0;
            s[r] = n > 0 ? 1 / Math.sqrt(n) : 1;
        }
        return s;
    }

    /** LinearModel's balanced weights for the labels present in {@code y}. */
    static double[] balanced(int[] y, int classes) {
        int[] counts = new int[classes];
        int l = 0;
        for (int v : y) if (v >= 0) {
            counts[v]++;
            l++;
        }
        long present = Arrays.stream(counts).filter(c -> c > 0).count();
        double[] w = new double[classes];
        for (int c = 0; c < classes; c++) w[c] = counts[c] > 0 ? l / (double) (present * counts[c]) : 1.0;
        return w;
    }

    static double maxAbsDiff(double[] a, double[] b) {
        assertThat(a).hasSameSizeAs(b);
        double m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }

    /** Ours and the library's on one problem: labels, weights and every prediction. */
    static double compare(LinearSolver.Rows d, int[] y, LinearSolver.Kind kind, double c, double eps, int classes) {
        double[] cw = balanced(y, classes);
        int[] labels = Arrays.stream(y).filter(v -> v >= 0).distinct().toArray();
        double[] weight = Arrays.stream(labels).mapToDouble(k -> cw[k]).toArray();
        LinearSolver.Model ours = LinearSolver.train(d, y, kind, c, eps, labels, weight);
        Problem p = LinearSolver.toProblem(d, y);
        Parameter param = new Parameter(kind.type, c, eps);
        param.setWeights(weight, labels);
        Linear.disableDebugOutput();
        de.bwaldvogel.liblinear.Model theirs = Linear.train(p, param);
        assertThat(ours.labels()).containsExactly(theirs.getLabels());
        double diff = maxAbsDiff(ours.w(), theirs.getFeatureWeights());
        System.out.printf("%s C=%s eps=%s bias=%s: max diff %g%n", kind, c, eps, d.bias(), diff);
        int k = ours.stride(), n = d.size();
        for (int r = 0, i = 0; r < y.length; r++) {
            if (y[r] < 0) continue;
            Feature[] f = p.x[i++];
            double[] dec = new double[k];
            for (Feature node : f) for (int j = 0; j < k; j++) dec[j] += ours.w()[(node.getIndex() - 1) * k + j] * node.getValue();
            int best = 0;
            for (int j = 1; j < k; j++) if (dec[j] > dec[best]) best = j;
            int predicted = k == 1 ? (dec[0] > 0 ? ours.labels()[0] : ours.labels()[1]) : ours.labels()[best];
            assertThat(predicted).as("row %d", r).isEqualTo((int) Linear.predict(theirs, f));
        }
        assertThat(n).isEqualTo(x.columns() + (d.bias() > 0 ? 1 : 0));
        return diff;
    }

    @ParameterizedTest
    @EnumSource(value = LinearSolver.Kind.class, names = {"LR_DUAL", "SVM"})
    void sameWeightsAsLiblinearBinaryAndThreeClasses(LinearSolver.Kind kind) {
        LinearSolver.Rows d = new LinearSolver.Rows(x, scales(x, true), 1.0);
        double binary = compare(d, leftRight, kind, 1.0, 0.01, 3);
        double three = compare(d, data.y, kind, 1.0, 0.01, 3);
        System.out.printf("%s max |w_ours - w_liblinear|: binary %g, 3 classes %g%n", kind, binary, three);
        assertThat(binary).isZero();
        assertThat(three).isZero();
    }

    /**
     * A block weighted 0 (framing alone, n-grams alone, as the inner cross-validation tries them): the
     * matrix built again without its entries gives the solvers exactly the weights of the matrix that
     * keeps them as stored zeros, and scaleColumns drops them when they are most of the entries.
     */
    @ParameterizedTest
    @EnumSource(value = LinearSolver.Kind.class, names = {"LR_DUAL", "SVM"})
    void aBlockWeightedZeroIsDroppedWithoutChangingTheWeights(LinearSolver.Kind kind) throws Exception {
        for (boolean framingAlone : new boolean[]{true, false}) {
            float[] factor = new float[x.columns()];
            for (int c = 0; c < factor.length; c++) factor[c] = data.columnList.get(c).isNgram() == framingAlone ? 0f : 0.3f;
            RowMatrix kept = x.scaledInPlace(factor);
            RowMatrix dropped = x.scaledWithout(factor);
            assertThat(dropped.nonZeros()).isLessThan(kept.nonZeros());
            assertThat(x.scaleColumns(factor).nonZeros()).isEqualTo(framingAlone ? dropped.nonZeros() : kept.nonZeros());
            LinearSolver.Model a = LinearSolver.fit(new LinearSolver.Rows(kept, scales(kept, true), 1.0), data.y, 3, kind, 1.0, 0.01, null);
            LinearSolver.Model b = LinearSolver.fit(new LinearSolver.Rows(dropped, scales(dropped, true), 1.0), data.y, 3, kind, 1.0, 0.01, null);
            assertThat(maxAbsDiff(a.w(), b.w())).as("framing alone: %s", framingAlone).isZero();
        }
    }

    @Test
    void sameWeightsWithoutNormalisationOrBiasAndAnotherCost() {
        double a = compare(new LinearSolver.Rows(x, scales(x, false), -1), data.y, LinearSolver.Kind.SVM, 0.3, 0.1, 3);
        double b = compare(new LinearSolver.Rows(x, scales(x, true), 2.5), leftRight, LinearSolver.Kind.LR_DUAL, 4, 0.001, 3);
        assertThat(a).isZero();
        assertThat(b).isZero();
    }

    @Test
    void afterMaxIterationsSwitchesToThePrimalSolverAsLiblinear() {
        // ill-conditioned: the dense (framing) columns 1000 times the n-grams' scale, rows not
        // normalised, C 100: the dual solver does not reach the tolerance in 300 iterations
        RowMatrix.Builder bld = RowMatrix.builder(x.columns());
        int[] y = new int[300];
        for (int r = 0; r < 300; r++) {
            SparseVector v = data.vectors[r];
            double[] val = v.values().clone();
            for (int k = 0; k < val.length; k++) if (!data.columnList.get(v.indices()[k]).isNgram()) val[k] *= 1000;
            bld.add(v.indices(), val, val.length);
            y[r] = data.y[r] == 0 ? 0 : 1;
        }
        RowMatrix small = bld.build();
        LinearSolver.Rows d = new LinearSolver.Rows(small, scales(small, false), 1.0);
        DualCoordinateDescent cd = new DualCoordinateDescent(small, d.scale(), 1.0, java.util.stream.IntStream.range(0, 300).toArray(),
                toSigns(y));
        double[] w = new double[d.size()];
        assertThat(cd.lrDual(w, 100, 100, 1e-12, new java.util.Random(0))).isEqualTo(DualCoordinateDescent.MAX_ITER);
        double diff = compare(d, y, LinearSolver.Kind.LR_DUAL, 100, 1e-12, 2);
        System.out.printf("fallback max |w_ours - w_liblinear| = %g%n", diff);
        assertThat(diff).isZero();
    }

    private static byte[] toSigns(int[] y) {
        byte[] s = new byte[y.length];
        for (int i = 0; i < y.length; i++) s[i] = (byte) (y[i] == 0 ? 1 : -1);
        return s;
    }

    /** The one-vs-rest LinearModel has always trained: each class against the rest with the library, own random generator. */
    static double[] libraryOneVsRest(LinearSolver.Rows d, int[] y, LinearSolver.Kind kind, double c, double eps, double[] cw) {
        Problem p = LinearSolver.toProblem(d, y);
        int k = 3, n = p.n;
        double[] out = new double[n * k];
        for (int cls = 0; cls < k; cls++) {
            Problem b = LinearSolver.binaryProblem(p, cls);
            Parameter param = new Parameter(kind.type, c, eps);
            param.setWeights(new double[]{cw[cls], 1.0}, new int[]{1, -1});
            de.bwaldvogel.liblinear.Model m = Linear.train(b, param);
            double sign = m.getLabels()[0] == 1 ? 1 : -1;
            for (int f = 0; f < n; f++) out[f * k + cls] = sign * m.getFeatureWeights()[f];
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = LinearSolver.Kind.class, names = {"LR_DUAL", "SVM"})
    void linearModelsOneVsRestIsTheLibrarysPerClassTraining(LinearSolver.Kind kind) throws Exception {
        LinearSolver.Rows d = new LinearSolver.Rows(x, scales(x, true), 1.0);
        double[] cw = balanced(data.y, 3);
        LinearSolver.Model ours = LinearSolver.fit(d, data.y, 3, kind, 1.0, 0.01, cw);
        assertThat(ours.labels()).containsExactly(0, 1, 2);
        double diff = maxAbsDiff(ours.w(), libraryOneVsRest(d, data.y, kind, 1.0, 0.01, cw));
        System.out.printf("%s one-vs-rest max |w_ours - w_liblinear| = %g%n", kind, diff);
        assertThat(diff).isZero();
        // and LinearModel.fit sets exactly these weights
        LinearModel m = new LinearModel();
        m.setOptions(new String[]{"-S", kind == LinearSolver.Kind.SVM ? "svm" : "lr-dual"});
        m.fit(x, data.y, 3);
        double[][] cwOut = m.classWeights();
        for (int c = 0; c < 3; c++) for (int f = 0; f < x.columns(); f++) assertThat(cwOut[c][f]).isEqualTo(ours.w()[f * 3 + c]);
    }

    @Test
    void buildClassifierOnInstancesIsFitOnTheMatrix() throws Exception {
        Instances inst = WekaData.header(data.columnList, SolverData.LABELS);
        for (int i = 0; i < data.vectors.length; i++) inst.add(WekaData.instance(inst, data.vectors[i], i % 50 == 7 ? -1 : data.y[i]));
        int[] y = data.y.clone();
        for (int i = 7; i < y.length; i += 50) y[i] = -1; // missing class: not used
        for (String[] opts : new String[][]{{}, {"-S", "svm", "-B", "0"}, {"-S", "lr", "-no-balance"}, {"-S", "mcsvm", "-no-norm"}}) {
            LinearModel a = new LinearModel(), b = new LinearModel();
            a.setOptions(opts.clone());
            b.setOptions(opts.clone());
            a.buildClassifier(inst);
            b.fit(x, y, 3);
            assertThat(a.classWeights()).as(String.join(" ", opts)).isDeepEqualTo(b.classWeights());
            int correct = 0;
            for (int i = 0; i < x.rows(); i++) {
                double[] p = b.distribution(x, i);
                assertThat(a.distributionForInstance(inst.instance(i))).as("row %d", i).containsExactly(p);
                int best = 0;
                for (int c = 1; c < 3; c++) if (p[c] > p[best]) best = c;
                if (best == data.y[i]) correct++;
            }
            System.out.printf("%s: %d of %d correct on training%n", String.join(" ", opts), correct, x.rows());
            // well above the 36% of always answering the largest class (C = 1 on normalised rows underfits)
            assertThat(correct).as(String.join(" ", opts)).isGreaterThan(x.rows() * 6 / 10);
        }
    }
}
