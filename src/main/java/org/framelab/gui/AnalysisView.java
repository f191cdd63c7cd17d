package org.framelab.gui;

import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import java.awt.BorderLayout;
import java.awt.CardLayout;

/**
 * The frame of the analysis views (Features, Compare, Classify, Agreement): a settings column on
 * the left and, beside it, the results, or until there are any a note that says how to get them.
 */
abstract class AnalysisView extends JPanel {
    private static final String EMPTY = "empty", RESULTS = "results";

    final MainWindow app;
    /** The settings column; subclasses fill it in their constructor (see {@link Forms}). */
    final JPanel column = Forms.column(290);
    private final CardLayout cards = new CardLayout();
    private final JPanel right = new JPanel(cards);

    AnalysisView(MainWindow app, String name) {
        super(new BorderLayout());
        this.app = app;
        setName(name);
    }

    /** Puts the column (scrollable) and {@code results} in place; {@code emptyHtml} shows until {@link #showResults()}. */
    final void layOut(String emptyHtml, JComponent results) {
        right.add(Forms.emptyState(emptyHtml), EMPTY);
        right.add(results, RESULTS);
        JScrollPane cs = new JScrollPane(column);
        cs.setBorder(null);
        add(ViewSupport.split(JSplitPane.HORIZONTAL_SPLIT, cs, right, 0, 310), BorderLayout.CENTER);
    }

    final void showResults() {
        cards.show(right, RESULTS);
    }

    final void showEmpty() {
        cards.show(right, EMPTY);
    }
}
