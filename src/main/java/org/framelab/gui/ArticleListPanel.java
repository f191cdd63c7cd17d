package org.framelab.gui;

import org.framelab.corpus.Article;

import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingConstants;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The browser's article list: a virtual, sortable table of all articles, filtered by outlet, by
 * label and by a text search that runs in the background. Tells its owner when the selection changes.
 */
final class ArticleListPanel extends JPanel {
    static final String ALL_OUTLETS = "All outlets";
    static final String ALL_LABELS = "All labels";

    private final Session session;
    private final BrowserView.ArticleModel model = new BrowserView.ArticleModel();
    private final JTable table = new JTable(model);
    private final TableRowSorter<BrowserView.ArticleModel> sorter = new TableRowSorter<>(model);
    private final JTextField search = new JTextField(22);
    private final JComboBox<String> outletBox = new JComboBox<>();
    private final JComboBox<String> labelBox = new JComboBox<>();
    private final JLabel countLabel = new JLabel();
    private final Timer searchDelay;
    private BitSet searchHits;
    private SwingWorker<?, ?> searchWorker;
    private boolean adjusting;

    /** {@code selectionChanged} runs on the event thread whenever the user (or code) picks another row. */
    ArticleListPanel(Session session, Runnable selectionChanged) {
        super(new BorderLayout());
        this.session = session;
        table.setName("articleTable");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setAutoCreateColumnsFromModel(true);
        sorter.setComparator(BrowserView.ArticleModel.TITLE, String.CASE_INSENSITIVE_ORDER);
        sorter.setComparator(BrowserView.ArticleModel.OUTLET, String.CASE_INSENSITIVE_ORDER);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !adjusting) selectionChanged.run();
        });
        table.setDefaultRenderer(Object.class, new TitleRenderer());
        sizeColumns();

        search.setName("searchField");
        Forms.filterField(search, "Search titles and texts (Ctrl+F)");
        searchDelay = new Timer(300, e -> startSearch());
        searchDelay.setRepeats(false);
        ViewSupport.onEdit(search, searchDelay::restart);
        search.addActionListener(e -> { searchDelay.stop(); startSearch(); });
        outletBox.setName("outletFilter");
        labelBox.setName("labelFilter");
        outletBox.setMaximumRowCount(25);
        outletBox.setPrototypeDisplayValue("Washington Post (1,234)");
        labelBox.setPrototypeDisplayValue("center (12,345)");
        outletBox.addActionListener(e -> { if (!adjusting) applyFilter(); });
        labelBox.addActionListener(e -> { if (!adjusting) applyFilter(); });
        countLabel.setName("articleCount");
        countLabel.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(filters(), BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    /** Search across the top; outlet and label filters below it; the article count under them. */
    private JPanel filters() {
        JPanel filters = new JPanel(new GridBagLayout());
        filters.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        GridBagConstraints g = new GridBagConstraints();
        g.insets = new Insets(2, 2, 2, 4);
        g.fill = GridBagConstraints.HORIZONTAL;
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
        return filters;
    }

    private void sizeColumns() {
        int[] widths = {44, 300, 130, 64, 96, 52};
        int[] min = {30, 120, 70, 50, 96, 44};
        for (int i = 0; i < widths.length && i < table.getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
            table.getColumnModel().getColumn(i).setMinWidth(min[i]);
        }
        table.getColumnModel().getColumn(BrowserView.ArticleModel.ROW).setMaxWidth(70);
        // the word count as wide as its header ("Words" and the sort arrow)
        TableColumn words = table.getColumnModel().getColumn(BrowserView.ArticleModel.WORDS);
        int header = Grid.headerWidth(table, BrowserView.ArticleModel.WORDS);
        words.setPreferredWidth(Math.max(widths[BrowserView.ArticleModel.WORDS], header));
        words.setMinWidth(Math.max(min[BrowserView.ArticleModel.WORDS], header));
        DefaultTableCellRenderer right = new DefaultTableCellRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        table.getColumnModel().getColumn(BrowserView.ArticleModel.ROW).setCellRenderer(right);
        table.getColumnModel().getColumn(BrowserView.ArticleModel.WORDS).setCellRenderer(right);
    }

    /** Shows a newly loaded corpus, all filters cleared, nothing selected (see {@link #selectFirst()}). */
    void corpusChanged(List<Article> articles, CorpusIndex index) {
        adjusting = true;
        try {
            searchHits = null;
            search.setText("");
            searchDelay.stop();
            model.set(articles, index);
            sorter.setSortKeys(null);
            fill(outletBox, ALL_OUTLETS + " (" + index.outlets().size() + ")", index.outlets());
            fill(labelBox, ALL_LABELS, index.labelValues());
            labelBox.setToolTipText(index.labelField() == null ? "This corpus has no label field" : "Label field: " + index.labelField());
            sizeColumns();
            // the label column as wide as its longest value (e.g. "Non-biased")
            var fm = table.getFontMetrics(table.getFont());
            int w = fm.stringWidth(model.getColumnName(BrowserView.ArticleModel.LABEL)) + 24;
            for (var e : index.labelValues()) w = Math.max(w, fm.stringWidth(e.getKey()) + 16);
            TableColumn label = table.getColumnModel().getColumn(BrowserView.ArticleModel.LABEL);
            label.setPreferredWidth(Math.min(w, 160));
            label.setMinWidth(Math.min(w, 120));
        } finally {
            adjusting = false;
        }
        applyFilter();
    }

    /** A filter box: the "all" entry, then each value with its count; disabled when there are no values. */
    private static void fill(JComboBox<String> box, String all, List<Map.Entry<String, Integer>> counts) {
        box.removeAllItems();
        box.addItem(all);
        for (var e : counts) box.addItem(e.getKey() + " (" + String.format("%,d", e.getValue()) + ")");
        box.setEnabled(!counts.isEmpty());
    }

    void selectFirst() {
        if (table.getRowCount() > 0) table.setRowSelectionInterval(0, 0);
    }

    /** The same articles in the same order with new annotations (span annotations attached): the list stays as it is. */
    void replaceArticles(List<Article> articles) {
        if (articles.size() == model.articles.size()) model.articles = articles;
    }

    /** The selected article, or null. */
    Article selected() {
        int view = table.getSelectedRow();
        return view < 0 ? null : model.articles.get(table.convertRowIndexToModel(view));
    }

    void focusSearch() {
        search.requestFocusInWindow();
        search.selectAll();
    }

    /** Selects the article at corpus row {@code idx}, clearing filters that hide it. */
    boolean select(int idx) {
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
                public boolean include(Entry<? extends BrowserView.ArticleModel, ? extends Integer> entry) {
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
        if (!session.hasCorpus()) return;
        var corpus = session.corpus();
        countLabel.setText("Searching…");
        TaskProgress p = new TaskProgress("search");
        searchWorker = ViewSupport.latest(this, () -> CorpusIndex.search(corpus, q, p), hits -> {
            searchHits = hits;
            applyFilter();
        });
    }

    JTable table() { return table; }
    JTextField searchField() { return search; }
    JComboBox<String> outletFilter() { return outletBox; }
    JComboBox<String> labelFilter() { return labelBox; }

    /** Titles in italics when the article has none (a snippet of the text stands in); the full title as tooltip. */
    private final class TitleRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            Component c = super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            if (t.convertColumnIndexToModel(col) == BrowserView.ArticleModel.TITLE) {
                Article a = model.articles.get(t.convertRowIndexToModel(row));
                c.setFont(a.title().isBlank() ? c.getFont().deriveFont(Font.ITALIC) : c.getFont());
                setToolTipText(v == null ? null : v.toString());
            } else {
                setToolTipText(null);
            }
            return c;
        }
    }
}
