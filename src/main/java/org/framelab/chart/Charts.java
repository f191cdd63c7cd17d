package org.framelab.chart;

import org.framelab.chart.ChartData.BoxStats;
import org.framelab.chart.ChartData.Confusion;
import org.framelab.chart.ChartData.FeatureWeight;
import org.framelab.chart.ChartData.MeanCi;
import org.framelab.chart.ChartData.MonthlyPoint;
import org.framelab.chart.ChartData.RocCurve;
import org.framelab.chart.ChartData.ScoreBar;
import org.framelab.chart.ChartData.TermCount;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * Builders for FrameLab's chart types, from plain {@link ChartData} records. Every chart uses
 * {@link ChartStyle}; export with {@link ChartExport}.
 */
public final class Charts {
    private Charts() {}

    /** Longest category label before it is shortened with an ellipsis (the full name is in the tables). */
    static final int MAX_LABEL = 38;

    // ------------------------------------------------------------------ means with CI

    /**
     * Dot-and-whisker chart: one row per feature, one marker per group (distinct colour and shape),
     * whiskers for the 95% confidence interval of the mean.
     */
    public static JFreeChart meansByGroup(String title, String valueLabel, List<MeanCi> means) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Map<String, double[]> intervals = new HashMap<>();
        for (MeanCi m : means) {
            String g = m.group(), f = shorten(m.feature());
            ds.addValue(m.mean(), g, f);
            intervals.put(g + '\u0000' + f, new double[]{m.lower(), m.upper()});
        }
        CiDotRenderer r = new CiDotRenderer(intervals);
        styleSeries(r, ds.getRowCount());
        CategoryAxis xa = new CategoryAxis(null);
        NumberAxis ya = new NumberAxis(valueLabel);
        CategoryPlot plot = dottedRowsPlot(ds, xa, ya, r);
        JFreeChart chart = finish(title, plot, ds.getRowCount() > 1);
        leftLabels(xa);
        note(chart, "Markers: group means; whiskers: 95% confidence intervals.");
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
                             CategoryAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis, CategoryDataset dataset,
                             int row, int column, int pass) {
            if (pass == 0 && getItemVisible(row, column)) {
                double[] iv = intervals.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
                if (iv != null && Double.isFinite(iv[0]) && Double.isFinite(iv[1])) {
                    int visibleRow = state.getVisibleSeriesIndex(row);
                    double x = domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(), visibleRow,
                            state.getVisibleSeriesCount(), getItemMargin(), dataArea, plot.getDomainAxisEdge());
                    double lo = rangeAxis.valueToJava2D(iv[0], dataArea, plot.getRangeAxisEdge());
                    double hi = rangeAxis.valueToJava2D(iv[1], dataArea, plot.getRangeAxisEdge());
                    g2.setPaint(getItemPaint(row, column));
                    g2.setStroke(new BasicStroke(1.3f));
                    double cap = 3.0;
                    if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
                        g2.draw(new Line2D.Double(lo, x, hi, x));
                        g2.draw(new Line2D.Double(lo, x - cap, lo, x + cap));
                        g2.draw(new Line2D.Double(hi, x - cap, hi, x + cap));
                    } else {
                        g2.draw(new Line2D.Double(x, lo, x, hi));
                        g2.draw(new Line2D.Double(x - cap, lo, x + cap, lo));
                        g2.draw(new Line2D.Double(x - cap, hi, x + cap, hi));
                    }
                }
            }
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        }
    }

    // ------------------------------------------------------------------ box plots

    /** Box plots of one or more features by group (groups along the axis, one series per feature). */
    public static JFreeChart boxPlot(String title, String valueLabel, List<BoxStats> boxes) {
        DefaultBoxAndWhiskerCategoryDataset ds = new DefaultBoxAndWhiskerCategoryDataset();
        Map<String, List<Double>> outliers = new HashMap<>();
        for (BoxStats b : boxes) {
            double minOut = b.whiskerLow(), maxOut = b.whiskerHigh();
            for (double o : b.outliers()) {
                minOut = Math.min(minOut, o);
                maxOut = Math.max(maxOut, o);
            }
            String colKey = b.group() + " (n=" + b.n() + ")";
            ds.add(new BoxAndWhiskerItem(b.mean(), b.median(), b.q1(), b.q3(), b.whiskerLow(), b.whiskerHigh(),
                    minOut, maxOut, new ArrayList<>()), shorten(b.feature()), colKey);
            outliers.put(shorten(b.feature()) + '\u0000' + colKey, b.outliers());
        }
        MeanBoxRenderer r = new MeanBoxRenderer(outliers);
        r.setFillBox(true);
        r.setMeanVisible(false);
        r.setMedianVisible(true);
        r.setMaximumBarWidth(0.09);
        r.setItemMargin(0.12);
        r.setUseOutlinePaintForWhiskers(true);
        r.setDefaultOutlineStroke(new BasicStroke(1.0f));
        for (int s = 0; s < ds.getRowCount(); s++) {
            Color c = ChartStyle.color(s);
            r.setSeriesPaint(s, lighten(c, 0.55));
            r.setSeriesOutlinePaint(s, c.darker());
            r.setSeriesOutlineStroke(s, new BasicStroke(1.0f));
        }
        r.setDefaultOutlinePaint(Color.DARK_GRAY);
        CategoryAxis xa = new CategoryAxis(null);
        NumberAxis ya = new NumberAxis(valueLabel);
        ya.setAutoRangeIncludesZero(false);
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
        CategoryPlot plot = new CategoryPlot(ds, xa, ya, r);
        if (lo < hi) {
            double pad = (hi - lo) * 0.05;
            ya.setRange(lo - pad, hi + pad);
        }
        JFreeChart chart = finish(title, plot, ds.getRowCount() > 1);
        rotateIfCrowded(xa, ds.getColumnKeys());
        note(chart, "Box: quartiles; line: median; diamond: mean; whiskers: most extreme values within 1.5 IQR; circles: outliers.");
        return chart;
    }

    /** Box-and-whisker renderer that marks the mean with a small fixed-size diamond (not a box-wide circle). */
    static final class MeanBoxRenderer extends BoxAndWhiskerRenderer {
        private final Map<String, List<Double>> outliers;

        MeanBoxRenderer(Map<String, List<Double>> outliers) {
            this.outliers = outliers;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis, CategoryDataset dataset,
                             int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (!(dataset instanceof org.jfree.data.statistics.BoxAndWhiskerCategoryDataset bw)) return;
            Number mean = bw.getMeanValue(row, column);
            if (mean == null || !Double.isFinite(mean.doubleValue())) return;
            RectangleEdge edge = plot.getDomainAxisEdge();
            double start = domainAxis.getCategoryStart(column, getColumnCount(), dataArea, edge);
            double width = domainAxis.getCategoryEnd(column, getColumnCount(), dataArea, edge) - start;
            int series = getRowCount();
            double xx;
            if (series > 1) {
                double gap = dataArea.getWidth() * getItemMargin() / (getColumnCount() * (series - 1));
                double used = state.getBarWidth() * series + gap * (series - 1);
                xx = start + (width - used) / 2 + row * (state.getBarWidth() + gap);
            } else {
                xx = start + (width - state.getBarWidth()) / 2;
            }
            double cx = xx + state.getBarWidth() / 2;
            double cy = rangeAxis.valueToJava2D(mean.doubleValue(), dataArea, plot.getRangeAxisEdge());
            double h = 4;
            java.awt.geom.Path2D.Double d = new java.awt.geom.Path2D.Double();
            d.moveTo(cx, cy - h); d.lineTo(cx + h, cy); d.lineTo(cx, cy + h); d.lineTo(cx - h, cy); d.closePath();
            g2.setPaint(Color.WHITE);
            g2.fill(d);
            g2.setPaint(ChartStyle.TEXT);
            g2.setStroke(new BasicStroke(1.1f));
            g2.draw(d);
            List<Double> outs = outliers.getOrDefault(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column), List.of());
            g2.setStroke(new BasicStroke(0.8f));
            g2.setPaint(getSeriesOutlinePaint(row) == null ? ChartStyle.TEXT : getSeriesOutlinePaint(row));
            for (double o : outs) {
                double oy = rangeAxis.valueToJava2D(o, dataArea, plot.getRangeAxisEdge());
                g2.draw(new java.awt.geom.Ellipse2D.Double(cx - 2.2, oy - 2.2, 4.4, 4.4));
            }
        }
    }

    // ------------------------------------------------------------------ monthly series

    /** Monthly mean (or rate) per group; months with fewer than {@code minN} articles are left as gaps. */
    public static JFreeChart monthly(String title, String valueLabel, List<MonthlyPoint> points, int minN) {
        Map<String, TimeSeries> byGroup = new LinkedHashMap<>();
        // the time axis spans the months where some group has enough articles (stray dates far
        // outside the corpus period, e.g. a mistyped year, would otherwise squash the chart)
        YearMonth first = null, last = null;
        for (MonthlyPoint p : points) {
            if (p.n() < minN) continue;
            if (first == null || p.month().isBefore(first)) first = p.month();
            if (last == null || p.month().isAfter(last)) last = p.month();
        }
        for (MonthlyPoint p : points) byGroup.computeIfAbsent(p.group(), TimeSeries::new);
        Map<String, Map<YearMonth, MonthlyPoint>> index = new HashMap<>();
        for (MonthlyPoint p : points) index.computeIfAbsent(p.group(), g -> new HashMap<>()).put(p.month(), p);
        for (var e : byGroup.entrySet()) {
            Map<YearMonth, MonthlyPoint> m = index.get(e.getKey());
            for (YearMonth ym = first; ym != null && !ym.isAfter(last); ym = ym.plusMonths(1)) {
                MonthlyPoint p = m.get(ym);
                Month month = new Month(ym.getMonthValue(), ym.getYear());
                e.getValue().add(month, p == null || p.n() < minN ? null : p.value());
            }
        }
        TimeSeriesCollection ds = new TimeSeriesCollection(TimeZone.getTimeZone("UTC"));
        byGroup.values().forEach(ds::addSeries);
        long months = first == null ? 0 : (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue() + 1;
        // markers on every month only while they stay apart; long series keep colour + dash pattern
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, months <= 36);
        for (int s = 0; s < ds.getSeriesCount(); s++) {
            r.setSeriesPaint(s, ChartStyle.color(s));
            r.setSeriesShape(s, ChartStyle.shape(s));
            r.setSeriesStroke(s, ChartStyle.line(s, months <= 36 ? 1.6f : 1.3f));
        }
        r.setDrawSeriesLineAsPath(false);
        r.setLegendLine(new Line2D.Double(-12, 0, 12, 0));
        DateAxis xa = new DateAxis("Month");
        xa.setTimeZone(TimeZone.getTimeZone("UTC"));
        int step = 1;
        for (int st : new int[]{1, 2, 3, 4, 6, 12, 24, 36, 60, 120}) {
            step = st;
            if (months / st <= 6) break;
        }
        xa.setDateFormatOverride(step >= 12 ? yearFormat() : monthFormat());
        xa.setTickUnit(new DateTickUnit(step >= 12 ? DateTickUnitType.YEAR : DateTickUnitType.MONTH, step >= 12 ? step / 12 : step));
        xa.setLowerMargin(0.02);
        xa.setUpperMargin(0.02);
        NumberAxis ya = new NumberAxis(valueLabel);
        XYPlot plot = new XYPlot(ds, xa, ya, r);
        JFreeChart chart = finish(title, plot, ds.getSeriesCount() > 1);
        note(chart, "Monthly means per group" + (minN > 1 ? "; months with fewer than " + minN + " articles of a group are left out." : "."));
        return chart;
    }

    private static SimpleDateFormat yearFormat() {
        SimpleDateFormat f = new SimpleDateFormat("yyyy", Locale.ENGLISH);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }

    private static SimpleDateFormat monthFormat() {
        SimpleDateFormat f = new SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }

    // ------------------------------------------------------------------ terms

    /**
     * Cleveland dot plot of the {@code top} most frequent terms (over all groups) with one marker
     * per group, in occurrences per 100 articles of the group.
     */
    public static JFreeChart topTerms(String title, List<TermCount> counts, int top) {
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
        styleSeries(r, ds.getRowCount());
        CategoryAxis xa = new CategoryAxis(null);
        NumberAxis ya = new NumberAxis("Occurrences per 100 articles");
        CategoryPlot plot = dottedRowsPlot(ds, xa, ya, r);
        JFreeChart chart = finish(title, plot, groups.size() > 1);
        leftLabels(xa);
        note(chart, "The " + terms.size() + " most frequent terms over all groups; rates per 100 articles of each group.");
        return chart;
    }

    // ------------------------------------------------------------------ confusion matrix

    /**
     * Heat map of a confusion matrix: cell shade = share of the true class (row %), annotated with
     * the count and the row percentage; a single-hue sequential scale whose lightness falls
     * monotonically, so it reads the same in grey.
     */
    public static JFreeChart confusion(String title, Confusion cm) {
        int k = cm.labels().size();
        double[] xs = new double[k * k], ys = new double[k * k], zs = new double[k * k];
        int idx = 0;
        for (int t = 0; t < k; t++) {
            long tot = cm.rowTotal(t);
            for (int p = 0; p < k; p++) {
                xs[idx] = p;
                ys[idx] = t;
                zs[idx] = tot == 0 ? 0 : 100.0 * cm.counts()[t][p] / tot;
                idx++;
            }
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("share", new double[][]{xs, ys, zs});
        String[] labels = cm.labels().stream().map(Charts::shorten).toArray(String[]::new);
        SymbolAxis xa = new SymbolAxis("Predicted label", labels);
        SymbolAxis ya = new SymbolAxis("True label", labels);
        for (SymbolAxis a : new SymbolAxis[]{xa, ya}) {
            a.setGridBandsVisible(false);
            a.setRange(-0.5, k - 0.5);
        }
        ya.setInverted(true);
        XYBlockRenderer r = new XYBlockRenderer();
        BluesScale scale = new BluesScale();
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(ds, xa, ya, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Font big = new Font(ChartStyle.FONT_FAMILY, Font.BOLD, k > 6 ? 8 : k > 4 ? 10 : 12);
        Font small = new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, k > 6 ? 7 : k > 4 ? 8 : 10);
        String pctFormat = k > 4 ? "%.0f%%" : "%.1f%%";
        idx = 0;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++, idx++) {
                Color ink = zs[idx] > 55 ? Color.WHITE : ChartStyle.TEXT;
                XYTextAnnotation count = new XYTextAnnotation(String.valueOf(cm.counts()[t][p]), p, t - 0.1);
                count.setFont(big);
                count.setPaint(ink);
                count.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                XYTextAnnotation pct = new XYTextAnnotation(String.format(Locale.ROOT, pctFormat, zs[idx]), p, t + 0.05);
                pct.setFont(small);
                pct.setPaint(ink);
                pct.setTextAnchor(TextAnchor.TOP_CENTER);
                plot.addAnnotation(count);
                plot.addAnnotation(pct);
            }
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, false);
        NumberAxis scaleAxis = new NumberAxis("% of true class");
        scaleAxis.setRange(0, 100);
        scaleAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
        ChartStyle.styleAxis(scaleAxis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 14, k > 4 ? 90 : 30, 4));
        legend.setStripWidth(12);
        legend.setStripOutlineVisible(true);
        legend.setAxisOffset(4);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        ChartStyle.apply(chart);
        for (SymbolAxis a : new SymbolAxis[]{xa, ya}) a.setTickLabelFont(ChartStyle.LABEL_FONT);
        if (k > 4) xa.setVerticalTickLabels(true);
        note(chart, "Cells: count and share of the true class (row %).");
        return chart;
    }

    /** ColorBrewer "Blues" (Brewer 2003) interpolated: lightness decreases monotonically from 0 to 100. */
    static final class BluesScale implements PaintScale, java.io.Serializable {
        private static final int[] STOPS = {0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B};

        @Override public double getLowerBound() { return 0; }
        @Override public double getUpperBound() { return 100; }

        @Override
        public Paint getPaint(double value) {
            double v = Math.max(0, Math.min(100, Double.isNaN(value) ? 0 : value)) / 100.0 * (STOPS.length - 1);
            int i = Math.min((int) Math.floor(v), STOPS.length - 2);
            double f = v - i;
            Color a = new Color(STOPS[i]), b = new Color(STOPS[i + 1]);
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }

    // ------------------------------------------------------------------ ROC

    /** One-vs-rest ROC curves (one per class), with the chance diagonal. */
    public static JFreeChart roc(String title, List<RocCurve> curves) {
        XYSeriesCollection ds = new XYSeriesCollection();
        for (RocCurve c : curves) {
            XYSeries s = new XYSeries(String.format(Locale.ROOT, "%s (AUC %.3f)", shorten(c.label()), c.auc()), false, true);
            int n = c.fpr().length;
            int stride = Math.max(1, n / 400);
            for (int i = 0; i < n; i += stride) s.add(c.fpr()[i], c.tpr()[i]);
            if (n > 0 && (n - 1) % stride != 0) s.add(c.fpr()[n - 1], c.tpr()[n - 1]);
            ds.addSeries(s);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < ds.getSeriesCount(); s++) {
            r.setSeriesPaint(s, ChartStyle.color(s));
            r.setSeriesStroke(s, ChartStyle.line(s, 2.0f));
        }
        r.setLegendLine(new Line2D.Double(-12, 0, 12, 0));
        NumberAxis xa = new NumberAxis("False positive rate");
        NumberAxis ya = new NumberAxis("True positive rate");
        for (NumberAxis a : new NumberAxis[]{xa, ya}) {
            a.setRange(-0.015, 1.015);
            a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.2, new DecimalFormat("0.0")));
        }
        XYPlot plot = new XYPlot(ds, xa, ya, r);
        XYLineAnnotation chance = new XYLineAnnotation(0, 0, 1, 1,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{2f, 3f}, 0f), Color.GRAY);
        plot.addAnnotation(chance);
        JFreeChart chart = finish(title, plot, true);
        LegendTitle lt = chart.getLegend();
        lt.setPosition(RectangleEdge.BOTTOM);
        note(chart, "One-vs-rest ROC curves from cross-validated predictions; dotted line: chance.");
        return chart;
    }

    // ------------------------------------------------------------------ top features per class

    /** Horizontal bars of the {@code top} features by |weight| for each class, one panel per class. */
    public static JFreeChart topFeatures(String title, String valueLabel, List<FeatureWeight> weights, int top) {
        Map<String, List<FeatureWeight>> byClass = new LinkedHashMap<>();
        for (FeatureWeight w : weights) byClass.computeIfAbsent(w.classLabel(), c -> new ArrayList<>()).add(w);
        NumberAxis va = new NumberAxis(valueLabel);
        CombinedRangeCategoryPlot combined = new CombinedRangeCategoryPlot(va);
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        combined.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        combined.setGap(12);
        int ci = 0;
        for (var e : byClass.entrySet()) {
            List<FeatureWeight> ws = new ArrayList<>(e.getValue());
            ws.sort(Comparator.comparingDouble((FeatureWeight w) -> -Math.abs(w.weight())).thenComparing(FeatureWeight::feature));
            if (ws.size() > top) ws = ws.subList(0, top);
            DefaultCategoryDataset ds = new DefaultCategoryDataset();
            for (FeatureWeight w : ws) ds.addValue(w.weight(), e.getKey(), shorten(w.feature()));
            BarRenderer r = flatBars();
            r.setSeriesPaint(0, ChartStyle.color(ci));
            CategoryAxis ca = new CategoryAxis(shorten(e.getKey()));
            ca.setLabelAngle(0);
            CategoryPlot sub = new CategoryPlot(ds, ca, null, r);
            sub.setRangeZeroBaselineVisible(true);
            sub.setRangeZeroBaselinePaint(ChartStyle.AXIS);
            combined.add(sub, Math.max(1, ws.size()));
            ci++;
        }
        JFreeChart chart = finish(title, combined, false);
        for (Object o : combined.getSubplots()) {
            CategoryPlot sub = (CategoryPlot) o;
            leftLabels(sub.getDomainAxis());
            sub.getDomainAxis().setLabelFont(ChartStyle.LABEL_FONT.deriveFont(Font.BOLD));
        }
        return chart;
    }

    // ------------------------------------------------------------------ score bars (ablation)

    /**
     * Horizontal bars with 95% interval whiskers, e.g. macro-F1 of ablated feature sets, with an
     * optional reference line (e.g. the majority-class baseline).
     */
    public static JFreeChart scoreBars(String title, String valueLabel, List<ScoreBar> bars, Double reference,
                                       String referenceLabel) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Map<String, double[]> intervals = new HashMap<>();
        for (ScoreBar b : bars) {
            ds.addValue(b.score(), "score", shorten(b.name()));
            intervals.put(shorten(b.name()), new double[]{b.lower(), b.upper()});
        }
        CiBarRenderer r = new CiBarRenderer(intervals);
        r.setSeriesPaint(0, ChartStyle.color(0));
        CategoryAxis xa = new CategoryAxis(null);
        NumberAxis ya = new NumberAxis(valueLabel);
        CategoryPlot plot = new CategoryPlot(ds, xa, ya, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        if (reference != null && Double.isFinite(reference)) {
            ValueMarker m = new ValueMarker(reference, ChartStyle.color(5),
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{6f, 4f}, 0f));
            m.setLabel(referenceLabel);
            m.setLabelFont(ChartStyle.NOTE_FONT);
            m.setLabelPaint(ChartStyle.color(5).darker());
            m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            m.setLabelBackgroundColor(new Color(255, 255, 255, 230));
            plot.addRangeMarker(m, Layer.FOREGROUND);
            r.reference = reference;
        }
        JFreeChart chart = finish(title, plot, false);
        leftLabels(xa);
        note(chart, "Bars: cross-validated score; whiskers: 95% interval over folds.");
        return chart;
    }

    static final class CiBarRenderer extends BarRenderer {
        private final Map<String, double[]> intervals;
        Double reference;

        CiBarRenderer(Map<String, double[]> intervals) {
            this.intervals = intervals;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setMaximumBarWidth(0.08);
            setItemMargin(0);
        }

        @Override
        public Range findRangeBounds(CategoryDataset dataset) {
            Range base = super.findRangeBounds(dataset);
            double lo = base == null ? 0 : base.getLowerBound(), hi = base == null ? 0 : base.getUpperBound();
            for (double[] iv : intervals.values()) {
                if (Double.isFinite(iv[0])) lo = Math.min(lo, iv[0]);
                if (Double.isFinite(iv[1])) hi = Math.max(hi, iv[1]);
            }
            if (reference != null) {
                lo = Math.min(lo, reference);
                hi = Math.max(hi, reference);
            }
            return new Range(lo, hi);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis, CategoryDataset dataset,
                             int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (pass != 0) return;
            double[] iv = intervals.get(String.valueOf(dataset.getColumnKey(column)));
            if (iv == null || !Double.isFinite(iv[0]) || !Double.isFinite(iv[1])) return;
            double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
            double mid = w0 + state.getBarWidth() / 2;
            double lo = rangeAxis.valueToJava2D(iv[0], dataArea, plot.getRangeAxisEdge());
            double hi = rangeAxis.valueToJava2D(iv[1], dataArea, plot.getRangeAxisEdge());
            double cap = Math.min(5, state.getBarWidth() / 4);
            g2.setPaint(ChartStyle.TEXT);
            g2.setStroke(new BasicStroke(1.2f));
            if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
                g2.draw(new Line2D.Double(lo, mid, hi, mid));
                g2.draw(new Line2D.Double(lo, mid - cap, lo, mid + cap));
                g2.draw(new Line2D.Double(hi, mid - cap, hi, mid + cap));
            } else {
                g2.draw(new Line2D.Double(mid, lo, mid, hi));
                g2.draw(new Line2D.Double(mid - cap, lo, mid + cap, lo));
                g2.draw(new Line2D.Double(mid - cap, hi, mid + cap, hi));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static BarRenderer flatBars() {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(0.1);
        r.setItemMargin(0);
        return r;
    }

    private static void styleSeries(LineAndShapeRenderer r, int n) {
        for (int s = 0; s < n; s++) {
            r.setSeriesPaint(s, ChartStyle.color(s));
            r.setSeriesShape(s, ChartStyle.shape(s));
            r.setSeriesStroke(s, ChartStyle.line(s, 1.5f));
        }
    }

    private static JFreeChart finish(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, legend);
        if (legend) {
            LegendTitle lt = chart.getLegend();
            lt.setPosition(RectangleEdge.BOTTOM);
            lt.setFrame(BlockBorder.NONE);
        }
        ChartStyle.apply(chart);
        return chart;
    }

    /** A small explanatory note under the chart (what the marks mean). */
    static void note(JFreeChart chart, String text) {
        TextTitle t = new TextTitle(text, ChartStyle.NOTE_FONT);
        t.setPaint(ChartStyle.AXIS);
        t.setPosition(RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(6, 2, 0, 2));
        chart.addSubtitle(t);
    }

    /** Category labels on the left of a horizontal plot: up to half the width, wrapped on two lines. */
    private static void leftLabels(CategoryAxis axis) {
        CategoryLabelPositions std = CategoryLabelPositions.STANDARD;
        CategoryLabelPosition left = new CategoryLabelPosition(RectangleAnchor.RIGHT, TextBlockAnchor.CENTER_RIGHT,
                CategoryLabelWidthType.RANGE, 0.45f);
        axis.setCategoryLabelPositions(new CategoryLabelPositions(std.getLabelPosition(RectangleEdge.TOP),
                std.getLabelPosition(RectangleEdge.BOTTOM), left, std.getLabelPosition(RectangleEdge.RIGHT)));
        axis.setMaximumCategoryLabelLines(1);
        axis.setCategoryMargin(0.15);
    }

    private static void rotateIfCrowded(CategoryAxis axis, List<?> keys) {
        int longest = 0;
        for (Object k : keys) longest = Math.max(longest, String.valueOf(k).length());
        if (keys.size() * Math.max(longest, 6) > 70) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            axis.setMaximumCategoryLabelWidthRatio(1.0f);
        } else {
            axis.setMaximumCategoryLabelLines(2);
        }
    }

    static Color lighten(Color c, double f) {
        return new Color((int) (c.getRed() + (255 - c.getRed()) * f), (int) (c.getGreen() + (255 - c.getGreen()) * f),
                (int) (c.getBlue() + (255 - c.getBlue()) * f));
    }

    static String shorten(String s) {
        if (s == null) return "";
        return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1) + "\u2026";
    }

    /** A horizontal category plot (value axis at the bottom) with a dotted guide line along each row. */
    private static CategoryPlot dottedRowsPlot(org.jfree.data.category.CategoryDataset ds, CategoryAxis xa, NumberAxis ya,
                                               org.jfree.chart.renderer.category.CategoryItemRenderer r) {
        CategoryPlot plot = new CategoryPlot(ds, xa, ya, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlineStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{1f, 3f}, 0f));
        plot.setDomainGridlinePaint(ChartStyle.GRID.darker());
        return plot;
    }
}
