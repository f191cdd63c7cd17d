package org.framelab.stats;

import org.framelab.util.OptionException;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Krippendorff's alpha from coincidences (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability", sections A-C): alpha = 1 - (n-1) * sum_ck o_ck delta_ck / sum_ck n_c n_k delta_ck,
 * over units with at least two values. Missing values are simply absent from a unit.
 *
 * <p>Values are category indices 0..K-1; {@code numeric[c]} is the number of category c (interval
 * level), and the index order is the rank order (ordinal level).
 */
public final class KrippendorffAlpha {
    private final MeasurementLevel level;
    private final int k;
    private final double[] numeric;
    /** per pairable unit: distinct category indices and their counts. */
    private final int[][] cats;
    private final int[][] counts;
    private final double[] unitDisagreement;   // nominal/interval: sum over pairs in the unit of delta / (m-1)

    /**
     * @param units   per unit, the category index of each value (missing values left out); units with
     *                fewer than 2 values are ignored
     * @param k       number of categories
     * @param numeric numeric value of each category (needed for interval; may be null otherwise)
     */
    public KrippendorffAlpha(MeasurementLevel level, int[][] units, int k, double[] numeric) {
        this.level = level;
        this.k = k;
        this.numeric = numeric;
        if (level == MeasurementLevel.INTERVAL && (numeric == null || numeric.length != k)) {
            throw new OptionException("numeric values", "interval level needs one number per category");
        }
        int pairable = 0;
        for (int[] u : units) if (u.length >= 2) pairable++;
        cats = new int[pairable][];
        counts = new int[pairable][];
        unitDisagreement = new double[pairable];
        int at = 0;
        int[] tally = new int[k];
        for (int[] u : units) {
            if (u.length < 2) continue;
            for (int c : u) {
                if (c < 0 || c >= k) throw new OptionException("category index", "" + c);
                tally[c]++;
            }
            int distinct = 0;
            for (int c : u) if (tally[c] > 0) { distinct++; tally[c] = -tally[c]; }
            int[] cs = new int[distinct];
            int[] ns = new int[distinct];
            int j = 0;
            for (int c : u) {
                if (tally[c] < 0) {
                    cs[j] = c;
                    ns[j++] = -tally[c];
                    tally[c] = 0;
                }
            }
            // keep category order within a unit for reproducible floating-point sums
            sortTogether(cs, ns);
            cats[at] = cs;
            counts[at] = ns;
            unitDisagreement[at] = fixedDisagreement(cs, ns, u.length);
            at++;
        }
    }

    /** Number of units with at least two values. */
    public int pairableUnits() {
        return cats.length;
    }

    /** Number of values in pairable units (n). */
    public long pairableValues() {
        long n = 0;
        for (int[] ns : counts) for (int c : ns) n += c;
        return n;
    }

    /** Alpha over all pairable units. NaN when there is no expected disagreement (a single value throughout). */
    public double alpha() {
        int[] w = new int[cats.length];
        Arrays.fill(w, 1);
        return alpha(w);
    }

    /**
     * Bootstrap percentile interval: units (items) are resampled with replacement, {@code samples}
     * times, alpha is recomputed on each resample (resamples where alpha is undefined are dropped),
     * and the 2.5th and 97.5th percentiles (linear interpolation) are returned as {low, high}.
     */
    public double[] bootstrapCi(int samples, long seed) {
        if (samples <= 0 || cats.length == 0) return new double[]{Double.NaN, Double.NaN};
        SplittableRandom rnd = new SplittableRandom(seed);
        int u = cats.length;
        int[] w = new int[u];
        double[] alphas = new double[samples];
        int ok = 0;
        for (int b = 0; b < samples; b++) {
            Arrays.fill(w, 0);
            for (int i = 0; i < u; i++) w[rnd.nextInt(u)]++;
            double a = alpha(w);
            if (!Double.isNaN(a)) alphas[ok++] = a;
        }
        if (ok == 0) return new double[]{Double.NaN, Double.NaN};
        double[] s = Arrays.copyOf(alphas, ok);
        Arrays.sort(s);
        return new double[]{Descriptives.quantile(s, 0.025), Descriptives.quantile(s, 0.975)};
    }

