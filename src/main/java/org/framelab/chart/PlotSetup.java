package org.framelab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.util.List;

/** Plot, axis, renderer and title setup shared by the chart builders of this package. */
final class PlotSetup {
    private PlotSetup() {}

    /** Longest category label before it is shortened with an ellipsis (the full name is in the tables). */
    static final int MAX_LABEL = 38;

    static String shorten(String s) {
        return shorten(s, MAX_LABEL);
    }

    /** The same with another limit (labels that may wrap on two lines). */
    static String shorten(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /** Key of one (series, category) cell in the side maps that renderers keep (intervals, outliers). */
    static String cellKey(Object row, Object column) {
        return row + "\u0000" + column;
    }

    static Color lighten(Color c, double f) {
        return new Color((int) (c.getRed() + (255 - c.getRed()) * f), (int) (c.getGreen() + (255 - c.getGreen()) * f),
                (int) (c.getBlue() + (255 - c.getBlue()) * f));
    }

    /** A thin dashed or dotted line with butt caps and round joins. */
    static BasicStroke dashed(float width, float... dash) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
    }

    /** The chart with the common style; a legend, if any, below the plot without a frame. */
    static JFreeChart finish(String title, Plot plot, boolean legend) {
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
        subtitle(chart, text, ChartStyle.NOTE_FONT, ChartStyle.AXIS, RectangleEdge.BOTTOM, new RectangleInsets(6, 2, 0, 2));
    }

    /** A left-aligned line of text (wrapped when long) above or below the plot. */
    static void subtitle(JFreeChart chart, String text, Font font, Paint paint, RectangleEdge edge, RectangleInsets padding) {
        TextTitle t = new TextTitle(text, font);
        t.setPaint(paint);
        t.setPosition(edge);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(padding);
        chart.addSubtitle(t);
    }

    /** Colour, marker shape and dash pattern per series (see {@link ChartStyle}). */
    static void styleSeries(AbstractRenderer r, int n, float lineWidth) {
        for (int s = 0; s < n; s++) {
            r.setSeriesPaint(s, ChartStyle.color(s));
            r.setSeriesShape(s, ChartStyle.shape(s));
            r.setSeriesStroke(s, ChartStyle.line(s, lineWidth));
        }
    }

    /** Flat bars: no gradient, shadow or outline, at most {@code maxWidth} of the category space. */
    static <R extends BarRenderer> R flat(R r, double maxWidth) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(maxWidth);
        r.setItemMargin(0);
        return r;
    }

    static BarRenderer flatBars() {
        return flat(new BarRenderer(), 0.1);
    }

    /** Turns a category plot so that the categories run down the left and the values along the bottom. */
    static <P extends CategoryPlot> P horizontal(P plot) {
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        return plot;
    }

    /** A horizontal category plot (value axis at the bottom) with a dotted guide line along each row. */
    static CategoryPlot dottedRowsPlot(CategoryDataset ds, CategoryAxis xa, NumberAxis ya, CategoryItemRenderer r) {
        CategoryPlot plot = horizontal(new CategoryPlot(ds, xa, ya, r));
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlineStroke(dashed(0.5f, 1f, 3f));
        plot.setDomainGridlinePaint(ChartStyle.GRID.darker());
        return plot;
    }

    /** Category labels on the left of a horizontal plot: up to half the width, wrapped on two lines. */
    static void leftLabels(CategoryAxis axis) {
        leftLabels(axis, 0.45f);
    }

    /** The same with labels up to {@code widthRatio} of the plot's width. */
    static void leftLabels(CategoryAxis axis, float widthRatio) {
        CategoryLabelPositions std = CategoryLabelPositions.STANDARD;
        CategoryLabelPosition left = new CategoryLabelPosition(RectangleAnchor.RIGHT, TextBlockAnchor.CENTER_RIGHT,
                CategoryLabelWidthType.RANGE, widthRatio);
        axis.setCategoryLabelPositions(new CategoryLabelPositions(std.getLabelPosition(RectangleEdge.TOP),
                std.getLabelPosition(RectangleEdge.BOTTOM), left, std.getLabelPosition(RectangleEdge.RIGHT)));
        axis.setMaximumCategoryLabelLines(1);
        axis.setCategoryMargin(0.15);
    }

    /** Category labels at 45 degrees when they would not fit side by side, else wrapped on two lines. */
    static void rotateIfCrowded(CategoryAxis axis, List<?> keys) {
        int longest = 0;
        for (Object k : keys) longest = Math.max(longest, String.valueOf(k).length());
        if (keys.size() * Math.max(longest, 6) > 70) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            axis.setMaximumCategoryLabelWidthRatio(1.0f);
        } else {
            axis.setMaximumCategoryLabelLines(2);
        }
    }

    /**
     * Draws an interval whisker from {@code lo} to {@code hi} (Java2D value coordinates) at
     * {@code mid} across the category axis, with end caps of half-length {@code cap}, in the
     * current paint and stroke.
     */
    static void drawWhisker(Graphics2D g2, PlotOrientation orientation, double lo, double hi, double mid, double cap) {
        if (orientation == PlotOrientation.HORIZONTAL) {
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
