package org.framelab.chart;

import org.framelab.validation.SpanValidation;
import org.framelab.validation.SpanValidation.Estimate;
import org.framelab.validation.SpanValidation.Row;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The span validation as a forest plot: one row per family and feature, left the enrichment (share of
 * hits inside annotated spans over the chance rate, log scale, a dashed line at 1x = chance), right the
 * span recall; dots with their bootstrap 95% intervals, one colour and shape per annotator view.
 */
public final class ValidationCharts {
    private ValidationCharts() {}

    /** Lowest enrichment drawn: 0 (no hit in a span) and lower bounds below it sit at the axis's left end. */
    static final double FLOOR = 0.05;

    /** The units shown: every family row, and feature rows with at least {@code minHits} hits in the all-annotators view. */
    public static List<String> units(SpanValidation.Result v, int minHits) {
        Set<String> out = new LinkedHashSet<>();
        for (Row r : v.rows()) {
            if (!SpanValidation.ALL.equals(r.annotator())) continue;
            if (r.feature().isEmpty() || r.hits() >= minHits) out.add(r.unit());
        }
        return List.copyOf(out);
    }

    /** The chart; {@code minHits}: see {@link #units}. */
    public static JFreeChart forest(String title, SpanValidation.Result v, int minHits) {
        List<String> units = units(v, minHits);
        List<String> views = new ArrayList<>();
        views.add(SpanValidation.ALL);
        views.addAll(v.annotators());
        DefaultCategoryDataset enrich = new DefaultCategoryDataset(), recall = new DefaultCategoryDataset();
        Map<String, double[]> enrichIv = new HashMap<>(), recallIv = new HashMap<>();
        double hi = 2;
        for (String view : views) {
            String series = SpanValidation.ALL.equals(view) ? "all annotators" : "annotator " + view;
            for (String u : units) {
                Row r = v.row(view, u);
                String cat = label(u);
                Estimate e = r == null ? Estimate.NONE : r.enrichment();
                enrich.addValue(Double.isFinite(e.value()) ? Math.max(FLOOR, e.value()) : null, series, cat);
                enrichIv.put(PlotSetup.cellKey(series, cat), new double[]{floor(e.low()), floor(e.high())});
                if (Double.isFinite(e.high())) hi = Math.max(hi, e.high());
                if (Double.isFinite(e.value())) hi = Math.max(hi, e.value());
                Estimate s = r == null ? Estimate.NONE : r.spanRecall();
                recall.addValue(Double.isFinite(s.value()) ? s.value() : null, series, cat);
                recallIv.put(PlotSetup.cellKey(series, cat), new double[]{s.low(), s.high()});
            }
        }
        LogAxis log = new LogAxis("Enrichment over chance (log scale)");
        log.setBase(10);
        log.setSmallestValue(FLOOR);
        log.setRange(FLOOR, Math.pow(10, Math.ceil(Math.log10(hi * 1.2))));
        log.setTickUnit(new NumberTickUnit(1));
        log.setNumberFormatOverride(new DecimalFormat("0.##'x'", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        log.setMinorTickMarksVisible(true);
        DotCharts.CiDotRenderer er = new DotCharts.CiDotRenderer(enrichIv);
        PlotSetup.styleSeries(er, views.size(), 1.5f);
        CategoryPlot left = new CategoryPlot(enrich, null, log, er);
        left.addRangeMarker(chanceMarker(), Layer.BACKGROUND);
        NumberAxis rec = new NumberAxis("Span recall");
        rec.setRange(0, 1.0);
        rec.setTickUnit(new NumberTickUnit(0.25, new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        DotCharts.CiDotRenderer rr = new DotCharts.CiDotRenderer(recallIv);
        PlotSetup.styleSeries(rr, views.size(), 1.5f);
        rr.setDefaultSeriesVisibleInLegend(false);
        CategoryPlot right = new CategoryPlot(recall, null, rec, rr);
        CategoryAxis xa = new CategoryAxis(null);
        CombinedDomainCategoryPlot combined = PlotSetup.horizontal(new CombinedDomainCategoryPlot(xa));
        combined.setGap(14);
        combined.add(left, 3);
        combined.add(right, 2);
        for (CategoryPlot p : List.of(left, right)) {
            PlotSetup.horizontal(p);
            p.setDomainGridlinesVisible(true);
            p.setDomainGridlineStroke(PlotSetup.dashed(0.5f, 1f, 3f));
            p.setDomainGridlinePaint(ChartStyle.GRID.darker());
        }
        JFreeChart chart = PlotSetup.finish(title, combined, views.size() > 1);
        PlotSetup.leftLabels(xa);
        PlotSetup.note(chart, String.format(Locale.ROOT, "Dots: point estimates; whiskers: bootstrap 95%% intervals over articles%s. "
                        + "Dashed line: chance (hits at random words); 0x is drawn at the left edge. Families, then features with %d or more hits.",
                v.options().bootstrap() > 0 ? " (" + v.options().bootstrap() + " resamples, seed " + v.options().seed() + ")" : " (none: no bootstrap)",
                minHits));
        return chart;
    }

    /** A family as it is, a feature indented under it without the family prefix. */
    static String label(String unit) {
        int dot = unit.indexOf('.');
        return dot < 0 ? PlotSetup.shorten(unit) : PlotSetup.shorten("   " + unit.substring(dot + 1) + " (" + unit.substring(0, dot) + ")");
    }

    private static double floor(double x) {
        return Double.isFinite(x) ? Math.max(FLOOR, x) : Double.NaN;
    }

    private static ValueMarker chanceMarker() {
        ValueMarker m = new ValueMarker(1.0, ChartStyle.AXIS, PlotSetup.dashed(1.2f, 5f, 3f));
        m.setLabel("chance");
        m.setLabelFont(ChartStyle.NOTE_FONT);
        m.setLabelPaint(ChartStyle.AXIS);
        m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 230));
        return m;
    }

    /** Height in points for {@code rows} rows, so each row keeps its room. */
    public static double height(int rows, int series) {
        return Math.min(3000, 120 + rows * (12 + 4.0 * series));
    }

    /** The chart's size: a page wide, as tall as its rows need. */
    public static ChartExport.Size size(SpanValidation.Result v, int minHits, int dpi) {
        return new ChartExport.Size(540, 100, dpi).withHeight(height(units(v, minHits).size(), 1 + v.annotators().size()));
    }

    /** Draws the chart and writes {@code base.png/.svg/...} (atomically, the same bytes for the same result). */
    public static List<java.nio.file.Path> write(SpanValidation.Result v, java.nio.file.Path base, Set<ChartExport.Format> formats,
                                                 int minHits, int dpi) throws java.io.IOException {
        return ChartExport.write(forest(TITLE, v, minHits), base, size(v, minHits, dpi), formats);
    }

    public static final String TITLE = "Evidence against annotated spans";
}
