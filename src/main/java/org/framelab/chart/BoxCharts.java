package org.framelab.chart;

import org.framelab.chart.ChartData.BoxStats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.framelab.chart.PlotSetup.cellKey;
import static org.framelab.chart.PlotSetup.shorten;

/** Box plots (Tukey) with a mean marker and the outliers drawn as circles. */
final class BoxCharts {
    private BoxCharts() {}

    /** See {@link Charts#boxPlot}. */
    static JFreeChart boxPlot(String title, String valueLabel, List<BoxStats> boxes) {
        DefaultBoxAndWhiskerCategoryDataset ds = new DefaultBoxAndWhiskerCategoryDataset();
        Map<String, List<Double>> outliers = new HashMap<>();
        // groups by median (then mean), largest first, so the order says something; empty groups last
        Map<String, double[]> rank = new HashMap<>();
        for (BoxStats b : boxes) rank.putIfAbsent(b.group(), new double[]{b.n() == 0 ? Double.NEGATIVE_INFINITY : b.median(), b.n() == 0 ? 0 : b.mean()});
        boxes = new ArrayList<>(boxes);
        boxes.sort(java.util.Comparator.comparingDouble((BoxStats b) -> -rank.get(b.group())[0])
                .thenComparingDouble(b -> -rank.get(b.group())[1]).thenComparing(BoxStats::group));
        for (BoxStats b : boxes) {
            double minOut = b.whiskerLow(), maxOut = b.whiskerHigh();
            for (double o : b.outliers()) {
                minOut = Math.min(minOut, o);
                maxOut = Math.max(maxOut, o);
            }
            String colKey = ForestCharts.rowLabel(b.group(), b.n());
            ds.add(new BoxAndWhiskerItem(b.mean(), b.median(), b.q1(), b.q3(), b.whiskerLow(), b.whiskerHigh(),
                    minOut, maxOut, new ArrayList<>()), shorten(b.feature()), colKey);
            outliers.put(cellKey(shorten(b.feature()), colKey), b.outliers());
        }
        MeanBoxRenderer r = renderer(outliers, ds.getRowCount());
        CategoryAxis xa = new CategoryAxis(null);
        NumberAxis ya = new NumberAxis(null);
        ya.setAutoRangeIncludesZero(false);
        // one row per group (labels read across), the measure as the panel title
        CategoryPlot plot = PlotSetup.horizontal(new CategoryPlot(ds, xa, ya, r));
        fitRange(ya, boxes);
        PlotSetup.leftLabels(xa, 0.6f);
        xa.setMaximumCategoryLabelLines(2);
        JFreeChart chart = PlotSetup.finish(title, new PanelGridPlot(List.of(plot), java.util.Collections.singletonList(valueLabel)),
                ds.getRowCount() > 1);
        PlotSetup.note(chart, "Box: quartiles; line: median; diamond: mean; whiskers: most extreme values within 1.5 IQR; "
                + "circles: outliers; groups sorted by the median; n: texts with a value.");
        return chart;
    }

    /** Filled boxes in a light tint of the series colour, outlined in a dark one. */
    private static MeanBoxRenderer renderer(Map<String, List<Double>> outliers, int series) {
        MeanBoxRenderer r = new MeanBoxRenderer(outliers);
        r.setFillBox(true);
        r.setMeanVisible(false);
        r.setMedianVisible(true);
        r.setMaximumBarWidth(0.09);
        r.setItemMargin(0.12);
        r.setUseOutlinePaintForWhiskers(true);
        r.setDefaultOutlineStroke(new BasicStroke(1.0f));
        for (int s = 0; s < series; s++) {
            Color c = ChartStyle.color(s);
            r.setSeriesPaint(s, PlotSetup.lighten(c, 0.55));
            r.setSeriesOutlinePaint(s, c.darker());
            r.setSeriesOutlineStroke(s, new BasicStroke(1.0f));
        }
        r.setDefaultOutlinePaint(Color.DARK_GRAY);
        return r;
    }

