package org.framelab.model;

import org.framelab.util.OptionException;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
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
 * "LIBLINEAR: A Library for Large Linear Classification"; Java port de.bwaldvogel:liblinear), fed
 * directly from Weka's sparse instances. Rows are L2-normalised (so long and short articles weigh
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
        classIndex = data.classIndex();
        numClasses = data.numClasses();
        numFeatures = data.numAttributes() - 1;
        List<Feature[]> rows = new ArrayList<>(data.numInstances());
        List<Double> ys = new ArrayList<>(data.numInstances());
        int[] counts = new int[numClasses];
        for (int i = 0; i < data.numInstances(); i++) {
            Instance inst = data.instance(i);
            if (inst.classIsMissing()) continue;
            rows.add(toFeatures(inst));
            int y = (int) inst.classValue();
            ys.add((double) y);
            counts[y]++;
        }
        if (rows.isEmpty()) throw new OptionException("training data", "no labelled instances");
        Problem p = new Problem();
        p.l = rows.size();
        p.n = numFeatures + (bias > 0 ? 1 : 0);
        p.bias = bias;
        p.x = rows.toArray(new Feature[0][]);
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) p.y[i] = ys.get(i);
        int present = 0;
        for (int c : counts) if (c > 0) present++;
        double[] classWeight = new double[numClasses];
        for (int c = 0; c < numClasses; c++) classWeight[c] = balance && counts[c] > 0 ? p.l / (double) (present * counts[c]) : 1.0;
        Linear.disableDebugOutput();
        probabilistic = solverType() == SolverType.L2R_LR || solverType() == SolverType.L2R_LR_DUAL;
        if (present > 2 && solverType() != SolverType.MCSVM_CS) {
            trainOneVsRest(p, counts, classWeight);
            return;
        }
        Parameter param = new Parameter(solverType(), cost, eps);
        if (balance) {
            List<Double> w = new ArrayList<>();
            List<Integer> lab = new ArrayList<>();
            for (int c = 0; c < numClasses; c++) {
                if (counts[c] == 0) continue;
                w.add(classWeight[c]);
                lab.add(c);
            }
            param.setWeights(w.stream().mapToDouble(Double::doubleValue).toArray(), lab.stream().mapToInt(Integer::intValue).toArray());
        }
        Model model = Linear.train(p, param);
        modelLabels = model.getLabels();
        weights = model.getFeatureWeights().clone();
        stride = modelLabels.length == 2 && model.getSolverType() != SolverType.MCSVM_CS ? 1 : modelLabels.length;
    }

    /**
     * One-vs-rest for 3+ classes, as liblinear does it (class c against the rest, cost
     * {@code C * weight(c)} for its articles and {@code C} for the others), but with the binary
     * problems solved in parallel. Each problem is solved the same way whatever the number of
     * cores, so the weights do not depend on it.
     */
    private void trainOneVsRest(Problem p, int[] counts, double[] classWeight) throws Exception {
        List<Integer> classes = new ArrayList<>();
        for (int c = 0; c < numClasses; c++) if (counts[c] > 0) classes.add(c);
        int k = classes.size();
        int n = p.n;
        // one thread per class even on fewer cores: 3 problems on 2 cores then finish in about 1.5
        // problem-times instead of 2 (the problems are independent, so the result is the same)
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(k, Math.max(2, org.framelab.features.FeatureExtraction.allCores() * 2)), r -> {
                    Thread t = new Thread(r, "framelab-liblinear");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<double[]>> parts = new ArrayList<>();
            for (int c : classes) {
                parts.add(pool.submit(() -> {
                    Problem b = new Problem();
                    b.l = p.l;
                    b.n = p.n;
                    b.bias = p.bias;
                    b.x = p.x;
                    b.y = new double[p.l];
                    for (int i = 0; i < p.l; i++) b.y[i] = p.y[i] == c ? 1 : -1;
                    Parameter param = new Parameter(solverType(), cost, eps);
                    param.setWeights(new double[]{classWeight[c], 1.0}, new int[]{1, -1});
                    Model m = Linear.train(b, param);
                    double[] w = m.getFeatureWeights();
                    // liblinear's binary weights point to its first label
                    double sign = m.getLabels()[0] == 1 ? 1 : -1;
                    double[] out = new double[n];
                    for (int f = 0; f < n; f++) out[f] = sign * w[f];
                    return out;
                }));
            }
            weights = new double[n * k];
            for (int j = 0; j < k; j++) {
                double[] w = parts.get(j).get();
                for (int f = 0; f < n; f++) weights[f * k + j] = w[f];
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        } finally {
            pool.shutdownNow();
        }
        modelLabels = classes.stream().mapToInt(Integer::intValue).toArray();
        stride = k;
    }

    private SolverType solverType() {
        return switch (solver) {
            case "lr" -> SolverType.L2R_LR;
            case "lr-dual" -> SolverType.L2R_LR_DUAL;
            case "svm" -> SolverType.L2R_L2LOSS_SVC_DUAL;
            case "mcsvm" -> SolverType.MCSVM_CS;
            default -> throw new OptionException("solver", "" + solver + " (use lr, lr-dual, svm or mcsvm)");
        };
    }

    private Feature[] toFeatures(Instance inst) {
        int n = inst.numValues();
        int count = 0;
        int[] idx = new int[n];
        double[] val = new double[n];
        double norm = 0;
        for (int j = 0; j < n; j++) {
            int a = inst.index(j);
            if (a == classIndex) continue;
            double v = inst.valueSparse(j);
            if (v == 0 || Double.isNaN(v)) continue;
            idx[count] = a < classIndex ? a : a - 1;
            val[count] = v;
            norm += v * v;
            count++;
        }
        double scale = normalize && norm > 0 ? 1.0 / Math.sqrt(norm) : 1.0;
        Feature[] f = new Feature[count + (bias > 0 ? 1 : 0)];
        for (int j = 0; j < count; j++) f[j] = new FeatureNode(idx[j] + 1, val[j] * scale);
        if (bias > 0) f[count] = new FeatureNode(numFeatures + 1, bias);
        return f;
    }

    @Override
    public double[] distributionForInstance(Instance inst) {
        Feature[] x = toFeatures(inst);
        int k = modelLabels.length;
        double[] dist = new double[numClasses];
        if (k == 1) {
            dist[modelLabels[0]] = 1;
            return dist;
        }
        double[] p = new double[k];
        double[] dec = new double[stride];
        int n = weights.length / stride;
        for (Feature f : x) {
            int idx = f.getIndex() - 1;
            if (idx >= n) continue;
            for (int c = 0; c < stride; c++) dec[c] += weights[idx * stride + c] * f.getValue();
        }
        if (stride == 1) {
            p[0] = 1 / (1 + Math.exp(-dec[0]));
            p[1] = 1 - p[0];
        } else if (probabilistic) {
            // liblinear's one-vs-rest probabilities: logistic of each decision value, normalised
            double sum = 0;
            for (int c = 0; c < k; c++) sum += p[c] = 1 / (1 + Math.exp(-dec[c]));
            for (int c = 0; c < k; c++) p[c] /= sum;
        } else {
            {
                double max = Double.NEGATIVE_INFINITY;
                for (double d : dec) max = Math.max(max, d);
                double sum = 0;
                for (int c = 0; c < k; c++) sum += p[c] = Math.exp(dec[c] - max);
                for (int c = 0; c < k; c++) p[c] /= sum;
            }
        }
        for (int c = 0; c < k; c++) dist[modelLabels[c]] = p[c];
        return dist;
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
        solverType();
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
