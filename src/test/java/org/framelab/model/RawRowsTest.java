package org.framelab.model;

import org.framelab.features.FeatureColumn;
import org.framelab.features.SparseVector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The training matrix made from the rows kept while the scaling is fitted is the one built from the scaled vectors, bit for bit. */
class RawRowsTest {
    private static final int DENSE = 7, NGRAMS = 60, INDICATORS = 2;

    private static List<FeatureColumn> columns() {
        List<FeatureColumn> out = new ArrayList<>();
        for (int c = 0; c < DENSE; c++) out.add(new FeatureColumn("framing.f" + c, "framing", "", "", ""));
        for (int c = 0; c < NGRAMS; c++) out.add(new FeatureColumn("ngram:w" + c, "ngrams", "", "", ""));
        for (int c = 0; c < INDICATORS; c++) out.add(new FeatureColumn("framing.f" + c + ".missing", "framing", "", "", ""));
        return out;
    }

    /** Random vectors: dense values with many digits (rounding to float after the scaling matters), some zeros, some empty rows. */
    private static List<SparseVector> vectors(Random r, int n) {
        List<SparseVector> out = new ArrayList<>();
        int m = DENSE + NGRAMS + INDICATORS;
        for (int i = 0; i < n; i++) {
            List<Integer> idx = new ArrayList<>();
            List<Double> val = new ArrayList<>();
            for (int c = 0; c < m; c++) {
                if (i % 13 == 0 || r.nextInt(3) == 0) continue;
                if (c >= DENSE + NGRAMS - 10 && c < DENSE + NGRAMS && (i % 9 != 0 || i > 20)) continue; // rare n-grams: in two outlets only
                idx.add(c);
                boolean ngram = c >= DENSE && c < DENSE + NGRAMS;
                double v = r.nextInt(9) == 0 ? 0 : ngram ? r.nextDouble() * 0.3 : r.nextGaussian() * Math.PI * Math.pow(10, r.nextInt(5) - 2);
                if (c >= DENSE + NGRAMS) v = r.nextBoolean() ? 1 : 0;
                val.add(v);
            }
            out.add(new SparseVector(idx.stream().mapToInt(Integer::intValue).toArray(), val.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return out;
    }

    private static RowMatrix scaledTheOldWay(List<SparseVector> vs, ColumnScaler s, int columns) {
        RowMatrix.Builder b = RowMatrix.builder(columns, 50);
        for (SparseVector v : vs) {
            SparseVector x = s.apply(v);
            b.add(x.indices(), x.values(), x.size());
        }
        return b.build();
    }

    private static void assertSame(RowMatrix a, RowMatrix b) {
        assertThat(a.rows()).isEqualTo(b.rows());
        assertThat(a.nonZeros()).isEqualTo(b.nonZeros());
        for (int r = 0; r < a.rows(); r++) {
            assertThat(a.rowLength(r)).as("row %d", r).isEqualTo(b.rowLength(r));
            for (int k = 0; k < a.rowLength(r); k++) {
                assertThat(a.column(r, k)).isEqualTo(b.column(r, k));
                assertThat(Float.floatToRawIntBits(a.value(r, k))).as("row %d entry %d", r, k).isEqualTo(Float.floatToRawIntBits(b.value(r, k)));
            }
        }
    }

    @Test
    void sameMatrixAsScalingEveryVectorAgain() {
        List<FeatureColumn> columns = columns();
        Random r = new Random(3);
        List<SparseVector> vs = vectors(r, 400);
        String[] groups = new String[vs.size()];
        for (int i = 0; i < groups.length; i++) groups[i] = "outlet" + (i % 9 == 0 ? i : i % 3); // rare columns dropped by outlet count
        ColumnScaler base = ColumnScaler.fit(columns, vs, 1.0, groups, 3);
        assertThat(java.util.stream.IntStream.range(DENSE, DENSE + NGRAMS).filter(c -> base.factor(c) == 0).count())
                .as("some n-gram columns left out").isPositive();
        for (ModelSelection.Blend blend : List.of(new ModelSelection.Blend(1, 1), new ModelSelection.Blend(0.3, 1), new ModelSelection.Blend(0, 1),
                new ModelSelection.Blend(1, 0))) {
            ColumnScaler s = base.withBlend(blend, columns);
            RawRows raw = new RawRows(columns, 50); // rows cross chunk ends
            for (SparseVector v : vs) raw.add(v);
            assertThat(raw.canApply(s)).isTrue();
            assertSame(raw.matrix(s), scaledTheOldWay(vs, s, columns.size()));
            assertThatThrownBy(() -> raw.matrix(s)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anNgramFactorOtherThanZeroOrOneIsRefused() {
        List<FeatureColumn> columns = columns();
        List<SparseVector> vs = vectors(new Random(5), 40);
        ColumnScaler s = ColumnScaler.fit(columns, vs, 1.0).withBlend(new ModelSelection.Blend(1, 0.5), columns);
        RawRows raw = new RawRows(columns);
        for (SparseVector v : vs) raw.add(v);
        assertThat(raw.canApply(s)).isFalse();
    }
}
