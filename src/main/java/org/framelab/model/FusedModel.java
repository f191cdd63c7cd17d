package org.framelab.model;

import weka.classifiers.AbstractClassifier;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The framing and n-gram blocks as two linear models whose decision values are added with weights
 * {@code a} and {@code 1 - a} (late fusion, "score-level" combination): each block is fitted on its own
 * columns, with its own row normalisation and regularisation, so neither block's scale decides how much
 * the other is penalised. The combination is itself linear in the features: the weights it reports
 * ({@link #classWeights}) are {@code a} times the framing model's and {@code 1 - a} times the n-gram
 * model's, each acting on its block's L2-normalised part of the row. {@code a} (and C) are chosen by
 * {@link NestedSelection} on the training part; the two models are fitted by {@link Trainer}.
 */
public final class FusedModel extends AbstractClassifier implements LinearWeights {
    private static final long serialVersionUID = 1L;

    private final LinearModel framing;
    private final LinearModel ngrams;
    private final double a;
    /** Whether each feature column belongs to the n-gram block. */
    private final boolean[] ngramColumn;

    FusedModel(LinearModel framing, LinearModel ngrams, double a, boolean[] ngramColumn) {
        if (!java.util.Arrays.equals(framing.modelLabels(), ngrams.modelLabels())) {
            throw new IllegalArgumentException("the two blocks' models have different class orders");
        }
        if (!(a > 0 && a < 1)) throw new IllegalArgumentException("framing weight " + a + " (0 < a < 1)");
        this.framing = framing;
        this.ngrams = ngrams;
        this.a = a;
        this.ngramColumn = ngramColumn.clone();
    }

    /** The framing block's weight {@code a} (the n-gram block's is {@code 1 - a}). */
    public double framingWeight() {
        return a;
    }

    @Override
    public void buildClassifier(Instances data) {
        throw new UnsupportedOperationException("a FusedModel is fitted by FrameLab's Trainer, block by block");
    }

    @Override
    public double[] distributionForInstance(Instance inst) {
        return distribution(blockDecisions(inst));
    }

    /** The class distribution of the two models' decision values ({@link #blockDecisions}). */
    double[] distribution(double[][] blocks) {
        return framing.distribution(fuse(blocks[0], blocks[1], a));
    }

    /** The framing model's and the n-gram model's decision values for {@code inst} (each in {@link LinearModel#modelLabels} order). */
    double[][] blockDecisions(Instance inst) {
        int n = inst.numValues();
        int[] idx = new int[n];
        double[] val = new double[n];
        int count = LinearModel.sparseValues(inst, inst.classIndex(), idx, val);
        int[] fi = new int[count], ni = new int[count];
        double[] fv = new double[count], nv = new double[count];
        int fc = 0, nc = 0;
        for (int j = 0; j < count; j++) {
            double v = (float) val[j]; // rounded to float as in a RowMatrix, as LinearModel does
            int c = idx[j];
            if (c < ngramColumn.length && ngramColumn[c]) {
                ni[nc] = c;
                nv[nc++] = v;
            } else {
                fi[fc] = c;
                fv[fc++] = v;
            }
        }
        return new double[][]{framing.decision(fi, fv, fc), ngrams.decision(ni, nv, nc)};
    }

    /** Weka class index of each decision value of the two models, in their (common) order. */
    int[] modelLabels() {
        return framing.modelLabels();
    }

    /** {@code a * framing + (1 - a) * ngrams}, value by value. */
    static double[] fuse(double[] framing, double[] ngrams, double a) {
        double[] d = new double[framing.length];
        for (int c = 0; c < d.length; c++) d[c] = a * framing[c] + (1 - a) * ngrams[c];
        return d;
    }

    @Override
    public double[][] classWeights() {
        double[][] f = framing.classWeights();
        double[][] g = ngrams.classWeights();
        double[][] out = new double[f.length][];
        for (int c = 0; c < f.length; c++) {
            out[c] = new double[f[c].length];
            for (int j = 0; j < out[c].length; j++) {
                boolean ng = j < ngramColumn.length && ngramColumn[j];
                out[c][j] = ng ? (1 - a) * g[c][j] : a * f[c][j];
            }
        }
        return out;
    }

    @Override
    public Capabilities getCapabilities() {
        return framing.getCapabilities();
    }

    @Override
    public String toString() {
        return "FusedModel (framing x" + a + " + n-grams x" + (1 - a) + " of the decision values)\n  framing: " + framing + "\n  n-grams: " + ngrams;
    }
}
