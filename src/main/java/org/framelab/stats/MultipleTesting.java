package org.framelab.stats;

import org.framelab.util.OptionException;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for a family of tests. NaN p-values (tests that could not be computed) are
 * not part of the family: they stay NaN and do not count in m.
 */
public final class MultipleTesting {
    private MultipleTesting() {}

    /** Holm (1979) step-down adjusted p-values (family-wise error rate), as R's {@code p.adjust(method="holm")}. */
    public static double[] holm(double[] p) {
        int[] idx = order(p);
        int m = idx.length;
        double[] out = nanArray(p.length);
        double running = 0;
        for (int r = 0; r < m; r++) {
            double adj = Math.min(1.0, (m - r) * p[idx[r]]);
            running = Math.max(running, adj);
            out[idx[r]] = running;
        }
        return out;
    }

    /** Benjamini-Hochberg (1995) step-up adjusted p-values (false discovery rate), as R's {@code p.adjust(method="BH")}. */
    public static double[] benjaminiHochberg(double[] p) {
        int[] idx = order(p);
        int m = idx.length;
        double[] out = nanArray(p.length);
        double running = 1.0;
        for (int r = m - 1; r >= 0; r--) {
            double adj = Math.min(1.0, p[idx[r]] * m / (r + 1));
            running = Math.min(running, adj);
            out[idx[r]] = running;
        }
        return out;
    }

    /** Indices of non-NaN p-values in ascending order of p (stable: ties keep input order). */
    private static int[] order(double[] p) {
        for (double v : p) {
            if (!Double.isNaN(v) && (v < 0 || v > 1)) throw new OptionException("p-value", "" + v);
        }
        return IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
    }

    private static double[] nanArray(int n) {
        double[] d = new double[n];
        Arrays.fill(d, Double.NaN);
        return d;
    }
}
