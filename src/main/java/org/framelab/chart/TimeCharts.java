package org.framelab.chart;

import org.framelab.chart.ChartData.MonthlyPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;

import org.jfree.chart.ui.RectangleEdge;

import java.awt.Font;
import java.awt.Shape;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** Monthly time series, one line per group. */
final class TimeCharts {
    private TimeCharts() {}

    /** See {@link Charts#monthly}. */
    static JFreeChart monthly(String title, String valueLabel, List<MonthlyPoint> points, int minN) {
        // the time axis spans the months where some group has enough articles (stray dates far
        // outside the corpus period, e.g. a mistyped year, would otherwise squash the chart)
        YearMonth first = null, last = null;
        for (MonthlyPoint p : points) {
            if (p.n() < minN) continue;
            if (first == null || p.month().isBefore(first)) first = p.month();
            if (last == null || p.month().isAfter(last)) last = p.month();
        }
        TimeSeriesCollection ds = series(points, minN, first, last);
        long months = first == null ? 0 : (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue() + 1;
        // a marker shape per group (grey print): on every month of a short series; on a long one at the ends of each
        // stretch, on months without a neighbour (no line to draw) and every few months in between
        MonthRenderer r = new MonthRenderer(months <= 24 ? 1 : (int) Math.ceil(months / 24.0));
        PlotSetup.styleSeries(r, ds.getSeriesCount(), months <= 12 ? 1.6f : 1.3f);
        for (int s = 0; s < ds.getSeriesCount(); s++) r.setSeriesShapesFilled(s, s % 12 < 6); // 7th to 12th: hollow
        r.setDrawSeriesLineAsPath(false);
        r.setLegendLine(new Line2D.Double(-12, 0, 12, 0));
        XYPlot plot = new XYPlot(ds, monthAxis(months), new NumberAxis(null), r);
        JFreeChart chart = PlotSetup.finish(title, plot, false);
        // the measure above the value axis, read across and wrapped (a rotated axis label is cut off on narrow figures)
        if (valueLabel != null && !valueLabel.isBlank()) {
            PlotSetup.subtitle(chart, valueLabel, ChartStyle.LABEL_FONT, ChartStyle.TEXT, RectangleEdge.TOP, new RectangleInsets(0, 0, 4, 0));
        }
        // one line per group, named at its end (no legend to look up)
        if (ds.getSeriesCount() > 1) plot.addAnnotation(new EndLabels(plot, ChartStyle.LEGEND_FONT));
        PlotSetup.note(chart, "Monthly means per group (a marker shape each), each line named at its end"
                + (minN > 1 ? "; months with fewer than " + minN + " articles of a group are left out (gaps)." : "."));
        return chart;
    }

    /**
     * One series per group (in order of first appearance) over the months {@code first..last};
     * months without a point or with fewer than {@code minN} articles are gaps (null values); groups with no month left are not series.
     */
    private static TimeSeriesCollection series(List<MonthlyPoint> points, int minN, YearMonth first, YearMonth last) {
        Map<String, TimeSeries> byGroup = new LinkedHashMap<>();
        for (MonthlyPoint p : points) byGroup.computeIfAbsent(p.group(), TimeSeries::new);
        Map<String, Map<YearMonth, MonthlyPoint>> index = new HashMap<>();
        for (MonthlyPoint p : points) index.computeIfAbsent(p.group(), g -> new HashMap<>()).put(p.month(), p);
        for (var e : byGroup.entrySet()) {
            Map<YearMonth, MonthlyPoint> m = index.get(e.getKey());
            for (YearMonth ym = first; ym != null && !ym.isAfter(last); ym = ym.plusMonths(1)) {
                MonthlyPoint p = m.get(ym);
                Month month = new Month(ym.getMonthValue(), ym.getYear());
                e.getValue().add(month, p == null || p.n() < minN || Double.isNaN(p.value()) ? null : p.value());
            }
        }
        TimeSeriesCollection ds = new TimeSeriesCollection(utc());
        // a group with no month of minN articles draws nothing: it takes no colour, shape or dash of the drawn lines
        for (TimeSeries t : byGroup.values()) if (drawn(t)) ds.addSeries(t);
        return ds;
    }

    private static boolean drawn(TimeSeries t) {
        for (int i = 0; i < t.getItemCount(); i++) if (t.getValue(i) != null) return true;
        return false;
    }

    /**
     * Lines with a marker shape per group: every month's point while they stay apart ({@code step} 1), otherwise
     * the points without a neighbour on either side (the ends of each stretch, and single months, which have no
     * line at all) and every {@code step}-th month, staggered between the groups.
     */
    static final class MonthRenderer extends XYLineAndShapeRenderer {
        private final int step;

        MonthRenderer(int step) {
            super(true, true);
            this.step = step;
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            if (step <= 1 || getPlot() == null) return true;
            XYDataset ds = getPlot().getDataset();
            boolean before = item > 0 && !Double.isNaN(ds.getYValue(series, item - 1));
            boolean after = item + 1 < ds.getItemCount(series) && !Double.isNaN(ds.getYValue(series, item + 1));
            return !before || !after || (item + series) % step == 0;
        }
    }

    /**
     * Direct labels: each series' name at the end of its own line (right of its last point, which always has its
     * marker, at its height) in its colour, so a line can be matched to its name in grey print too; labels that
     * would overlap are moved apart, with a thin leader line back to the point and the series' marker before the name. The plot's right inset
     * makes room for the longest name (recomputed when the font changes).
     */
    static final class EndLabels extends AbstractXYAnnotation {
        private final XYPlot plot;
        private Font font;

        EndLabels(XYPlot plot, Font font) {
            this.plot = plot;
            setFont(font);
        }

        Font font() {
            return font;
        }

        void setFont(Font f) {
            this.font = f;
            double widest = 0;
            FontRenderContext frc = new FontRenderContext(null, true, true);
            for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
                widest = Math.max(widest, f.getStringBounds(name(s), frc).getWidth());
            }
            RectangleInsets in = plot.getInsets();
            plot.setInsets(new RectangleInsets(in.getTop(), in.getLeft(), in.getBottom(), widest + KEY + 10), false);
        }

        private String name(int series) {
            return PlotSetup.shorten(String.valueOf(plot.getDataset().getSeriesKey(series)));
        }

        /** Room for the marker before each name. */
        private static final double KEY = 12;

        @Override
        public void draw(Graphics2D g2, XYPlot p, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            g2.setFont(font);
            double h = font.getSize2D() * 1.15;
            List<double[]> labels = layout(p, dataArea, domainAxis, rangeAxis, g2.getFontRenderContext());
            Shape clip = g2.getClip();
            g2.setClip(null); // names of lines that end at the last month stand in the plot's right inset
            var r = p.getRenderer();
            for (double[] l : labels) {
                int s = (int) l[2];
                g2.setPaint(r.getSeriesPaint(s));
                boolean moved = Math.abs(l[4] - l[1]) > h / 3;
                if (moved) { // away from its line's end (whose marker is drawn): a thin leader line back, and the marker again
                    g2.setStroke(new java.awt.BasicStroke(0.5f));
                    g2.draw(new Line2D.Double(l[0] + 4, l[1], l[3], l[4]));
                    Shape key = java.awt.geom.AffineTransform.getTranslateInstance(l[3] + KEY / 2, l[4]).createTransformedShape(r.getSeriesShape(s));
                    if (r instanceof XYLineAndShapeRenderer lr && Boolean.FALSE.equals(lr.getSeriesShapesFilled(s))) {
                        g2.setStroke(new java.awt.BasicStroke(1f));
                        g2.draw(key);
                    } else g2.fill(key);
                }
                TextUtils.drawAlignedString(name(s), g2, (float) (l[3] + (moved ? KEY : 0)), (float) l[4], TextAnchor.CENTER_LEFT);
            }
            g2.setClip(clip);
        }

        /**
         * Where the names go: per series with a value, {x and y of its last point, series, x and y of its label (left,
         * middle), the label's width}, the labels right of their points and moved apart where they would overlap.
         */
        List<double[]> layout(XYPlot p, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis, FontRenderContext frc) {
            XYDataset ds = p.getDataset();
            List<double[]> labels = new ArrayList<>();
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                for (int i = ds.getItemCount(s) - 1; i >= 0; i--) {
                    double y = ds.getYValue(s, i);
                    if (Double.isNaN(y)) continue;
                    double px = domainAxis.valueToJava2D(ds.getXValue(s, i), dataArea, p.getDomainAxisEdge());
                    double py = rangeAxis.valueToJava2D(y, dataArea, p.getRangeAxisEdge());
                    double w = KEY + font.getStringBounds(name(s), frc).getWidth();
                    labels.add(new double[]{px, py, s, px + 7, py, w});
                    break;
                }
            }
            spread(labels, font.getSize2D() * 1.15, dataArea);
            return labels;
        }

