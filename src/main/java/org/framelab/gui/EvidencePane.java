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
 * underline in the family's colour and style, so overlapping spans stay visible, in grey print too) and tooltips that name
 * every hit under the mouse. Highlight classes are {@link Theme#highlightClass(Hit)}.
 */
final class EvidencePane extends JTextPane {
    private List<Hit> hits = List.of();
    private Set<String> hidden = Set.of();
    private List<SpanMark> spans = List.of();
    private boolean showSpans = true;

    /**
     * One annotated span of the article (identical spans of several annotators merged): drawn as a box
     * around the text, its own layer above the evidence, solid when every annotator who coded the
     * article marked it, dashed when only some did.
     */
    record SpanMark(int begin, int end, List<String> labels, List<String> annotators, boolean everyone) {
    }

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

    /** The annotated spans of the shown article and whether their layer is visible. */
    void setSpans(List<SpanMark> spans, boolean show) {
        this.spans = List.copyOf(spans);
        this.showSpans = show;
        setHits(hits, hidden);
    }

    List<SpanMark> spanMarks() {
        return spans;
    }

    /** Highlights the hits except those whose class is in {@code hidden}, then the annotated spans (when shown). */
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
                hl.addHighlight(h.span().begin(), h.span().end(), new Painter(fc.background(dark), fc.line(dark), fc.underline(), h.span().length() > 80));
            } catch (BadLocationException e) {
                // span outside the text: skipped (Evidence already drops such hits)
            }
        }
        if (showSpans) {
            Color ink = dark ? SPAN_DARK : SPAN_LIGHT;
            for (SpanMark s : spans) {
                if (s.end() > len || s.end() <= s.begin()) continue;
                try {
                    hl.addHighlight(s.begin(), s.end(), new SpanPainter(ink, !s.everyone()));
                } catch (BadLocationException e) {
                    // outside the text: the span reader already rejects such spans
                }
            }
        }
        repaint();
    }

    /** Ink of the span boxes: black on the light theme, near-white on the dark one (no hue: safe for every colour vision). */
    static final Color SPAN_LIGHT = new Color(0x000000), SPAN_DARK = new Color(0xF2F2F2);

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
        List<SpanMark> marks = new ArrayList<>();
        if (showSpans) for (SpanMark s : spans) if (s.begin() <= off && off < s.end()) marks.add(s);
        if (under.isEmpty() && marks.isEmpty()) return null;
        StringBuilder sb = new StringBuilder("<html>");
        int n = 0;
        for (SpanMark s : marks) {
            if (n++ > 0) sb.append("<hr>");
            sb.append(spanTooltip(s, getText()));
        }
        for (Hit h : under.values()) {
            if (n++ > 0) sb.append("<hr>");
            sb.append(Format.hitTooltip(h));
        }
        return sb.append("</html>").toString();
    }

    static String spanTooltip(SpanMark s, String text) {
        String words = s.end() <= text.length() ? text.substring(s.begin(), s.end()) : "";
        return "<b>Annotated span</b>: " + Format.html(String.join(", ", s.labels()))
                + "<br>\u201c" + Format.html(words.length() > 80 ? words.substring(0, 80) + "\u2026" : words) + "\u201d"
                + "<br>" + (s.annotators().isEmpty() || s.annotators().equals(List.of("")) ? "annotator not given"
                : "marked by " + Format.html(String.join(", ", s.annotators())) + (s.everyone() ? "" : " (not by every annotator)"));
    }

    /** The rectangle of a highlighted part of one line, or null when the offsets are no longer in the text. */
    static Rectangle lineRect(int offs0, int offs1, Shape bounds, View view) {
        try {
            Shape s = view.modelToView(offs0, Position.Bias.Forward, offs1, Position.Bias.Backward, bounds);
            return s instanceof Rectangle rr ? rr : s.getBounds();
        } catch (BadLocationException e) {
            return null;
        }
    }

    /** Paints each line of a highlight inside the line's rectangle ({@link #lineRect}); nothing when the offsets are gone. */
    abstract static class LinePainter extends DefaultHighlighter.DefaultHighlightPainter {
        LinePainter(Color color) {
            super(color);
        }

        @Override
        public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
            Rectangle r = lineRect(offs0, offs1, bounds, view);
            if (r == null) return null;
            Graphics2D g2 = (Graphics2D) g.create();
            paintLine(g2, r);
            g2.dispose();
            return r;
        }

        /** Paints the part of one line in {@code r} on {@code g2} (a copy, disposed after). */
        abstract void paintLine(Graphics2D g2, Rectangle r);
    }

    /** Paints an annotated span: a box around each line of it, solid or dashed, 1.5 px, inside the line's height. */
    static final class SpanPainter extends LinePainter {
        private final boolean dashed;

        SpanPainter(Color ink, boolean dashed) {
            super(ink);
            this.dashed = dashed;
        }

        @Override
        void paintLine(Graphics2D g2, Rectangle r) {
            g2.setColor(getColor());
            g2.setStroke(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{4f, 3f}, 0f)
                    : new BasicStroke(1.5f));
            g2.drawRect(r.x - 1, r.y, r.width + 1, r.height - 1);
        }
    }

    /** Paints a highlight: tinted background plus the kind's underline (only the underline for very long spans such as quotes). */
    static final class Painter extends LinePainter {
        private final Color line;
        private final Underline style;
        private final boolean underlineOnly;

        Painter(Color bg, Color line, Underline style, boolean underlineOnly) {
            super(bg);
            this.line = line;
            this.style = style;
            this.underlineOnly = underlineOnly;
        }

        Underline style() {
            return style;
        }

        @Override
        void paintLine(Graphics2D g2, Rectangle r) {
            if (!underlineOnly) {
                g2.setColor(getColor());
                g2.fillRect(r.x, r.y, r.width, r.height);
            }
            g2.setColor(line);
            style.paint(g2, r.x, r.width, r.y, r.y + r.height);
        }
    }
}
