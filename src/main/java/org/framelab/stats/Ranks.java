package org.framelab.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranking helpers: average ranks for ties (1-based), tie correction factors. */
final class Ranks {
    private Ranks() {}

    /** 1-based ranks, ties get the average of the ranks they span. */
    static double[] average(double[] v) {
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
