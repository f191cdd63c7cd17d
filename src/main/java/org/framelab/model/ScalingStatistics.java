package org.framelab.model;

import org.framelab.features.FeatureColumn;
import org.framelab.features.SparseVector;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the model input learns from the training rows, gathered in parts and merged (the Spark job adds
 * the rows of each partition and merges the partitions): the maximum absolute value of every column
 * after the missing-value indicators ({@link MissingIndicators}) and, when outlet page templates are left
 * out, the document frequencies of the n-gram columns per outlet ({@link OutletTemplates}). {@link #fit}
 * gives the same scaling as {@link Trainer} fits from the same rows (a fixed blend).
 */
public final class ScalingStatistics implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MissingIndicators missing;
    private final double[] max;
    private final OutletTemplates.Learner templates;

    /**
     * @param pipeline       the fitted pipeline's columns
     * @param trainingOutlets training rows per outlet value, for template detection; null = templates kept
     */
    public ScalingStatistics(List<FeatureColumn> pipeline, Map<String, Integer> trainingOutlets) {
        this.missing = MissingIndicators.of(pipeline);
        this.max = new double[missing.columns().size()];
        if (trainingOutlets == null) {
            this.templates = null;
        } else {
            List<String> rows = new ArrayList<>();
            new java.util.TreeMap<>(trainingOutlets).forEach((o, n) -> {
                for (int i = 0; i < n; i++) rows.add(o);
            });
            this.templates = new OutletTemplates.Learner(missing.columns(), rows.toArray(new String[0]));
        }
    }

    /** Adds one training row: its raw feature vector and its outlet. */
    public ScalingStatistics add(String outlet, SparseVector raw) {
        SparseVector v = missing.apply(raw);
        int[] idx = v.indices();
        double[] val = v.values();
        for (int k = 0; k < idx.length; k++) max[idx[k]] = Math.max(max[idx[k]], Math.abs(val[k]));
        if (templates != null) templates.add(outlet, v);
        return this;
    }

    /** Adds the rows of another part (made for the same columns and outlets); returns this. */
    public ScalingStatistics merge(ScalingStatistics o) {
        if (o.max.length != max.length) throw new IllegalArgumentException("statistics of other columns");
        for (int c = 0; c < max.length; c++) max[c] = Math.max(max[c], o.max[c]);
        if (templates != null) templates.merge(o.templates);
        return this;
    }

    /** The model input for a fixed blend of the framing and n-gram blocks. */
    public Input fit(ModelSelection.Blend blend) {
        List<FeatureColumn> columns = missing.columns();
        List<OutletTemplates.Template> found = templates == null ? List.of() : templates.templates();
        ColumnScaler scaler = ColumnScaler.of(columns, max, 1.0, null, 1, found).withBlend(blend, columns);
        return new Input(missing, scaler, columns.size());
    }

    /** A raw feature vector as the classifier sees it (missing values as indicators, then scaled); serialisable. */
    public static final class Input implements Serializable {
        private static final long serialVersionUID = 1L;
        private final MissingIndicators missing;
        private final ColumnScaler scaler;
        private final int columns;

        private Input(MissingIndicators missing, ColumnScaler scaler, int columns) {
            this.missing = missing;
            this.scaler = scaler;
            this.columns = columns;
        }

        /** The classifier's input columns: the pipeline's, then the missing-value indicators. */
        public int columns() {
            return columns;
        }

        public SparseVector apply(SparseVector raw) {
            return scaler.apply(missing.apply(raw));
        }

        /** The n-gram columns left out as outlet page templates, with their evidence. */
        public List<String> templates() {
            return scaler.templates();
        }
    }
}
