package org.framelab.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Games-Howell on cluster means (nested designs): the groups' outlet means of a hand-made design, against values computed
 * in Python from the formulas with numpy and SciPy 1.17 only (Welch's t and df of the outlet means, p two-sided from t,
 * {@code studentized_range.sf(abs(t)*sqrt(2), 3, df)}, Cohen's d with the pooled SD):
 * <pre>
 * a = [1.0, 1.4, 1.2]; b = [3.0, 3.6, 3.3, 2.9]; c = [1.6, 2.4, 2.0]   (k = 3; d has one outlet and is left out)
 * </pre>
 */
class ClusterPairsTest {
    static final List<String> GROUPS = List.of("a", "b", "c", "d");

    static List<List<Double>> means() {
        return List.of(List.of(1.0, 1.4, 1.2), List.of(3.0, 3.6, 3.3, 2.9), List.of(1.6, 2.4, 2.0), List.of(5.0));
    }

    @Test
    void gamesHowellOnOutletMeansMatchesTheReference() {
        List<Pairwise.Pair> pairs = ClusterPairs.of("f", "outlet", GROUPS, means(), "");
        assertThat(pairs).extracting(p -> p.groupA() + "-" + p.groupB()).containsExactly("a-b", "a-c", "a-d", "b-c", "b-d", "c-d");
        assertThat(pairs).allMatch(p -> p.test().equals("Games-Howell on outlet means") && p.adjustment().equals(Pairwise.TUKEY_ADJUSTED));
        double[][] ref = { // difference, t, df, p, p adjusted, Cohen's d: a-b, a-c, b-c
                {-2.0, -10.215078369104981, 4.94392523364486, 0.00016467179393576394, 0.0003873607092190756, -7.254762501100116},
                {-0.8, -3.098386676965934, 2.9411764705882355, 0.05478676604107641, 0.10690469974191275, -2.5298221281347044},
                {1.2, 4.287537606062978, 3.763202725724021, 0.014559919739167607, 0.03096364798147211, 3.407771005482388}};
        List<Pairwise.Pair> computed = List.of(pairs.get(0), pairs.get(1), pairs.get(3));
        for (int i = 0; i < 3; i++) {
            Pairwise.Pair p = computed.get(i);
            assertThat(p.groups()).isEqualTo(3); // k of the studentized range: the groups with 2+ outlets
            assertThat(p.difference()).isCloseTo(ref[i][0], within(1e-12));
            assertThat(p.statistic()).isCloseTo(ref[i][1], within(1e-9));
            assertThat(p.df()).isCloseTo(ref[i][2], within(1e-9));
            assertThat(p.p()).isCloseTo(ref[i][3], within(1e-10));
            assertThat(p.pAdjusted()).isCloseTo(ref[i][4], within(Math.max(1e-6, ref[i][4] * 1e-4)));
            assertThat(p.effect()).isCloseTo(ref[i][5], within(1e-9));
            assertThat(p.note()).isEmpty();
        }
        assertThat(pairs.get(0).nA()).isEqualTo(3);
        assertThat(pairs.get(0).nB()).isEqualTo(4);
    }

    @Test
    void aGroupWithOneOutletHasItsPairsNotComputedAndSaysWhy() {
        List<Pairwise.Pair> pairs = ClusterPairs.of("f", "outlet", GROUPS, means(), "outlet without a value left out: X1");
        List<Pairwise.Pair> withD = pairs.stream().filter(p -> p.groupB().equals("d")).toList();
        assertThat(withD).hasSize(3).allSatisfy(p -> {
            assertThat(p.pAdjusted()).isNaN();
            assertThat(p.statistic()).isNaN();
            assertThat(p.nB()).isEqualTo(1);
            assertThat(p.meanB()).isEqualTo(5.0);
            assertThat(p.note()).isEqualTo("not computed: fewer than 2 outlets with a value in d (1); outlet without a value left out: X1");
        });
        // fewer than 3 groups: no pairs (the comparison's two-group test says all)
        assertThat(ClusterPairs.of("f", "outlet", List.of("a", "b"), means().subList(0, 2), "")).isEmpty();
        // only one group with 2+ outlets: every pair says why
        List<Pairwise.Pair> one = ClusterPairs.of("f", "outlet", GROUPS, List.of(List.of(1.0, 2.0), List.of(3.0), List.of(), List.of(5.0)), "");
        assertThat(one).hasSize(6).allMatch(p -> Double.isNaN(p.pAdjusted()) && p.note().startsWith("not computed: fewer than 2 outlets"));
        assertThat(one.get(1).note()).isEqualTo("not computed: fewer than 2 outlets with a value in c (0)");
    }
}
