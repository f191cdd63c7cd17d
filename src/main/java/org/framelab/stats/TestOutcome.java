package org.framelab.stats;

/**
 * The outcome of one significance test.
 *
 * @param test      test name, one of the {@code Tests.*} constants (e.g. {@code "Welch t-test"})
 * @param statistic t, U, F, H or chi-square (NaN when the test could not be computed; see {@code note})
 * @param df        degrees of freedom (numerator df for F), NaN when the test has none (Mann-Whitney U)
 * @param df2       denominator degrees of freedom for F tests, otherwise NaN
 * @param p         two-sided p-value, NaN when the test could not be computed
 * @param note      how the p-value was obtained or why the test could not be computed; never null
 */
public record TestOutcome(String test, double statistic, double df, double df2, double p, String note) {
    public TestOutcome {
        note = note == null ? "" : note;
    }

    static TestOutcome notComputed(String test, String why) {
        return new TestOutcome(test, Double.NaN, Double.NaN, Double.NaN, Double.NaN, why);
    }
}
