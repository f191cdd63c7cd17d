package org.framelab.model;

import org.framelab.features.CountedFeatures;
import org.framelab.features.SparseVector;

/** A fused model's framing model with the pipeline of its rows ({@link Trainer#fitFramingBlock}). */
record FramingBlock(LinearModel model, MissingIndicators missing, ColumnScaler scaler, CountedFeatures features) {
    /** The framing model's decision values for a training or test row of the fit, as {@link FusedModel} computes them. */
    double[] decision(int row) {
        SparseVector v = scaler.apply(missing.apply(features.framingVector(row)));
        int[] idx = v.indices();
        double[] val = v.values();
        int[] ni = new int[idx.length];
        double[] nv = new double[idx.length];
        int n = 0;
        for (int k = 0; k < idx.length; k++) {
            if (val[k] == 0 || Double.isNaN(val[k])) continue;
            ni[n] = idx[k];
            nv[n++] = (float) val[k]; // rounded to float as in a RowMatrix, as FusedModel does
        }
        return model.decision(ni, nv, n);
    }
}
