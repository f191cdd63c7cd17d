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
        // markers on every month only while they stay apart; long series keep colour + dash pattern
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, months <= 12);
        PlotSetup.styleSeries(r, ds.getSeriesCount(), months <= 12 ? 1.6f : 1.3f);
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
        PlotSetup.note(chart, "Monthly means per group, each line named at its right end"
                + (minN > 1 ? "; months with fewer than " + minN + " articles of a group are left out (gaps)." : "."));
        return chart;
    }

    /**
     * One series per group (in order of first appearance) over the months {@code first..last};
     * months without a point or with fewer than {@code minN} articles are gaps (null values).
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
        byGroup.values().forEach(ds::addSeries);
        return ds;
    }

    /**
     * Direct labels: each series' name at the right of the plot, at the height of its last value,
     * in the series colour; labels that would overlap are moved apart. The plot's right inset
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
            plot.setInsets(new RectangleInsets(in.getTop(), in.getLeft(), in.getBottom(), widest + 8), false);
        }

        private String name(int series) {
            return PlotSetup.shorten(String.valueOf(plot.getDataset().getSeriesKey(series)));
        }

        @Override
        public void draw(Graphics2D g2, XYPlot p, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            XYDataset ds = p.getDataset();
            List<double[]> ends = new ArrayList<>(); // {y in Java2D, series}
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                for (int i = ds.getItemCount(s) - 1; i >= 0; i--) {
                    double y = ds.getYValue(s, i);
                    if (Double.isNaN(y)) continue;
                    ends.add(new double[]{rangeAxis.valueToJava2D(y, dataArea, p.getRangeAxisEdge()), s});
                    break;
                }
            }
            ends.sort(Comparator.comparingDouble((double[] e) -> e[0]).thenComparingDouble(e -> e[1]));
            double h = font.getSize2D() * 1.15;
            for (int i = 1; i < ends.size(); i++) ends.get(i)[0] = Math.max(ends.get(i)[0], ends.get(i - 1)[0] + h);
            double overflow = ends.isEmpty() ? 0 : ends.get(ends.size() - 1)[0] - dataArea.getMaxY();
            if (overflow > 0) { // pushed below the plot: move all up, keeping the spacing
                for (double[] e : ends) e[0] -= overflow;
                for (int i = ends.size() - 2; i >= 0; i--) ends.get(i)[0] = Math.min(ends.get(i)[0], ends.get(i + 1)[0] - h);
            }
            Shape clip = g2.getClip();
            g2.setClip(null); // the names stand right of the data area, in the plot's right inset
            g2.setFont(font);
            for (double[] e : ends) {
                int s = (int) e[1];
                g2.setPaint(p.getRenderer().getSeriesPaint(s));
                TextUtils.drawAlignedString(name(s), g2, (float) (dataArea.getMaxX() + 5), (float) e[0], TextAnchor.CENTER_LEFT);
            }
            g2.setClip(clip);
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
