package org.framelab.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

import java.util.List;

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
                double lo = lambda(f, df1, df2, 0.975);
                double hi = lambda(f, df1, df2, 0.025);
                return new double[]{lo / (lo + total), hi / (hi + total)};
            }
            default -> {
                return none;
            }
        }
    }

    /** The λ ≥ 0 with P(F' ≤ f; df1, df2, λ) = p (0 when even λ = 0 gives less). */
    static double lambda(double f, double df1, double df2, double p) {
        if (ncfCdf(f, df1, df2, 0) <= p) return 0;
        double lo = 0, hi = Math.max(1, f * df1);
        while (ncfCdf(f, df1, df2, hi) > p) {
            lo = hi;
            hi *= 2;
            if (hi > 1e9) return hi;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-10 * Math.max(1, hi); i++) {
            double mid = (lo + hi) / 2;
            if (ncfCdf(f, df1, df2, mid) > p) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }

    /**
     * CDF of the noncentral F distribution: a Poisson(λ/2) mixture of regularized incomplete beta
     * functions, summed outward from the Poisson mode until the weights are negligible.
     */
    static double ncfCdf(double f, double df1, double df2, double lambda) {
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
}
