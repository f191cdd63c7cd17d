package org.framelab.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** The application icon, drawn in code (a frame with three coloured lines of "text") at several sizes for HiDPI. */
final class Icons {
    private Icons() {}

    static List<Image> appIcons() {
        List<Image> out = new ArrayList<>();
        for (int s : new int[]{16, 24, 32, 48, 64, 128, 256}) out.add(draw(s));
        return out;
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float u = size / 16f;
        g.setColor(new Color(0x1F3A5F));
        g.fillRoundRect(0, 0, size, size, Math.round(4 * u), Math.round(4 * u));
        g.setStroke(new BasicStroke(Math.max(1f, 1.6f * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Color[] c = {Theme.series(0).brighter(), Theme.series(1), Theme.series(2)};
        float[] len = {10f, 7f, 9f};
        for (int i = 0; i < 3; i++) {
            g.setColor(c[i]);
            float y = (4.5f + i * 3.5f) * u;
            g.drawLine(Math.round(3 * u), Math.round(y), Math.round((3 + len[i]) * u), Math.round(y));
        }
        g.dispose();
        return img;
    }
}