    /** Alpha with each pairable unit counted w[u] times. */
    private double alpha(int[] w) {
        double[] nc = new double[k];
        double n = 0;
        for (int u = 0; u < cats.length; u++) {
            if (w[u] == 0) continue;
            int[] cs = cats[u];
            int[] ns = counts[u];
            for (int j = 0; j < cs.length; j++) {
                nc[cs[j]] += (double) w[u] * ns[j];
                n += (double) w[u] * ns[j];
            }
        }
        if (n < 2) return Double.NaN;
        double observed;
        double expected;
        switch (level) {
            case NOMINAL -> {
                observed = weightedUnitDisagreement(w);
                double sq = 0;
                for (double c : nc) sq += c * c;
                expected = n * n - sq;
            }
            case INTERVAL -> {
                observed = weightedUnitDisagreement(w);
                double s1 = 0;
                double s2 = 0;
                for (int c = 0; c < k; c++) {
                    s1 += nc[c] * numeric[c];
                    s2 += nc[c] * numeric[c] * numeric[c];
                }
                expected = 2 * n * s2 - 2 * s1 * s1;
            }
            case ORDINAL -> {
                double[][] delta = ordinalDelta(nc);
                observed = ordinalObserved(w, delta);
                expected = 0;
                for (int c = 0; c < k; c++) {
                    for (int e = 0; e < k; e++) expected += nc[c] * nc[e] * delta[c][e];
                }
            }
            default -> throw new IllegalStateException("level " + level);
        }
        if (expected <= 0) return Double.NaN;
        return 1 - (n - 1) * observed / expected;
    }

    /** Observed disagreement from the precomputed per-unit disagreements (nominal and interval), unit u weighted w[u]. */
    private double weightedUnitDisagreement(int[] w) {
        double observed = 0;
        for (int u = 0; u < cats.length; u++) if (w[u] != 0) observed += w[u] * unitDisagreement[u];
        return observed;
    }

    /** Observed ordinal disagreement: per unit, the delta-weighted pairs of its values over (m_u - 1), unit u weighted w[u]. */
    private double ordinalObserved(int[] w, double[][] delta) {
        double observed = 0;
        for (int u = 0; u < cats.length; u++) {
            if (w[u] == 0) continue;
            int[] cs = cats[u];
            int[] ns = counts[u];
            int m = 0;
            for (int c : ns) m += c;
            double s = 0;
            for (int a = 0; a < cs.length; a++) {
                for (int b = 0; b < cs.length; b++) {
                    if (a != b) s += (double) ns[a] * ns[b] * delta[cs[a]][cs[b]];
                }
            }
            observed += w[u] * s / (m - 1);
        }
        return observed;
    }

    /** Ordinal metric: delta_ck = (sum_{g=c..k} n_g - (n_c + n_k)/2)^2 (Krippendorff 2011, C.3). */
    private double[][] ordinalDelta(double[] nc) {
        double[][] d = new double[k][k];
        for (int c = 0; c < k; c++) {
            double run = 0;
            for (int e = c; e < k; e++) {
                run += nc[e];
                double v = run - (nc[c] + nc[e]) / 2.0;
                d[c][e] = v * v;
                d[e][c] = v * v;
            }
        }
        return d;
    }

    /** Nominal/interval: sum over ordered pairs of values in a unit of delta, divided by m-1. */
    private double fixedDisagreement(int[] cs, int[] ns, int m) {
        double s = 0;
        switch (level) {
            case NOMINAL -> {
                double sq = 0;
                for (int c : ns) sq += (double) c * c;
                s = (double) m * m - sq;
            }
            case INTERVAL -> {
                double s1 = 0;
                double s2 = 0;
                for (int j = 0; j < cs.length; j++) {
                    s1 += ns[j] * numeric[cs[j]];
                    s2 += ns[j] * numeric[cs[j]] * numeric[cs[j]];
                }
                s = 2 * m * s2 - 2 * s1 * s1;
            }
            case ORDINAL -> s = 0; // depends on the marginals; computed per resample
        }
        return s / (m - 1);
    }

    private static void sortTogether(int[] cs, int[] ns) {
        for (int i = 1; i < cs.length; i++) {
            int c = cs[i];
            int n = ns[i];
            int j = i - 1;
            while (j >= 0 && cs[j] > c) {
                cs[j + 1] = cs[j];
                ns[j + 1] = ns[j];
                j--;
            }
            cs[j + 1] = c;
            ns[j + 1] = n;
        }
    }
}