        /**
         * Moves labels whose boxes would overlap apart vertically (top to bottom, then back up when pushed below the
         * plot), comparing only labels that share horizontal room; labels are kept inside the plot's height.
         */
        static void spread(List<double[]> labels, double h, Rectangle2D area) {
            labels.sort(Comparator.comparingDouble((double[] e) -> e[4]).thenComparingDouble(e -> e[2]));
            for (int i = 0; i < labels.size(); i++) {
                double[] a = labels.get(i);
                a[4] = Math.max(area.getMinY() + h / 2, a[4]);
                for (int j = 0; j < i; j++) {
                    double[] b = labels.get(j);
                    if (sideBySide(a, b) && a[4] < b[4] + h) a[4] = b[4] + h;
                }
            }
            for (int i = labels.size() - 1; i >= 0; i--) {
                double[] a = labels.get(i);
                double max = area.getMaxY() - h / 2;
                for (int j = i + 1; j < labels.size(); j++) {
                    double[] b = labels.get(j);
                    if (sideBySide(a, b)) max = Math.min(max, b[4] - h);
                }
                a[4] = Math.min(a[4], max);
            }
        }

        private static boolean sideBySide(double[] a, double[] b) {
            return a[3] < b[3] + b[5] && b[3] < a[3] + a[5];
        }
    }

    /**
     * A UTC date axis whose tick step JFreeChart chooses so the labels do not overlap at the drawn
     * width: whole months ("Jan 2020") at least {@code months / 6} apart, or whole years ("2020").
     */
    private static DateAxis monthAxis(long months) {
        DateAxis xa = new DateAxis(null);
        xa.setTimeZone(utc());
        TickUnits units = new TickUnits();
        for (int st : new int[]{1, 2, 3, 4, 6}) {
            if (months / st <= 6) units.add(new DateTickUnit(DateTickUnitType.MONTH, st, utcFormat("MMM yyyy")));
        }
        for (int st : new int[]{1, 2, 5, 10, 20}) units.add(new DateTickUnit(DateTickUnitType.YEAR, st, utcFormat("yyyy")));
        xa.setStandardTickUnits(units);
        xa.setAutoTickUnitSelection(true);
        xa.setLowerMargin(0.02);
        xa.setUpperMargin(0.02);
        return xa;
    }

    /** A fresh UTC zone (TimeZone is mutable, so charts do not share one). */
    private static TimeZone utc() {
        return TimeZone.getTimeZone("UTC");
    }

    private static SimpleDateFormat utcFormat(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ENGLISH);
        f.setTimeZone(utc());
        return f;
    }
}
