package org.framelab.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values were computed independently with Python 3 / numpy / SciPy 1.17.1 (script
 * reproduced in the comments next to each value), or by hand where noted.
 */
class TestsAndEffectsTest {
    static final double[] A = {2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.0};
    static final double[] B = {1.2, 2.2, 0.9, 1.8, 3.1, 2.5};
    static final double[] C = {3.9, 5.1, 4.8, 6.2, 5.5, 4.1, 4.7};
    // data with ties
    static final double[] AT = {1, 2, 2, 3, 3, 3, 4, 5, 1, 2};
    static final double[] BT = {2, 3, 4, 4, 5, 5, 6, 3, 4};
    static final double E = 1e-9;

    @Test
    void descriptivesMatchNumpy() {
        // np.mean, np.std(ddof=1), np.percentile(a,[25,50,75]) (linear), st.t.interval(0.95, n-1, mean, sem)
        Descriptives d = Descriptives.of("a", A);
        assertThat(d.n()).isEqualTo(8);
        assertThat(d.mean()).isCloseTo(3.4375, within(E));
        assertThat(d.sd()).isCloseTo(1.224671967741333, within(E));
        assertThat(d.q1()).isCloseTo(2.625, within(E));
        assertThat(d.median()).isCloseTo(3.35, within(E));
        assertThat(d.q3()).isCloseTo(4.1, within(E));
        assertThat(d.iqr()).isCloseTo(1.475, within(E));
        assertThat(d.min()).isEqualTo(1.9);
        assertThat(d.max()).isEqualTo(5.6);
        assertThat(d.ciLow()).isCloseTo(2.4136486128348187, within(1e-8));
        assertThat(d.ciHigh()).isCloseTo(4.461351387165181, within(1e-8));

        Descriptives b = Descriptives.of("b", B);
        assertThat(b.q1()).isCloseTo(1.35, within(E));
        assertThat(b.q3()).isCloseTo(2.425, within(E));
        assertThat(b.ciLow()).isCloseTo(1.0878006410686514, within(1e-8));
    }

    @Test
    void descriptivesCountMissingAndHandleTinyGroups() {
        Descriptives d = Descriptives.of("x", new double[]{Double.NaN, 4, Double.NaN});
        assertThat(d.n()).isEqualTo(1);
        assertThat(d.missing()).isEqualTo(2);
        assertThat(d.mean()).isEqualTo(4);
        assertThat(d.median()).isEqualTo(4);
        assertThat(d.sd()).isNaN();
        assertThat(d.ciLow()).isNaN();
        assertThat(Descriptives.of("e", new double[0]).mean()).isNaN();
    }

    @Test
    void groupStatsSortsGroupsNaturallyAndSkipsBlankGroups() {
        double[] v = {1, 2, 3, 4, 5, 6, 7};
        String[] g = {"10", "2", "b", "a", null, "2", " "};
        List<Descriptives> d = GroupStats.describe(v, g);
        assertThat(d).extracting(Descriptives::group).containsExactly("2", "10", "a", "b");
        assertThat(d.get(0).n()).isEqualTo(2);
        assertThat(d.get(0).mean()).isEqualTo(4.0);
    }

    @Test
    void welchTMatchesScipy() {
        // st.ttest_ind(a, b, equal_var=False)
        TestOutcome t = Tests.welch(A, B);
        assertThat(t.statistic()).isCloseTo(2.715892053826751, within(1e-9));
        assertThat(t.df()).isCloseTo(11.915006762000075, within(1e-8));
        assertThat(t.p()).isCloseTo(0.018852926182908188, within(1e-9));
    }

    @Test
    void mannWhitneyExactWithoutTiesAndNormalWithTies() {
        // st.mannwhitneyu(a, b, method='exact') -> U=41, p=0.029304029304029304 (= 16/546 by enumeration)
        TestOutcome u = Tests.mannWhitney(A, B);
        assertThat(u.statistic()).isEqualTo(41.0);
        assertThat(u.p()).isCloseTo(0.029304029304029304, within(1e-12));
        assertThat(u.note()).contains("exact");
        // st.mannwhitneyu(at, bt, method='asymptotic', use_continuity=True) -> U=19, p=0.033635228850787194
        TestOutcome t = Tests.mannWhitney(AT, BT);
        assertThat(t.statistic()).isEqualTo(19.0);
        assertThat(t.p()).isCloseTo(0.033635228850787194, within(1e-9));
        assertThat(t.note()).contains("tie-corrected");
    }

