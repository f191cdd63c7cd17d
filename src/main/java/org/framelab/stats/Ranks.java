package org.framelab.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranking helpers: average ranks for ties (1-based), tie correction factors. */
final class Ranks {
    private Ranks() {}

    /**
     * 1-based ranks, ties (equal by {@code ==}) get the average of the ranks they span. The values are sorted
     * as primitives (in {@link Double#compare} order, as {@link #byIndex} sorts them) and each value finds its
     * run of ties by binary search: the same ranks without boxing an index per value.
     */
    static double[] average(double[] v) {
        int n = v.length;
        for (double d : v) if (Double.isNaN(d)) return byIndex(v); // NaNs are not equal to themselves: each its own rank
        double[] s = v.clone();
        Arrays.sort(s);
        double[] atSorted = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && s[j + 1] == s[i]) j++;
            double avg = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) atSorted[t] = avg;
            i = j + 1;
        }
        double[] r = new double[n];
        for (int k = 0; k < n; k++) r[k] = atSorted[Arrays.binarySearch(s, v[k])];
        return r;
    }

    /** {@link #average} by sorting the indices of the values (any values, NaN included). */
    static double[] byIndex(double[] v) {
        int n = v.length;
        Integer[] idx = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[idx[j + 1]] == v[idx[i]]) j++;
            double avg = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) r[idx[t]] = avg;
            i = j + 1;
        }
        return r;
    }

    /** 1 - sum(t^3 - t) / (N^3 - N) over groups of tied values (1 when there are no ties). */
    static double tieCorrection(double[] v) {
        int n = v.length;
        if (n < 2) return 1;
        double[] s = v.clone();
        Arrays.sort(s);
        double sum = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && s[j + 1] == s[i]) j++;
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return 1 - sum / ((double) n * n * n - n);
    }
}
