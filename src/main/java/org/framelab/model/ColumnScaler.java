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
    /** The n-gram columns left out as outlet page templates (empty when none or not asked for). */
    private final List<OutletTemplates.Template> templates;

    private ColumnScaler(double[] factor, List<OutletTemplates.Template> templates) {
        this.factor = factor;
        this.templates = List.copyOf(templates);
    }

    /** The n-gram columns left out as page templates of one training outlet ({@link OutletTemplates}). */
    public List<String> templates() {
        List<String> out = new java.util.ArrayList<>();
        if (templates != null) for (OutletTemplates.Template t : templates) out.add(t.toString());
        return out;
    }

    /**
     * This scaler with the framing columns' factors multiplied by {@code blend.framing()} and the
     * n-gram columns' by {@code blend.ngrams()} (a scaler fitted with framing weight 1 then gives
     * that blend); template columns stay out.
     */
    ColumnScaler withBlend(ModelSelection.Blend blend, List<FeatureColumn> columns) {
        double[] f = factor.clone();
        for (int c = 0; c < f.length; c++) f[c] *= columns.get(c).isNgram() ? blend.ngramScale() : blend.framingScale();
        return new ColumnScaler(f, templates == null ? List.of() : templates);
    }

    /** The factor of column {@code c} (0: the column never reaches the classifier). */
    double factor(int c) {
        return c < factor.length ? factor[c] : 0;
    }

    /** How many template columns were left out. */
    public int templateCount() {
        return templates == null ? 0 : templates.size();
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
        private final OutletTemplates.Learner templateLearner;

        public Fitter(List<FeatureColumn> columns, double denseWeight, String[] groups, int minGroups) {
            this(columns, denseWeight, groups, minGroups, null);
        }

        /**
         * Also leaves out outlet page templates ({@link OutletTemplates}) when {@code templateOutlets}
         * (the outlet of each training vector) is not null.
         */
        public Fitter(List<FeatureColumn> columns, double denseWeight, String[] groups, int minGroups, String[] templateOutlets) {
            this.templateLearner = templateOutlets == null ? null : new OutletTemplates.Learner(columns, templateOutlets);
            this.columns = columns;
            this.denseWeight = denseWeight;
            this.groups = groups != null && minGroups > 1 ? groups : null;
            this.minGroups = minGroups;
            this.max = new double[columns.size()];
        }

        /**
         * The fitter of a training run: framing weight 1, n-grams selected by outlet when {@code cfg.minOutlets()} asks
         * for it (and the training part has that many outlets), outlet templates left out when the selection says so;
         * the outlet is {@code cfg.outletField()}'s value when set.
         */
        static Fitter forTraining(List<org.framelab.corpus.Article> training, TrainConfig cfg, List<FeatureColumn> columns) {
            String[] outlets = cfg.minOutlets() > 1 || cfg.selection().removeTemplates() ? new String[training.size()] : null;
            for (int i = 0; outlets != null && i < outlets.length; i++) {
                org.framelab.corpus.Article a = training.get(i);
                outlets[i] = cfg.outletField() == null ? a.outlet() : Trainer.groupOf(a, cfg.outletField());
            }
            // too few outlets to select by: keep every column
            boolean select = cfg.minOutlets() > 1 && java.util.Arrays.stream(outlets).distinct().count() >= cfg.minOutlets();
            int minOutlets = !select && cfg.minOutlets() > 1 ? 1 : cfg.minOutlets();
            return new Fitter(columns, 1.0, select ? outlets : null, minOutlets, cfg.selection().removeTemplates() ? outlets : null);
        }

        /** Adds training vector {@code i} (index into the groups). */
        public void add(int i, SparseVector v) {
            int[] idx = v.indices();
            double[] val = v.values();
            for (int k = 0; k < idx.length; k++) max[idx[k]] = Math.max(max[idx[k]], Math.abs(val[k]));
            if (templateLearner != null) templateLearner.add(i, v);
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
            List<OutletTemplates.Template> found = templateLearner == null ? List.of() : templateLearner.templates();
            return of(columns, max, denseWeight, groupCount, minGroups, found);
        }

        /** Whether the fitter needs the n-gram columns of the training vectors (not only the framing ones). */
        public boolean needsNgrams() {
            return groups != null || (templateLearner != null && templateLearner.applies());
        }
    }

    /**
     * The scaler from the training maxima of the columns' absolute values: each non-n-gram column
     * divided by its maximum and multiplied by {@code denseWeight}; n-gram columns 1, or 0 when found in
     * fewer than {@code minGroups} groups ({@code groupCount}, null = no selection) or a template.
     */
    static ColumnScaler of(List<FeatureColumn> columns, double[] max, double denseWeight, int[] groupCount, int minGroups,
                           List<OutletTemplates.Template> templates) {
        double[] factor = new double[columns.size()];
        for (int c = 0; c < factor.length; c++) {
            if (columns.get(c).isNgram()) factor[c] = groupCount != null && groupCount[c] < minGroups ? 0.0 : 1.0;
            else factor[c] = max[c] > 0 ? denseWeight / max[c] : 0.0;
        }
        for (OutletTemplates.Template t : templates) factor[t.column()] = 0.0;
        return new ColumnScaler(factor, templates);
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
