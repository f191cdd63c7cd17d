package org.framelab.gui;

import org.framelab.corpus.Article;

import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.SwingWorker;
import javax.swing.table.AbstractTableModel;
import java.awt.BorderLayout;
import java.util.List;

/**
 * The article browser: the article list with its filters ({@link ArticleListPanel}) on the left;
 * on the right the selected article with its framing evidence highlighted ({@link ArticleReaderPanel})
 * and its feature values beside it ({@link FeatureValuesPanel}). The evidence of the selected
 * article is computed in the background and shown in both.
 */
final class BrowserView extends JPanel {
    private final MainWindow app;
    private final ArticleListPanel list;
    private final FeatureValuesPanel values = new FeatureValuesPanel();
    private final ArticleReaderPanel reader = new ArticleReaderPanel(values);
    private SwingWorker<?, ?> evidenceWorker;

    BrowserView(MainWindow app) {
        super(new BorderLayout());
        this.app = app;
        setName("browser");
        list = new ArticleListPanel(app.session(), this::showSelected);
        add(ViewSupport.split(JSplitPane.HORIZONTAL_SPLIT, list, reader, 0.4, 620), BorderLayout.CENTER);
        showEmpty();
    }

    private void showEmpty() {
        reader.showEmpty();
        values.clear();
    }

    /** A new corpus (or index) was loaded. */
    void corpusChanged(CorpusIndex index) {
        list.corpusChanged(app.session().corpus().articles(), index);
        showEmpty();
        list.selectFirst();
    }

    /** Span annotations were attached: the same articles with their spans; the shown one is redrawn with them. */
    void spansChanged() {
        list.replaceArticles(app.session().corpus().articles());
        showSelected();
    }

    /** The feature pipeline changed: refresh the evidence of the shown article. */
    void evidenceChanged() {
        showSelected();
    }

    void focusSearch() {
        list.focusSearch();
    }

    /** Selects the article with this id, clearing filters that hide it. */
    boolean showArticle(String id) {
        int idx = app.session().indexOf(id);
        return idx >= 0 && list.select(idx);
    }

    private void showSelected() {
        Article a = list.selected();
        if (a == null) {
            showEmpty();
            return;
        }
        reader.showArticle(a);
        Evidence ev = app.evidence();
        if (ev == null) {
            reader.showNoEvidence(app.tasks().busy() ? "Computing framing evidence…" : "No feature pipeline yet (Features tab).");
            values.clear();
            return;
        }
        values.clearRows();
        if (evidenceWorker != null) evidenceWorker.cancel(true);
        evidenceWorker = ViewSupport.latest(this, () -> ev.compute(a), fa -> {
            reader.showEvidence(fa);
            values.show(fa);
        });
    }

    // --- accessors for tests and screenshots
    JTable table() { return list.table(); }
    JTextPane textPane() { return reader.textPane(); }
    JTextField searchField() { return list.searchField(); }
    JComboBox<String> outletFilter() { return list.outletFilter(); }
    JComboBox<String> labelFilter() { return list.labelFilter(); }
    JPanel legendPanel() { return reader.legendPanel(); }
    Evidence.ForArticle shownEvidence() { return reader.shownEvidence(); }
    int highlightCount() { return reader.highlightCount(); }

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

        /** The start of a text on one line, for articles without a title. */
        static String snippet(String t) {
            String s = t.strip().replace('\n', ' ');
            return s.length() > 90 ? s.substring(0, 90) + "…" : s;
        }
    }
}
