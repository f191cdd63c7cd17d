package org.framelab.model;

import java.util.Arrays;

/**
 * A compact sparse matrix, row by row (compressed sparse rows): per non-zero an {@code int} column
 * and a {@code float} value, 8 bytes, against about 28 for a liblinear {@code FeatureNode} (object
 * header, index, double value, reference) and 12 plus per-row objects for a Weka
 * {@code SparseInstance}. Columns are ascending within a row; zero values are not stored.
 *
 * <p>The entries live in chunks of at most {@link #DEFAULT_CHUNK} entries (4 Mi) (a row longer than that
 * gets a chunk of its own), so a matrix may hold more than 2<sup>31</sup> non-zeros and building it
 * never copies more than one chunk at a time. A row never spans two chunks: the solvers read a row
 * as one slice of one array ({@link #chunkOf}, {@link #start}, {@link #rowLength}). Immutable once
 * built, so it may be shared between threads.
 */
public final class RowMatrix {
    /**
     * Entries per chunk: 4 Mi less 4, so that each array with its 16-byte header is exactly 16 MiB
     * (a whole number of G1 heap regions: a 16 MiB + 16 byte array would take one region more).
     */
    static final int DEFAULT_CHUNK = (1 << 22) - 4;

    private final int columns;
    private final int rows;
    private final long nonZeros;
    private final int[][] cols;
    private final float[][] vals;
    /** Chunk, first entry in the chunk, and length of each row. */
    private final int[] rowChunk;
    private final int[] rowStart;
    private final int[] rowLength;

    private RowMatrix(Builder b) {
        columns = b.columns;
        rows = b.rows;
        nonZeros = b.nonZeros;
        int chunks = b.chunkCount;
        cols = new int[chunks][];
        vals = new float[chunks][];
        for (int c = 0; c < chunks; c++) {
            // trim a chunk with more than 1/64 unused (in practice the last one): a full chunk's tail
            // is shorter than a row, not worth a copy
            int used = b.used[c];
            boolean trim = b.cols[c].length - used > b.cols[c].length / 64;
            cols[c] = trim ? Arrays.copyOf(b.cols[c], used) : b.cols[c];
            vals[c] = trim ? Arrays.copyOf(b.vals[c], used) : b.vals[c];
            b.cols[c] = null;
            b.vals[c] = null;
        }
        rowChunk = Arrays.copyOf(b.rowChunk, rows);
        rowStart = Arrays.copyOf(b.rowStart, rows);
        rowLength = Arrays.copyOf(b.rowLength, rows);
    }

    private RowMatrix(int columns, int[][] cols, float[][] vals, int[] rowChunk, int[] rowStart, int[] rowLength) {
        this.columns = columns;
        this.rows = rowChunk.length;
        this.cols = cols;
        this.vals = vals;
        this.rowChunk = rowChunk;
        this.rowStart = rowStart;
        this.rowLength = rowLength;
        long nz = 0;
        for (int n : rowLength) nz += n;
        this.nonZeros = nz;
    }

