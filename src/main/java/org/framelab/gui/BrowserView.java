package org.framelab.gui;

import org.framelab.corpus.Article;
import org.framelab.features.Hit;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.JToggleButton;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingConstants;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import javax.swing.text.View;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

/**
 * The article browser: a virtual, sortable, filterable table of all articles (filter by outlet,
 * label and a text search that runs in the background) and the selected article with its
 * framing evidence highlighted per family, a legend to toggle families, tooltips naming the
 * category, lexicon and speaker, and the article's feature values beside it.
 */
final class BrowserView extends JPanel {
    static final String ALL_OUTLETS = "All outlets";
    static final String ALL_LABELS = "All labels";

    private final MainWindow app;
    private final ArticleModel model = new ArticleModel();
    private final JTable table = new JTable(model);
    private final TableRowSorter<ArticleModel> sorter = new TableRowSorter<>(model);
    private final JTextField search = new JTextField(22);
    private final JComboBox<String> outletBox = new JComboBox<>();
    private final JComboBox<String> labelBox = new JComboBox<>();
    private final JLabel countLabel = new JLabel();
    private final JLabel titleLabel = new JLabel();
    private final JLabel metaLabel = new JLabel();
    private final EvidencePane text = new EvidencePane();
    private final JPanel legend = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
    private final ValuesModel values = new ValuesModel();
    private final JTable valuesTable = new JTable(values);
    private final JLabel valuesNote = new JLabel(" ");
    private final Set<String> hiddenFamilies = new LinkedHashSet<>();
    private final Timer searchDelay;
    private BitSet searchHits;
    private SwingWorker<?, ?> searchWorker;
    private SwingWorker<?, ?> evidenceWorker;
    private Evidence.ForArticle shown;
    private boolean adjusting;

