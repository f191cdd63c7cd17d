package org.framelab.model;

import org.framelab.features.FeatureColumn;
import org.framelab.features.SparseVector;

import java.util.Arrays;
import java.util.List;

/**
 * The training vectors kept while the column scaling is fitted from them, so that the training
 * matrix is made from what was kept instead of computing every vector a second time. The n-gram
 * columns' values are kept as the matrix stores them (float), which is exact for the factors 0 and 1
 * an n-gram column gets; the other columns' values are kept as doubles, since their factor (1 / the
 * column's training maximum) is applied before the value is rounded to float. {@link #matrix} gives
 * the matrix {@code Trainer.matrix} would build from the scaled vectors, entry for entry and bit for bit.
 */
final class RawRows {
    private final RowMatrix.Builder rows;
    private final boolean[] exactColumn;
    private double[] exact = new double[1024];
    private int exactCount;
    private boolean used;

    RawRows(List<FeatureColumn> columns) {
        this(columns, RowMatrix.DEFAULT_CHUNK);
    }

    /** With chunks of {@code chunkSize} entries (tests: rows crossing a chunk's end). */
    RawRows(List<FeatureColumn> columns, int chunkSize) {
        this.rows = RowMatrix.builder(columns.size(), chunkSize);
        this.exactColumn = new boolean[columns.size()];
        for (int c = 0; c < exactColumn.length; c++) exactColumn[c] = !columns.get(c).isNgram();
    }

    /** Keeps the next training vector (rows are kept in the order given). */
    void add(SparseVector v) {
        int[] idx = v.indices();
        double[] val = v.values();
        rows.add(idx, val, idx.length);
        for (int k = 0; k < idx.length; k++) {
            if (!exactColumn[idx[k]] || val[k] == 0) continue;
            if (exactCount == exact.length) exact = Arrays.copyOf(exact, exact.length * 2);
            exact[exactCount++] = val[k];
        }
    }

    /** Rows kept. */
    int size() {
        return rows.rows();
    }

    /** Whether {@link #matrix} can apply {@code scaler}: every n-gram column's factor is 0 or 1. */
    boolean canApply(ColumnScaler scaler) {
        for (int c = 0; c < exactColumn.length; c++) {
            double f = scaler.factor(c);
            if (!exactColumn[c] && f != 0 && f != 1) return false;
        }
        return true;
    }

    /** The training matrix with {@code scaler} applied; the kept rows are given up (once only). */
    RowMatrix matrix(ColumnScaler scaler) {
        if (used) throw new IllegalStateException("rows already made into a matrix");
        used = true;
        double[] factor = new double[exactColumn.length];
        for (int c = 0; c < factor.length; c++) factor[c] = scaler.factor(c);
        RowMatrix m = rows.buildScaled(factor, exactColumn, exact, exactCount);
        exact = null;
        return m;
    }
}
