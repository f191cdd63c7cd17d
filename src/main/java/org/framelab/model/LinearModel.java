package org.framelab.model;

import org.framelab.util.OptionException;

import weka.classifiers.AbstractClassifier;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Utils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

/**
 * FrameLab's default classifier: a Weka classifier around liblinear (Fan et al. 2008, JMLR 9,
 * "LIBLINEAR: A Library for Large Linear Classification"; Java port de.bwaldvogel:liblinear). It
 * trains on a {@link RowMatrix} ({@link #fit}; {@link #buildClassifier} converts Weka's sparse
 * instances to one), with liblinear's dual solvers ported to read the matrix in place
 * ({@link LinearSolver}, {@link DualCoordinateDescent}): the same weights as liblinear's, with 8 bytes
 * per non-zero instead of a {@code FeatureNode} object each. Rows are L2-normalised (so long and short articles weigh
 * the same) and classes weighted inversely to their frequency (so macro-F1 is not sacrificed to the
 * majority class), both switchable.
 *
 * <p>Options: {@code -S lr-dual|lr|svm|mcsvm} solver (default {@code lr-dual}: L2-regularised logistic
 * regression, dual coordinate descent; on AllSides as accurate as the primal Newton solver {@code lr}
 * and about twice as fast), {@code -C} cost (default 1), {@code -B} bias term
 * (default 1; &lt;= 0 for none), {@code -E} tolerance, {@code -no-norm}, {@code -no-balance}.
 */
public class LinearModel extends AbstractClassifier implements LinearWeights {
    static {
        org.framelab.util.Runtime2.configure(); // before any Weka class initialises
    }

    private static final long serialVersionUID = 1L;

    private String solver = "lr-dual";
    private double cost = 1.0;
    private double bias = 1.0;
    private double eps = 0.01;
    private boolean normalize = true;
    private boolean balance = true;

    /** Weights in liblinear's layout: {@code w[(feature) * stride + c]}, the bias weight last. */
    private double[] weights;
    /** 1 for a binary model (one weight vector, positive = {@code modelLabels[0]}), else the number of classes. */
    private int stride;
    /** Logistic regression (probability outputs) rather than SVM decision values. */
    private boolean probabilistic;
    private int numClasses;
    private int numFeatures;
    private int classIndex;
    /** Weka class index of each weight column, in model order. */
    private int[] modelLabels;

    @Override
    public void buildClassifier(Instances data) throws Exception {
        getCapabilities().testWithFail(data);
        int ci = data.classIndex();
        RowMatrix.Builder b = RowMatrix.builder(data.numAttributes() - 1);
        int[] y = new int[data.numInstances()];
        int rows = 0;
        int[] idx = new int[16];
        double[] val = new double[16];
        for (int i = 0; i < data.numInstances(); i++) {
            Instance inst = data.instance(i);
            if (inst.classIsMissing()) continue;
            if (inst.numValues() > idx.length) {
                idx = new int[inst.numValues()];
                val = new double[inst.numValues()];
            }
            b.add(idx, val, sparseValues(inst, ci, idx, val));
            y[rows++] = (int) inst.classValue();
        }
        fit(b.build(), java.util.Arrays.copyOf(y, rows), data.numClasses());
        classIndex = ci;
    }

    /**
     * Trains on the rows of {@code x}: {@code y[r]} is the class index of row {@code r}, 0 to
     * {@code numClasses - 1}, or negative for a row not to use (a missing class). The rows are
     * L2-normalised through a scale per row (the matrix is not copied) when normalisation is on.
     * Sets the model as {@link #buildClassifier} does, the class taken as the attribute after the
     * last column ({@link #distributionForInstance} uses the instance's own class index).
     */
    public void fit(RowMatrix x, int[] y, int numClasses) throws Exception {
        if (y.length != x.rows()) throw new IllegalArgumentException(y.length + " labels for " + x.rows() + " rows");
        int[] counts = new int[numClasses];
        int l = 0;
        for (int v : y) {
            if (v >= numClasses) throw new IllegalArgumentException("class index " + v + " for " + numClasses + " classes");
            if (v < 0) continue;
            counts[v]++;
            l++;
        }
        if (l == 0) throw new OptionException("training data", "no labelled instances");
        LinearSolver.Kind kind = kind();
        int present = 0;
        for (int c : counts) if (c > 0) present++;
        double[] classWeight = null;
        if (balance) {
            classWeight = new double[numClasses];
            for (int c = 0; c < numClasses; c++) classWeight[c] = counts[c] > 0 ? l / (double) (present * counts[c]) : 1.0;
        }
        LinearSolver.Model m = LinearSolver.fit(new LinearSolver.Rows(x, rowScales(x), bias), y, numClasses, kind, cost, eps, classWeight);
        this.numClasses = numClasses;
        numFeatures = x.columns();
        classIndex = numFeatures;
        probabilistic = kind == LinearSolver.Kind.LR || kind == LinearSolver.Kind.LR_DUAL;
        modelLabels = m.labels();
        weights = m.w();
        stride = m.stride();
    }

