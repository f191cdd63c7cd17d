package org.framelab.features;

import org.framelab.util.OptionException;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Feature values of one article: column indices in ascending order (into the owning
 * {@link FittedFeatures#columns()}) and their values; absent columns are 0. A missing value (a
 * ratio whose denominator is 0, see {@link FeatureColumn.Ratio}) is an explicit NaN entry: it is
 * kept, never dropped as a zero, so {@link #get} gives NaN for it.
 */
public record SparseVector(int[] indices, double[] values) implements Serializable {
    public SparseVector {
        if (indices.length != values.length) throw new OptionException("sparse vector", "lengths differ");
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) throw new OptionException("sparse vector", "indices not ascending at " + i);
        }
    }

    public double get(int column) {
        int i = Arrays.binarySearch(indices, column);
        return i >= 0 ? values[i] : 0.0;
    }

    /** Whether column {@code column} is missing (an explicit NaN entry). */
    public boolean isMissing(int column) {
        return Double.isNaN(get(column));
    }

    public int size() {
        return indices.length;
    }
}
