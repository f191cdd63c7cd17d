package org.framelab.chart;

import org.framelab.chart.ChartData.MeanCi;
import org.framelab.chart.ChartData.TermCount;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.framelab.chart.PlotSetup.cellKey;
import static org.framelab.chart.PlotSetup.shorten;

/** Cleveland dot plots: one row per feature or term, one marker per group. */
final class DotCharts {
    private DotCharts() {}

    /** See {@link Charts#meansByGroup}. */
    static JFreeChart meansByGroup(String title, String valueLabel, List<MeanCi> means) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Map<String, double[]> intervals = new HashMap<>();
        for (MeanCi m : means) {
            String g = m.group(), f = shorten(m.feature());
            ds.addValue(Double.isNaN(m.mean()) ? null : m.mean(), g, f); // no value in the group (all undefined): no marker
            intervals.put(cellKey(g, f), new double[]{m.lower(), m.upper()});
        }
        return rows(title, ds, valueLabel, new CiDotRenderer(intervals), ds.getRowCount() > 1,
                "Markers: group means; whiskers: 95% confidence intervals.");
    }

    /** See {@link Charts#topTerms}. */
    static JFreeChart topTerms(String title, List<TermCount> counts, int top) {
        Map<String, Long> totals = new LinkedHashMap<>();
        Set<String> groups = new LinkedHashSet<>();
        for (TermCount t : counts) {
            totals.merge(t.term(), t.count(), Long::sum);
            groups.add(t.group());
        }
        List<String> terms = new ArrayList<>(totals.keySet());
        terms.sort(Comparator.comparing((String t) -> -totals.get(t)).thenComparing(Comparator.naturalOrder()));
        if (terms.size() > top) terms = terms.subList(0, top);
        Set<String> keep = new LinkedHashSet<>(terms);
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (String g : groups) for (String t : terms) ds.addValue(0.0, g, shorten(t));
        for (TermCount t : counts) if (keep.contains(t.term())) ds.addValue(t.per100(), t.group(), shorten(t.term()));
        LineAndShapeRenderer r = new LineAndShapeRenderer(false, true);
        r.setUseSeriesOffset(true);
        r.setItemMargin(0.0);
        return rows(title, ds, "Occurrences per 100 articles", r, groups.size() > 1,
                "The " + terms.size() + " most frequent terms over all groups; rates per 100 articles of each group.");
    }

    /** The dot plot: series styled, rows with dotted guides and labels on the left, a note below. */
    private static JFreeChart rows(String title, DefaultCategoryDataset ds, String valueLabel, LineAndShapeRenderer r,
                                   boolean legend, String note) {
        PlotSetup.styleSeries(r, ds.getRowCount(), 1.5f);
        CategoryAxis xa = new CategoryAxis(null);
        CategoryPlot plot = PlotSetup.dottedRowsPlot(ds, xa, new NumberAxis(valueLabel), r);
        JFreeChart chart = PlotSetup.finish(title, plot, legend);
        PlotSetup.leftLabels(xa);
        PlotSetup.note(chart, note);
        return chart;
    }

    /** Draws dots with interval whiskers; series are dodged within a category. */
    static final class CiDotRenderer extends LineAndShapeRenderer {
        private final Map<String, double[]> intervals;

        CiDotRenderer(Map<String, double[]> intervals) {
            super(false, true);
            this.intervals = intervals;
            setUseSeriesOffset(true);
            setItemMargin(0.0);
            setUseFillPaint(false);
        }

        @Override
        public Range findRangeBounds(CategoryDataset dataset) {
            Range base = super.findRangeBounds(dataset);
            double lo = base == null ? Double.NaN : base.getLowerBound(), hi = base == null ? Double.NaN : base.getUpperBound();
            for (double[] iv : intervals.values()) {
                if (Double.isFinite(iv[0])) lo = Double.isNaN(lo) ? iv[0] : Math.min(lo, iv[0]);
                if (Double.isFinite(iv[1])) hi = Double.isNaN(hi) ? iv[1] : Math.max(hi, iv[1]);
            }
            return Double.isNaN(lo) ? base : new Range(lo, hi);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
                             int row, int column, int pass) {
            if (pass == 0 && getItemVisible(row, column)) {
                double[] iv = intervals.get(cellKey(dataset.getRowKey(row), dataset.getColumnKey(column)));
                if (iv != null && Double.isFinite(iv[0]) && Double.isFinite(iv[1])) {
                    int visibleRow = state.getVisibleSeriesIndex(row);
                    double x = domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(), visibleRow,
                            state.getVisibleSeriesCount(), getItemMargin(), dataArea, plot.getDomainAxisEdge());
                    double lo = rangeAxis.valueToJava2D(iv[0], dataArea, plot.getRangeAxisEdge());
                    double hi = rangeAxis.valueToJava2D(iv[1], dataArea, plot.getRangeAxisEdge());
                    g2.setPaint(getItemPaint(row, column));
                    g2.setStroke(new BasicStroke(1.3f));
                    PlotSetup.drawWhisker(g2, plot.getOrientation(), lo, hi, x, 3.0);
                }
            }
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        }
    }
}