    BrowserView(MainWindow app) {
        super(new BorderLayout());
        this.app = app;
        setName("browser");

        table.setName("articleTable");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setAutoCreateColumnsFromModel(true);
        sorter.setComparator(ArticleModel.TITLE, String.CASE_INSENSITIVE_ORDER);
        sorter.setComparator(ArticleModel.OUTLET, String.CASE_INSENSITIVE_ORDER);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !adjusting) showSelected();
        });
        table.setDefaultRenderer(Object.class, new TitleRenderer());
        sizeColumns();

        search.setName("searchField");
        search.putClientProperty("JTextField.placeholderText", "Search titles and texts (Ctrl+F)");
        search.putClientProperty("JTextField.showClearButton", true);
        searchDelay = new Timer(300, e -> startSearch());
        searchDelay.setRepeats(false);
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { searchDelay.restart(); }
            @Override public void removeUpdate(DocumentEvent e) { searchDelay.restart(); }
            @Override public void changedUpdate(DocumentEvent e) { searchDelay.restart(); }
        });
        search.addActionListener(e -> { searchDelay.stop(); startSearch(); });
        outletBox.setName("outletFilter");
        labelBox.setName("labelFilter");
        outletBox.setMaximumRowCount(25);
        outletBox.setPrototypeDisplayValue("Washington Post (1,234)");
        labelBox.setPrototypeDisplayValue("center (12,345)");
        outletBox.addActionListener(e -> { if (!adjusting) applyFilter(); });
        labelBox.addActionListener(e -> { if (!adjusting) applyFilter(); });

        JPanel filters = new JPanel(new java.awt.GridBagLayout());
        filters.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        java.awt.GridBagConstraints g = new java.awt.GridBagConstraints();
        g.insets = new java.awt.Insets(2, 2, 2, 4);
        g.fill = java.awt.GridBagConstraints.HORIZONTAL;
        g.gridx = 0; g.gridy = 0; g.gridwidth = 4; g.weightx = 1;
        filters.add(search, g);
        g.gridwidth = 1; g.gridy = 1; g.weightx = 0;
        filters.add(new JLabel("Outlet"), g);
        g.gridx = 1; g.weightx = 0.6;
        filters.add(outletBox, g);
        g.gridx = 2; g.weightx = 0;
        filters.add(new JLabel("  Label"), g);
        g.gridx = 3; g.weightx = 0.4;
        filters.add(labelBox, g);
        g.gridx = 0; g.gridy = 2; g.gridwidth = 4;
        filters.add(countLabel, g);
        countLabel.setName("articleCount");
        countLabel.setForeground(UIManager.getColor("Label.disabledForeground"));

        JPanel left = new JPanel(new BorderLayout());
        left.add(filters, BorderLayout.NORTH);
        left.add(new JScrollPane(table), BorderLayout.CENTER);

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
        text.setMargin(new java.awt.Insets(10, 14, 10, 14));
        javax.swing.ToolTipManager.sharedInstance().registerComponent(text);
        JScrollPane textScroll = new JScrollPane(text);
        textScroll.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));

        valuesTable.setName("featureValues");
        valuesTable.setAutoCreateRowSorter(true);
        valuesTable.setFillsViewportHeight(true);
        valuesTable.getColumnModel().getColumn(1).setPreferredWidth(70);
        valuesTable.getColumnModel().getColumn(0).setPreferredWidth(220);
        valuesTable.setDefaultRenderer(Double.class, new NumberRenderer());
        JPanel valuesPanel = new JPanel(new BorderLayout());
        JLabel vh = new JLabel("Feature values of this article");
        vh.setFont(vh.getFont().deriveFont(Font.BOLD));
        vh.setBorder(BorderFactory.createEmptyBorder(6, 8, 4, 8));
        valuesPanel.add(vh, BorderLayout.NORTH);
        valuesPanel.add(new JScrollPane(valuesTable), BorderLayout.CENTER);
        valuesNote.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        valuesNote.setForeground(UIManager.getColor("Label.disabledForeground"));
        valuesPanel.add(valuesNote, BorderLayout.SOUTH);
        valuesPanel.setMinimumSize(new Dimension(220, 100));

        JSplitPane textAndValues = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, textScroll, valuesPanel);
        textAndValues.setResizeWeight(0.72);
        textAndValues.setBorder(null);
        JPanel right = new JPanel(new BorderLayout());
        right.add(north, BorderLayout.NORTH);
        right.add(textAndValues, BorderLayout.CENTER);

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        split.setResizeWeight(0.4);
        split.setDividerLocation(620);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        showEmpty();
    }

    private void sizeColumns() {
        int[] widths = {44, 300, 130, 64, 96, 52};
        int[] min = {30, 120, 70, 50, 96, 44};
        for (int i = 0; i < widths.length && i < table.getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
            table.getColumnModel().getColumn(i).setMinWidth(min[i]);
        }
        table.getColumnModel().getColumn(ArticleModel.ROW).setMaxWidth(70);
        DefaultTableCellRenderer right = new DefaultTableCellRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        table.getColumnModel().getColumn(ArticleModel.ROW).setCellRenderer(right);
        table.getColumnModel().getColumn(ArticleModel.WORDS).setCellRenderer(right);
    }

    private void showEmpty() {
        titleLabel.setText("No article selected");
        metaLabel.setText("Open a corpus (File > Open, Ctrl+O) and pick an article on the left.");
        text.setText("");
        legend.removeAll();
        values.set(List.of());
        valuesNote.setText(" ");
    }

    /** A new corpus (or index) was loaded. */
    void corpusChanged(CorpusIndex index) {
        adjusting = true;
        try {
            searchHits = null;
            search.setText("");
            searchDelay.stop();
            model.set(app.session().corpus().articles(), index);
            sorter.setSortKeys(null);
            outletBox.removeAllItems();
            outletBox.addItem(ALL_OUTLETS + " (" + index.outlets().size() + ")");
            for (var e : index.outlets()) outletBox.addItem(e.getKey() + " (" + String.format("%,d", e.getValue()) + ")");
            outletBox.setEnabled(!index.outlets().isEmpty());
            labelBox.removeAllItems();
            labelBox.addItem(ALL_LABELS);
            for (var e : index.labelValues()) labelBox.addItem(e.getKey() + " (" + String.format("%,d", e.getValue()) + ")");
            labelBox.setEnabled(!index.labelValues().isEmpty());
            labelBox.setToolTipText(index.labelField() == null ? "This corpus has no label field" : "Label field: " + index.labelField());
            sizeColumns();
            // the label column as wide as its longest value (e.g. "Non-biased")
            var fm = table.getFontMetrics(table.getFont());
            int w = fm.stringWidth(model.getColumnName(ArticleModel.LABEL)) + 24;
            for (var e : index.labelValues()) w = Math.max(w, fm.stringWidth(e.getKey()) + 16);
            table.getColumnModel().getColumn(ArticleModel.LABEL).setPreferredWidth(Math.min(w, 160));
            table.getColumnModel().getColumn(ArticleModel.LABEL).setMinWidth(Math.min(w, 120));
        } finally {
            adjusting = false;
        }
        applyFilter();
        showEmpty();
        if (table.getRowCount() > 0) table.setRowSelectionInterval(0, 0);
    }

    /** The feature pipeline changed: refresh the evidence of the shown article. */
    void evidenceChanged() {
        showSelected();
    }

    void focusSearch() {
        search.requestFocusInWindow();
        search.selectAll();
    }

    /** Selects the article with this id, clearing filters that hide it. */
    boolean showArticle(String id) {
        int idx = app.session().indexOf(id);
        if (idx < 0) return false;
        int view = table.convertRowIndexToView(idx);
        if (view < 0) {
            adjusting = true;
            search.setText("");
            searchHits = null;
            outletBox.setSelectedIndex(0);
            labelBox.setSelectedIndex(0);
            adjusting = false;
            applyFilter();
            view = table.convertRowIndexToView(idx);
        }
        if (view < 0) return false;
        table.setRowSelectionInterval(view, view);
        table.scrollRectToVisible(table.getCellRect(view, 0, true));
        return true;
    }

    private static String entryName(Object item) {
        if (item == null) return null;
        String s = item.toString();
        int p = s.lastIndexOf(" (");
        return p > 0 ? s.substring(0, p) : s;
    }

    private void applyFilter() {
        String outlet = outletBox.getSelectedIndex() > 0 ? entryName(outletBox.getSelectedItem()) : null;
        String label = labelBox.getSelectedIndex() > 0 ? entryName(labelBox.getSelectedItem()) : null;
        String labelField = model.index == null ? null : model.index.labelField();
        BitSet hits = searchHits;
        if (outlet == null && label == null && hits == null) {
            sorter.setRowFilter(null);
        } else {
            sorter.setRowFilter(new RowFilter<>() {
                @Override
                public boolean include(Entry<? extends ArticleModel, ? extends Integer> entry) {
                    int i = entry.getIdentifier();
                    if (hits != null && !hits.get(i)) return false;
                    Article a = model.articles.get(i);
                    if (outlet != null && !outlet.equals(a.outlet())) return false;
                    return label == null || label.equals(a.label(labelField));
                }
            });
        }
        int shownRows = table.getRowCount();
        countLabel.setText(String.format("%,d of %,d articles", shownRows, model.getRowCount()));
    }

    private void startSearch() {
        String q = search.getText();
        if (searchWorker != null) searchWorker.cancel(true);
        if (q.isBlank()) {
            searchHits = null;
            applyFilter();
            return;
        }
        if (!app.session().hasCorpus()) return;
        var corpus = app.session().corpus();
        countLabel.setText("Searching…");
        TaskProgress p = new TaskProgress("search");
        searchWorker = new SwingWorker<BitSet, Void>() {
            @Override
            protected BitSet doInBackground() {
                return CorpusIndex.search(corpus, q, p);
            }

            @Override
            protected void done() {
                if (isCancelled()) return;
                try {
                    searchHits = get();
                    applyFilter();
                } catch (CancellationException | InterruptedException ignored) {
                    // a newer search replaced this one
                } catch (java.util.concurrent.ExecutionException e) {
                    ErrorDialogs.show(BrowserView.this, e.getCause());
                }
            }
        };
        searchWorker.execute();
    }

    private void showSelected() {
        int view = table.getSelectedRow();
        if (view < 0) {
            showEmpty();
            return;
        }
        Article a = model.articles.get(table.convertRowIndexToModel(view));
        titleLabel.setText(a.title().isBlank() ? ArticleModel.snippet(a.text()) : a.title());
        titleLabel.setToolTipText(a.title());
        metaLabel.setText(meta(a));
        text.setText(a.text());
        text.setCaretPosition(0);
        text.setHits(List.of(), hiddenFamilies);
        values.set(List.of());
        Evidence ev = app.evidence();
        if (ev == null) {
            legend.removeAll();
            JLabel l = new JLabel(app.tasks().busy() ? "Computing framing evidence…" : "No feature pipeline yet (Features tab).");
            l.setForeground(UIManager.getColor("Label.disabledForeground"));
            legend.add(l);
            legend.revalidate();
            legend.repaint();
            valuesNote.setText(" ");
            return;
        }
        if (evidenceWorker != null) evidenceWorker.cancel(true);
        evidenceWorker = new SwingWorker<Evidence.ForArticle, Void>() {
            @Override
            protected Evidence.ForArticle doInBackground() {
                return ev.compute(a);
            }

            @Override
            protected void done() {
                if (isCancelled()) return;
                try {
                    show(get());
                } catch (CancellationException | InterruptedException ignored) {
                    // replaced by a newer selection
                } catch (java.util.concurrent.ExecutionException e) {
                    ErrorDialogs.show(BrowserView.this, e.getCause());
                }
            }
        };
        evidenceWorker.execute();
    }

    private String meta(Article a) {
        List<String> parts = new ArrayList<>();
        if (!a.outlet().isEmpty()) parts.add(a.outlet());
        String date = a.field("date");
        if (date != null && !date.isBlank()) parts.add(date);
        a.labels().forEach((k, v) -> parts.add(k + ": " + v));
        parts.add("id " + a.id());
        parts.add(String.format("%,d words", CorpusIndex.countWords(a.text())));
        return String.join("   ·   ", parts);
    }

    private void show(Evidence.ForArticle fa) {
        shown = fa;
        text.setHits(fa.hits(), hiddenFamilies);
        values.set(fa.values());
        valuesNote.setText(String.format("%d non-zero of %d features", fa.values().size(), fa.values().size() + fa.zeroColumns()));
        rebuildLegend();
    }

    private void rebuildLegend() {
        legend.removeAll();
        Map<String, Integer> counts = new TreeMap<>(Comparator.comparing(Theme::familyOrder).thenComparing(Comparator.naturalOrder()));
        if (shown != null) for (Hit h : shown.hits()) counts.merge(legendKey(h), 1, Integer::sum);
        JLabel l = new JLabel("Evidence:");
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        legend.add(l);
        if (counts.isEmpty()) {
            JLabel none = new JLabel("no framing evidence in this article");
            none.setForeground(UIManager.getColor("Label.disabledForeground"));
            legend.add(none);
        }
        for (var e : counts.entrySet()) {
            String fam = e.getKey();
            JToggleButton b = new JToggleButton(Theme.familyTitle(fam) + "  " + e.getValue(), new Swatch(Theme.colour(fam).strong()), !hiddenFamilies.contains(fam));
            b.setName("legend:" + fam);
            b.setToolTipText("Show or hide the " + Theme.familyTitle(fam) + " highlights");
            b.putClientProperty("JButton.buttonType", "roundRect");
            b.setFocusable(false);
            b.addActionListener(ev -> {
                if (b.isSelected()) hiddenFamilies.remove(fam);
                else hiddenFamilies.add(fam);
                if (shown != null) text.setHits(shown.hits(), hiddenFamilies);
            });
            legend.add(b);
        }
        legend.revalidate();
        legend.repaint();
    }

    /** Highlight class of a hit: its family, with scare quotes and speakers split out so they get their own colour. */
    static String legendKey(Hit h) {
        return Theme.highlightClass(h);
    }

    // --- accessors for tests and screenshots
    JTable table() { return table; }
    JTextPane textPane() { return text; }
    JTextField searchField() { return search; }
    JComboBox<String> outletFilter() { return outletBox; }
    JComboBox<String> labelFilter() { return labelBox; }
    JPanel legendPanel() { return legend; }
    Evidence.ForArticle shownEvidence() { return shown; }
    int highlightCount() { return text.getHighlighter().getHighlights().length; }

    /** The article list: rows are corpus indices, so no copy of 36,000 articles is ever made. */
    static final class ArticleModel extends AbstractTableModel {
        static final int ROW = 0, TITLE = 1, OUTLET = 2, LABEL = 3, DATE = 4, WORDS = 5;
        private static final String[] NAMES = {"#", "Title", "Outlet", "Label", "Date", "Words"};
        List<Article> articles = List.of();
        CorpusIndex index;

        void set(List<Article> a, CorpusIndex idx) {
            articles = a;
            index = idx;
            fireTableDataChanged();
        }

        @Override public int getRowCount() { return articles.size(); }
        @Override public int getColumnCount() { return NAMES.length; }

        @Override
        public String getColumnName(int c) {
            if (c == LABEL && index != null && index.labelField() != null) return index.labelField();
            return NAMES[c];
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return c == ROW || c == WORDS ? Integer.class : String.class;
        }

        @Override
        public Object getValueAt(int r, int c) {
            Article a = articles.get(r);
            return switch (c) {
                case ROW -> r + 1;
                case TITLE -> a.title().isBlank() ? snippet(a.text()) : a.title();
                case OUTLET -> a.outlet();
                case LABEL -> index == null || index.labelField() == null ? "" : nz(a.label(index.labelField()));
                case DATE -> a.date() != null ? a.date().toString() : nz(a.metadata().get("date"));
                case WORDS -> index == null ? 0 : index.words()[r];
                default -> "";
            };
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        static String snippet(String t) {
            String s = t.strip().replace('\n', ' ');
            return s.length() > 90 ? s.substring(0, 90) + "…" : s;
        }
    }

    private final class TitleRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            Component c = super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            if (t.convertColumnIndexToModel(col) == ArticleModel.TITLE) {
                Article a = model.articles.get(t.convertRowIndexToModel(row));
                c.setFont(a.title().isBlank() ? c.getFont().deriveFont(Font.ITALIC) : c.getFont());
                setToolTipText(v == null ? null : v.toString());
            } else {
                setToolTipText(null);
            }
            return c;
        }
    }

    /** Feature values of the selected article: name, value; tooltip with definition, unit, source. */
    static final class ValuesModel extends AbstractTableModel {
        List<Evidence.Value> rows = List.of();

        void set(List<Evidence.Value> r) {
            rows = r;
            fireTableDataChanged();
        }

        @Override public int getRowCount() { return rows.size(); }
        @Override public int getColumnCount() { return 2; }
        @Override public String getColumnName(int c) { return c == 0 ? "Feature" : "Value"; }
        @Override public Class<?> getColumnClass(int c) { return c == 0 ? String.class : Double.class; }

        @Override
        public Object getValueAt(int r, int c) {
            Evidence.Value v = rows.get(r);
            return c == 0 ? v.column().name() : v.value();
        }
    }

    private final class NumberRenderer extends DefaultTableCellRenderer {
        NumberRenderer() {
            setHorizontalAlignment(SwingConstants.RIGHT);
        }

        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            Evidence.Value ev = values.rows.get(t.convertRowIndexToModel(row));
            setText(v instanceof Double d ? Format.featureValue(ev.column(), d) : String.valueOf(v));
            return this;
        }
    }

    {
        // tooltips on the values table: definition, unit and source of the feature under the mouse
        valuesTable.addMouseMotionListener(new java.awt.event.MouseMotionAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                int r = valuesTable.rowAtPoint(e.getPoint());
                if (r < 0) {
                    valuesTable.setToolTipText(null);
                    return;
                }
                Evidence.Value v = values.rows.get(valuesTable.convertRowIndexToModel(r));
                valuesTable.setToolTipText(Format.columnTooltip(v.column()));
            }
        });
    }

    /** A small coloured square for the legend buttons. */
    record Swatch(Color colour) implements javax.swing.Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(colour);
            g2.fillRoundRect(x, y + 1, 12, 12, 4, 4);
            g2.dispose();
        }

        @Override public int getIconWidth() { return 12; }
        @Override public int getIconHeight() { return 14; }
    }

    /**
     * The article text with evidence highlights painted as layers (a tinted background plus an
     * underline in the family's colour, so overlapping spans stay visible) and tooltips that name
     * every hit under the mouse.
     */
    static final class EvidencePane extends JTextPane {
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
                String key = legendKey(h);
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
                if (h.span().begin() <= off && off < h.span().end() && !hidden.contains(legendKey(h))) {
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
                Shape s = view.modelToView(offs0, javax.swing.text.Position.Bias.Forward, offs1, javax.swing.text.Position.Bias.Backward, bounds);
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