    @Test
    void anovaWelchAnovaAndKruskalWallisMatchScipy() {
        List<double[]> g = List.of(A, B, C);
        // st.f_oneway(a, b, c)
        TestOutcome f = Tests.anova(g);
        assertThat(f.statistic()).isCloseTo(14.35934291581109, within(1e-9));
        assertThat(f.df()).isEqualTo(2);
        assertThat(f.df2()).isEqualTo(18);
        assertThat(f.p()).isCloseTo(0.00018708414583015718, within(1e-12));
        // st.f_oneway(a, b, c, equal_var=False)  (SciPy >= 1.15 implements Welch's ANOVA)
        TestOutcome w = Tests.welchAnova(g);
        assertThat(w.statistic()).isCloseTo(20.384976190915083, within(1e-9));
        assertThat(w.p()).isCloseTo(0.00014809307627727914, within(1e-11));
        // st.kruskal(a, b, c)
        TestOutcome h = Tests.kruskalWallis(g);
        assertThat(h.statistic()).isCloseTo(12.200989486703776, within(1e-9));
        assertThat(h.p()).isCloseTo(0.0022417583500416297, within(1e-11));
        // st.kruskal(at, bt, [1,1,2,6,6]) -- tie correction
        TestOutcome ht = Tests.kruskalWallis(List.of(AT, BT, new double[]{1, 1, 2, 6, 6}));
        assertThat(ht.statistic()).isCloseTo(3.7313744524094004, within(1e-9));
        assertThat(ht.p()).isCloseTo(0.15478979771926785, within(1e-10));
    }

    @Test
    void testsThatCannotBeComputedSaySo() {
        assertThat(Tests.welch(new double[]{1}, B).p()).isNaN();
        assertThat(Tests.welch(new double[]{1, 1}, new double[]{1, 1}).note()).contains("no variance");
        assertThat(Tests.mannWhitney(new double[]{2, 2}, new double[]{2}).note()).contains("equal");
        assertThat(Tests.kruskalWallis(List.of(A)).p()).isNaN();
        assertThat(Tests.welchAnova(List.of(A, new double[]{3, 3, 3})).note()).contains("no variance");
    }

    @Test
    void effectSizesMatchIndependentComputation() {
        // numpy: (mean(a)-mean(b)) / sqrt(((na-1)var_a + (nb-1)var_b)/(na+nb-2)); g = d * (1 - 3/(4(na+nb)-9))
        assertThat(EffectSizes.cohensD(A, B)).isCloseTo(1.383409218185569, within(1e-12));
        assertThat(EffectSizes.hedgesG(A, B)).isCloseTo(1.295106502131171, within(1e-12));
        // brute force sum(sign(x_i - y_j)) / (nx ny)
        assertThat(EffectSizes.cliffsDelta(A, B)).isCloseTo(0.7083333333333334, within(1e-12));
        assertThat(EffectSizes.cliffsDelta(AT, BT)).isCloseTo(-0.5777777777777777, within(1e-12));
        // SS_between / SS_total; KW H/(N-1)
        assertThat(EffectSizes.etaSquared(List.of(A, B, C))).isCloseTo(0.6147151898734179, within(1e-12));
        assertThat(EffectSizes.epsilonSquared(12.200989486703776, 21)).isCloseTo(0.6100494743351887, within(1e-12));
        // by hand: d is antisymmetric, delta of identical samples is 0
        assertThat(EffectSizes.cohensD(B, A)).isCloseTo(-1.383409218185569, within(1e-12));
        assertThat(EffectSizes.cliffsDelta(A, A)).isZero();
    }

