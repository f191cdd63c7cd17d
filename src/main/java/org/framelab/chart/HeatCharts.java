package org.framelab.chart;

import org.framelab.chart.ChartData.TermCount;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Heat maps of terms by group: one row per term (the most frequent over all groups first), one
 * column per group (the highest total rate first, its articles as n), the rate per 100 articles
 * printed in each cell on a single-hue sequential scale (ColorBrewer Blues: lightness falls
 * monotonically, so it reads in grey and for colour-blind readers), white text on dark cells.
 */
final class HeatCharts {
    private HeatCharts() {}

    /** Cells darker than this share of the scale get white text. */
    static final double WHITE_TEXT_FROM = 0.55;

    /** See {@link Charts#topTerms}. */
    static JFreeChart terms(String title, List<TermCount> counts, int top, String caption) {
        Map<String, Long> totals = new LinkedHashMap<>(), articles = new LinkedHashMap<>();
        Map<String, Double> rate = new HashMap<>();
        for (TermCount t : counts) {
            totals.merge(t.term(), t.count(), Long::sum);
            articles.merge(t.group(), t.groupArticles(), Math::max);
            rate.merge(t.term() + "\u0000" + t.group(), t.per100(), Double::sum);
        }
        List<String> terms = new ArrayList<>(totals.keySet());
        terms.sort(Comparator.comparing((String t) -> -totals.get(t)).thenComparing(Comparator.naturalOrder()));
        if (terms.size() > top) terms = terms.subList(0, top);
        Map<String, Double> groupTotal = new HashMap<>();
        for (String g : articles.keySet()) for (String t : terms) groupTotal.merge(g, rate.getOrDefault(t + "\u0000" + g, 0.0), Double::sum);
        List<String> groups = new ArrayList<>(articles.keySet());
        groups.sort(Comparator.comparing((String g) -> -groupTotal.get(g)).thenComparing(Comparator.naturalOrder()));
        int k = groups.size(), m = terms.size();
        double[] xs = new double[k * m], ys = new double[k * m], zs = new double[k * m];
        double max = 0;
        for (int i = 0; i < m; i++) for (int j = 0; j < k; j++) {
            xs[i * k + j] = j;
            ys[i * k + j] = i;
            zs[i * k + j] = rate.getOrDefault(terms.get(i) + "\u0000" + groups.get(j), 0.0);
            max = Math.max(max, zs[i * k + j]);
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("per 100 articles", new double[][]{xs, ys, zs});
        SymbolAxis xa = new SymbolAxis(null, groups.stream().map(g -> ForestCharts.groupLabel(g, articles.get(g))).toArray(String[]::new));
        SymbolAxis ya = new SymbolAxis(null, terms.stream().map(PlotSetup::shorten).toArray(String[]::new));
        for (SymbolAxis a : new SymbolAxis[]{xa, ya}) {
            a.setGridBandsVisible(false);
            a.setAxisLineVisible(false);
            a.setTickMarksVisible(false);
        }
        xa.setRange(-0.5, k - 0.5);
        ya.setRange(-0.5, m - 0.5);
        ya.setInverted(true);
        xa.setVerticalTickLabels(true);
        ScaledBlues scale = new ScaledBlues(max <= 0 ? 1 : max);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(ds, xa, ya, r);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Font font = new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, 9);
        for (int i = 0; i < m; i++) for (int j = 0; j < k; j++) {
            double z = zs[i * k + j];
            XYTextAnnotation a = new XYTextAnnotation(format(z, k), j, i);
            a.setFont(font);
            a.setPaint(z / scale.max > WHITE_TEXT_FROM ? Color.WHITE : ChartStyle.TEXT);
            a.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(a);
        }
        JFreeChart chart = PlotSetup.finish(title, plot, false);
        PlotSetup.note(chart, "Cells: occurrences per 100 articles of the group (darker: more). The " + m
                + " most frequent terms over all groups; groups sorted by their total over these terms; n: articles."
                + (caption == null || caption.isBlank() ? "" : " " + caption));
        return chart;
    }

    /** One decimal below 10 while the cells are wide enough (up to 12 groups: 16 pt cells at 85 mm), else whole numbers. */
    static String format(double v, int groups) {
        if (v == 0) return "0";
        return v < 10 && groups <= 12 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v);
    }

    /** {@link ClassifierCharts.BluesScale} stretched over 0..max. */
    static final class ScaledBlues implements PaintScale, Serializable {
        private final ClassifierCharts.BluesScale blues = new ClassifierCharts.BluesScale();
        final double max;

        ScaledBlues(double max) {
            this.max = max;
        }

        @Override public double getLowerBound() { return 0; }
        @Override public double getUpperBound() { return max; }

        @Override
        public Paint getPaint(double value) {
            return blues.getPaint(100 * value / max);
        }
    }
}
