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
        Fitter f = new Fitter(columns, denseWeight, groups, minGroups);
        for (int i = 0; i < training.size(); i++) f.add(i, training.get(i));
        return f.fit();
    }

    /** Fits a scaler from the training vectors given one at a time (none of them kept). */
    public static final class Fitter {
        private final List<FeatureColumn> columns;
        private final double denseWeight;
        private final String[] groups;
        private final int minGroups;
        private final double[] max;
        /** Per group, the columns it uses (only with a group selection). */
        private final java.util.Map<String, java.util.BitSet> used = new java.util.HashMap<>();

        public Fitter(List<FeatureColumn> columns, double denseWeight, String[] groups, int minGroups) {
            this.columns = columns;
            this.denseWeight = denseWeight;
            this.groups = groups != null && minGroups > 1 ? groups : null;
            this.minGroups = minGroups;
            this.max = new double[columns.size()];
        }

        /** Adds training vector {@code i} (index into the groups). */
        public void add(int i, SparseVector v) {
            int[] idx = v.indices();
            double[] val = v.values();
            for (int k = 0; k < idx.length; k++) max[idx[k]] = Math.max(max[idx[k]], Math.abs(val[k]));
            if (groups != null) {
                java.util.BitSet b = used.computeIfAbsent(groups[i], g -> new java.util.BitSet(columns.size()));
                for (int c : idx) b.set(c);
            }
        }

        public ColumnScaler fit() {
            int[] groupCount = null;
            if (groups != null) {
                groupCount = new int[columns.size()];
                for (java.util.BitSet b : used.values()) {
                    for (int c = b.nextSetBit(0); c >= 0 && c < groupCount.length; c = b.nextSetBit(c + 1)) groupCount[c]++;
                }
            }
            double[] factor = new double[columns.size()];
            for (int c = 0; c < factor.length; c++) {
                if (columns.get(c).isNgram()) factor[c] = groupCount != null && groupCount[c] < minGroups ? 0.0 : 1.0;
                else factor[c] = max[c] > 0 ? denseWeight / max[c] : 0.0;
            }
            return new ColumnScaler(factor);
        }
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