    /** An untrained copy of this model's settings with cost {@code c} (NaN: the same cost). */
    LinearModel withCost(double c) {
        LinearModel m = new LinearModel();
        m.solver = solver;
        m.cost = Double.isNaN(c) ? cost : c;
        m.bias = bias;
        m.eps = eps;
        m.normalize = normalize;
        m.balance = balance;
        return m;
    }

    /** This untrained copy with stopping tolerance at least {@code e}. */
    LinearModel withTolerance(double e) {
        eps = Math.max(eps, e);
        return this;
    }

    /** 1 / the L2 norm of each row when normalising (1 for an empty row), else 1. */
    private double[] rowScales(RowMatrix x) {
        double[] s = new double[x.rows()];
        for (int r = 0; r < s.length; r++) {
            double norm = normalize ? x.squaredNorm(r) : 0;
            s[r] = norm > 0 ? 1.0 / Math.sqrt(norm) : 1.0;
        }
        return s;
    }

    private LinearSolver.Kind kind() {
        return switch (solver) {
            case "lr" -> LinearSolver.Kind.LR;
            case "lr-dual" -> LinearSolver.Kind.LR_DUAL;
            case "svm" -> LinearSolver.Kind.SVM;
            case "mcsvm" -> LinearSolver.Kind.MCSVM;
            default -> throw new OptionException("solver", "" + solver + " (use lr, lr-dual, svm or mcsvm)");
        };
    }

    /**
     * The non-zero, non-missing attribute values of {@code inst} other than the class, columns
     * renumbered past the class, into {@code idx}/{@code val} (at least {@code numValues()} long);
     * returns how many.
     */
    static int sparseValues(Instance inst, int classIdx, int[] idx, double[] val) {
        int count = 0;
        for (int j = 0, n = inst.numValues(); j < n; j++) {
            int a = inst.index(j);
            if (a == classIdx) continue;
            double v = inst.valueSparse(j);
            if (v == 0 || Double.isNaN(v)) continue;
            idx[count] = a < classIdx ? a : a - 1;
            val[count++] = v;
        }
        return count;
    }

    @Override
    public double[] distributionForInstance(Instance inst) {
        int n = inst.numValues();
        int[] idx = new int[n];
        double[] val = new double[n];
        int count = sparseValues(inst, classIndex, idx, val);
        // values rounded to float as in a RowMatrix, so both paths give the same numbers
        for (int j = 0; j < count; j++) val[j] = (float) val[j];
        return distribution(idx, val, count);
    }

    /** The class distribution (by class index) of row {@code row} of {@code x}, whose columns are the training columns. */
    public double[] distribution(RowMatrix x, int row) {
        return distribution(modelLabels.length == 1 ? null : decision(x, row));
    }

    private double[] distribution(int[] idx, double[] val, int count) {
        return distribution(modelLabels.length == 1 ? null : decision(idx, val, count));
    }

    /** The class distribution (by class index) for decision values {@code dec} in this model's order ({@link #decision}). */
    double[] distribution(double[] dec) {
        int k = modelLabels.length;
        double[] dist = new double[numClasses];
        if (k == 1) {
            dist[modelLabels[0]] = 1;
            return dist;
        }
        double[] p = new double[k];
        if (stride == 1) {
            p[0] = 1 / (1 + Math.exp(-dec[0]));
            p[1] = 1 - p[0];
        } else if (probabilistic) {
            // liblinear's one-vs-rest probabilities: logistic of each decision value, normalised
            double sum = 0;
            for (int c = 0; c < k; c++) sum += p[c] = 1 / (1 + Math.exp(-dec[c]));
            for (int c = 0; c < k; c++) p[c] /= sum;
        } else {
            double max = Double.NEGATIVE_INFINITY;
            for (double d : dec) max = Math.max(max, d);
            double sum = 0;
            for (int c = 0; c < k; c++) sum += p[c] = Math.exp(dec[c] - max);
            for (int c = 0; c < k; c++) p[c] /= sum;
        }
        for (int c = 0; c < k; c++) dist[modelLabels[c]] = p[c];
        return dist;
    }

    /** Decision values of row {@code row} of {@code x} (whose columns are the training columns), in this model's order. */
    double[] decision(RowMatrix x, int row) {
        int n = x.rowLength(row);
        int[] idx = new int[n];
        double[] val = new double[n];
        x.copyRow(row, idx, val);
        return decision(idx, val, n);
    }

