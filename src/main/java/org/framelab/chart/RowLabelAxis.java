package org.framelab.chart;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;

/**
 * The row labels of a panel ("Breitbart News (n = 99)", a long name with its n on a second line): laid out by
 * {@link PanelGridPlot} for the room the rows really have. Two lines only when a row is tall enough for two;
 * otherwise one line, the name shortened with an ellipsis so that the label fits the reserved width and the n is
 * never cut. JFreeChart's own wrapping (at a share of the data area's width, which split "(n =" from "99)" and let
 * two-line labels of neighbouring rows overlap) is not used.
 */
final class RowLabelAxis extends CategoryAxis {
    private boolean twoLines = true;
    private float width = Float.MAX_VALUE;

    RowLabelAxis() {
        super(null);
    }

    /** Two lines per label when each row has {@code rowHeight} for two lines of the tick font. */
    boolean fitsTwoLines(Graphics2D g2, double rowHeight) {
        return rowHeight >= 2.1 * lineHeight(g2);
    }

    double lineHeight(Graphics2D g2) {
        Font f = getTickLabelFont();
        return f.getLineMetrics("Ag", g2.getFontRenderContext()).getHeight();
    }

    /** Lays the labels out as one or two lines in at most {@code width} points. */
    void layOut(boolean twoLines, double width) {
        this.twoLines = twoLines;
        this.width = (float) width;
    }

    /** The widest label line as laid out with {@code twoLines}. */
    double widest(Graphics2D g2, Iterable<?> categories, boolean twoLines) {
        double max = 0;
        FontRenderContext frc = g2.getFontRenderContext();
        for (Object k : categories) {
            String s = String.valueOf(k);
            for (String line : twoLines ? s.split("\n") : new String[]{oneLine(s)}) {
                max = Math.max(max, getTickLabelFont().getStringBounds(line, frc).getWidth());
            }
        }
        return max;
    }

    /** The label text as drawn: the lines joined when one line is asked for, the name shortened to fit. */
    String text(String label, FontRenderContext frc) {
        if (twoLines) return label;
        String s = oneLine(label);
        Font f = getTickLabelFont();
        if (f.getStringBounds(s, frc).getWidth() <= width) return s;
        int n = s.lastIndexOf(" (n = ");
        String name = n < 0 ? s : s.substring(0, n), tail = n < 0 ? "" : s.substring(n);
        for (int len = name.length() - 1; len >= 3; len--) {
            String t = name.substring(0, len).stripTrailing() + "\u2026" + tail;
            if (f.getStringBounds(t, frc).getWidth() <= width) return t;
        }
        return s;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float w, RectangleEdge edge, Graphics2D g2) {
        String t = text(String.valueOf(category), g2.getFontRenderContext());
        // wide enough for the lines as laid out: no further wrapping
        return super.createLabel(t, Math.max(w, width + 2), edge, g2);
    }
}
