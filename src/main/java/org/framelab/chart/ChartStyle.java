package org.framelab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * The publication style shared by all FrameLab charts: white background, no shadows, gradients or
 * 3D, a light grid, DejaVu Sans (or the default sans-serif font) at readable sizes, the Okabe–Ito
 * colour-blind-safe palette (Okabe &amp; Ito 2008, "Color Universal Design") and, for every series,
 * a distinct marker shape and dash pattern so the series stay apart when printed in grey.
 */
public final class ChartStyle {
    private ChartStyle() {}

    /**
     * Okabe–Ito colours, ordered so neighbouring series also differ in lightness; the eighth is Paul Tol's yellow
     * (#CCBB44) in place of Okabe–Ito's #F0E442, which is lighter than the grid lines (in grey about #E0E0E0): a line,
     * marker or name drawn in it vanished on white paper.
     */
    public static final Color[] PALETTE = {
            new Color(0x0072B2), // blue
            new Color(0xE69F00), // orange
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0x56B4E9), // sky blue
            new Color(0xD55E00), // vermillion
            new Color(0x000000), // black
            new Color(0xCCBB44), // yellow (Tol)
    };

    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color AXIS = new Color(0x444444);
    public static final Color TEXT = new Color(0x222222);

    public static final String FONT_FAMILY = fontFamily();

    public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 13);
    public static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);
    public static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 10);
    public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 10);
    public static final Font NOTE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 9);
    /** Title above each panel of small multiples (the measure). */
    public static final Font PANEL_TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 11).deriveFont(10.5f);

    private static boolean fontsLoaded;

    /**
     * Loads and lays out every chart font once, in this thread, before charts are drawn on several
     * threads at once: the JDK's first use of a font from several threads at once is the suspect of a
     * byte difference between two runs of the same study, seen once in CI and not reproduced (docs/performance.md).
     */
    public static synchronized void loadFonts() {
        if (fontsLoaded) return;
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(64, 32, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (Font f : new Font[]{TITLE_FONT, LABEL_FONT, TICK_FONT, LEGEND_FONT, NOTE_FONT, PANEL_TITLE_FONT}) {
                g.setFont(f);
                g.drawString("Aa0.,", 1, 20);
                f.getStringBounds("Aa0.,", g.getFontRenderContext());
            }
        } finally {
            g.dispose();
        }
        fontsLoaded = true;
    }

    private static String fontFamily() {
        try {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            if (Arrays.asList(names).contains("DejaVu Sans")) return "DejaVu Sans";
        } catch (Throwable ignored) {
            // headless environments without fontconfig still have the logical font
        }
        return Font.SANS_SERIF;
    }

    public static Color color(int series) {
        return PALETTE[Math.floorMod(series, PALETTE.length)];
    }

    /** Distinct marker shapes: circle, square, triangle up, diamond, triangle down, cross, ... */
    public static Shape shape(int series) {
        double s = 7.0, h = s / 2;
        return switch (Math.floorMod(series, 6)) {
            case 0 -> new Ellipse2D.Double(-h, -h, s, s);
            case 1 -> new Rectangle2D.Double(-h * 0.9, -h * 0.9, s * 0.9, s * 0.9);
            case 2 -> poly(new double[]{0, h, -h}, new double[]{-h * 1.1, h * 0.8, h * 0.8});
            case 3 -> poly(new double[]{0, h * 1.1, 0, -h * 1.1}, new double[]{-h * 1.1, 0, h * 1.1, 0});
            case 4 -> poly(new double[]{-h, h, 0}, new double[]{-h * 0.8, -h * 0.8, h * 1.1});
            default -> cross(h);
        };
    }

    /** Dash patterns: solid, dashed, dotted, dash-dot, long dash, dash-dot-dot. */
    public static Stroke line(int series, float width) {
        float[][] dashes = {null, {6f, 4f}, {1.5f, 3f}, {8f, 3f, 1.5f, 3f}, {12f, 4f}, {8f, 3f, 1.5f, 3f, 1.5f, 3f}};
        float[] d = dashes[Math.floorMod(series, dashes.length)];
        return d == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f);
    }

    private static Shape poly(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        return p;
    }

    private static Shape cross(double h) {
        double t = h * 0.35;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-t, -h); p.lineTo(t, -h); p.lineTo(t, -t); p.lineTo(h, -t); p.lineTo(h, t); p.lineTo(t, t);
        p.lineTo(t, h); p.lineTo(-t, h); p.lineTo(-t, t); p.lineTo(-h, t); p.lineTo(-h, -t); p.lineTo(-t, -t);
        p.closePath();
        return p;
    }

    /** Applies the common style to a chart built by {@link Charts}. */
    public static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 14));
        if (chart.getTitle() != null) {
            TextTitle t = chart.getTitle();
            t.setFont(TITLE_FONT);
            t.setPaint(TEXT);
            t.setPadding(new RectangleInsets(2, 2, 8, 2));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title st = chart.getSubtitle(i);
            if (st instanceof LegendTitle lt) {
                lt.setItemFont(LEGEND_FONT);
                lt.setItemPaint(TEXT);
                lt.setFrame(org.jfree.chart.block.BlockBorder.NONE);
                lt.setBackgroundPaint(Color.WHITE);
                lt.setItemLabelPadding(new RectangleInsets(2, 4, 2, 10));
            } else if (st instanceof TextTitle tt) {
                tt.setFont(NOTE_FONT);
                tt.setPaint(AXIS);
            }
        }
        stylePlot(chart.getPlot());
    }

    static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
        if (plot instanceof PanelGridPlot grid) {
            for (CategoryPlot p : grid.panels()) stylePlot(p);
        } else if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(GRID);
            cp.setRangeGridlineStroke(new BasicStroke(0.6f));
            cp.setDomainGridlinesVisible(false);
            cp.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < cp.getDomainAxisCount(); i++) styleAxis(cp.getDomainAxis(i));
            for (int i = 0; i < cp.getRangeAxisCount(); i++) styleAxis(cp.getRangeAxis(i));
            if (plot instanceof org.jfree.chart.plot.CombinedRangeCategoryPlot crp) {
                for (Object sub : crp.getSubplots()) stylePlot((CategoryPlot) sub);
            }
            if (plot instanceof org.jfree.chart.plot.CombinedDomainCategoryPlot cdp) {
                for (Object sub : cdp.getSubplots()) stylePlot((CategoryPlot) sub);
            }
        } else if (plot instanceof XYPlot xp) {
            xp.setRangeGridlinePaint(GRID);
            xp.setDomainGridlinePaint(GRID);
            xp.setRangeGridlineStroke(new BasicStroke(0.6f));
            xp.setDomainGridlineStroke(new BasicStroke(0.6f));
            xp.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xp.getDomainAxisCount(); i++) styleAxis(xp.getDomainAxis(i));
            for (int i = 0; i < xp.getRangeAxisCount(); i++) styleAxis(xp.getRangeAxis(i));
        }
    }

    static void styleAxis(Axis axis) {
        if (axis == null) return;
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
        axis.setAxisLineStroke(new BasicStroke(0.8f));
        if (axis instanceof CategoryAxis ca) {
            ca.setMaximumCategoryLabelLines(2);
            ca.setCategoryMargin(0.25);
            ca.setLowerMargin(0.04);
            ca.setUpperMargin(0.04);
        }
        if (axis instanceof ValueAxis va) {
            va.setTickMarkOutsideLength(3f);
        }
    }
}
