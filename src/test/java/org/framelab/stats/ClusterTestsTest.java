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

/** Designs, the ICC, permutation tests and tests on cluster means, on small tables whose answers are worked out by hand. */
class ClusterTestsTest {

    @Test
    void designIsNestedCrossedOrNone() {
        String[] g = {"left", "left", "right", "right", null, "left"};
        String[] c = {"A", "A", "B", "C", "A", null};
        ClusterDesign d = ClusterDesign.detect("leaning", g, "outlet", c);
        assertThat(d.kind()).isEqualTo(ClusterDesign.Kind.NESTED);
        assertThat(d.clusters()).containsExactly("A", "B", "C");
        assertThat(d.clustersPerGroup()).containsExactly(Map.entry("left", 1), Map.entry("right", 2));
        assertThat(d.rowsWithoutCluster()).isEqualTo(1);   // the last row: a group, no outlet (the row without a group does not count)
        assertThat(d.groupOfCluster()).containsExactly("left", "right", "right");
        assertThat(d.index(g, c)).containsExactly(0, 0, 1, 2, -1, -1);

        String[] periods = {"2020", "2021", "2020", "2020"};
        ClusterDesign x = ClusterDesign.detect("year", periods, "outlet", new String[]{"A", "A", "B", "C"});
        assertThat(x.kind()).isEqualTo(ClusterDesign.Kind.CROSSED);
        assertThat(x.mixedClusters()).isEqualTo(1);

        assertThat(ClusterDesign.detect("outlet", c, "outlet", c).kind()).isEqualTo(ClusterDesign.Kind.NONE);
        assertThat(ClusterDesign.detect("leaning", g, null, null).kind()).isEqualTo(ClusterDesign.Kind.NONE);
        ClusterDesign none = ClusterDesign.detect("leaning", g, "outlet", new String[6]);
        assertThat(none.kind()).isEqualTo(ClusterDesign.Kind.NONE);
        assertThat(none.note()).contains("no row with a group has a value for 'outlet'");
    }

    /**
     * By hand: clusters {2, 4}, {5, 7, 9}, {1, 3}; N = 7, J = 3, grand mean 31/7. SSB = 1750/49, SSW = 12, so
     * MSB = 125/7, MSW = 3; k0 = (7 - 17/7) / 2 = 16/7; ICC = (125/7 - 3) / (125/7 + (9/7) 3) = 104/152 = 13/19.
     * F = MSB/MSW = 125/21 with (2, 4) df. Mean cluster size 7/3: design effect 1 + (4/3)(13/19) = 109/57, effective n 399/109.
     */
    @Test
    void iccByHand() {
        double[] v = {2, 4, 5, 7, 9, 1, 3, Double.NaN};
        int[] c = {0, 0, 1, 1, 1, 2, 2, 1};
        Icc icc = Icc.of(v, c, 3);
        assertThat(icc.icc()).isCloseTo(13.0 / 19, within(1e-12));
        assertThat(icc.k0()).isCloseTo(16.0 / 7, within(1e-12));
        assertThat(icc.f()).isCloseTo(125.0 / 21, within(1e-12));
        assertThat(icc.df1()).isEqualTo(2);
        assertThat(icc.df2()).isEqualTo(4);
        assertThat(icc.n()).isEqualTo(7);   // the NaN is missing
        assertThat(icc.designEffect()).isCloseTo(109.0 / 57, within(1e-12));
        assertThat(icc.effectiveN()).isCloseTo(399.0 / 109, within(1e-12));
        // scipy.stats.f.sf(125/21, 2, 4) = 0.06325074402094015
        assertThat(icc.p()).isCloseTo(0.06325074402094015, within(1e-12));
        assertThat(icc.note()).isEmpty();
    }

    /** Clusters {1, 9}, {2, 8}, {3, 7}: equal means, MSB = 0, MSW = 58/3, k0 = 2: ICC = -1, reported with a note; design effect 1. */
    @Test
    void negativeIccIsReportedWithANote() {
        Icc icc = Icc.of(new double[]{1, 9, 2, 8, 3, 7}, new int[]{0, 0, 1, 1, 2, 2}, 3);
        assertThat(icc.icc()).isCloseTo(-1, within(1e-12));
        assertThat(icc.designEffect()).isEqualTo(1.0);
        assertThat(icc.note()).contains("negative");
        assertThat(Icc.of(new double[]{1, 2}, new int[]{0, 0}, 1).note()).startsWith("not computed");
    }