    /** The value axis spans all whiskers and outliers of non-empty groups, with 5% padding. */
    private static void fitRange(NumberAxis axis, List<BoxStats> boxes) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (BoxStats b : boxes) {
            if (b.n() == 0) continue;
            lo = Math.min(lo, b.whiskerLow());
            hi = Math.max(hi, b.whiskerHigh());
            for (double o : b.outliers()) {
                lo = Math.min(lo, o);
                hi = Math.max(hi, o);
            }
        }
        if (lo < hi) {
            double pad = (hi - lo) * 0.05;
            axis.setRange(lo - pad, hi + pad);
        }
    }

    /** Box-and-whisker renderer that marks the mean with a small fixed-size diamond (not a box-wide circle). */
    static final class MeanBoxRenderer extends BoxAndWhiskerRenderer {
        private final Map<String, List<Double>> outliers;

        MeanBoxRenderer(Map<String, List<Double>> outliers) {
            this.outliers = outliers;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
                             int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (!(dataset instanceof BoxAndWhiskerCategoryDataset bw)) return;
            Number mean = bw.getMeanValue(row, column);
            if (mean == null || !Double.isFinite(mean.doubleValue())) return;
            boolean across = plot.getOrientation() == PlotOrientation.HORIZONTAL;
            double c = boxCentre(state, dataArea, domainAxis, plot.getDomainAxisEdge(), row, column, across);
            double v = rangeAxis.valueToJava2D(mean.doubleValue(), dataArea, plot.getRangeAxisEdge());
            if (across) drawMean(g2, v, c);
            else drawMean(g2, c, v);
            List<Double> outs = outliers.getOrDefault(cellKey(dataset.getRowKey(row), dataset.getColumnKey(column)), List.of());
            g2.setStroke(new BasicStroke(0.8f));
            g2.setPaint(getSeriesOutlinePaint(row) == null ? ChartStyle.TEXT : getSeriesOutlinePaint(row));
            for (double o : outs) {
                double ov = rangeAxis.valueToJava2D(o, dataArea, plot.getRangeAxisEdge());
                g2.draw(across ? new Ellipse2D.Double(ov - 2.2, c - 2.2, 4.4, 4.4) : new Ellipse2D.Double(c - 2.2, ov - 2.2, 4.4, 4.4));
            }
        }

        /** The coordinate along the category axis (x, or y when {@code across}) of the middle of the box of {@code row} in category {@code column}. */
        private double boxCentre(CategoryItemRendererState state, Rectangle2D dataArea, CategoryAxis domainAxis,
                                 RectangleEdge edge, int row, int column, boolean across) {
            double start = domainAxis.getCategoryStart(column, getColumnCount(), dataArea, edge);
            double width = domainAxis.getCategoryEnd(column, getColumnCount(), dataArea, edge) - start;
            int series = getRowCount();
            double xx;
            if (series > 1) {
                double gap = (across ? dataArea.getHeight() : dataArea.getWidth()) * getItemMargin() / (getColumnCount() * (series - 1));
                double used = state.getBarWidth() * series + gap * (series - 1);
                xx = start + (width - used) / 2 + row * (state.getBarWidth() + gap);
            } else {
                xx = start + (width - state.getBarWidth()) / 2;
            }
            return xx + state.getBarWidth() / 2;
        }

        /** A white diamond with a dark outline. */
        private static void drawMean(Graphics2D g2, double cx, double cy) {
            double h = 4;
            Path2D.Double d = new Path2D.Double();
            d.moveTo(cx, cy - h);
            d.lineTo(cx + h, cy);
            d.lineTo(cx, cy + h);
            d.lineTo(cx - h, cy);
            d.closePath();
            g2.setPaint(Color.WHITE);
            g2.fill(d);
            g2.setPaint(ChartStyle.TEXT);
            g2.setStroke(new BasicStroke(1.1f));
            g2.draw(d);
        }
    }
}
