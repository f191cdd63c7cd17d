package org.framelab.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowMatrixTest {
    /** Random rows with zeros mixed in, empty rows, and a few rows longer than a chunk. */
    private static List<double[]> rows(Random r, int n, int columns, int chunk) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] dense = new double[columns];
            int len = i % 17 == 0 ? 0 : r.nextInt(3 * chunk / 2);
            if (i % 29 == 0 && i > 0) for (int c = 0; c < Math.min(columns, 3 * chunk + 5); c++) dense[c] = 1 + c * 0.37;
            else for (int k = 0; k < len; k++) dense[r.nextInt(columns)] = r.nextInt(4) == 0 ? 0 : r.nextGaussian() * Math.pow(10, r.nextInt(9) - 4);
            out.add(dense);
        }
        return out;
    }

    private static RowMatrix build(List<double[]> dense, int columns, int chunk) {
        RowMatrix.Builder b = RowMatrix.builder(columns, chunk);
        int[] cols = new int[columns + 3];
        double[] vals = new double[columns + 3];
        for (double[] d : dense) {
            int n = 0;
            for (int c = 0; c < columns; c++) {
                if (d[c] == 0 && c % 5 != 0) continue; // some explicit zeros, to be dropped
                cols[n] = c;
                vals[n++] = d[c];
            }
            cols[n] = -7; // garbage after n is ignored
            b.add(cols, vals, n);
        }
        assertThat(b.rows()).isEqualTo(dense.size());
        return b.build();
    }

    @Test
    void rowsRoundTripExactlyAtFloatPrecisionAcrossChunkBoundaries() {
        int columns = 400, chunk = 64;
        Random r = new Random(5);
        List<double[]> dense = rows(r, 300, columns, chunk);
        RowMatrix m = build(dense, columns, chunk);
        assertThat(m.rows()).isEqualTo(300);
        assertThat(m.columns()).isEqualTo(columns);
        assertThat(m.chunks()).isGreaterThan(20);
        long nz = 0;
        double[] w = new double[columns];
        for (int c = 0; c < columns; c++) w[c] = r.nextGaussian();
        int[] colsOut = new int[columns];
        double[] valsOut = new double[columns];
        for (int i = 0; i < dense.size(); i++) {
            double[] d = dense.get(i);
            int k = 0;
            double dot = 0, sq = 0;
            for (int c = 0; c < columns; c++) {
                if (d[c] == 0) continue;
                assertThat(m.column(i, k)).as("row %d entry %d", i, k).isEqualTo(c);
                assertThat(m.value(i, k)).as("row %d entry %d", i, k).isEqualTo((float) d[c]);
                dot += w[c] * (float) d[c];
                sq += (double) (float) d[c] * (float) d[c];
                k++;
            }
            assertThat(m.rowLength(i)).isEqualTo(k);
            assertThat(m.dot(i, w)).isEqualTo(dot);
            assertThat(m.squaredNorm(i)).isEqualTo(sq);
            assertThat(m.copyRow(i, colsOut, valsOut)).isEqualTo(k);
            for (int j = 0; j < k; j++) assertThat(valsOut[j]).isEqualTo((double) m.value(i, j));
            nz += k;
        }
        assertThat(m.nonZeros()).isEqualTo(nz);
        assertThat(m.rowLength(0)).isZero();
        assertThat(m.rowLength(29)).isGreaterThan(3 * chunk); // longer than a chunk: a chunk of its own
        assertThat(m.bytes()).isBetween(8 * nz, 8 * nz + 12L * 300 + 64L * m.chunks() + 8L * 300 * chunk / 64 + 1024);
        assertThatThrownBy(() -> m.column(0, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theDefaultBuilderGivesTheSameMatrixAsSmallChunks() {
        Random r = new Random(9);
        List<double[]> dense = rows(r, 120, 300, 40);
        RowMatrix small = build(dense, 300, 40);
        RowMatrix.Builder b = RowMatrix.builder(300);
        for (int i = 0; i < small.rows(); i++) {
            int[] c = new int[small.rowLength(i)];
            double[] v = new double[c.length];
            small.copyRow(i, c, v);
            b.add(c, v, c.length);
        }
        RowMatrix big = b.build();
        assertThat(big.chunks()).isEqualTo(1);
        assertThat(big.nonZeros()).isEqualTo(small.nonZeros());
        for (int i = 0; i < small.rows(); i++) {
            assertThat(big.rowLength(i)).isEqualTo(small.rowLength(i));
            for (int k = 0; k < big.rowLength(i); k++) {
                assertThat(big.column(i, k)).isEqualTo(small.column(i, k));
                assertThat(big.value(i, k)).isEqualTo(small.value(i, k));
            }
        }
        assertThat(big.bytes()).isLessThan(8 * big.nonZeros() + 12L * 120 + 200);
    }

    @Test
    void badRowsAreRefused() {
        RowMatrix.Builder b = RowMatrix.builder(10);
        assertThatThrownBy(() -> b.add(new int[]{3, 3}, new double[]{1, 2}, 2)).hasMessageContaining("column 3");
        assertThatThrownBy(() -> b.add(new int[]{4, 2}, new double[]{1, 2}, 2)).hasMessageContaining("not above");
        assertThatThrownBy(() -> b.add(new int[]{10}, new double[]{1}, 1)).hasMessageContaining(">= 10 columns");
        assertThatThrownBy(() -> b.add(new int[]{-1}, new double[]{1}, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.add(new int[]{1}, new double[]{Double.NaN}, 1)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> b.add(new int[]{1}, new double[]{1}, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(b.rows()).isZero();
        b.add(new int[]{9}, new double[]{2.5}, 1);
        RowMatrix m = b.build();
        assertThat(m.value(0, 0)).isEqualTo(2.5f);
        assertThatThrownBy(() -> b.add(new int[0], new double[0], 0)).isInstanceOf(IllegalStateException.class);
        assertThat(RowMatrix.builder(5).build().rows()).isZero();
    }
}
