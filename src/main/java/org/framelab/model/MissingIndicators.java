package org.framelab.model;

import org.framelab.features.FeatureColumn;
import org.framelab.features.SparseVector;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Missing feature values as classifier input. A ratio whose denominator is 0 is missing (NaN) in the
 * feature vectors; a classifier needs a number, so for the model the value becomes 0 and an
 * indicator column {@code <name>.missing} (1 when the value is missing, else 0) is added after the
 * pipeline's columns, one for every column that can be missing ({@link FeatureColumn#canBeMissing()}).
 * The linear model can then give "undefined" its own weight instead of reading it as "none of the
 * verbs were neutral".
 *
 * <p>Which columns get an indicator and the fill value 0 are a fixed rule read from the column
 * definitions, never learned from data, so no row (training or test) decides anything here. A NaN in
 * a column without an indicator (none of FrameLab's own columns) also becomes 0. Applied in one
 * place on the way into the model ({@link Trainer} for the training rows, {@link TrainedModel} for
 * every prediction), before the scaling; a model file carries it, so a saved model predicts the same.
 */
final class MissingIndicators implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Suffix of an indicator column's name. */
    static final String SUFFIX = ".missing";

    private final int base;
    /** The pipeline columns with an indicator, ascending; indicator k (column {@code base + k}) is that of {@code missable[k]}. */
    private final int[] missable;
    private final List<FeatureColumn> columns;

    private MissingIndicators(int base, int[] missable, List<FeatureColumn> columns) {
        this.base = base;
        this.missable = missable;
        this.columns = columns;
    }

    /** The indicators for a pipeline's columns (one per column that can be missing, in column order). */
    static MissingIndicators of(List<FeatureColumn> pipeline) {
        List<Integer> missable = new ArrayList<>();
        List<FeatureColumn> all = new ArrayList<>(pipeline);
        for (int c = 0; c < pipeline.size(); c++) {
            FeatureColumn col = pipeline.get(c);
            if (!col.canBeMissing()) continue;
            missable.add(c);
            all.add(new FeatureColumn(col.name() + SUFFIX, col.family(),
                    "1 when " + col.name() + " is undefined (" + col.ratio().undefinedWhen() + "), else 0; the value itself is then 0 for the model.",
                    "indicator 0/1", "FrameLab model input (not in feature tables)"));
        }
        return new MissingIndicators(pipeline.size(), missable.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(all));
    }

    /** The model's input columns: the pipeline's, then the indicators. */
    List<FeatureColumn> columns() {
        return columns;
    }

    /** Number of indicator columns. */
    int indicators() {
        return columns.size() - base;
    }

    /**
     * The model input of a raw feature vector: every NaN dropped (0 in a sparse vector) and, for a
     * column with an indicator, its indicator set to 1. The vector itself when nothing is missing.
     */
    SparseVector apply(SparseVector raw) {
        int[] idx = raw.indices();
        double[] val = raw.values();
        int missing = 0;
        for (double v : val) if (Double.isNaN(v)) missing++;
        if (missing == 0) return raw;
        int[] ni = new int[idx.length];
        double[] nv = new double[idx.length];
        int[] ind = new int[missing];
        int m = 0, q = 0;
        for (int k = 0; k < idx.length; k++) {
            if (!Double.isNaN(val[k])) {
                ni[m] = idx[k];
                nv[m++] = val[k];
            } else {
                int slot = Arrays.binarySearch(missable, idx[k]);
                if (slot >= 0) ind[q++] = base + slot;   // ascending: indicators follow the column order
            }
        }
        int[] oi = Arrays.copyOf(ni, m + q);
        double[] ov = Arrays.copyOf(nv, m + q);
        for (int k = 0; k < q; k++) {
            oi[m + k] = ind[k];
            ov[m + k] = 1.0;
        }
        return new SparseVector(oi, ov);
    }
}
