package org.framelab.gui;

import org.framelab.corpus.Annotation;
import org.framelab.corpus.Article;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Inter-annotator agreement for judgement-level data (one row per annotator judgement, folded into
 * one article per item when the corpus was opened): percent agreement, Cohen's kappa per pair,
 * Fleiss' kappa and Krippendorff's alpha with its bootstrap CI, per coded variable.
 */
final class AgreementView extends AnalysisView {
    static final String[] LEVELS = {"nominal", "ordinal", "interval"};

    private final JComboBox<String> fieldBox = new JComboBox<>();
    private final JComboBox<String> levelBox = new JComboBox<>(LEVELS);
    private final JButton runButton = new JButton("Compute agreement");
    private final JTable summary = Grid.table("agreementTable");
    private final JTable pairs = Grid.table("agreementPairs");
    private Analyses.Agreement result;
    private final javax.swing.JLabel info = new javax.swing.JLabel(" ");
    private final javax.swing.JTextArea warnings = new javax.swing.JTextArea();
    /** What the mean Cohen's kappa is based on, in full under the table (its cell is often too narrow). */
    private final javax.swing.JTextArea basis = new javax.swing.JTextArea();

    AgreementView(MainWindow app) {
        super(app, "agreement");
        Forms.field(column, "Coded variable", fieldBox, "agreementField");
        Forms.field(column, "Level of measurement", levelBox, "agreementLevel");
        column.add(Forms.note("Nominal for categories (frame, biased/non-biased), ordinal for ranked scales, interval for scores."));
        Forms.runButton(column, runButton, "runAgreement", null, this::run);
        // each coded variable keeps its own level (Lena's frame nominal, tone ordinal): choosing a variable shows its level
        fieldBox.addActionListener(e -> showLevelOf((String) fieldBox.getSelectedItem()));
        info.setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 8, 4, 8));
        info.setFont(info.getFont().deriveFont(java.awt.Font.BOLD));
        warnings.setEditable(false);
        warnings.setLineWrap(true);
        warnings.setWrapStyleWord(true);
        warnings.setRows(5); // a rare category's hint with its terminal command takes four lines at the default width
        warnings.setName("agreementWarnings");
        JPanel head = new JPanel(new BorderLayout());
        head.add(info, BorderLayout.NORTH);
        head.add(new JScrollPane(warnings), BorderLayout.CENTER);
        basis.setName("agreementBasis");
        basis.setEditable(false);
        basis.setLineWrap(true);
        basis.setWrapStyleWord(true);
        basis.setOpaque(false);
        basis.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 8, 4, 8));
        basis.setVisible(false);
        for (JTable t : new JTable[]{summary, pairs}) t.setDefaultRenderer(Object.class, new FullTextTip());
        JPanel top = new JPanel(new BorderLayout());
        top.add(head, BorderLayout.NORTH);
        top.add(new JScrollPane(summary), BorderLayout.CENTER);
        top.add(basis, BorderLayout.SOUTH);
        layOut(noDataText(), ViewSupport.split(JSplitPane.VERTICAL_SPLIT, top, new JScrollPane(pairs), 0.45, 330));
    }

    private static String noDataText() {
        return "<span style='font-size:130%'>No judgement-level data</span><br><br>"
                + "Agreement needs one row per annotator judgement (e.g. article_id, coder, frame).<br>"
                + "Open such a file and, in the mapping dialog, tick <b>One row per annotator judgement</b><br>"
                + "and choose the item field and the annotator field.";
    }

    /** The coded variables found in the annotations (document level: span annotations are not coded variables). */
    static List<String> codedFields(List<Article> articles) {
        Set<String> f = new LinkedHashSet<>();
        for (Article a : articles) for (Annotation x : a.annotations()) if (x.isDocumentLevel()) f.add(x.field());
        return new ArrayList<>(f);
    }

    /** The coded variable to show first: a mapped label field, else one named like a label (label, bias, frame, tone), else the first. */
    static String preferred(List<String> fields, List<String> labels) {
        for (String l : labels) if (fields.contains(l)) return l;
        for (String hint : List.of("label", "bias", "frame", "tone", "stance", "code"))
            for (String f : fields) if (f.toLowerCase(java.util.Locale.ROOT).contains(hint)) return f;
        return fields.isEmpty() ? null : fields.get(0);
    }

    void corpusChanged() {
        fieldBox.removeAllItems();
        result = null;
        List<String> fields = codedFields(app.session().corpus().articles());
        for (String f : fields) fieldBox.addItem(f);
        String pick = preferred(fields, app.session().corpus().provenance().mapping().labelFields());
        if (pick != null) fieldBox.setSelectedItem(pick);
        runButton.setEnabled(!fields.isEmpty());
        fieldBox.setEnabled(!fields.isEmpty());
        levelBox.setEnabled(!fields.isEmpty());
        showEmpty();
        if (!fields.isEmpty()) run();
    }

    /** The settings key of a coded variable's level (remembered across sessions, by the variable's name). */
    static String levelKey(String field) {
        return "agreement.level." + field;
    }

    /** Shows the level {@code field} was last measured at in this session, else the remembered one, else nominal. */
    private void showLevelOf(String field) {
        if (field == null) return;
        String level = app.settings().get(levelKey(field), "nominal");
        for (Analyses.Agreement a : app.session().agreements()) if (a.field().equals(field)) level = a.level();
        levelBox.setSelectedItem(java.util.Arrays.asList(LEVELS).contains(level) ? level : "nominal");
    }

    void run() {
        if (fieldBox.getSelectedItem() == null) return;
        String field = (String) fieldBox.getSelectedItem();
        String level = (String) levelBox.getSelectedItem();
        app.settings().put(levelKey(field), "nominal".equals(level) ? null : level);
        var corpus = app.session().corpus();
        long seed = app.classify().seed();
        app.tasks().run("Computing agreement on " + field, p -> Analyses.agreement(corpus, field, level, seed, p), r -> {
            result = r;
            Grid.show(summary, r.summary());
            String meanBasis = meanBasis(r.summary());
            basis.setText(meanBasis == null ? "" : "Mean Cohen's kappa: " + meanBasis + ".");
            basis.setVisible(meanBasis != null);
            info.setText(field + ": " + r.info());
            warnings.setText(r.warnings().isEmpty() ? "No warnings." : "⚠ " + GuiWording.of(String.join("\n⚠ ", r.warnings())));
            warnings.setCaretPosition(0);
            Grid.show(pairs, r.pairs());
            showResults();
            app.session().setAgreement(r);
        });
    }

    Analyses.Agreement result() {
        return result;
    }

    /** The "Based on" statement of the mean Cohen's kappa row of the summary, or null (no such row). */
    static String meanBasis(Grid summary) {
        int col = summary.columns().indexOf("Based on");
        for (List<Object> row : summary.rows())
            if (col >= 0 && "mean Cohen's kappa (pairs)".equals(row.get(0)) && row.get(col) != null) return row.get(col).toString();
        return null;
    }

    /** The statement under the summary table ("" when hidden). */
    String basisText() {
        return basis.isVisible() ? basis.getText() : "";
    }

    /** A text cell whose full text is its tooltip when the column is too narrow to show it. */
    private static final class FullTextTip extends javax.swing.table.DefaultTableCellRenderer {
        @Override
        public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            String text = v == null ? "" : v.toString();
            boolean cut = getPreferredSize().width > t.getColumnModel().getColumn(col).getWidth();
            setToolTipText(cut && !text.isEmpty() ? text : null);
            return this;
        }
    }
}
