package org.framelab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Heights chosen by the content: rows of groups or terms at the font size the print width gets
 * ({@link FontFit#scale}), plus the title and notes as they wrap at that width.
 */
final class Layout {
    private Layout() {}

    /** The chart's padding (top + bottom, left + right), see {@link ChartStyle#apply}. */
    private static final double PAD_Y = 16, PAD_X = 22;

    static double tickPoints(double width) {
        return Math.max(FontFit.MIN_POINTS, 10 * FontFit.scale(width));
    }

    /**
     * Small multiples: one panel per title (wrapped at the panel width) over {@code rows} rows each,
     * in {@link PanelGridPlot#columns} columns.
     */
    static double gridHeight(java.util.List<String> titles, long rows, double width, double rowFactor) {
        double inner = width - PAD_X;
        int cols = PanelGridPlot.columns(titles.size(), inner);
        double cell = (inner - 14 * (cols - 1)) / cols, titlePt = Math.max(FontFit.MIN_POINTS, 10.5 * FontFit.scale(width));
        double total = 0;
        for (int r = 0; r * cols < titles.size(); r++) {
            int lines = 0;
            for (int c = 0; c < cols && r * cols + c < titles.size(); c++) {
                String t = titles.get(r * cols + c);
                lines = Math.max(lines, t == null || t.isBlank() ? 0 : (int) Math.ceil(t.length() * 0.62 * titlePt / cell));
            }
            total += (r > 0 ? 8 : 0) + lines * titlePt * 1.25 + 2 + rowsHeight(rows, width, rowFactor);
        }
        return total;
    }

    /** Category rows and the value axis (ticks, no label) below them. */
    private static double rowsHeight(long rows, double width, double rowFactor) {
        double tick = tickPoints(width);
        return rows * tick * rowFactor + tick * 1.6 + 14;
    }

    /** A heat map of {@code rows} terms under vertical group labels of up to {@code labelChars} characters. */
    static double heatHeight(long rows, int labelChars, double width) {
        double tick = tickPoints(width);
        return rows * Math.max(12, tick * 1.8) + labelChars * tick * 0.58 + 16;
    }

    /** Height of the title and the text subtitles (notes) wrapped at {@code width}, with the chart padding. */
    static double titlesHeight(JFreeChart chart, double width) {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            RectangleConstraint c = new RectangleConstraint(width - PAD_X, null, LengthConstraintType.FIXED, 0, null,
                    LengthConstraintType.NONE);
            double h = PAD_Y + 4;
            if (chart.getTitle() != null) h += chart.getTitle().arrange(g2, c).getHeight();
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                Title t = chart.getSubtitle(i);
                boolean side = t.getPosition() == org.jfree.chart.ui.RectangleEdge.LEFT || t.getPosition() == org.jfree.chart.ui.RectangleEdge.RIGHT;
                if ((t instanceof TextTitle || t instanceof org.jfree.chart.title.LegendTitle) && t.isVisible() && !side) {
                    h += t.arrange(g2, c).getHeight();
                }
            }
            return h;
        } finally {
            g2.dispose();
        }
    }
}
