package org.framelab.stats;

import org.framelab.util.OptionException;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Chi-square test of independence for counts. */
public final class Contingency {
    private Contingency() {}

    /**
     * Cross-tabulates two categorical variables (pairs where either is null/blank are left out) and
     * tests independence. Categories are in {@link NaturalOrder}.
     */
    public static ChiSquareResult chiSquare(String[] a, String[] b) {
        if (a.length != b.length) throw new OptionException("input", "" + a.length + " vs " + b.length + " values");
        TreeSet<String> rs = new TreeSet<>(NaturalOrder.INSTANCE);
        TreeSet<String> cs = new TreeSet<>(NaturalOrder.INSTANCE);
        for (int i = 0; i < a.length; i++) {
            if (blank(a[i]) || blank(b[i])) continue;
            rs.add(a[i]);
            cs.add(b[i]);
        }
        List<String> rows = new ArrayList<>(rs);
        List<String> cols = new ArrayList<>(cs);
        Map<String, Integer> ri = index(rows);
        Map<String, Integer> ci = index(cols);
        long[][] counts = new long[rows.size()][cols.size()];
        for (int i = 0; i < a.length; i++) {
            if (blank(a[i]) || blank(b[i])) continue;
            counts[ri.get(a[i])][ci.get(b[i])]++;
        }
        return chiSquare(rows, cols, counts);
    }

    /** Tests independence in a table of counts [row][column]. Rows or columns that are all zero are an error. */
    public static ChiSquareResult chiSquare(List<String> rows, List<String> cols, long[][] counts) {
        int r = counts.length;
        if (r != rows.size()) throw new OptionException("table", "" + r + " rows but " + rows.size() + " row names");
        int c = cols.size();
        long[] rowSum = new long[r];
        long[] colSum = new long[c];
        long n = 0;
        for (int i = 0; i < r; i++) {
            if (counts[i].length != c) throw new OptionException("table", "row " + i + " has " + counts[i].length + " cells, expected " + c);
            for (int j = 0; j < c; j++) {
                if (counts[i][j] < 0) throw new OptionException("count", "" + counts[i][j]);
                rowSum[i] += counts[i][j];
                colSum[j] += counts[i][j];
                n += counts[i][j];
            }
        }
        for (int i = 0; i < r; i++) {
            if (rowSum[i] == 0) throw new OptionException("table", "row '" + rows.get(i) + "' has no counts");
        }
        for (int j = 0; j < c; j++) {
            if (colSum[j] == 0) throw new OptionException("table", "column '" + cols.get(j) + "' has no counts");
        }
        double[][] expected = new double[r][c];
        List<String> warnings = new ArrayList<>();
        if (r < 2 || c < 2) {
            warnings.add("needs at least 2 categories in each variable (table is " + r + " x " + c + ")");
            return new ChiSquareResult(rows, cols, counts, expected, Double.NaN, Math.max(0, (r - 1) * (c - 1)), Double.NaN, n, Double.NaN, warnings);
        }
        double x2 = 0;
        int below5 = 0;
        int below1 = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double e = (double) rowSum[i] * colSum[j] / n;
                expected[i][j] = e;
                if (e < 5) below5++;
                if (e < 1) below1++;
                if (e > 0) x2 += (counts[i][j] - e) * (counts[i][j] - e) / e;
            }
        }
        int cells = r * c;
        if (below5 > 0.2 * cells) {
            warnings.add(String.format("%d of %d expected counts (%.0f%%) are below 5; the chi-square approximation is doubtful (consider merging categories or an exact test)",
                    below5, cells, 100.0 * below5 / cells));
        }
        if (below1 > 0) warnings.add(below1 + " expected count(s) below 1");
        int df = (r - 1) * (c - 1);
        double p = ChiSquaredDistribution.of(df).survivalProbability(x2);
        return new ChiSquareResult(rows, cols, counts, expected, x2, df, p, n, EffectSizes.cramersV(x2, n, r, c), warnings);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> m = new TreeMap<>(NaturalOrder.INSTANCE);
        for (int i = 0; i < names.size(); i++) m.put(names.get(i), i);
        return m;
    }
}
