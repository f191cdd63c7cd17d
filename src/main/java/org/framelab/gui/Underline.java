package org.framelab.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;

/**
 * The line under an evidence highlight, one style per kind, so that the kinds differ by shape as well as by hue:
 * in grey print (or for a reader who cannot tell the colours apart) every tint becomes a similar light grey, the
 * underline's shape still tells the kinds apart. The legend's swatches draw the same line.
 */
enum Underline {
    /** A solid 2-pixel line. */
    SOLID("solid underline"),
    /** Two thin lines. */
    DOUBLE("double underline"),
    /** Long dashes. */
    DASHED("dashed underline"),
    /** A thin line with upward ticks at both ends, like a bracket under the words. */
    BRACKET("bracket under the words"),
    /** Round dots. */
    DOTTED("dotted underline"),
    /** A wavy line. */
    WAVY("wavy underline"),
    /** Dash, dot, dash. */
    DASH_DOT("dash-dot underline"),
    /** A thin box around the words. */
    BOX("thin box"),
    /** A thin solid line (kinds without a style of their own). */
    THIN("thin underline");

    final String description;

    Underline(String description) {
        this.description = description;
    }

    /**
     * Draws the mark for the words in the box ({@code x}, {@code top}) to ({@code x + w}, {@code bottom}) on {@code g}
     * in its current colour; the line lies in the box's lowest pixels.
     */
    void paint(Graphics2D g, int x, int w, int top, int bottom) {
        int y = bottom - 2;
        int x1 = x + w;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        switch (this) {
            case SOLID -> {
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                g.drawLine(x, y, x1, y);
            }
            case DOUBLE -> {
                g.setStroke(new BasicStroke(1f));
                g.drawLine(x, y + 1, x1, y + 1);
                g.drawLine(x, y - 2, x1, y - 2);
            }
            case DASHED -> {
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{6f, 3f}, 0f));
                g.drawLine(x, y, x1, y);
            }
            case BRACKET -> {
                g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                int tick = Math.max(4, (bottom - top) * 2 / 5);
                Path2D p = new Path2D.Float();
                p.moveTo(x + 0.75, y - tick);
                p.lineTo(x + 0.75, y + 0.75);
                p.lineTo(x1 - 0.75, y + 0.75);
                p.lineTo(x1 - 0.75, y - tick);
                g.draw(p);
            }
            case DOTTED -> {
                g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[]{0.01f, 4f}, 0f));
                g.drawLine(x + 1, y, x1, y);
            }
            case WAVY -> {
                g.setStroke(new BasicStroke(1.3f));
                Path2D p = new Path2D.Float();
                float mid = y - 0.5f;
                p.moveTo(x, mid);
                for (float t = x; t < x1; t += 2f) p.lineTo(Math.min(t + 2f, x1), mid + (((int) ((t - x) / 2f)) % 2 == 0 ? -1.6f : 1.6f));
                g.draw(p);
            }
            case DASH_DOT -> {
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{7f, 2.5f, 2f, 2.5f}, 0f));
                g.drawLine(x, y, x1, y);
            }
            case BOX -> {
                g.setStroke(new BasicStroke(1f));
                g.drawRect(x, top, Math.max(1, w - 1), Math.max(1, bottom - top - 1));
            }
            case THIN -> {
                g.setStroke(new BasicStroke(1f));
                g.drawLine(x, y, x1, y);
            }
        }
    }
}