    /** The rows {@code rows} of this matrix, in that order, sharing its arrays (nothing is copied but the row index). */
    public RowMatrix rows(int[] rows) {
        int[] ch = new int[rows.length];
        int[] st = new int[rows.length];
        int[] len = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ch[i] = rowChunk[rows[i]];
            st[i] = rowStart[rows[i]];
            len[i] = rowLength[rows[i]];
        }
        return new RowMatrix(columns, cols, vals, ch, st, len);
    }

    /**
     * This matrix with each value of column {@code c} multiplied by {@code factor[c]} (in float, as
     * stored). When the columns with a factor of 0 hold at most a quarter of the entries, new value
     * arrays share this matrix's column arrays and row index and keep those entries as stored zeros
     * (harmless to the solvers and to {@link #dot}; {@link #nonZeros()} still counts them); when they
     * hold more (a block weighted 0, e.g. framing alone next to 100,000 n-gram columns), the matrix is
     * built again without them, so the solvers do not walk through the zeros. The values the solvers
     * see are the same either way.
     */
    public RowMatrix scaleColumns(float[] factor) {
        if (factor.length < columns) throw new IllegalArgumentException(factor.length + " factors for " + columns + " columns");
        long zeroed = 0;
        for (int r = 0; r < rows; r++) {
            int[] k = cols[rowChunk[r]];
            for (int p = rowStart[r], end = p + rowLength[r]; p < end; p++) if (factor[k[p]] == 0) zeroed++;
        }
        return zeroed * 4 > nonZeros ? scaledWithout(factor) : scaledInPlace(factor);
    }

    /** {@link #scaleColumns} keeping every stored entry (a zero factor leaves a stored zero). */
    RowMatrix scaledInPlace(float[] factor) {
        float[][] nv = new float[vals.length][];
        for (int c = 0; c < vals.length; c++) {
            float[] v = vals[c];
            int[] k = cols[c];
            float[] out = new float[v.length];
            for (int p = 0; p < v.length; p++) out[p] = v[p] * factor[k[p]];
            nv[c] = out;
        }
        return new RowMatrix(columns, cols, nv, rowChunk, rowStart, rowLength);
    }

    /** {@link #scaleColumns}, built again without the entries whose scaled value is 0. */
    RowMatrix scaledWithout(float[] factor) {
        Builder b = new Builder(columns, DEFAULT_CHUNK);
        int longest = 0;
        for (int r = 0; r < rows; r++) longest = Math.max(longest, rowLength[r]);
        int[] rc = new int[longest];
        double[] rv = new double[longest];
        for (int r = 0; r < rows; r++) {
            int[] k = cols[rowChunk[r]];
            float[] v = vals[rowChunk[r]];
            int n = 0;
            for (int p = rowStart[r], end = p + rowLength[r]; p < end; p++) {
                float scaled = v[p] * factor[k[p]];
                if (scaled == 0) continue;
                rc[n] = k[p];
                rv[n++] = scaled; // float to double and back in the builder: exact
            }
            b.add(rc, rv, n);
        }
        return b.build();
    }

    /** A builder for a matrix of {@code columns} columns. */
    public static Builder builder(int columns) {
        return new Builder(columns, DEFAULT_CHUNK);
    }

    /** A builder with chunks of {@code chunkSize} entries (tests: rows crossing a chunk's end). */
    static Builder builder(int columns, int chunkSize) {
        return new Builder(columns, chunkSize);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public long nonZeros() {
        return nonZeros;
    }

    public int rowLength(int r) {
        return rowLength[r];
    }

    /** Column of the {@code k}-th stored entry of row {@code r}. */
    public int column(int r, int k) {
        if (k < 0 || k >= rowLength[r]) throw new IndexOutOfBoundsException("entry " + k + " of row " + r + " (length " + rowLength[r] + ")");
        return cols[rowChunk[r]][rowStart[r] + k];
    }

    /** Value of the {@code k}-th stored entry of row {@code r}. */
    public float value(int r, int k) {
        if (k < 0 || k >= rowLength[r]) throw new IndexOutOfBoundsException("entry " + k + " of row " + r + " (length " + rowLength[r] + ")");
        return vals[rowChunk[r]][rowStart[r] + k];
    }

    /** Row {@code r} times {@code w} (entries in column order; {@code w} at least {@link #columns()} long). */
    public double dot(int r, double[] w) {
        int[] c = cols[rowChunk[r]];
        float[] v = vals[rowChunk[r]];
        double s = 0;
        for (int p = rowStart[r], end = p + rowLength[r]; p < end; p++) s += w[c[p]] * v[p];
        return s;
    }

    /** Sum of the squared values of row {@code r}. */
    public double squaredNorm(int r) {
        float[] v = vals[rowChunk[r]];
        double s = 0;
        for (int p = rowStart[r], end = p + rowLength[r]; p < end; p++) s += (double) v[p] * v[p];
        return s;
    }

    /** Copies row {@code r} into {@code colsOut} and {@code valsOut} (each at least {@link #rowLength} long); returns its length. */
    public int copyRow(int r, int[] colsOut, double[] valsOut) {
        int n = rowLength[r];
        int[] c = cols[rowChunk[r]];
        float[] v = vals[rowChunk[r]];
        int s = rowStart[r];
        for (int k = 0; k < n; k++) {
            colsOut[k] = c[s + k];
            valsOut[k] = v[s + k];
        }
        return n;
    }

    /** The column array holding row {@code r}, from {@link #start}; for the solvers' inner loops. Do not modify. */
    int[] chunkColumns(int r) {
        return cols[rowChunk[r]];
    }

    /** The value array holding row {@code r}, from {@link #start}; for the solvers' inner loops. Do not modify. */
    float[] chunkValues(int r) {
        return vals[rowChunk[r]];
    }

    /** First entry of row {@code r} in {@link #chunkColumns} / {@link #chunkValues}. */
    int start(int r) {
        return rowStart[r];
    }

    /** Number of chunks (tests). */
    int chunks() {
        return cols.length;
    }

    /** Bytes held by the arrays of this matrix (array headers included, 16 bytes each, the object itself not). */
    public long bytes() {
        long b = 3 * (16 + 4L * rows) + 2 * (16 + 8L * cols.length);
        for (int c = 0; c < cols.length; c++) b += 32 + 4L * cols[c].length + 4L * vals[c].length;
        return b;
    }

    @Override
    public String toString() {
        return "RowMatrix(" + rows + " x " + columns + ", " + nonZeros + " non-zeros, " + cols.length + " chunks)";
    }

    /**
     * Appends rows one at a time. Chunks start small and double up to the chunk size, then new
     * chunks are added; a doubling copies one chunk, never the whole matrix.
     */
    public static final class Builder {
        private static final int FIRST_CHUNK = 1024;
        private final int columns;
        private final int chunkSize;
        private int[][] cols = new int[4][];
        private float[][] vals = new float[4][];
        private int[] used = new int[4];
        private int chunkCount;
        private int rows;
        private long nonZeros;
        private int[] rowChunk = new int[64];
        private int[] rowStart = new int[64];
        private int[] rowLength = new int[64];
        private boolean built;

        private Builder(int columns, int chunkSize) {
            if (columns < 0) throw new IllegalArgumentException("columns < 0: " + columns);
            if (chunkSize < 1) throw new IllegalArgumentException("chunk size < 1: " + chunkSize);
            this.columns = columns;
            this.chunkSize = chunkSize;
        }

        /**
         * Appends one row: the first {@code n} entries of {@code cols} and {@code vals}; columns
         * ascending, distinct, in {@code [0, columns)}; zero values are dropped. NaN is refused.
         */
        public Builder add(int[] cols, double[] vals, int n) {
            if (built) throw new IllegalStateException("already built");
            if (n < 0 || n > cols.length || n > vals.length) throw new IllegalArgumentException("n = " + n + " for arrays of " + cols.length + " and " + vals.length);
            int nz = 0;
            int prev = -1;
            for (int k = 0; k < n; k++) {
                int c = cols[k];
                if (c <= prev || c >= columns) throw new IllegalArgumentException("row " + rows + ": column " + c + " at " + k
                        + (c >= columns ? " >= " + columns + " columns" : " not above the previous " + prev));
                if (Double.isNaN(vals[k])) throw new IllegalArgumentException("row " + rows + ": NaN in column " + c);
                prev = c;
                if (vals[k] != 0) nz++;
            }
            int chunk = room(nz);
            int at = used[chunk];
            int[] cc = this.cols[chunk];
            float[] vv = this.vals[chunk];
            int p = at;
            for (int k = 0; k < n; k++) {
                if (vals[k] == 0) continue;
                cc[p] = cols[k];
                vv[p++] = (float) vals[k];
            }
            used[chunk] = p;
            if (rows == rowChunk.length) {
                int cap = rows + (rows >> 1) + 16;
                rowChunk = Arrays.copyOf(rowChunk, cap);
                rowStart = Arrays.copyOf(rowStart, cap);
                rowLength = Arrays.copyOf(rowLength, cap);
            }
            rowChunk[rows] = chunk;
            rowStart[rows] = at;
            rowLength[rows] = nz;
            rows++;
            nonZeros += nz;
            return this;
        }

        /** The chunk to put a row of {@code nz} entries in, grown or added as needed. */
        private int room(int nz) {
            if (chunkCount > 0) {
                int last = chunkCount - 1;
                int free = cols[last].length - used[last];
                if (nz <= free) return last;
                long need = (long) used[last] + nz;
                if (cols[last].length < chunkSize && need <= chunkSize) {
                    int cap = (int) Math.min(chunkSize, Math.max(need, 2L * cols[last].length));
                    cols[last] = Arrays.copyOf(cols[last], cap);
                    vals[last] = Arrays.copyOf(vals[last], cap);
                    return last;
                }
            }
            if (chunkCount == cols.length) {
                cols = Arrays.copyOf(cols, chunkCount * 2);
                vals = Arrays.copyOf(vals, chunkCount * 2);
                used = Arrays.copyOf(used, chunkCount * 2);
            }
            // the first chunk starts small; later ones are full-size (the matrix is evidently large)
            int cap = Math.max(nz, chunkCount == 0 ? Math.min(chunkSize, FIRST_CHUNK) : chunkSize);
            cols[chunkCount] = new int[cap];
            vals[chunkCount] = new float[cap];
            used[chunkCount] = 0;
            return chunkCount++;
        }

        /** Rows added so far. */
        public int rows() {
            return rows;
        }

        /**
         * The matrix of the rows added, each entry multiplied by its column's factor, built in place
         * (no second copy of the entries): the entries of a column marked {@code exact} take their
         * value from {@code exact} (the rows' double values of those columns, in the order the entries
         * were added; the first {@code exactCount} are used) times the factor, the others their stored float value (their factor must be 0 or
         * 1). An entry whose factor or scaled value is 0 is left out. The result is the matrix that
         * {@link #add} would have built from the rows scaled first, entry for entry. The builder
         * cannot be used afterwards.
         */
        RowMatrix buildScaled(double[] factor, boolean[] exactColumn, double[] exact, int exactCount) {
            if (built) throw new IllegalStateException("already built");
            if (factor.length < columns || exactColumn.length < columns) throw new IllegalArgumentException(factor.length + " factors for " + columns + " columns");
            for (int c = 0; c < columns; c++) {
                if (!exactColumn[c] && factor[c] != 0 && factor[c] != 1) throw new IllegalArgumentException("column " + c + ": factor " + factor[c] + " needs exact values");
            }
            int e = 0;
            int chunk = -1;
            int w = 0;
            long nz = 0;
            for (int r = 0; r < rows; r++) {
                if (rowChunk[r] != chunk) {
                    if (chunk >= 0) used[chunk] = w;
                    chunk = rowChunk[r];
                    w = 0;
                }
                int[] cc = cols[chunk];
                float[] vv = vals[chunk];
                int start = w;
                for (int p = rowStart[r], end = p + rowLength[r]; p < end; p++) {
                    int c = cc[p];
                    double f = factor[c];
                    if (exactColumn[c]) {
                        double v = exact[e++] * f;
                        if (f == 0 || v == 0) continue;
                        cc[w] = c;
                        vv[w++] = (float) v;
                    } else if (f != 0) {
                        cc[w] = c;
                        vv[w++] = vv[p];
                    }
                }
                rowStart[r] = start;
                rowLength[r] = w - start;
                nz += w - start;
            }
            if (chunk >= 0) used[chunk] = w;
            if (e != exactCount) throw new IllegalArgumentException(e + " exact values used of " + exactCount);
            nonZeros = nz;
            return build();
        }

        /** The matrix; the builder cannot be used afterwards. */
        public RowMatrix build() {
            if (built) throw new IllegalStateException("already built");
            built = true;
            return new RowMatrix(this);
        }
    }
}
