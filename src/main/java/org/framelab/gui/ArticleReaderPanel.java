package org.framelab.gui;

import org.framelab.corpus.Annotation;
import org.framelab.corpus.Article;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.features.Hit;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextPane;
import javax.swing.JToggleButton;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The browser's reader: title and metadata of the selected article, a legend that counts and
 * toggles its evidence per highlight class, and the text with the evidence highlighted (tooltips
 * name category, lexicon and speaker). The title spans the text and {@code beside} (the feature values).
 */
final class ArticleReaderPanel extends JPanel {
    private final JLabel titleLabel = new JLabel();
    private final JLabel metaLabel = new JLabel();
    private final EvidencePane text = new EvidencePane();
    private final JPanel legend = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
    private final Set<String> hiddenFamilies = new LinkedHashSet<>();
    private Evidence.ForArticle shown;
    private List<EvidencePane.SpanMark> marks = List.of();
    private boolean showSpans = true;

    ArticleReaderPanel(JComponent beside) {
        super(new BorderLayout());
        titleLabel.setFont(titleLabel.getFont().deriveFont(Font.BOLD, titleLabel.getFont().getSize2D() * 1.35f));
        titleLabel.setName("articleTitle");
        metaLabel.setForeground(UIManager.getColor("Label.disabledForeground"));
        JPanel header = new JPanel();
        header.setLayout(new BoxLayout(header, BoxLayout.Y_AXIS));
        header.setBorder(BorderFactory.createEmptyBorder(8, 12, 4, 12));
        header.add(titleLabel);
        header.add(Box.createVerticalStrut(2));
        header.add(metaLabel);
        legend.setName("legend");
        legend.setBorder(BorderFactory.createEmptyBorder(0, 6, 4, 6));
        JPanel north = new JPanel(new BorderLayout());
        north.add(header, BorderLayout.NORTH);
        north.add(legend, BorderLayout.SOUTH);

        text.setName("articleText");
        text.setEditable(false);
        text.setMargin(new Insets(10, 14, 10, 14));
        ToolTipManager.sharedInstance().registerComponent(text);
        JScrollPane textScroll = new JScrollPane(text);
        textScroll.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));
        add(north, BorderLayout.NORTH);
        add(ViewSupport.split(JSplitPane.HORIZONTAL_SPLIT, textScroll, beside, 0.72, -1), BorderLayout.CENTER);
    }

    void showEmpty() {
        titleLabel.setText("No article selected");
        metaLabel.setText("Open a corpus (File > Open, Ctrl+O) and pick an article on the left.");
        text.setText("");
        legend.removeAll();
    }

    /** Shows the article without highlights (its evidence follows in {@link #showEvidence}). */
    void showArticle(Article a) {
        titleLabel.setText(a.title().isBlank() ? BrowserView.ArticleModel.snippet(a.text()) : a.title());
        titleLabel.setToolTipText(a.title());
        metaLabel.setText(meta(a));
        text.setText(a.text());
        text.setCaretPosition(0);
        marks = spanMarks(a);
        text.setSpans(marks, showSpans);
        text.setHits(List.of(), hiddenFamilies);
    }

    /** The article's annotated spans, identical spans of several annotators merged, in text order. */
    static List<EvidencePane.SpanMark> spanMarks(Article a) {
        Set<String> coders = new LinkedHashSet<>();
        for (Annotation an : a.annotations()) {
            if (SpanAnnotations.FIELD.equals(an.field()) || SpanAnnotations.CODED.equals(an.field())) coders.add(an.annotator());
        }
        Map<Long, List<Annotation>> byRange = new java.util.LinkedHashMap<>();
        for (Annotation an : SpanAnnotations.spans(a)) byRange.computeIfAbsent(((long) an.begin() << 32) | an.end(), k -> new ArrayList<>()).add(an);
        List<EvidencePane.SpanMark> out = new ArrayList<>();
        for (List<Annotation> same : byRange.values()) {
            Set<String> labels = new LinkedHashSet<>(), who = new java.util.TreeSet<>();
            for (Annotation an : same) {
                labels.add(an.value());
                who.add(an.annotator());
            }
            out.add(new EvidencePane.SpanMark(same.get(0).begin(), same.get(0).end(), List.copyOf(labels), List.copyOf(who),
                    who.containsAll(coders)));
        }
        return List.copyOf(out);
    }

    /** A grey note in place of the legend, when there is no evidence to show. */
    void showNoEvidence(String note) {
        legend.removeAll();
        JLabel l = new JLabel(note);
        l.setForeground(UIManager.getColor("Label.disabledForeground"));
        legend.add(l);
        if (!marks.isEmpty()) legend.add(spanToggle());
        legend.revalidate();
        legend.repaint();
    }

    void showEvidence(Evidence.ForArticle fa) {
        shown = fa;
        text.setHits(fa.hits(), hiddenFamilies);
        rebuildLegend();
    }

    private static String meta(Article a) {
        List<String> parts = new ArrayList<>();
        if (!a.outlet().isEmpty()) parts.add(a.outlet());
        String date = a.field("date");
        if (date != null && !date.isBlank()) parts.add(date);
        a.labels().forEach((k, v) -> parts.add(k + ": " + v));
        parts.add("id " + a.id());
        parts.add(String.format("%,d words", CorpusIndex.countWords(a.text())));
        return String.join("   ·   ", parts);
    }

    private void rebuildLegend() {
        legend.removeAll();
        Map<String, Integer> counts = new TreeMap<>(Comparator.comparing(Theme::familyOrder).thenComparing(Comparator.naturalOrder()));
        if (shown != null) for (Hit h : shown.hits()) counts.merge(Theme.highlightClass(h), 1, Integer::sum);
        JLabel l = new JLabel("Evidence:");
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        legend.add(l);
        if (counts.isEmpty()) {
            JLabel none = new JLabel("no framing evidence in this article");
            none.setForeground(UIManager.getColor("Label.disabledForeground"));
            legend.add(none);
        }
        for (var e : counts.entrySet()) legend.add(toggle(e.getKey(), e.getValue()));
        if (!marks.isEmpty()) legend.add(spanToggle());
        legend.revalidate();
        legend.repaint();
    }

    /** The legend button of one highlight class: its colour and count; unticked hides its highlights. */
    private JToggleButton toggle(String fam, int count) {
        JToggleButton b = new JToggleButton(Theme.familyTitle(fam) + "  " + count, new Swatch(Theme.colour(fam)), !hiddenFamilies.contains(fam));
        b.setName("legend:" + fam);
        b.setToolTipText("Show or hide the " + Theme.familyTitle(fam) + " highlights (" + Theme.colour(fam).underline().description + ")");
        b.putClientProperty("JButton.buttonType", "roundRect");
        b.setFocusable(false);
        b.addActionListener(ev -> {
            if (b.isSelected()) hiddenFamilies.remove(fam);
            else hiddenFamilies.add(fam);
            if (shown != null) text.setHits(shown.hits(), hiddenFamilies);
        });
        return b;
    }

    /** The legend button of the annotated spans: a box like theirs and their count; unticked hides the layer. */
    private JToggleButton spanToggle() {
        long dashed = marks.stream().filter(m -> !m.everyone()).count();
        JToggleButton b = new JToggleButton("Annotated spans  " + marks.size(), new BoxSwatch(dashed > 0), showSpans);
        b.setName("legend:spans");
        b.setToolTipText("<html>Human span annotations (Load span annotations… or a word-list field such as biased_words).<br>"
                + "Solid box: marked by every annotator of the article; dashed: by only some (" + dashed + " here).<br>"
                + "Hover a span for its label and annotators. Click to show or hide.</html>");
        b.putClientProperty("JButton.buttonType", "roundRect");
        b.setFocusable(false);
        b.addActionListener(ev -> {
            showSpans = b.isSelected();
            text.setSpans(marks, showSpans);
        });
        return b;
    }

    JTextPane textPane() { return text; }
    List<EvidencePane.SpanMark> spanMarks() { return marks; }
    JPanel legendPanel() { return legend; }
    Evidence.ForArticle shownEvidence() { return shown; }
    int highlightCount() { return text.getHighlighter().getHighlights().length; }

    /** The legend's sample of a span box (dashed when some spans are marked by only some annotators). */
    record BoxSwatch(boolean dashed) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setColor(Theme.isDark() ? EvidencePane.SPAN_DARK : EvidencePane.SPAN_LIGHT);
            g2.setStroke(dashed ? new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 1f,
                    new float[]{3f, 2f}, 0f) : new java.awt.BasicStroke(1.5f));
            g2.drawRect(x + 1, y + 2, 11, 10);
            g2.dispose();
        }

        @Override public int getIconWidth() { return 14; }
        @Override public int getIconHeight() { return 14; }
    }

    /** The legend buttons' sample of a highlight: its tint with its underline, as in the text. */
    record Swatch(Theme.FamilyColour colour) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(colour.background(Theme.isDark()));
            g2.fillRect(x, y, getIconWidth(), getIconHeight());
            g2.setColor(colour.line(Theme.isDark()));
            colour.underline().paint(g2, x, getIconWidth(), y, y + getIconHeight());
            g2.dispose();
        }

        @Override public int getIconWidth() { return 22; }
        @Override public int getIconHeight() { return 15; }
    }
}
