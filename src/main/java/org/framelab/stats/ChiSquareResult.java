package org.framelab.stats;

import java.util.List;

/**
 * Pearson's chi-square test of independence on a contingency table (no Yates continuity correction).
 *
 * @param rows      row category names (in {@link NaturalOrder} when built from labels)
 * @param columns   column category names
 * @param counts    observed counts [row][column]
 * @param expected  expected counts under independence, row total * column total / N
 * @param statistic Pearson's X^2 = sum (O-E)^2/E
 * @param df        (rows-1)(columns-1)
 * @param p         upper-tail chi-square p-value
 * @param n         total count N
 * @param cramersV  sqrt(X^2 / (N (min(rows, columns) - 1)))
 * @param warnings  expected-count warnings (Cochran 1954: the approximation is doubtful when more
 *                  than 20% of expected counts are below 5 or any is below 1); empty when fine
 */
public record ChiSquareResult(List<String> rows, List<String> columns, long[][] counts, double[][] expected,
                              double statistic, int df, double p, long n, double cramersV, List<String> warnings) {
    public ChiSquareResult {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        counts = deepCopy(counts);
        expected = deepCopy(expected);
        warnings = List.copyOf(warnings);
    }

    @Override
    public long[][] counts() {
        return deepCopy(counts);
    }

    @Override
    public double[][] expected() {
        return deepCopy(expected);
    }

    /** As a {@link TestOutcome} (effect size: Cramer's V). */
    public TestOutcome outcome() {
        return new TestOutcome(Tests.CHI_SQUARE, statistic, df, Double.NaN, p, String.join("; ", warnings));
    }

    private static long[][] deepCopy(long[][] a) {
        long[][] c = new long[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
