package org.framelab.stats;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The studentized range distribution and the pairwise tests against values computed independently: the critical
 * values of the published tables (Harter 1960, as printed in e.g. Zar, Biostatistical Analysis, table B.5) and SciPy
 * 1.17 ({@code scipy.stats.studentized_range}, whose algorithm is not this one: it integrates with QUADPACK). The
 * Games-Howell and Dunn references were computed in Python from the textbook formulas (Welch's t and df; the
 * studentized range survival function at |t| sqrt 2 with k = 4; Dunn's tie-corrected z with scipy's rankdata and
 * Holm's step-down), with numpy and scipy only, not with this code:
 * <pre>
 * vx = x.var(ddof=1)/len(x); vy = y.var(ddof=1)/len(y); t = (x.mean()-y.mean())/sqrt(vx+vy)
 * df = (vx+vy)**2/(vx**2/(len(x)-1)+vy**2/(len(y)-1)); p_adj = studentized_range.sf(abs(t)*sqrt(2), 4, df)
 * z = (R_a-R_b)/sqrt((N(N+1)/12 - sum(t^3-t)/(12(N-1)))*(1/n_a+1/n_b)); p = 2*norm.sf(abs(z))
 * </pre>
 */
class PairwiseTest {

    @Test
    void criticalValuesMatchTheTables() {
        // q(0.95; k, df) as tabulated, to the tables' 3 decimals
        assertThat(StudentizedRange.quantile(0.95, 3, 10)).isCloseTo(3.877, within(6e-4));
        assertThat(StudentizedRange.quantile(0.95, 4, 20)).isCloseTo(3.958, within(6e-4));
        assertThat(StudentizedRange.quantile(0.95, 5, 30)).isCloseTo(4.102, within(6e-4));
        assertThat(StudentizedRange.quantile(0.95, 2, 60)).isCloseTo(2.829, within(6e-4));
        assertThat(StudentizedRange.quantile(0.95, 10, 120)).isCloseTo(4.560, within(6e-4));
        assertThat(StudentizedRange.quantile(0.95, 3, Double.POSITIVE_INFINITY)).isCloseTo(3.314, within(6e-4));
        // and SciPy's quantiles more closely
        assertThat(StudentizedRange.quantile(0.95, 3, 10)).isCloseTo(3.876776750013158, within(1e-6));
        assertThat(StudentizedRange.quantile(0.95, 4, 20)).isCloseTo(3.9582935609453846, within(1e-6));
    }

    @Test
    void cdfMatchesScipy() {
        double[][] cases = { // q, k, df, scipy's cdf
                {3.5, 3, 10, 0.9228966891615896}, {2.0, 4, 20, 0.4945596545878861}, {4.5, 5, 30, 0.9739952058104283},
                {1.0, 2, 5, 0.48891591956971947}, {6.0, 10, 12, 0.974891375325806}, {3.0, 3, 2.5, 0.7439399203437811},
                {5.2, 3, 150.7, 0.9990487738374536}, {3.6, 3, 1500, 0.9703896684464074}, {3.7, 6, 6000, 0.906558526866986},
                {3.314, 3, 1e9, 0.94995585959389}};
        // the quadrature is good to about 1e-7 (1e-6 below 5 df, where the chi density's integrand is steep near 0)
        for (double[] c : cases) {
            assertThat(StudentizedRange.cdf(c[0], (int) c[1], c[2])).as("q=%s k=%s df=%s", c[0], c[1], c[2]).isCloseTo(c[3], within(c[2] < 5 ? 1e-6 : 1e-7));
        }
        // two groups: the studentized range is |t| sqrt 2, so P(Q > |t| sqrt 2) is the t test's two-sided p
        double p = 2 * org.apache.commons.statistics.distribution.TDistribution.of(7.5).survivalProbability(1.7);
        assertThat(StudentizedRange.sf(1.7 * Math.sqrt(2), 2, 7.5)).isCloseTo(p, within(1e-8));
        assertThat(StudentizedRange.cdf(0, 3, 10)).isZero();
        assertThat(StudentizedRange.cdf(Double.POSITIVE_INFINITY, 3, 10)).isEqualTo(1.0);
    }

    /**
     * Upper tails with few df, as Games-Howell on a few outlet means gives them (t = 41 on 2 df: q = 58): 1 - cdf lost them
     * (0.0005 against SciPy's 0.00098); the direct integral holds them to a small relative error. SciPy 1.17 values.
     */
    @Test
    void smallUpperTailsMatchScipy() {
        double[][] cases = { // q, k, df, scipy's sf
                {58.01670001122098, 3, 2.035569, 0.0009778437935261675}, {15.52665070129421, 3, 2.4575, 0.007325720832976779},
                {6, 4, 10, 0.007774932825237224}, {5.5, 3, 150.7, 0.0004401142463679175}, {7, 5, 40, 0.00012999201176222552}};
        for (double[] c : cases) {
            assertThat(StudentizedRange.sf(c[0], (int) c[1], c[2])).as("q=%s k=%s df=%s", c[0], c[1], c[2]).isCloseTo(c[3], within(c[3] * 1e-4));
        }
        // below 5 df the direct integral throughout
        double[][] few = {{20, 3, 1.5, 0.023675858209275313}, {12, 12, 4, 0.012867770789810384}, {1.0, 3, 2, 0.7841819907145273},
                {0.3, 4, 1.2, 0.9951066007221002}, {3, 3, 3, 0.23252643067685108}, {2.5, 6, 4.5, 0.5551300673274162}, {4, 3, 1, 0.319802274228682}};
        for (double[] c : few) {
            assertThat(StudentizedRange.sf(c[0], (int) c[1], c[2])).as("q=%s k=%s df=%s", c[0], c[1], c[2]).isCloseTo(c[3], within(1e-7));
        }
        // from 5 df and above 0.01, 1 - cdf
        assertThat(StudentizedRange.sf(4.5, 3, 20)).isCloseTo(0.012446417821735278, within(1e-7));
    }

    static Map<String, double[]> groups() {
        Map<String, double[]> g = new LinkedHashMap<>();
        g.put("A", new double[]{3.1, 4.2, 2.8, 5.0, 3.9, 4.4});
        g.put("B", new double[]{5.5, 6.1, 4.9, 7.2, 6.6, 5.8, 6.0});
        g.put("C", new double[]{4.0, 4.1, 3.9, 4.3, 4.2});
        g.put("D", new double[]{2.0, 8.0, 5.0, 5.0, 3.0, 9.0, 1.0, 4.0});
        return g;
    }

    @Test
    void gamesHowellMatchesTheReference() {
        List<Pairwise.Pair> gh = Pairwise.of("f", groups()).stream().filter(x -> x.test().equals(Pairwise.GAMES_HOWELL)).toList();
        double[][] ref = { // t, df, p, p adjusted: A-B, A-C, A-D, B-C, B-D, C-D
                {-4.82380781261351, 10.242644153930643, 0.0006522299054490313, 0.003061490734179606},
                {-0.5814018997338103, 5.437678658109055, 0.5842421393949999, 0.9338176340521973},
                {-0.6991262917018763, 8.579700698627116, 0.5029831960784618, 0.894777972998785},
                {6.613756747804004, 6.745069718997542, 0.0003522868828107314, 0.0015063126796965864},
                {1.3617640376004154, 8.12969831298549, 0.20980781906158313, 0.5532434972482875},
                {-0.5338681804063726, 7.07261578035947, 0.6097941661040154, 0.9480201713311808}};
        assertThat(gh).hasSize(6);
        assertThat(gh).extracting(x -> x.groupA() + "-" + x.groupB()).containsExactly("A-B", "A-C", "A-D", "B-C", "B-D", "C-D");
        for (int i = 0; i < 6; i++) {
            Pairwise.Pair x = gh.get(i);
            assertThat(x.statistic()).isCloseTo(ref[i][0], within(1e-9));
            assertThat(x.df()).isCloseTo(ref[i][1], within(1e-9));
            assertThat(x.p()).isCloseTo(ref[i][2], within(1e-9));
            assertThat(x.pAdjusted()).as(x.groupA() + "-" + x.groupB()).isCloseTo(ref[i][3], within(1e-7));
            assertThat(x.groups()).isEqualTo(4);
        }
        assertThat(gh.get(0).difference()).isCloseTo(3.9 - 6.014285714285714, within(1e-9));
        assertThat(gh.get(0).effect()).isCloseTo(EffectSizes.cohensD(groups().get("A"), groups().get("B")), within(1e-12));
    }

    @Test
    void dunnMatchesTheReference() {
        List<Pairwise.Pair> d = Pairwise.of("f", groups()).stream().filter(x -> x.test().equals(Pairwise.DUNN)).toList();
        double[][] ref = { // z, p, p Holm
                {-2.6049475897045737, 0.00918883145904832, 0.055132988754289916},
                {-0.08647023405214566, 0.9310926172087568, 1.0},
                {-0.7422924727810198, 0.45791015141616354, 1.0},
                {2.385658739153692, 0.017048562994333705, 0.08524281497166852},
                {2.0256535186494173, 0.04280030303523746, 0.17120121214094983},
                {-0.6113505318297291, 0.5409675443102999, 1.0}};
        assertThat(d).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(d.get(i).statistic()).isCloseTo(ref[i][0], within(1e-9));
            assertThat(d.get(i).p()).isCloseTo(ref[i][1], within(1e-9));
            assertThat(d.get(i).pAdjusted()).isCloseTo(ref[i][2], within(1e-9));
            assertThat(d.get(i).adjustment()).isEqualTo(Pairwise.HOLM_ADJUSTED);
        }
    }

    @Test
    void smallGroupsAreNamedAndTwoGroupsHaveNoPairs() {
        Map<String, double[]> g = groups();
        g.put("E", new double[]{1.0, Double.NaN});
        List<Pairwise.Pair> pairs = Pairwise.of("f", g);
        assertThat(pairs).hasSize(12).allSatisfy(x -> assertThat(x.note()).contains("left out (fewer than 2 values): E"));
        Map<String, double[]> two = new LinkedHashMap<>();
        two.put("A", groups().get("A"));
        two.put("B", groups().get("B"));
        assertThat(Pairwise.of("f", two)).isEmpty();
        Map<String, double[]> flat = new LinkedHashMap<>();
        for (String s : List.of("A", "B", "C")) flat.put(s, new double[]{1, 1, 1});
        assertThat(Pairwise.of("f", flat)).hasSize(6).allSatisfy(x -> {
            assertThat(x.pAdjusted()).isNaN();
            assertThat(x.note()).startsWith("not computed");
        });
    }
}