    @Test
    void holmAndBenjaminiHochberg() {
        double[] p = {0.01, 0.04, 0.03, 0.005, 0.20, 0.04};
        // Holm by hand (m=6): sorted 0.005*6=0.03, 0.01*5=0.05, 0.03*4=0.12, 0.04*3=0.12, 0.04*2=0.08->0.12 (monotone), 0.20*1=0.20
        assertThat(MultipleTesting.holm(p)).containsExactly(new double[]{0.05, 0.12, 0.12, 0.03, 0.20, 0.12}, within(1e-12));
        // st.false_discovery_control(p, method='bh')
        assertThat(MultipleTesting.benjaminiHochberg(p)).containsExactly(new double[]{0.03, 0.048, 0.048, 0.03, 0.2, 0.048}, within(1e-12));
        // NaN stays NaN and does not count in m: Holm of {0.01, NaN, 0.04} uses m=2
        double[] h = MultipleTesting.holm(new double[]{0.01, Double.NaN, 0.04});
        assertThat(h[0]).isCloseTo(0.02, within(1e-12));
        assertThat(h[1]).isNaN();
        assertThat(h[2]).isCloseTo(0.04, within(1e-12));
    }

    @Test
    void correlationsMatchScipy() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {2, 1, 4, 3, 7, 8, 6, 5};
        double[] y2 = {1, 3, 3, 2, 5, 5, 7, 6};
        // st.pearsonr(x, y); st.spearmanr(x, y); st.spearmanr(x, y2)
        Correlation p = Correlation.pearson(x, y);
        assertThat(p.r()).isCloseTo(0.7380952380952379, within(1e-12));
        assertThat(p.p()).isCloseTo(0.036552761052860906, within(1e-10));
        Correlation s = Correlation.spearman(x, y2);
        assertThat(s.r()).isCloseTo(0.8916309815169778, within(1e-12));
        assertThat(s.p()).isCloseTo(0.002928680906134818, within(1e-10));
        // st.pearsonr(a, [1..8])
        Correlation pa = Correlation.pearson(A, x);
        assertThat(pa.r()).isCloseTo(0.31668551755614766, within(1e-12));
        assertThat(pa.p()).isCloseTo(0.444720568913264, within(1e-10));
        // pairs with NaN are dropped
        Correlation nan = Correlation.pearson(new double[]{1, 2, Double.NaN, 3, 4}, new double[]{2, 4, 9, 6, 9});
        assertThat(nan.n()).isEqualTo(4);
    }

    @Test
    void chiSquareMatchesScipyAndWarnsOnSmallExpectedCounts() {
        // st.chi2_contingency([[20,15,5],[10,25,15],[5,10,30]], correction=False)
        ChiSquareResult r = Contingency.chiSquare(List.of("r1", "r2", "r3"), List.of("c1", "c2", "c3"),
                new long[][]{{20, 15, 5}, {10, 25, 15}, {5, 10, 30}});
        assertThat(r.statistic()).isCloseTo(36.20357142857142, within(1e-9));
        assertThat(r.df()).isEqualTo(4);
        assertThat(r.p()).isCloseTo(2.6276548601661265e-07, within(1e-15));
        assertThat(r.warnings()).isEmpty();
        // Cramer's V by hand: sqrt(36.2036 / (135 * 2))
        assertThat(r.cramersV()).isCloseTo(Math.sqrt(36.20357142857142 / 270), within(1e-12));
        // [[3,1],[1,3]]: X2 = 2.0, p = 0.15729920705028105, all expected 2.0 < 5 -> warning
        ChiSquareResult s = Contingency.chiSquare(
                new String[]{"x", "x", "x", "x", "y", "y", "y", "y"},
                new String[]{"p", "p", "p", "q", "p", "q", "q", "q"});
        assertThat(s.statistic()).isCloseTo(2.0, within(1e-12));
        assertThat(s.p()).isCloseTo(0.15729920705028105, within(1e-12));
        assertThat(s.expected()[0][0]).isEqualTo(2.0);
        assertThat(s.warnings()).anySatisfy(w -> assertThat(w).contains("below 5"));
    }
}
