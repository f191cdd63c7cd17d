package org.framelab.model;

import org.framelab.features.FeatureColumn;
import org.framelab.features.SparseVector;

import java.io.Serializable;
import java.util.List;

/**
 * Puts dense (framing, lexicon) columns on the scale of TF-IDF n-gram values: each non-n-gram
 * column is divided by its maximum absolute value in the training data and multiplied by a block
 * weight; n-gram columns pass unchanged. Learned from the training part only (by {@link Trainer}).
 */
public final class ColumnScaler implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double[] factor;

    private ColumnScaler(double[] factor) {
        this.factor = factor;
    }

    public static boolean isNgram(FeatureColumn c) {
        String f = c.family() == null ? "" : c.family().toLowerCase(java.util.Locale.ROOT);
        return f.startsWith("ngram") || c.name().startsWith("ngram:");
    }

    public static ColumnScaler fit(List<FeatureColumn> columns, List<SparseVector> training, double denseWeight) {
        double[] max = new double[columns.size()];
        for (SparseVector v : training) {
            int[] idx = v.indices();
            double[] val = v.values();
            for (int i = 0; i < idx.length; i++) max[idx[i]] = Math.max(max[idx[i]], Math.abs(val[i]));
        }
        double[] factor = new double[columns.size()];
        for (int c = 0; c < factor.length; c++) {
            if (isNgram(columns.get(c))) factor[c] = 1.0;
            else factor[c] = max[c] > 0 ? denseWeight / max[c] : 0.0;
        }
        return new ColumnScaler(factor);
    }

    public SparseVector apply(SparseVector v) {
        int[] idx = v.indices();
        double[] val = v.values();
        int keep = 0;
        for (int i = 0; i < idx.length; i++) if (idx[i] < factor.length && factor[idx[i]] != 0 && val[i] != 0) keep++;
        int[] ni = new int[keep];
        double[] nv = new double[keep];
        int j = 0;
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] < factor.length && factor[idx[i]] != 0 && val[i] != 0) {
                ni[j] = idx[i];
                nv[j++] = val[i] * factor[idx[i]];
            }
        }
        return new SparseVector(ni, nv);
    }
}
