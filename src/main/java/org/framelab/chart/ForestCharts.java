package org.framelab.chart;

import org.framelab.chart.ChartData.MeanCi;
import org.framelab.chart.ChartData.ZeroPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Forest plots: one row per group, sorted by the value shown, the group's n in its row label, the
 * mean as a dot with its 95% interval as whiskers, and no legend. Several features become small
 * multiples (one panel per feature, the groups in the order of the first panel); a zero-inflated
 * measure becomes a two-part display (share of texts with a hit, mean among them).
 */
final class ForestCharts {
    private ForestCharts() {}

    static final String SERIES = "mean";

    /** "Fox News (n = 1,245)". */
    static String groupLabel(String group, long n) {
        return PlotSetup.shorten(group) + String.format(Locale.ROOT, " (n = %,d)", n);
    }

    /** A row label: the group and its n, the n on a second line when the name is long. */
    static String rowLabel(String group, long n) {
        String name = PlotSetup.shorten(group);
        return name + (name.length() > 16 ? "\n" : " ") + String.format(Locale.ROOT, "(n = %,d)", n);
    }

    /** See {@link Charts#forest}. */
    static JFreeChart forest(String title, List<MeanCi> means, String caption) {
        Map<String, Map<String, MeanCi>> byFeature = new LinkedHashMap<>();
        Set<String> groups = new LinkedHashSet<>();
        for (MeanCi m : means) {
            byFeature.computeIfAbsent(m.feature(), f -> new LinkedHashMap<>()).put(m.group(), m);
            groups.add(m.group());
        }
        List<String> order = sorted(groups, byFeature.isEmpty() ? Map.of() : byFeature.values().iterator().next(), MeanCi::mean);
        List<CategoryPlot> panels = new ArrayList<>();
        List<String> titles = new ArrayList<>(byFeature.keySet());
        boolean[] cut = {false};
        for (var e : byFeature.entrySet()) {
            Map<String, MeanCi> cells = e.getValue();
            DefaultCategoryDataset ds = new DefaultCategoryDataset();
            Map<String, double[]> intervals = new HashMap<>();
            for (String g : order) {
                MeanCi m = cells.get(g);
                String row = rowLabel(g, m == null ? 0 : m.n());
                ds.addValue(m == null || Double.isNaN(m.mean()) ? null : m.mean(), SERIES, row); // undefined: no dot, n = 0
                if (m != null) intervals.put(PlotSetup.cellKey(SERIES, row), new double[]{m.lower(), m.upper(), m.n()});
            }
            panels.add(panel(ds, intervals, cut));
        }
        JFreeChart chart = PlotSetup.finish(title, new PanelGridPlot(panels, titles), false);
        PlotSetup.note(chart, "Dots: means; whiskers: 95% confidence intervals; groups sorted by the mean"
                + (panels.size() > 1 ? " of the first panel" : "") + "; n: texts with a value." + cutNote(cut) + tail(caption));
        return chart;
    }

    /** See {@link Charts#zeroInflated}. */
    static JFreeChart zeroInflated(String title, String valueLabel, List<ZeroPart> parts, String caption) {
        Map<String, ZeroPart> byGroup = new LinkedHashMap<>();
        for (ZeroPart p : parts) byGroup.put(p.group(), p);
        List<String> order = sorted(byGroup.keySet(), byGroup, ZeroPart::share);
        DefaultCategoryDataset share = new DefaultCategoryDataset(), mean = new DefaultCategoryDataset();
        Map<String, double[]> shareCi = new HashMap<>(), meanCi = new HashMap<>();
        for (String g : order) {
            ZeroPart p = byGroup.get(g);
            String row = rowLabel(g, p.n());
            double[] ci = p.shareCi();
            share.addValue(p.n() == 0 ? null : 100 * p.share(), SERIES, row);
            shareCi.put(PlotSetup.cellKey(SERIES, row), new double[]{100 * ci[0], 100 * ci[1], p.n()});
            String hitRow = rowLabel(g, p.hits()); // the mean's n: the texts with any
            mean.addValue(p.hits() == 0 ? null : p.hitMean(), SERIES, hitRow);
            meanCi.put(PlotSetup.cellKey(SERIES, hitRow), new double[]{p.hitLow(), p.hitHigh(), p.hits()});
        }
        boolean[] cut = {false};
        PanelGridPlot plot = new PanelGridPlot(List.of(panel(share, shareCi, cut), panel(mean, meanCi, cut)),
                List.of("Texts with any (%)", valueLabel));
        JFreeChart chart = PlotSetup.finish(title, plot, false);
        PlotSetup.note(chart, "Most texts have none, so two parts: the share of texts with any (95% Wilson interval; n: texts "
                + "with a value) and the mean among those texts (95% CI; n: texts with any); groups sorted by the share." + cutNote(cut) + tail(caption));
        return chart;
    }

