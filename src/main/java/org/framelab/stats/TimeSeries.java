package org.framelab.stats;

import org.framelab.util.OptionException;

import org.framelab.features.FeatureTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Feature means per period and group, for "framing over time" charts. */
public final class TimeSeries {
    private TimeSeries() {}

    /**
     * One point of a time series.
     *
     * @param group  the group ("all" when not grouped)
     * @param period period key, e.g. "2020-01" for months (sorts chronologically as text)
     * @param n      rows with a non-missing value in this group and period
     * @param mean   mean value
     * @param ciLow  95% t-based CI of the mean (NaN when n &lt; 2)
     * @param ciHigh upper CI bound
     */
    public record Point(String group, String period, int n, double mean, double ciLow, double ciHigh) {}

    /** Monthly means of {@code feature} per group ({@code groupField} null = one series "all"). */
    public static List<Point> monthly(FeatureTable table, String feature, String groupField) {
        return byPeriod(table, feature, groupField, "month");
    }

    /**
     * Means of {@code feature} per group and period ({@link GroupKey#PERIODS}). Rows without a date or
     * without a group are left out. Sorted by group ({@link NaturalOrder}), then period.
     */
    public static List<Point> byPeriod(FeatureTable table, String feature, String groupField, String period) {
        int idx = table.indexOf(feature);
        if (idx < 0) throw new OptionException("feature", "" + feature + " (not a column of the feature table)");
        if (!GroupKey.PERIODS.contains(period)) throw new OptionException("period", "" + period + " (choose one of: " + String.join(", ", GroupKey.PERIODS) + ")");
        String[] groups = groupField == null ? null : GroupKey.of(table, groupField);
        double[] v = table.column(idx);
        Map<String, Map<String, List<Double>>> acc = new TreeMap<>(NaturalOrder.INSTANCE);
        List<FeatureTable.Row> rows = table.rows();
        for (int i = 0; i < v.length; i++) {
            String p = GroupKey.period(rows.get(i).date(), period);
            String g = groups == null ? "all" : groups[i];
            if (p == null || g == null || Double.isNaN(v[i])) continue;
            acc.computeIfAbsent(g, k -> new TreeMap<>()).computeIfAbsent(p, k -> new ArrayList<>()).add(v[i]);
        }
        List<Point> out = new ArrayList<>();
        acc.forEach((g, byP) -> byP.forEach((p, vals) -> {
            Descriptives d = Descriptives.of(g, vals.stream().mapToDouble(Double::doubleValue).toArray());
            out.add(new Point(g, p, d.n(), d.mean(), d.ciLow(), d.ciHigh()));
        }));
        return List.copyOf(out);
    }
}
