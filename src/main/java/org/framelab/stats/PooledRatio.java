package org.framelab.stats;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The pooled ratio of a ratio feature in one group: the sum of the numerators over the sum of the
 * denominators of the group's articles (times the scale: 1000 for a rate per 1,000 tokens), e.g. all
 * forms of 'say' over all reporting verbs of an outlet. Unlike the mean of the per-article ratios it
 * is defined whenever the group has any denominator, weights each article by its denominator, and
 * needs no rule for articles whose own ratio is undefined: they add 0 to both sums.
 *
 * <p>Confidence interval: the articles are the sampling units (clusters of verbs or tokens), and the
 * ratio estimator's linearised (Taylor, delta-method) variance is used (Cochran 1977, <i>Sampling
 * Techniques</i>, 3rd ed., ch. 6: the large-sample variance of the ratio estimate and its sample
 * estimate, without the finite-population correction): with {@code r = Σy / Σx} over the group's {@code n} articles and {@code x̄ = Σx / n},
 * {@code var(r) ≈ Σ(y_i − r·x_i)² / (n (n − 1) x̄²)}; the interval is
 * {@code r ± t(0.975, n − 1)·√var(r)}, scaled. Every article of the group with a value in both
 * columns counts in {@code n}, also those whose denominator is 0. The interval is not truncated (a
 * share's interval can pass 0 or 1 in very small groups) and is NaN with fewer than 2 articles or a
 * zero denominator sum.
 *
 * @param feature     the ratio column, e.g. {@code attribution.said_ratio}
 * @param formula     how it is computed, e.g. {@code attribution.said.count / (attribution.neutral.count + ...)}
 * @param groupField  the grouping, e.g. {@code outlet}
 * @param group       the group
 * @param articles    articles of the group used (n)
 * @param defined     of them, articles whose own ratio is defined (denominator &gt; 0)
 * @param numerator   sum of the numerators
 * @param denominator sum of the denominators
 * @param ratio       {@code scale × numerator / denominator}, NaN when the denominator sum is 0
 * @param se          standard error of {@code ratio} (NaN with fewer than 2 articles)
 * @param ciLow       lower bound of the 95% interval
 * @param ciHigh      upper bound
 */
public record PooledRatio(String feature, String formula, String groupField, String group, int articles, int defined,
                          double numerator, double denominator, double ratio, double se, double ciLow, double ciHigh) {

    /** Name of the method, for notes and tables. */
    public static final String METHOD = "pooled ratio sum(numerator)/sum(denominator); 95% CI from the linearised ratio-estimator "
            + "variance over articles (Cochran 1977, ch. 6), t with n-1 df";

    /**
     * The pooled ratio of one group: {@code y[i]}, {@code x[i]} the numerator and denominator of article
     * i (pairs with a NaN are left out), {@code scale} 1 or 1000.
     */
    public static PooledRatio of(String feature, String formula, String groupField, String group, double[] y, double[] x, double scale) {
        int n = 0, defined = 0;
        double sy = 0, sx = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i]) || Double.isNaN(x[i])) continue;
            n++;
            if (x[i] != 0) defined++;
            sy += y[i];
            sx += x[i];
        }
        double nan = Double.NaN;
        if (sx == 0) return new PooledRatio(feature, formula, groupField, group, n, defined, sy, sx, nan, nan, nan, nan);
        double r = sy / sx;
        if (n < 2) return new PooledRatio(feature, formula, groupField, group, n, defined, sy, sx, scale * r, nan, nan, nan);
        double ss = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i]) || Double.isNaN(x[i])) continue;
            double d = y[i] - r * x[i];
            ss += d * d;
        }
        double xbar = sx / n;
        double se = Math.sqrt(ss / (n * (n - 1.0) * xbar * xbar));
        double t = Descriptives.t975(n - 1);
        return new PooledRatio(feature, formula, groupField, group, n, defined, sy, sx, scale * r, scale * se,
                scale * (r - t * se), scale * (r + t * se));
    }

    /**
     * The pooled ratio per group of every feature of {@code features} that is a ratio whose numerator
     * and denominator columns are in the table; {@code keys[i]} is the group of row i (null or blank:
     * left out). Groups in {@link NaturalOrder}, features in the order given.
     */
    public static List<PooledRatio> byGroup(FeatureTable table, String groupField, String[] keys, List<String> features) {
        if (keys.length != table.rows().size()) throw new IllegalArgumentException(keys.length + " group keys for " + table.rows().size() + " rows");
        // the columns by name (the last of a name, as FeatureTable.columnIndex), looking up only the names needed
        Map<String, Integer> index = lastIndex(table, new java.util.HashSet<>(features));
        List<FeatureColumn.Ratio> ratios = new ArrayList<>();
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (String f : features) {
            Integer fc = index.get(f);
            FeatureColumn.Ratio q = fc == null ? null : table.columns().get(fc).ratio();
            ratios.add(q);
            if (q != null) {
                parts.add(q.numerator());
                parts.addAll(q.denominator());
            }
        }
        Map<String, Integer> partIndex = lastIndex(table, parts);
        List<String> needed = new ArrayList<>(partIndex.keySet());
        int[] cols = needed.stream().mapToInt(partIndex::get).toArray();
        double[][] read = GroupComparison.columnsAt(table, cols); // one pass over the rows, not one per column
        Map<String, double[]> values = new java.util.HashMap<>();
        for (int i = 0; i < cols.length; i++) values.put(needed.get(i), read[i]);
        GroupStats.Index groups = GroupStats.Index.of(keys);
        // features are independent: computed in parallel, collected in their order
        List<List<PooledRatio>> per = IntStream.range(0, features.size()).parallel().mapToObj(k -> {
            String f = features.get(k);
            FeatureColumn.Ratio q = ratios.get(k);
            if (q == null || !values.containsKey(q.numerator()) || !q.denominator().stream().allMatch(values::containsKey)) return List.<PooledRatio>of();
            double[] y = values.get(q.numerator());
            double[] x = new double[y.length];
            for (String d : q.denominator()) {
                double[] v = values.get(d);
                for (int i = 0; i < x.length; i++) x[i] += v[i];
            }
            Map<String, double[]> ys = groups.split(y);
            Map<String, double[]> xs = groups.split(x);
            String formula = q.formula();
            List<PooledRatio> rows = new ArrayList<>(ys.size());
            ys.forEach((g, gy) -> rows.add(of(f, formula, groupField, g, gy, xs.get(g), q.scale())));
            return rows;
        }).toList();
        List<PooledRatio> out = new ArrayList<>();
        for (List<PooledRatio> rows : per) out.addAll(rows);
        return List.copyOf(out);
    }

    /** The index of the last column of each of the {@code names} the table has. */
    private static Map<String, Integer> lastIndex(FeatureTable table, java.util.Set<String> names) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String name = table.columns().get(c).name();
            if (names.contains(name)) m.put(name, c);
        }
        return m;
    }
}