    /** Groups this small get no say in a panel's value range: their wide intervals would squeeze the others. */
    static final int MIN_N_FOR_RANGE = 10;

    private static String cutNote(boolean[] cut) {
        return cut[0] ? " Intervals of groups under " + MIN_N_FOR_RANGE + " texts may run past the axis (cut at its edge)." : "";
    }

    private static String tail(String caption) {
        return caption == null || caption.isBlank() ? "" : " " + caption;
    }

    /** The groups by {@code value} of their cell, largest first; groups without a value last; ties by name. */
    private static <T> List<String> sorted(Set<String> groups, Map<String, T> cells, ToDoubleFunction<T> value) {
        List<String> out = new ArrayList<>(groups);
        ToDoubleFunction<String> v = g -> {
            T c = cells.get(g);
            double x = c == null ? Double.NaN : value.applyAsDouble(c);
            return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x;
        };
        out.sort(Comparator.comparingDouble((String g) -> -v.applyAsDouble(g)).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /**
     * The value range: zero, every mean, and the intervals of groups with at least {@link #MIN_N_FOR_RANGE}
     * texts ({intervals}: low, high, n), with 5% room; {@code cut} is set when a smaller group's interval runs past it.
     */
    private static void fitRange(NumberAxis axis, DefaultCategoryDataset ds, Map<String, double[]> intervals, boolean[] cut) {
        double lo = 0, hi = 0;
        List<double[]> small = new ArrayList<>();
        for (int c = 0; c < ds.getColumnCount(); c++) {
            Number v = ds.getValue(0, c);
            if (v == null) continue;
            lo = Math.min(lo, v.doubleValue());
            hi = Math.max(hi, v.doubleValue());
            double[] iv = intervals.get(PlotSetup.cellKey(SERIES, ds.getColumnKey(c)));
            if (iv == null || !Double.isFinite(iv[0]) || !Double.isFinite(iv[1])) continue;
            if (iv[2] < MIN_N_FOR_RANGE) {
                small.add(iv);
                continue;
            }
            lo = Math.min(lo, iv[0]);
            hi = Math.max(hi, iv[1]);
        }
        if (!(hi > lo)) return;
        double pad = (hi - lo) * 0.05;
        axis.setRange(lo - (lo < 0 ? pad : 0), hi + pad);
        for (double[] iv : small) if (iv[0] < lo - pad || iv[1] > hi + pad) cut[0] = true;
    }

    /** One panel: rows = groups (first at the top), dots with whiskers, its own value axis. */
    private static CategoryPlot panel(DefaultCategoryDataset ds, Map<String, double[]> intervals, boolean[] cut) {
        DotCharts.CiDotRenderer r = new DotCharts.CiDotRenderer(intervals);
        PlotSetup.styleSeries(r, 1, 1.5f);
        CategoryAxis xa = new RowLabelAxis(); // one or two lines as the rows' height allows (PanelGridPlot)
        NumberAxis ya = new NumberAxis(null);
        CategoryPlot plot = PlotSetup.dottedRowsPlot(ds, xa, ya, r);
        fitRange(ya, ds, intervals, cut);
        PlotSetup.leftLabels(xa, 0.6f);
        xa.setMaximumCategoryLabelLines(2);
        ChartStyle.stylePlot(plot);
        return plot;
    }
}