    /** 2 + 2 clusters: 4!/(2!2!) = 6 assignments; the observed split and its mirror reach |difference| 9: p = 2/6 = 1/3, the smallest possible. */
    @Test
    void exactPermutationOfTwoPlusTwoClustersCannotGoBelowOneThird() {
        PermutationTest.Result r = PermutationTest.test(new double[]{1, 2, 10, 11}, new int[]{0, 0, 1, 1}, 2, 42);
        assertThat(r.exact()).isTrue();
        assertThat(r.permutations()).isEqualTo(6);
        assertThat(r.statistic()).isEqualTo(-9.0);
        assertThat(r.p()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(r.smallestP()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(r.method()).isEqualTo("exact");
        // {1, 3} vs {2, 4}: |difference| 1; splits {1,2}|{3,4} (2) and {1,3}|{2,4} (1) reach it, {1,4}|{2,3} (0) does not: p = 4/6
        assertThat(PermutationTest.test(new double[]{1, 3, 2, 4}, new int[]{0, 0, 1, 1}, 2, 42).p()).isCloseTo(2.0 / 3, within(1e-15));
        // the design's floor: relabellings of equal-sized groups give the same partition
        assertThat(PermutationTest.smallestPossibleP(new int[]{2, 2})).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(PermutationTest.smallestPossibleP(new int[]{3, 3, 3})).isCloseTo(6.0 / 1680, within(1e-15));
        assertThat(PermutationTest.smallestPossibleP(new int[]{2, 3})).isCloseTo(1.0 / 10, within(1e-15));
        assertThat(PermutationTest.smallestPossibleP(new int[]{10, 10})).isCloseTo(1.0 / 10_000, within(1e-15));
    }

    /** 3 groups of 2 clusters, fully separated: 6!/(2!2!2!) = 90 assignments, the 3! relabellings of the observed one reach its F: p = 6/90. */
    @Test
    void exactPermutationWithThreeGroups() {
        PermutationTest.Result r = PermutationTest.test(new double[]{1, 2, 5, 6, 9, 10}, new int[]{0, 0, 1, 1, 2, 2}, 3, 1);
        assertThat(r.permutations()).isEqualTo(90);
        assertThat(r.p()).isCloseTo(6.0 / 90, within(1e-15));
        // F of the one-way ANOVA: SSB = 2(16 + 0 + 16) = 64, SSW = 3 x 0.5 = 1.5; F = (64/2) / (1.5/3) = 64
        assertThat(r.statistic()).isCloseTo(64, within(1e-12));
    }

    /** 10 + 10 clusters: C(20, 10) = 184,756 assignments > 100,000, so Monte Carlo with the seed: p = (b + 1) / 10,000, the same every run. */
    @Test
    void monteCarloPermutationIsSeeded() {
        double[] v = new double[20];
        int[] g = new int[20];
        for (int i = 0; i < 20; i++) {
            v[i] = i % 7 + (i < 10 ? 0.5 : 0);
            g[i] = i < 10 ? 0 : 1;
        }
        PermutationTest.Result a = PermutationTest.test(v, g, 2, 42);
        assertThat(PermutationTest.assignments(new int[]{10, 10})).isEqualTo(184_756.0);
        assertThat(a.exact()).isFalse();
        assertThat(a.permutations()).isEqualTo(9_999);
        assertThat(a.p() * 10_000).isCloseTo(Math.rint(a.p() * 10_000), within(1e-6));
        assertThat(a.p()).isBetween(0.05, 1.0);
        assertThat(PermutationTest.test(v, g, 2, 42)).isEqualTo(a);
        assertThat(a.note()).contains("Monte Carlo").contains("seed 42");
    }

    static List<FeatureColumn> columns() {
        return List.of(new FeatureColumn("f", "test", "a feature", "rate", ""), new FeatureColumn("g", "test", "another", "rate", ""));
    }

    /**
     * 4 outlets, 2 per leaning, 50 articles each; outlet means L1 1, L2 3 (left), R1 2, R2 4 (right), within-outlet
     * spread +-0.2. Articles: left mean 2 vs right 3, t about -5, p < 1e-5. Outlets: {1, 3} vs {2, 4}: Welch t =
     * -1 / sqrt(2/2 + 2/2) = -0.707 with 2 df, p = 0.553; permutation p = 4/6 (see above), smallest possible 1/3.
     */
    static FeatureTable fourOutlets() {
        List<FeatureTable.Row> rows = new ArrayList<>();
        String[][] outlets = {{"L1", "left", "1"}, {"L2", "left", "3"}, {"R1", "right", "2"}, {"R2", "right", "4"}};
        for (String[] o : outlets) {
            for (int i = 0; i < 50; i++) {
                double f = Double.parseDouble(o[2]) + 0.1 * (i % 5 - 2);
                double g = i % 10 == 0 ? Double.NaN : f * 2;
                rows.add(new FeatureTable.Row(o[0] + "-" + i, o[0], null, Map.of("leaning", o[1]),
                        new SparseVector(new int[]{0, 1}, new double[]{f, g})));
            }
        }
        return new FeatureTable(columns(), rows);
    }

    @Test
    void nestedDesignArticleLevelSignificantOutletLevelNot() {
        FeatureTable t = fourOutlets();
        String[] groups = GroupKey.of(t, "leaning");
        String[] outlets = GroupKey.of(t, "outlet");
        GroupComparison.Report article = GroupComparison.analyse(t, "leaning", groups, List.of("f", "g"));
        assertThat(article.tests().get(0).test()).isEqualTo(Tests.WELCH_T);
        assertThat(article.tests().get(0).p()).isLessThan(1e-5);
        assertThat(article.tests().get(0).pHolm()).isLessThan(0.05);

        ClusterDesign d = ClusterDesign.detect("leaning", groups, "outlet", outlets);
        assertThat(d.kind()).isEqualTo(ClusterDesign.Kind.NESTED);
        ClusterTests.Report r = ClusterTests.analyse(t, List.of("f", "g"), d, groups, outlets, 42);
        TestResult outlet = r.tests().get(0);
        assertThat(outlet.test()).isEqualTo("Welch t-test on outlet means");
        assertThat(outlet.statistic()).isCloseTo(-1 / Math.sqrt(2), within(1e-12));
        assertThat(outlet.df()).isCloseTo(2, within(1e-12));
        // scipy.stats.ttest_ind([1, 3], [2, 4], equal_var=False).pvalue = 0.5527864045000421
        assertThat(outlet.p()).isCloseTo(0.5527864045000421, within(1e-9));
        assertThat(outlet.n()).containsExactly(2, 2);
        assertThat(outlet.means().get(0)).isCloseTo(2.0, within(1e-12));
        assertThat(outlet.means().get(1)).isCloseTo(3.0, within(1e-12));
        assertThat(outlet.effect()).isCloseTo(-1 / Math.sqrt(2), within(1e-12));   // Cohen's d: -1 / pooled SD sqrt(2)
        TestResult perm = r.tests().get(1);
        assertThat(perm.test()).isEqualTo("Permutation test across outlet (cluster labels)");
        assertThat(perm.p()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(r.details().get(0).permutation().smallestP()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(r.details().get(0).permutation().exact()).isTrue();
        // g = 2f with every tenth value missing: the same outlet means times 2, so the same t and p
        assertThat(r.tests().get(2).p()).isCloseTo(outlet.p(), within(1e-9));
        assertThat(r.details().get(1).icc().n()).isEqualTo(180);
        // ICC: between-outlet variance dominates (outlet means 1..4, within SD ~0.14)
        assertThat(r.details().get(0).icc().icc()).isGreaterThan(0.98);
        assertThat(r.details().get(0).icc().designEffect()).isGreaterThan(40);
    }

    @Test
    void clusterWithoutValuesIsLeftOutAndNamed() {
        List<FeatureTable.Row> rows = new ArrayList<>(fourOutlets().rows());
        for (int i = 0; i < 3; i++) rows.add(new FeatureTable.Row("e" + i, "Empty", null, Map.of("leaning", "right"),
                new SparseVector(new int[]{0, 1}, new double[]{Double.NaN, Double.NaN})));
        FeatureTable t = new FeatureTable(columns(), rows);
        String[] groups = GroupKey.of(t, "leaning");
        String[] outlets = GroupKey.of(t, "outlet");
        ClusterDesign d = ClusterDesign.detect("leaning", groups, "outlet", outlets);
        ClusterTests.Report r = ClusterTests.analyse(t, List.of("f"), d, groups, outlets, 42);
        assertThat(d.clustersPerGroup()).containsEntry("right", 3);
        assertThat(r.tests().get(0).n()).containsExactly(2, 2);
        assertThat(r.tests().get(0).note()).contains("outlet without a value left out: Empty");
        assertThat(r.tests().get(1).note()).contains("Empty");
    }
}
