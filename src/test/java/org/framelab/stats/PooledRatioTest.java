package org.framelab.stats;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The pooled ratio and its linearised (Cochran 1977, ch. 6) confidence interval, against numbers
 * worked out by hand, and the descriptives and tests of a ratio that is undefined for some rows.
 */
class PooledRatioTest {
    /** t(0.975, 2), from a table (R: qt(0.975, 2)). */
    static final double T2 = 4.302652729911275;

    @Test
    void byHand() {
        // y = said verbs, x = all reporting verbs of three articles; the second has none (its own ratio is undefined)
        PooledRatio p = PooledRatio.of("said_ratio", "y / x", "outlet", "L", new double[]{1, 0, 1}, new double[]{2, 0, 1}, 1);
        // R = 2/3; x-bar = 1; residuals y - R x = -1/3, 0, 1/3; sum of squares 2/9; var = (2/9) / (3 * 2 * 1^2) = 1/27
        assertThat(p.articles()).isEqualTo(3);
        assertThat(p.defined()).isEqualTo(2);
        assertThat(p.numerator()).isEqualTo(2);
        assertThat(p.denominator()).isEqualTo(3);
        assertThat(p.ratio()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(p.se()).isCloseTo(Math.sqrt(1 / 27.0), within(1e-12));           // 0.19245
        assertThat(p.ciLow()).isCloseTo(2 / 3.0 - T2 * Math.sqrt(1 / 27.0), within(1e-9)); // -0.16140
        assertThat(p.ciHigh()).isCloseTo(2 / 3.0 + T2 * Math.sqrt(1 / 27.0), within(1e-9)); // 1.49473

        // R = 3/4; x-bar = 4/3; residuals 0.5, 0, -0.5; var = 0.5 / (3 * 2 * 16/9) = 3/64; a rate is scaled by 1000
        PooledRatio q = PooledRatio.of("r", "1000 x y / x", "outlet", "R", new double[]{2, 0, 1}, new double[]{2, 0, 2}, 1000);
        assertThat(q.ratio()).isCloseTo(750, within(1e-9));
        assertThat(q.se()).isCloseTo(1000 * Math.sqrt(3 / 64.0), within(1e-9));   // 216.506
        assertThat(q.ciHigh() - q.ratio()).isCloseTo(T2 * 1000 * Math.sqrt(3 / 64.0), within(1e-6));
    }

    @Test
    void undefinedWithoutAnyDenominatorAndNoIntervalFromOneArticle() {
        PooledRatio none = PooledRatio.of("f", "y / x", "g", "a", new double[]{0, 0}, new double[]{0, 0}, 1);
        assertThat(none.articles()).isEqualTo(2);
        assertThat(none.defined()).isZero();
        assertThat(none.ratio()).isNaN();
        assertThat(none.ciLow()).isNaN();
        PooledRatio one = PooledRatio.of("f", "y / x", "g", "a", new double[]{1}, new double[]{4}, 1);
        assertThat(one.ratio()).isEqualTo(0.25);
        assertThat(one.se()).isNaN();
        assertThat(one.ciHigh()).isNaN();
    }

    /** A table with a said-ratio undefined in one article of each outlet (row values as the attribution family gives them). */
    static FeatureTable table() {
        FeatureColumn.Ratio said = new FeatureColumn.Ratio("said", List.of("neutral", "evaluative"), 1, "the text has no reporting verb");
        List<FeatureColumn> cols = List.of(new FeatureColumn("neutral", "t", "n", "count", ""),
                new FeatureColumn("evaluative", "t", "e", "count", ""), new FeatureColumn("said", "t", "s", "count", ""),
                new FeatureColumn("said_ratio", "t", "share", "ratio 0..1", "", said));
        double[][] v = {{1, 1, 1}, {0, 0, 0}, {1, 0, 1}, {2, 0, 2}, {0, 0, 0}, {1, 1, 1}}; // neutral, evaluative, said
        String[] outlet = {"L", "L", "L", "R", "R", "R"};
        List<FeatureTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            double den = v[i][0] + v[i][1];
            double ratio = den == 0 ? Double.NaN : v[i][2] / den;
            List<Integer> idx = new ArrayList<>();
            List<Double> val = new ArrayList<>();
            for (int c = 0; c < 3; c++) if (v[i][c] != 0) { idx.add(c); val.add(v[i][c]); }
            idx.add(3);
            val.add(ratio);
            rows.add(new FeatureTable.Row("a" + i, outlet[i], null, Map.of(),
                    new SparseVector(idx.stream().mapToInt(Integer::intValue).toArray(), val.stream().mapToDouble(Double::doubleValue).toArray())));
        }
        return new FeatureTable(cols, rows);
    }

    @Test
    void fromATableOnlyRatioColumnsPerGroup() {
        FeatureTable t = table();
        String[] keys = {"L", "L", "L", "R", "R", "R"};
        List<PooledRatio> rows = PooledRatio.byGroup(t, "outlet", keys, List.of("neutral", "said_ratio"));
        assertThat(rows).extracting(PooledRatio::feature).containsExactly("said_ratio", "said_ratio");
        assertThat(rows).extracting(PooledRatio::group).containsExactly("L", "R");
        assertThat(rows.get(0).ratio()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(rows.get(0).se()).isCloseTo(Math.sqrt(1 / 27.0), within(1e-12));
        assertThat(rows.get(1).ratio()).isCloseTo(0.75, within(1e-12));
        assertThat(rows.get(1).formula()).isEqualTo("said / (neutral + evaluative)");
    }

    @Test
    void missingValuesAreLeftOutOfDescriptivesAndTestsWithTheNShown() {
        FeatureTable t = table();
        GroupComparison.Report rep = GroupComparison.analyse(t, "outlet", new String[]{"L", "L", "L", "R", "R", "R"}, List.of("said_ratio"));
        List<Descriptives> d = rep.descriptives().get("said_ratio");
        // L: 0.5, (missing), 1.0 -> n 2, mean 0.75 (not 0.5 as with the missing value coded 0); R: 1.0, (missing), 0.5
        assertThat(d).extracting(Descriptives::n).containsExactly(2, 2);
        assertThat(d).extracting(Descriptives::missing).containsExactly(1, 1);
        assertThat(d.get(0).mean()).isEqualTo(0.75);
        assertThat(d.get(0).min()).isEqualTo(0.5);
        assertThat(rep.tests()).allSatisfy(r -> assertThat(r.n()).containsExactly(2, 2));
        // the monthly means leave them out too (no dates here: no points, no exception)
        assertThat(TimeSeries.monthly(t, "said_ratio", null)).isEmpty();
    }
}
