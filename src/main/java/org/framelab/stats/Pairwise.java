package org.framelab.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.framelab.features.FeatureTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Which groups differ: the pairwise comparisons that follow a test of three or more groups, for every pair of
 * groups of one feature.
 *
 * <ul>
 *   <li><b>Games-Howell</b> (Games &amp; Howell 1976), after the Welch ANOVA: Welch's t of the pair (its own variances,
 *       Welch-Satterthwaite df); the adjusted p is P(Q &gt; |t| sqrt 2) of the studentized range of k groups
 *       ({@link StudentizedRange}), which holds the family-wise error over the feature's k(k-1)/2 pairs without
 *       assuming equal variances. Effect: Cohen's d of the pair (pooled SD, first minus second).</li>
 *   <li><b>Dunn's test</b> (Dunn 1964), after Kruskal-Wallis: the difference of the pair's mean ranks, ranked over
 *       all groups of the feature, z = (R_a - R_b) / sqrt((N(N+1)/12 - T/(12(N-1))) (1/n_a + 1/n_b)), T the sum of
 *       t^3 - t over ties; p two-sided from the normal; Holm's adjustment over the feature's pairs. Effect: Cliff's
 *       delta of the pair.</li>
 * </ul>
 * The groups are those the omnibus tests use (at least 2 non-missing values); the pairs are in the natural order
 * of the groups (a before b), the difference is a minus b. Adjusted p values are within the feature; across
 * features the omnibus tests carry the correction (docs/stats.md).
 */
public final class Pairwise {
    private Pairwise() {}

    public static final String GAMES_HOWELL = "Games-Howell";
    public static final String DUNN = "Dunn";
    /** What each test's adjusted p is adjusted by. */
    public static final String TUKEY_ADJUSTED = "studentized range";
    public static final String HOLM_ADJUSTED = "Holm (within feature)";

    /** Whether {@code test} is Games-Howell, on the articles or on cluster means ({@link ClusterPairs}). */
    public static boolean isGamesHowell(String test) {
        return test.startsWith(GAMES_HOWELL);
    }

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /**
     * One pair of one feature.
     *
     * @param statistic  Welch's t (Games-Howell) or Dunn's z of a minus b
     * @param df         Welch-Satterthwaite df (Games-Howell), NaN for Dunn
     * @param p          the pair's unadjusted two-sided p
     * @param pAdjusted  adjusted over the feature's pairs ({@link #adjustment()})
     * @param groups     the number of groups the feature's comparison has (k of the studentized range)
     */
    public record Pair(String feature, String test, String groupA, String groupB, int nA, int nB, double meanA, double meanB,
                       double statistic, double df, double p, double pAdjusted, String effectName, double effect, int groups, String note) {
        public Pair {
            note = note == null ? "" : note;
        }

        public double difference() {
            return meanA - meanB;
        }

        public String adjustment() {
            return isGamesHowell(test) ? TUKEY_ADJUSTED : HOLM_ADJUSTED;
        }
    }

    /**
     * The pairs of every feature (in feature order; Games-Howell's pairs, then Dunn's), with the group of each row
     * {@code keys[i]} (null = no group). Empty when fewer than 3 groups have rows.
     */
    public static List<Pair> analyse(FeatureTable table, String[] keys, List<String> features) {
        GroupStats.Index index = GroupStats.Index.of(keys);
        double[][] values = GroupComparison.columns(table, features);
        List<List<Pair>> per = IntStream.range(0, features.size()).parallel()
                .mapToObj(i -> of(features.get(i), index.split(values[i]))).toList();
        List<Pair> out = new ArrayList<>();
        per.forEach(out::addAll);
        return out;
    }

    /** The pairs of one feature given its values by group (NaN = missing); empty when fewer than 3 groups. */
    public static List<Pair> of(String feature, Map<String, double[]> byGroup) {
        if (byGroup.size() < 3) return List.of();
        List<String> names = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<String> small = new ArrayList<>();
        byGroup.forEach((g, raw) -> {
            double[] v = GroupStats.finite(raw);
            if (v.length < 2) small.add(g);
            else {
                names.add(g);
                values.add(v);
            }
        });
        String left = small.isEmpty() ? "" : "left out (fewer than 2 values): " + String.join(", ", small);
        List<Pair> out = new ArrayList<>(gamesHowell(feature, names, values, left));
        out.addAll(dunn(feature, names, values, left));
        return out;
    }

