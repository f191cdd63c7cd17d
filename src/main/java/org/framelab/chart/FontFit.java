package org.framelab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Fits the text of a chart to its print width: every font of the chart (titles, notes, legends,
 * axes, cell values, direct labels) is scaled by {@link #scale(double)} and never below
 * {@link #MIN_POINTS}, so a single-column figure (85 mm) keeps text of at least 7 pt at print size.
 * The same walk lists the fonts a chart uses ({@link #fonts}), which the tests check.
 */
public final class FontFit {
    private FontFit() {}

    /** The smallest font size at print size, in points (journals ask for 6 to 8 pt). */
    public static final float MIN_POINTS = 7f;

    /** The width the chart fonts are designed for: 468 pt (6.5 in); wider charts keep them. */
    static final double DESIGN_WIDTH = 468;

    /** Font scale for a print width in points: 1 from 400 pt up, down to 0.72 at 85 mm (241 pt). */
    public static double scale(double widthPoints) {
        return Math.max(0.72, Math.min(1.0, 0.72 + (widthPoints - 241) / (400 - 241) * 0.28));
    }

    /** Scales every font of {@code chart} for {@code widthPoints} (no change from 400 pt up). */
    public static JFreeChart fit(JFreeChart chart, double widthPoints) {
        double k = scale(widthPoints);
        if (k >= 1) return chart;
        apply(chart, f -> f.deriveFont((float) Math.max(MIN_POINTS, Math.round(f.getSize2D() * k * 4) / 4.0)));
        return chart;
    }

    /** The fonts the chart draws text with (titles, notes, legends, axes, annotations, item labels shown). */
    public static List<Font> fonts(JFreeChart chart) {
        List<Font> out = new ArrayList<>();
        apply(chart, f -> {
            out.add(f);
            return f;
        });
        return out;
    }

    /** Replaces each font of the chart by {@code f} of it. */
    static void apply(JFreeChart chart, UnaryOperator<Font> f) {
        if (chart.getTitle() != null) chart.getTitle().setFont(f.apply(chart.getTitle().getFont()));
        for (int i = 0; i < chart.getSubtitleCount(); i++) title(chart.getSubtitle(i), f);
        plot(chart.getPlot(), f);
    }

    private static void title(Title t, UnaryOperator<Font> f) {
        if (t instanceof TextTitle tt) tt.setFont(f.apply(tt.getFont()));
        else if (t instanceof LegendTitle lt) lt.setItemFont(f.apply(lt.getItemFont()));
        else if (t instanceof PaintScaleLegend pl) axis(pl.getAxis(), f);
    }

    static void plot(Plot plot, UnaryOperator<Font> f) {
        if (plot instanceof PanelGridPlot g) {
            if (g.titles().stream().anyMatch(t -> t != null && !t.isBlank())) g.setTitleFont(f.apply(g.titleFont()));
            for (Plot p : g.panels()) plot(p, f);
        } else if (plot instanceof CombinedDomainCategoryPlot c) {
            axis(c.getDomainAxis(), f);
            for (Object p : c.getSubplots()) plot((Plot) p, f);
        } else if (plot instanceof CombinedRangeCategoryPlot c) {
            axis(c.getRangeAxis(), f);
            for (Object p : c.getSubplots()) plot((Plot) p, f);
        } else if (plot instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getDomainAxisCount(); i++) axis(cp.getDomainAxis(i), f);
            for (int i = 0; i < cp.getRangeAxisCount(); i++) axis(cp.getRangeAxis(i), f);
            for (int i = 0; i < cp.getRendererCount(); i++) renderer(cp.getRenderer(i), f);
            for (Object a : cp.getAnnotations()) {
                if (a instanceof CategoryTextAnnotation t) t.setFont(f.apply(t.getFont()));
            }
        } else if (plot instanceof XYPlot xp) {
            for (int i = 0; i < xp.getDomainAxisCount(); i++) axis(xp.getDomainAxis(i), f);
            for (int i = 0; i < xp.getRangeAxisCount(); i++) axis(xp.getRangeAxis(i), f);
            for (int i = 0; i < xp.getRendererCount(); i++) {
                XYItemRenderer r = xp.getRenderer(i);
                if (r != null && r.getDefaultItemLabelsVisible()) r.setDefaultItemLabelFont(f.apply(r.getDefaultItemLabelFont()));
            }
            for (XYAnnotation a : xp.getAnnotations()) {
                if (a instanceof XYTextAnnotation t) t.setFont(f.apply(t.getFont()));
                else if (a instanceof TimeCharts.EndLabels e) e.setFont(f.apply(e.font()));
            }
        }
    }

    private static void renderer(CategoryItemRenderer r, UnaryOperator<Font> f) {
        if (r != null && r.getDefaultItemLabelsVisible()) r.setDefaultItemLabelFont(f.apply(r.getDefaultItemLabelFont()));
    }

    private static void axis(Axis a, UnaryOperator<Font> f) {
        if (a == null) return;
        if (a.getLabel() != null && !a.getLabel().isEmpty()) a.setLabelFont(f.apply(a.getLabelFont()));
        if (a.isTickLabelsVisible()) a.setTickLabelFont(f.apply(a.getTickLabelFont()));
    }
}