    /** Weka class index of each decision value, in model order. */
    int[] modelLabels() {
        return modelLabels.clone();
    }

    /** Decision values: the normalised row (and the bias) times the weights, features in column order, the bias last. */
    double[] decision(int[] idx, double[] val, int count) {
        double norm = 0;
        for (int j = 0; j < count; j++) norm += val[j] * val[j];
        double scale = normalize && norm > 0 ? 1.0 / Math.sqrt(norm) : 1.0;
        double[] dec = new double[stride];
        int n = weights.length / stride;
        for (int j = 0; j < count; j++) {
            if (idx[j] >= n) continue;
            double v = val[j] * scale;
            for (int c = 0; c < stride; c++) dec[c] += weights[idx[j] * stride + c] * v;
        }
        if (bias > 0 && numFeatures < n) for (int c = 0; c < stride; c++) dec[c] += weights[numFeatures * stride + c] * bias;
        return dec;
    }

    /** Weight of each feature for each Weka class index: {@code [class][feature]} (rows of absent classes are 0). */
    @Override
    public double[][] classWeights() {
        double[][] out = new double[numClasses][numFeatures];
        double[] w = weights;
        int k = modelLabels.length;
        boolean binary = stride == 1 && k == 2;
        for (int f = 0; f < numFeatures; f++) {
            if (binary) {
                out[modelLabels[0]][f] = w[f];
                out[modelLabels[1]][f] = -w[f];
            } else if (k > 1) {
                for (int c = 0; c < k; c++) out[modelLabels[c]][f] = w[f * stride + c];
            }
        }
        return out;
    }

    @Override
    public Capabilities getCapabilities() {
        Capabilities result = super.getCapabilities();
        result.disableAll();
        result.enable(Capabilities.Capability.NUMERIC_ATTRIBUTES);
        result.enable(Capabilities.Capability.BINARY_ATTRIBUTES);
        result.enable(Capabilities.Capability.MISSING_VALUES);
        result.enable(Capabilities.Capability.NOMINAL_CLASS);
        result.enable(Capabilities.Capability.BINARY_CLASS);
        result.enable(Capabilities.Capability.MISSING_CLASS_VALUES);
        return result;
    }

    @Override
    public Enumeration<Option> listOptions() {
        Vector<Option> v = new Vector<>();
        v.add(new Option("\tSolver: lr-dual (L2 logistic regression, dual; default), lr (primal), svm (L2-loss SVM, dual), mcsvm (Crammer-Singer)", "S", 1, "-S <solver>"));
        v.add(new Option("\tCost C (default 1.0)", "C", 1, "-C <double>"));
        v.add(new Option("\tBias term (default 1.0; <= 0 for none)", "B", 1, "-B <double>"));
        v.add(new Option("\tStopping tolerance (default 0.01)", "E", 1, "-E <double>"));
        v.add(new Option("\tDo not L2-normalise rows", "no-norm", 0, "-no-norm"));
        v.add(new Option("\tDo not weight classes by inverse frequency", "no-balance", 0, "-no-balance"));
        v.addAll(Collections.list(super.listOptions()));
        return v.elements();
    }

    @Override
    public void setOptions(String[] options) throws Exception {
        String s = Utils.getOption('S', options);
        solver = s.isEmpty() ? "lr-dual" : s;
        kind();
        String c = Utils.getOption('C', options);
        cost = c.isEmpty() ? 1.0 : Double.parseDouble(c);
        if (!(cost > 0)) throw new OptionException("cost", "" + cost);
        String b = Utils.getOption('B', options);
        bias = b.isEmpty() ? 1.0 : Double.parseDouble(b);
        String e = Utils.getOption('E', options);
        eps = e.isEmpty() ? 0.01 : Double.parseDouble(e);
        if (!(eps > 0)) throw new OptionException("tolerance", "" + eps);
        normalize = !Utils.getFlag("no-norm", options);
        balance = !Utils.getFlag("no-balance", options);
        super.setOptions(options);
        Utils.checkForRemainingOptions(options);
    }

    @Override
    public String[] getOptions() {
        List<String> o = new ArrayList<>(List.of("-S", solver, "-C", Double.toString(cost), "-B", Double.toString(bias), "-E", Double.toString(eps)));
        if (!normalize) o.add("-no-norm");
        if (!balance) o.add("-no-balance");
        return o.toArray(new String[0]);
    }

    @Override
    public String toString() {
        return weights == null ? "LinearModel: not trained" : "LinearModel (liblinear " + solver + ", C=" + cost + ", " + numFeatures + " features, " + modelLabels.length + " classes)";
    }
}
