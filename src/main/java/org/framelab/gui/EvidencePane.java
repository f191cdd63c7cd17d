package org.framelab.gui;

import org.framelab.features.Hit;

import javax.swing.JTextPane;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import javax.swing.text.View;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article text with evidence highlights painted as layers (a tinted background plus an
 * underline in the family's colour, so overlapping spans stay visible) and tooltips that name
 * every hit under the mouse. Highlight classes are {@link Theme#highlightClass(Hit)}.
 */
final class EvidencePane extends JTextPane {
    private List<Hit> hits = List.of();
    private Set<String> hidden = Set.of();

    EvidencePane() {
        setContentType("text/plain");
    }

    /**
     * Shows the text with the same character offsets as the article (the hits' spans): inserted
     * directly into the document, carriage returns as spaces (the editor kit's reader would drop
     * them and shift every highlight after a Windows line break).
     */
    @Override
    public void setText(String t) {
        StyledDocument doc = getStyledDocument();
        try {
            doc.remove(0, doc.getLength());
            doc.insertString(0, t == null ? "" : t.replace('\r', ' '), null);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        SimpleAttributeSet para = new SimpleAttributeSet();
        StyleConstants.setLineSpacing(para, 0.25f);
        StyleConstants.setSpaceBelow(para, 4f);
        doc.setParagraphAttributes(0, doc.getLength(), para, false);
    }

    /** Highlights the hits except those whose class is in {@code hidden}. */
    void setHits(List<Hit> hits, Set<String> hidden) {
        this.hits = hits;
        this.hidden = Set.copyOf(hidden);
        Highlighter hl = getHighlighter();
        hl.removeAllHighlights();
        boolean dark = Theme.isDark();
        // longest spans first so shorter ones are painted on top
        List<Hit> order = new ArrayList<>(hits);
        order.sort(Comparator.comparingInt((Hit h) -> -h.span().length()).thenComparing(Hit::span));
        int len = getDocument().getLength();
        for (Hit h : order) {
            String key = Theme.highlightClass(h);
            if (this.hidden.contains(key)) continue;
            if (h.span().end() > len || h.span().length() == 0) continue;
            Theme.FamilyColour fc = Theme.colour(key);
            try {
                hl.addHighlight(h.span().begin(), h.span().end(), new Painter(fc.background(dark), fc.strong(), h.span().length() > 80));
            } catch (BadLocationException e) {
                // span outside the text: skipped (Evidence already drops such hits)
            }
        }
        repaint();
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int off = viewToModel2D(e.getPoint());
        if (off < 0) return null;
        Map<String, Hit> under = new LinkedHashMap<>();
        for (Hit h : hits) {
            if (h.span().begin() <= off && off < h.span().end() && !hidden.contains(Theme.highlightClass(h))) {
                under.putIfAbsent(h.feature() + "|" + h.category() + "|" + h.span(), h);
            }
        }
        if (under.isEmpty()) return null;
        StringBuilder sb = new StringBuilder("<html>");
        int n = 0;
        for (Hit h : under.values()) {
            if (n++ > 0) sb.append("<hr>");
            sb.append(Format.hitTooltip(h));
        }
        return sb.append("</html>").toString();
    }

    /** Paints a highlight: translucent background plus a 2 px underline (only the underline for very long spans such as quotes). */
    static final class Painter extends DefaultHighlighter.DefaultHighlightPainter {
        private final Color line;
        private final boolean underlineOnly;

        Painter(Color bg, Color line, boolean underlineOnly) {
            super(bg);
            this.line = line;
            this.underlineOnly = underlineOnly;
        }

        @Override
        public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
            Rectangle r;
            try {
                Shape s = view.modelToView(offs0, Position.Bias.Forward, offs1, Position.Bias.Backward, bounds);
                r = s instanceof Rectangle rr ? rr : s.getBounds();
            } catch (BadLocationException e) {
                return null;
            }
            Graphics2D g2 = (Graphics2D) g.create();
            if (!underlineOnly) {
                g2.setColor(getColor());
                g2.fillRect(r.x, r.y, r.width, r.height);
            }
            g2.setColor(line);
            g2.setStroke(new BasicStroke(2f));
            int y = r.y + r.height - 2;
            g2.drawLine(r.x, y, r.x + r.width, y);
            g2.dispose();
            return r;
        }
    }
}
