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


    public static ColumnScaler fit(List<FeatureColumn> columns, List<SparseVector> training, double denseWeight) {
        return fit(columns, training, denseWeight, null, 1);
    }

    /**
     * Like {@link #fit(List, List, double)}, and also drops n-gram columns found in fewer than
     * {@code minGroups} distinct groups (outlets) of the training data: with outlet-level labels,
     * an n-gram used by one or two outlets identifies the outlet, not the framing, and does not
     * carry over to unseen outlets. {@code groups} has one entry per training vector (null = no selection).
     */
    public static ColumnScaler fit(List<FeatureColumn> columns, List<SparseVector> training, double denseWeight,
                                   String[] groups, int minGroups) {
        int[] groupCount = null;
        if (groups != null && minGroups > 1) {
            Integer[] order = new Integer[training.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> groups[i]));
            groupCount = new int[columns.size()];
            int[] last = new int[columns.size()];
            java.util.Arrays.fill(last, -1);
            int g = -1;
            String prev = null;
            for (int i : order) {
                if (!groups[i].equals(prev)) {
                    g++;
                    prev = groups[i];
                }
                for (int c : training.get(i).indices()) {
                    if (c < last.length && last[c] != g) {
                        last[c] = g;
                        groupCount[c]++;
                    }
                }
            }
        }
        double[] max = new double[columns.size()];
        for (SparseVector v : training) {
            int[] idx = v.indices();
            double[] val = v.values();
            for (int i = 0; i < idx.length; i++) max[idx[i]] = Math.max(max[idx[i]], Math.abs(val[i]));
        }
        double[] factor = new double[columns.size()];
        for (int c = 0; c < factor.length; c++) {
            if (columns.get(c).isNgram()) factor[c] = groupCount != null && groupCount[c] < minGroups ? 0.0 : 1.0;
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
