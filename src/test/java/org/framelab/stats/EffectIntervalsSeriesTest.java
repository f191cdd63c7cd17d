package org.framelab.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The noncentral F CDF and its inversion read each beta term once per search ({@code EffectIntervals.Series});
 * they must give the very bits of the implementation that computed every term afresh (kept here as the reference).
 */
class EffectIntervalsSeriesTest {
    /** The CDF as it was: every term computed in every call. */
    static double oldNcfCdf(double f, double df1, double df2, double lambda) {
        if (f <= 0) return 0;
        double x = df1 * f / (df1 * f + df2);
        if (lambda == 0) return Beta.regularizedBeta(x, df1 / 2, df2 / 2);
        double half = lambda / 2;
        int mode = (int) Math.floor(half);
        double sum = 0;
        for (int dir = 0; dir < 2; dir++) {
            for (int j = dir == 0 ? mode : mode - 1; j >= 0; j += dir == 0 ? 1 : -1) {
                double logw = -half + j * Math.log(half) - Gamma.logGamma(j + 1.0);
                double w = Math.exp(logw);
                sum += w * Beta.regularizedBeta(x, df1 / 2 + j, df2 / 2);
                if (w < 1e-14 && Math.abs(j - half) > Math.sqrt(half) + 1) break;
                if (dir == 0 && j > mode + 100000) break;
            }
        }
        return Math.min(1, Math.max(0, sum));
    }

    /** The inversion as it was, on the old CDF. */
    static double oldLambda(double f, double df1, double df2, double p) {
        if (oldNcfCdf(f, df1, df2, 0) <= p) return 0;
        double lo = 0, hi = Math.max(1, f * df1);
        while (oldNcfCdf(f, df1, df2, hi) > p) {
            lo = hi;
            hi *= 2;
            if (hi > 1e9) return hi;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-10 * Math.max(1, hi); i++) {
            double mid = (lo + hi) / 2;
            if (oldNcfCdf(f, df1, df2, mid) > p) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }

    /** The eta-squared interval as it was. */
    static double[] oldEta(double effect, List<Integer> n) {
        long total = 0;
        for (int x : n) total += x;
        int k = n.size();
        double df1 = k - 1, df2 = total - k;
        if (df2 < 1 || effect >= 1) return new double[]{Double.NaN, Double.NaN};
        double f = (effect / df1) / ((1 - effect) / df2);
        double lo = oldLambda(f, df1, df2, 0.975);
        double hi = oldLambda(f, df1, df2, 0.025);
        return new double[]{lo / (lo + total), hi / (hi + total)};
    }

    @Test
    void cdfEqualsTheOldOneBitForBit() {
        double[] fs = {0, 0.05, 0.5, 1, 1.7, 3.2, 10, 42.5};
        double[][] dfs = {{1, 5}, {2, 57}, {3, 200}, {4, 1000}, {9, 30}, {171, 9708}};
        double[] lambdas = {0, 1e-3, 0.7, 1, 5, 25, 99.5, 640, 3333.3};
        int compared = 0;
        for (double f : fs) {
            for (double[] df : dfs) {
                for (double l : lambdas) {
                    assertThat(EffectIntervals.ncfCdf(f, df[0], df[1], l)).as("f %s df %s,%s lambda %s", f, df[0], df[1], l)
                            .isEqualTo(oldNcfCdf(f, df[0], df[1], l));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(fs.length * dfs.length * lambdas.length);
    }

    @Test
    void inversionEqualsTheOldOneBitForBit() {
        double[] fs = {0.3, 1, 2.5, 4, 12.168194297652638, 60};
        double[][] dfs = {{1, 5}, {2, 57}, {3, 200}, {8, 36}, {171, 9708}};
        for (double f : fs) {
            for (double[] df : dfs) {
                for (double p : new double[]{0.975, 0.025, 0.5}) {
                    assertThat(EffectIntervals.lambda(f, df[0], df[1], p)).as("f %s df %s,%s p %s", f, df[0], df[1], p)
                            .isEqualTo(oldLambda(f, df[0], df[1], p));
                }
            }
        }
    }

    @Test
    void etaSquaredIntervalsEqualTheOldOnesBitForBit() {
        List<List<Integer>> sizes = List.of(List.of(20, 20, 20), List.of(3, 3, 3), List.of(100, 120, 80, 90), List.of(5, 900, 40, 61, 7));
        for (List<Integer> n : sizes) {
            for (double eta : new double[]{0, 1e-4, 0.02, 0.1, 0.17650380605757823, 0.5, 0.9742}) {
                assertThat(EffectIntervals.of(EffectSizes.ETA_SQUARED, eta, n)).as("eta %s n %s", eta, n).containsExactly(oldEta(eta, n));
            }
        }
    }

    @Test
    void manyTestsAtOnceGiveTheIntervalsOfEachInOrder() {
        List<TestResult> tests = new ArrayList<>();
        List<String> g3 = List.of("a", "b", "c");
        List<Double> m3 = List.of(1.0, 2.0, 3.0);
        for (int i = 0; i < 40; i++) {
            double eta = 0.003 * i;
            List<Integer> n = List.of(30 + i, 40, 25);
            tests.add(new TestResult("f" + i, Tests.ANOVA, 1, 2, 92, 0.1, 0.1, 0.1, EffectSizes.ETA_SQUARED, eta, g3, n, m3, ""));
            tests.add(new TestResult("f" + i, Tests.WELCH_ANOVA, 1, 2, 50, 0.1, 0.1, 0.1, EffectSizes.ETA_SQUARED, eta, g3, n, m3, ""));
            tests.add(new TestResult("f" + i, Tests.KRUSKAL_WALLIS, 1, 2, Double.NaN, 0.1, 0.1, 0.1, EffectSizes.EPSILON_SQUARED, eta, g3, n, m3, ""));
            tests.add(new TestResult("g" + i, Tests.WELCH_T, 1, 2, Double.NaN, 0.1, 0.1, 0.1, EffectSizes.COHENS_D, 0.05 * i - 1,
                    List.of("a", "b"), List.of(10 + i, 12), List.of(1.0, 2.0), ""));
        }
        tests.add(new TestResult("h", Tests.ANOVA, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                EffectSizes.ETA_SQUARED, Double.NaN, g3, List.of(1, 1, 1), m3, ""));
        List<double[]> all = EffectIntervals.of(tests);
        assertThat(all).hasSize(tests.size());
        for (int i = 0; i < tests.size(); i++) assertThat(all.get(i)).as("test %s", i).containsExactly(EffectIntervals.of(tests.get(i)));
        all.get(0)[0] = -1; // each row has its own array
        assertThat(all.get(1)[0]).isNotEqualTo(-1);
    }
}
