package org.framelab.stats;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GroupComparisonTest {
    static final double[] A = TestsAndEffectsTest.A;
    static final double[] B = TestsAndEffectsTest.B;
    static final double[] C = TestsAndEffectsTest.C;
    static final double[] F2_LEFT = {3.9, 5.1, 4.8, 6.2, 5.5, 4.1, 4.7, 5.0};
    static final double[] F2_RIGHT = {4.0, 4.4, 5.2, 3.8, 4.9, 4.6};

    static List<FeatureColumn> columns() {
        return List.of(new FeatureColumn("f1", "test", "first", "count", ""),
                new FeatureColumn("f2", "test", "second", "count", ""),
                new FeatureColumn("const", "test", "always zero", "count", ""));
    }

    static FeatureTable.Row row(String id, String outlet, LocalDate date, Map<String, String> labels, double f1, double f2) {
        return new FeatureTable.Row(id, outlet, date, labels, new SparseVector(new int[]{0, 1}, new double[]{f1, f2}));
    }

    /** 8 "left" rows (f1 = A, f2 = F2_LEFT), 6 "right" rows (f1 = B, f2 = F2_RIGHT), plus one row without leaning. */
    static FeatureTable twoGroups() {
        List<FeatureTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < A.length; i++) rows.add(row("l" + i, "X", LocalDate.of(2020, 1 + i % 2, 5), Map.of("leaning", "left"), A[i], F2_LEFT[i]));
        for (int i = 0; i < B.length; i++) rows.add(row("r" + i, "Y", LocalDate.of(2020, 1 + i % 2, 9), Map.of("leaning", "right"), B[i], F2_RIGHT[i]));
        rows.add(row("u", "Z", null, Map.of(), 100, 100));
        return new FeatureTable(columns(), rows);
    }

    @Test
    void twoGroupsGetWelchAndMannWhitneyWithCorrectionsAcrossFeatures() {
        GroupComparison.Report rep = GroupComparison.analyse(twoGroups(), "leaning", List.of());
        assertThat(rep.groups()).containsExactly("left", "right");
        assertThat(rep.rowsWithoutGroup()).isEqualTo(1);
        List<TestResult> t = rep.tests();
        assertThat(t).extracting(TestResult::feature).containsExactly("f1", "f1", "f2", "f2", "const", "const");
        assertThat(t).extracting(TestResult::test).containsExactly(Tests.WELCH_T, Tests.MANN_WHITNEY,
                Tests.WELCH_T, Tests.MANN_WHITNEY, Tests.WELCH_T, Tests.MANN_WHITNEY);

        TestResult w1 = t.get(0);
        // scipy ttest_ind(equal_var=False) on the f1 groups (see TestsAndEffectsTest)
        assertThat(w1.p()).isCloseTo(0.018852926182908188, within(1e-9));
        assertThat(w1.effectName()).isEqualTo(EffectSizes.COHENS_D);
        assertThat(w1.effect()).isCloseTo(1.383409218185569, within(1e-12));
        assertThat(w1.n()).containsExactly(8, 6);
        assertThat(w1.means().get(0)).isCloseTo(3.4375, within(1e-12));
        // st.ttest_ind(F2_LEFT, F2_RIGHT, equal_var=False).pvalue = 0.2289403164380456
        TestResult w2 = t.get(2);
        assertThat(w2.p()).isCloseTo(0.2289403164380456, within(1e-9));
        // Holm by hand over the Welch family {0.018853, 0.228940} (const not computed, not in the family):
        // 2 * 0.018853 = 0.037706; max(0.037706, 0.228940) = 0.228940. BH gives the same here.
        assertThat(w1.pHolm()).isCloseTo(2 * 0.018852926182908188, within(1e-9));
        assertThat(w2.pHolm()).isCloseTo(0.2289403164380456, within(1e-9));
        assertThat(w1.pBh()).isCloseTo(2 * 0.018852926182908188, within(1e-9));
        // Mann-Whitney family: exact p 0.029304029304029304 and 0.2823842823842824 (scipy method='exact')
        TestResult u1 = t.get(1);
        assertThat(u1.statistic()).isEqualTo(41.0);
        assertThat(u1.pHolm()).isCloseTo(2 * 0.029304029304029304, within(1e-12));
        assertThat(t.get(3).pHolm()).isCloseTo(0.2823842823842824, within(1e-12));
        assertThat(u1.effectName()).isEqualTo(EffectSizes.CLIFFS_DELTA);
        assertThat(u1.effect()).isCloseTo(0.7083333333333334, within(1e-12));

        TestResult c = t.get(4);
        assertThat(c.p()).isNaN();
        assertThat(c.pHolm()).isNaN();
        assertThat(c.note()).contains("no variance");
        assertThat(rep.descriptives().get("f1")).extracting(Descriptives::group).containsExactly("left", "right");
    }

    @Test
    void threeGroupsGetAnovaWelchAnovaAndKruskalWallis() {
        List<FeatureTable.Row> rows = new ArrayList<>();
        double[][] g = {A, B, C};
        String[] outlets = {"Alpha", "Beta", "Gamma"};
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < g[k].length; i++) rows.add(row(outlets[k] + i, outlets[k], null, Map.of(), g[k][i], i));
        }
        // a fourth outlet with a single row: left out of the tests of f1, named in the note
        rows.add(row("d", "Delta", null, Map.of(), 3.0, 1));
        List<TestResult> t = GroupComparison.compare(new FeatureTable(columns(), rows), "outlet", List.of("f1"));
        assertThat(t).extracting(TestResult::test).containsExactly(Tests.ANOVA, Tests.WELCH_ANOVA, Tests.KRUSKAL_WALLIS);
        // scipy f_oneway / f_oneway(equal_var=False) / kruskal on A, B, C
        assertThat(t.get(0).p()).isCloseTo(0.00018708414583015718, within(1e-12));
        assertThat(t.get(0).effect()).isCloseTo(0.6147151898734179, within(1e-12));
        assertThat(t.get(1).statistic()).isCloseTo(20.384976190915083, within(1e-9));
        assertThat(t.get(2).statistic()).isCloseTo(12.200989486703776, within(1e-9));
        assertThat(t.get(2).effect()).isCloseTo(0.6100494743351887, within(1e-12));
        assertThat(t.get(0).groups()).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(t.get(0).note()).contains("left out (fewer than 2 values): Delta");
        // a single feature: corrected p equals raw p
        assertThat(t.get(0).pHolm()).isEqualTo(t.get(0).p());
    }

    @Test
    void welchAnovaNamesGroupsWithoutVariance() {
        java.util.Map<String, double[]> g = new java.util.TreeMap<>();
        g.put("a", A);
        g.put("b", new double[]{2, 2, 2});
        g.put("c", C);
        List<TestResult> t = GroupComparison.testFeature("f", g, false);
        assertThat(t.get(1).test()).isEqualTo(Tests.WELCH_ANOVA);
        assertThat(t.get(1).p()).isNaN();
        assertThat(t.get(1).note()).contains("no variance in group(s) b");
        assertThat(t.get(0).p()).isBetween(0.0, 1.0);   // classic ANOVA still computed
    }

    @Test
    void periodsComeFromDates() {
        FeatureTable tab = twoGroups();
        String[] months = GroupKey.of(tab, "month");
        assertThat(months[0]).isEqualTo("2020-01");
        assertThat(months[1]).isEqualTo("2020-02");
        assertThat(months[14]).isNull();
        assertThat(GroupKey.period(LocalDate.of(2021, 11, 3), "quarter")).isEqualTo("2021-Q4");
        assertThat(GroupKey.period(LocalDate.of(2021, 1, 1), "week")).isEqualTo("2020-W53");
        List<TestResult> t = GroupComparison.compare(tab, "month", List.of("f1"));
        assertThat(t.get(0).groups()).containsExactly("2020-01", "2020-02");
    }

    @Test
    void monthlyMeansPerGroup() {
        List<TimeSeries.Point> pts = TimeSeries.monthly(twoGroups(), "f1", "leaning");
        assertThat(pts).extracting(p -> p.group() + " " + p.period())
                .containsExactly("left 2020-01", "left 2020-02", "right 2020-01", "right 2020-02");
        // left, January: A[0], A[2], A[4], A[6] = 2.1, 1.9, 4.4, 2.8 -> mean 2.8 (by hand)
        assertThat(pts.get(0).n()).isEqualTo(4);
        assertThat(pts.get(0).mean()).isCloseTo(2.8, within(1e-12));
        List<TimeSeries.Point> all = TimeSeries.monthly(twoGroups(), "f1", null);
        assertThat(all).hasSize(2).allSatisfy(p -> assertThat(p.group()).isEqualTo("all"));
        assertThat(all.get(0).n()).isEqualTo(7);
    }

    @Test
    void badFieldsAndFeaturesAreNamed() {
        assertThatThrownBy(() -> GroupComparison.compare(twoGroups(), "colour", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid group field: colour")
                .hasMessageContaining("leaning");
        assertThatThrownBy(() -> GroupComparison.compare(twoGroups(), "leaning", List.of("nope")))
                .hasMessageContaining("Invalid feature: nope");
        assertThatThrownBy(() -> GroupComparison.compare(twoGroups(), "year", List.of()))
                .hasMessageContaining("1 group(s)");
    }

    /** The group index splits every column as splitting with a TreeMap of the names in natural order does. */
    @Test
    void groupIndexSplitsLikeATreeMapOfTheNames() {
        String[] pool = {"10", "2", "b", "A", "a", " ", null, "-1.5", "x y", "2.0"};
        java.util.Random rnd = new java.util.Random(7);
        String[] keys = new String[500];
        double[] v = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = pool[rnd.nextInt(pool.length)];
            v[i] = rnd.nextInt(10) == 0 ? Double.NaN : rnd.nextGaussian();
        }
        java.util.TreeMap<String, List<Double>> expected = new java.util.TreeMap<>(NaturalOrder.INSTANCE);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && !keys[i].isBlank()) expected.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(v[i]);
        }
        Map<String, double[]> got = GroupStats.Index.of(keys).split(v);
        assertThat(got.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(got.keySet()).startsWith("-1.5", "2", "2.0", "10");
        expected.forEach((g, l) -> assertThat(got.get(g)).as(g).containsExactly(l.stream().mapToDouble(Double::doubleValue).toArray()));
        assertThat(GroupStats.split(v, keys)).containsExactlyEntriesOf(got);
    }
}
