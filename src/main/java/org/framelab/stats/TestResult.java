package org.framelab.stats;

import java.util.List;

/**
 * One test of one feature across groups: a row of the "Tests" table.
 *
 * @param feature    feature column name
 * @param test       test name ({@link Tests} constants)
 * @param statistic  t, U, F or H; NaN when not computed (see {@code note})
 * @param df         degrees of freedom (numerator for F), NaN when none
 * @param df2        denominator df for F tests, else NaN
 * @param p          two-sided p-value (NaN when not computed)
 * @param pHolm      Holm-adjusted p across all features tested with the same test (NaN when p is NaN)
 * @param pBh        Benjamini-Hochberg-adjusted p across all features tested with the same test
 * @param effectName effect size name ({@link EffectSizes} constants)
 * @param effect     effect size value (NaN when undefined)
 * @param groups     the groups compared, in {@link NaturalOrder}; for two groups, effects are first minus second
 * @param n          non-missing values per group, parallel to {@code groups}
 * @param means      mean per group, parallel to {@code groups}
 * @param note       how the p-value was obtained, groups left out, or why the test was not computed
 */
public record TestResult(String feature, String test, double statistic, double df, double df2, double p,
                         double pHolm, double pBh, String effectName, double effect,
                         List<String> groups, List<Integer> n, List<Double> means, String note) {
    public TestResult {
        groups = List.copyOf(groups);
        n = List.copyOf(n);
        means = List.copyOf(means);
        note = note == null ? "" : note;
    }

    public TestResult withAdjusted(double holm, double bh) {
        return new TestResult(feature, test, statistic, df, df2, p, holm, bh, effectName, effect, groups, n, means, note);
    }

    /** True when the Holm-adjusted p is below alpha. */
    public boolean significantHolm(double alpha) {
        return pHolm < alpha;
    }
}