    /** Games-Howell over the groups {@code names} with the (NaN-free, at least 2) values {@code values}. */
    static List<Pair> gamesHowell(String feature, List<String> names, List<double[]> values, String note) {
        int k = names.size();
        List<Pair> out = new ArrayList<>();
        for (Sides s : Sides.of(names, values)) {
            double vx = Descriptives.variance(s.x(), s.meanX()) / s.x().length;
            double vy = Descriptives.variance(s.y(), s.meanY()) / s.y().length;
            double se = Math.sqrt(vx + vy);
            if (se == 0 || k < 2) {
                out.add(s.pair(feature, GAMES_HOWELL, Double.NaN, Double.NaN, Double.NaN, Double.NaN, EffectSizes.COHENS_D, Double.NaN, k,
                        join("not computed: no variance in either group", note)));
                continue;
            }
            double t = (s.meanX() - s.meanY()) / se;
            double df = (vx + vy) * (vx + vy) / (vx * vx / (s.x().length - 1) + vy * vy / (s.y().length - 1));
            double p = 2 * TDistribution.of(df).survivalProbability(Math.abs(t));
            double adjusted = Math.max(p, StudentizedRange.sf(Math.abs(t) * Math.sqrt(2), k, df)); // never below the pair's own p
            out.add(s.pair(feature, GAMES_HOWELL, t, df, p, Math.min(1, adjusted), EffectSizes.COHENS_D, EffectSizes.cohensD(s.x(), s.y()), k, note));
        }
        return out;
    }

    /** Dunn's test with Holm's adjustment over the pairs of one feature. */
    static List<Pair> dunn(String feature, List<String> names, List<double[]> values, String note) {
        int k = names.size();
        double[] all = values.stream().flatMapToDouble(Arrays::stream).toArray();
        int n = all.length;
        double[] ranks = Ranks.average(all);
        double[] meanRank = new double[k];
        int at = 0;
        for (int g = 0; g < k; g++) {
            double s = 0;
            for (int j = 0; j < values.get(g).length; j++) s += ranks[at + j];
            meanRank[g] = s / values.get(g).length;
            at += values.get(g).length;
        }
        double ties = (1 - Ranks.tieCorrection(all)) * ((double) n * n * n - n); // sum of t^3 - t
        double sigma2 = n * (n + 1) / 12.0 - ties / (12.0 * (n - 1));
        List<Pair> raw = new ArrayList<>();
        for (Sides s : Sides.of(names, values)) {
            if (!(sigma2 > 1e-12)) {
                raw.add(s.pair(feature, DUNN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, EffectSizes.CLIFFS_DELTA, Double.NaN, k,
                        join("not computed: all values are equal", note)));
                continue;
            }
            double z = (meanRank[s.a()] - meanRank[s.b()]) / Math.sqrt(sigma2 * (1.0 / s.x().length + 1.0 / s.y().length));
            double p = Math.min(1, 2 * NORMAL.survivalProbability(Math.abs(z)));
            raw.add(s.pair(feature, DUNN, z, Double.NaN, p, Double.NaN, EffectSizes.CLIFFS_DELTA, EffectSizes.cliffsDelta(s.x(), s.y()), k, note));
        }
        double[] holm = MultipleTesting.holm(raw.stream().mapToDouble(Pair::p).toArray());
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Pair r = raw.get(i);
            out.add(new Pair(r.feature(), r.test(), r.groupA(), r.groupB(), r.nA(), r.nB(), r.meanA(), r.meanB(), r.statistic(), r.df(),
                    r.p(), holm[i], r.effectName(), r.effect(), r.groups(), r.note()));
        }
        return out;
    }

    /** Groups {@code a} and {@code b} (a before b in the order of the groups) of one pair: their names, values and means. */
    private record Sides(int a, int b, String nameA, String nameB, double[] x, double[] y, double meanX, double meanY) {
        /** Every pair of the groups {@code names} with the values {@code values}, in the natural order. */
        static List<Sides> of(List<String> names, List<double[]> values) {
            List<Sides> pairs = new ArrayList<>();
            for (int a = 0; a < names.size(); a++) {
                for (int b = a + 1; b < names.size(); b++) {
                    double[] x = values.get(a);
                    double[] y = values.get(b);
                    pairs.add(new Sides(a, b, names.get(a), names.get(b), x, y, Descriptives.mean(x), Descriptives.mean(y)));
                }
            }
            return pairs;
        }

        /** The pair's row with its test's numbers. */
        Pair pair(String feature, String test, double statistic, double df, double p, double pAdjusted, String effectName, double effect,
                  int groups, String note) {
            return new Pair(feature, test, nameA, nameB, x.length, y.length, meanX, meanY, statistic, df, p, pAdjusted, effectName, effect,
                    groups, note);
        }
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a + "; " + b;
    }
}
