package org.framelab.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 95% confidence intervals of the effect sizes in the Tests table, from the numbers a test row
 * already has (the effect, the group sizes):
 * <ul>
 *   <li><b>Cohen's d / Hedges' g</b>: d ± z·SE with the large-sample SE of Hedges &amp; Olkin (1985,
 *       eq. 5.14), SE² = (n₁+n₂)/(n₁n₂) + d²/(2(n₁+n₂));</li>
 *   <li><b>eta squared</b> of a one-way layout: the interval of the noncentrality parameter λ of the
 *       F distribution that puts the observed F = (η²/(k−1)) / ((1−η²)/(N−k)) at its 97.5th and
 *       2.5th percentile, turned into η² = λ/(λ+N) (Steiger 2004, "Beyond the F test", Psychological
 *       Methods 9(2)); the lower bound is 0 when the observed F is below the 97.5th percentile of the
 *       central F;</li>
 *   <li>Cliff's delta, epsilon squared (rank-based) and Cramér's V: no interval here (NaN); the tables
 *       say so.</li>
 * </ul>
 */
public final class EffectIntervals {
    private EffectIntervals() {}

    private static final double Z = new NormalDistribution().inverseCumulativeProbability(0.975);

    /** {low, high} of the effect of {@code t}, NaN when there is no interval for its kind. */
    public static double[] of(TestResult t) {
        return of(t.effectName(), t.effect(), t.n());
    }

    /** {low, high} for an effect named as in {@link EffectSizes} with the group sizes it came from. */
    public static double[] of(String effectName, double effect, List<Integer> n) {
        double[] none = {Double.NaN, Double.NaN};
        if (!Double.isFinite(effect) || n.size() < 2) return none;
        long total = 0;
        for (int x : n) total += x;
        switch (effectName) {
            case EffectSizes.COHENS_D, EffectSizes.HEDGES_G -> {
                if (n.size() != 2) return none;
                double n1 = n.get(0), n2 = n.get(1);
                double se = Math.sqrt((n1 + n2) / (n1 * n2) + effect * effect / (2 * (n1 + n2)));
                return new double[]{effect - Z * se, effect + Z * se};
            }
            case EffectSizes.ETA_SQUARED -> {
                int k = n.size();
                double df1 = k - 1, df2 = total - k;
                if (df2 < 1 || effect >= 1) return none;
                double f = (effect / df1) / ((1 - effect) / df2);
                Series s = new Series(f, df1, df2); // both bounds read the same beta terms
                double lo = lambda(s, 0.975);
                double hi = lambda(s, 0.025);
                return new double[]{lo / (lo + total), hi / (hi + total)};
            }
            default -> {
                return none;
            }
        }
    }

    /**
     * The intervals of many tests, in their order: the same numbers as {@link #of(TestResult)} one by one.
     * Each distinct (effect, group sizes) is inverted once (the one-way and Welch ANOVA rows of a feature share
     * their eta squared), and the distinct ones are inverted in parallel: each is a pure function of its
     * inputs, so the result does not depend on the threads.
     */
    public static List<double[]> of(List<TestResult> tests) {
        Map<Key, Integer> slot = new HashMap<>();
        List<Key> distinct = new ArrayList<>();
        int[] at = new int[tests.size()];
        for (int i = 0; i < at.length; i++) {
            TestResult t = tests.get(i);
            Key k = new Key(t.effectName(), t.effect(), t.n());
            at[i] = slot.computeIfAbsent(k, x -> {
                distinct.add(x);
                return distinct.size() - 1;
            });
        }
        List<double[]> ci = distinct.parallelStream().map(k -> of(k.effectName(), k.effect(), k.n())).toList();
        List<double[]> out = new ArrayList<>(at.length);
        for (int i : at) out.add(ci.get(i).clone());
        return out;
    }

    /** What an interval depends on (a record compares the effect as {@link Double#compare} does, so NaN equals NaN). */
    private record Key(String effectName, double effect, List<Integer> n) {}

    /** The λ ≥ 0 with P(F' ≤ f; df1, df2, λ) = p (0 when even λ = 0 gives less). */
    static double lambda(double f, double df1, double df2, double p) {
        return lambda(new Series(f, df1, df2), p);
    }

    /**
     * Bisection on λ; each step's CDF reads the beta terms of {@code s}, which are the same for every λ (they
     * depend on f and the degrees of freedom only), so a term is computed once for the whole search.
     */
    private static double lambda(Series s, double p) {
        if (s.cdf(0) <= p) return 0;
        double lo = 0, hi = Math.max(1, s.f * s.df1);
        while (s.cdf(hi) > p) {
            lo = hi;
            hi *= 2;
            if (hi > 1e9) return hi;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-10 * Math.max(1, hi); i++) {
            double mid = (lo + hi) / 2;
            if (s.cdf(mid) > p) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }

    /**
     * CDF of the noncentral F distribution: a Poisson(λ/2) mixture of regularized incomplete beta
     * functions, summed outward from the Poisson mode until the weights are negligible.
     */
    static double ncfCdf(double f, double df1, double df2, double lambda) {
        return new Series(f, df1, df2).cdf(lambda);
    }

    /**
     * The noncentral F CDF at one f for any λ. The j-th term of the mixture is the Poisson weight
     * exp(−λ/2 + j·ln(λ/2) − ln j!) times I_x(df1/2 + j, df2/2) with x = df1·f / (df1·f + df2): the beta
     * values and ln j! do not depend on λ and are kept once computed. The sum is taken in the same order
     * with the same operations as when every term was computed afresh, so the results are equal to the bit.
     * Not thread-safe (one per search).
     */
    private static final class Series {
        final double f, df1, df2, x;
        private final Map<Integer, double[]> terms = new HashMap<>();

        Series(double f, double df1, double df2) {
            this.f = f;
            this.df1 = df1;
            this.df2 = df2;
            this.x = df1 * f / (df1 * f + df2);
        }

        /** {I_x(df1/2 + j, df2/2), ln Γ(j + 1)}. */
        private double[] term(int j) {
            double[] t = terms.get(j);
            if (t == null) {
                t = new double[]{Beta.regularizedBeta(x, df1 / 2 + j, df2 / 2), Gamma.logGamma(j + 1.0)};
                terms.put(j, t);
            }
            return t;
        }

        double cdf(double lambda) {
            if (f <= 0) return 0;
            if (lambda == 0) return Beta.regularizedBeta(x, df1 / 2, df2 / 2);
            double half = lambda / 2;
            double logHalf = Math.log(half);
            int mode = (int) Math.floor(half);
            double sum = 0;
            for (int dir = 0; dir < 2; dir++) {
                for (int j = dir == 0 ? mode : mode - 1; j >= 0; j += dir == 0 ? 1 : -1) {
                    double[] t = term(j);
                    double logw = -half + j * logHalf - t[1];
                    double w = Math.exp(logw);
                    sum += w * t[0];
                    if (w < 1e-14 && Math.abs(j - half) > Math.sqrt(half) + 1) break;
                    if (dir == 0 && j > mode + 100000) break;
                }
            }
            return Math.min(1, Math.max(0, sum));
        }
    }
}
