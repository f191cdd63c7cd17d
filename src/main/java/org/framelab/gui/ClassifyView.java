package org.framelab.gui;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;

/**
 * Classify: label, feature set, classifier and protocol (folds grouped by outlet by default when
 * the corpus has outlets); runs in the background with progress and cancel; shows the metrics
 * with the majority baseline, the confusion matrix, per-class and per-outlet results, the top
 * features and the misclassified articles (double-click opens one in the Articles tab).
 */
final class ClassifyView extends AnalysisView {
    static final String[] FEATURE_SETS = {"framing", "ngrams", "framing+ngrams", "as chosen in Features"};
    static final String GROUPED = "Grouped CV by outlet", STRATIFIED = "Stratified CV (random folds)";

    private final JComboBox<String> labelBox = new JComboBox<>();
    private final JComboBox<String> featureBox = new JComboBox<>(FEATURE_SETS);
    private final JComboBox<String> classifierBox = new JComboBox<>();
    private final JComboBox<String> protocolBox = new JComboBox<>();
    private final JSpinner folds = new JSpinner(new SpinnerNumberModel(5, 2, 20, 1));
    /** The session's seed: folds, and Compare's permutations and Agreement's bootstrap; 42 as {@code report} and a study file. */
    static final int DEFAULT_SEED = 42;
    private final JSpinner seed = new JSpinner(new SpinnerNumberModel(DEFAULT_SEED, 0, Integer.MAX_VALUE, 1));
    private final javax.swing.JTextField exclude = new javax.swing.JTextField();
    private final javax.swing.JCheckBox mergeVariants = new javax.swing.JCheckBox("Merge outlet name variants");
    private final javax.swing.JCheckBox dedupe = new javax.swing.JCheckBox("Drop test texts that duplicate training texts");
    private final JButton runButton = new JButton("Run classification");
    private final JLabel protocolNote = Forms.note(" ");
    private final JPanel metrics = new JPanel(new GridLayout(1, 0, 10, 0));
    private final JTable confusion = Grid.table("confusionTable");
    private final JTable perClass = Grid.table("perClassTable");
    private final JTable perGroup = Grid.table("perGroupTable");
    private final JTable topFeatures = Grid.table("topFeaturesTable");
    private final JTable misclassified = Grid.table("misclassifiedTable");
    private final JTable overlapPairs = Grid.table("overlapTable");
    private final JLabel overlapLine = new JLabel(" ");
    private final JLabel warnings = new JLabel(" ");
    private final JPanel rocHolder = new JPanel(new BorderLayout());
    private final JTabbedPane detail = new JTabbedPane();
    private Analyses.Classification result;
    /** The folds the user asked for; shown capped at the number of outlets when folds are grouped by outlet. */
    private int wantedFolds = 5;
    private boolean adjustingFolds;

    ClassifyView(MainWindow app) {
        super(app, "classify");
        Settings s = app.settings();
        Forms.field(column, "Label to predict", labelBox, "classifyLabel");
        featureBox.setSelectedItem(s.get("classify.features", "framing+ngrams"));
        Forms.field(column, "Features", featureBox, "featureSet");
        for (String[] c : Analyses.classifiers()) classifierBox.addItem(c[0]);
        classifierBox.setSelectedItem(s.get("classify.classifier", classifierBox.getItemCount() > 0 ? classifierBox.getItemAt(0) : null));
        classifierBox.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean sel, boolean f) {
                Component c = super.getListCellRendererComponent(l, v, i, sel, f);
                for (String[] k : Analyses.classifiers()) if (k[0].equals(v)) setToolTipText(k[1]);
                return c;
            }
        });
        Forms.field(column, "Classifier", classifierBox, "classifier");
        protocolBox.addActionListener(e -> explainProtocol());
        Forms.field(column, "Evaluation", protocolBox, "protocol");
        JPanel fs = new JPanel(new GridLayout(2, 2, 6, 4));
        fs.add(new JLabel("Folds"));
        fs.add(folds);
        fs.add(new JLabel("Seed"));
        fs.add(seed);
        wantedFolds = Math.max(2, Math.min(20, s.getInt("classify.folds", 5)));
        folds.setValue(wantedFolds);
        folds.addChangeListener(e -> { if (!adjustingFolds) wantedFolds = (Integer) folds.getValue(); });
        seed.setValue(s.getInt("classify.seed", DEFAULT_SEED));
        Forms.add(column, fs);
        mergeVariants.setName("mergeVariants");
        mergeVariants.setSelected(s.getBoolean("classify.mergeVariants", false));
        mergeVariants.setToolTipText("<html>With outlets held out: names that are variants of one outlet (<i>Fox News</i>, <i>Fox Online News</i>)<br>"
                + "form one group, so no variant of a test outlet is in training; as <code>train --merge-outlet-variants</code>.</html>");
        Forms.add(column, mergeVariants);
        dedupe.setName("dedupe");
        dedupe.setSelected(s.getBoolean("classify.dedupe", false));
        dedupe.setToolTipText("<html>Test articles whose text is an exact or near copy (Jaccard &ge; 0.8 of word shingles) of a training<br>"
                + "article of their fold are left out of the test side; training data is never changed. Without this they are counted and listed.</html>");
        Forms.add(column, dedupe);
        exclude.setText(s.get("classify.exclude", ""));
        exclude.setToolTipText("<html>Label values whose articles are left out of the classification (comma-separated, counted),<br>"
                + "e.g. BABE's <i>No agreement</i>; as <code>train --exclude-label</code> and a study file's <code>exclude_labels</code>.</html>");
        Forms.field(column, "Leave out labels", exclude, "excludeLabels");
        Forms.addGrowing(column, protocolNote);
        Forms.runButton(column, runButton, "runClassify", "Cross-validate in the background (Ctrl+Shift+R); Esc cancels", this::run);
        layOut("<span style='font-size:130%'>No classification yet</span><br><br>"
                + "Choose the label, features, classifier and evaluation on the left and press <b>Run classification</b>.<br>"
                + "With outlets in the data, folds keep each outlet on one side (train or test), so the score<br>"
                + "measures framing rather than recognising an outlet's style.", results());
    }

    /** Metric cards and warnings over the detail tabs (confusion matrix with ROC, per class, per outlet, top features, misclassified). */
    private JPanel results() {
        warnings.setName("classifyWarnings");
        warnings.setForeground(UIManager.getColor("Component.warning.focusedBorderColor") != null
                ? UIManager.getColor("Component.warning.focusedBorderColor") : new Color(0xB36B00));
        JPanel head = new JPanel(new BorderLayout(0, 6));
        head.setBorder(BorderFactory.createEmptyBorder(10, 10, 6, 10));
        head.add(metrics, BorderLayout.CENTER);
        overlapLine.setName("classifyOverlap");
        JPanel notes = new JPanel(new BorderLayout(0, 4));
        notes.add(overlapLine, BorderLayout.NORTH);
        notes.add(warnings, BorderLayout.CENTER);
        head.add(notes, BorderLayout.SOUTH);
        confusion.setDefaultRenderer(Long.class, new HeatRenderer());
        confusion.setAutoCreateRowSorter(false);
        detail.setName("classifyDetail");
        detail.addTab("Confusion matrix", ViewSupport.split(JSplitPane.VERTICAL_SPLIT, new JScrollPane(confusion), rocHolder, 0.3, 170));
        detail.addTab("Per class", new JScrollPane(perClass));
        detail.addTab("Per outlet", new JScrollPane(perGroup));
        detail.addTab("Top features", new JScrollPane(topFeatures));
        detail.addTab("Misclassified", new JScrollPane(misclassified));
        detail.addTab("Overlap", new JScrollPane(overlapPairs));
        misclassified.setToolTipText("Double-click an article to open it in the Articles tab with its evidence");
        overlapPairs.setToolTipText("Double-click a test article to open it in the Articles tab");
        for (JTable t : new JTable[]{misclassified, overlapPairs}) {
            t.addMouseListener(new MouseAdapter() {
                @Override
                public void mouseClicked(MouseEvent e) {
                    if (e.getClickCount() == 2) openArticle(t, t.rowAtPoint(e.getPoint()));
                }
            });
        }
        misclassified.getInputMap().put(javax.swing.KeyStroke.getKeyStroke("ENTER"), "openArticle");
        misclassified.getActionMap().put("openArticle", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                openArticle(misclassified, misclassified.getSelectedRow());
            }
        });
        JPanel results = new JPanel(new BorderLayout());
        results.add(head, BorderLayout.NORTH);
        results.add(detail, BorderLayout.CENTER);
        return results;
    }

    void corpusChanged() {
        labelBox.removeAllItems();
        // label fields first, then other fields with a few distinct values (e.g. a topic column)
        List<String> targets = new java.util.ArrayList<>(app.session().groupingFields());
        targets.remove("outlet");
        for (String l : targets) labelBox.addItem(l);
        String last = app.settings().get("classify.label", null);
        if (last != null && targets.contains(last)) labelBox.setSelectedItem(last);
        protocolBox.removeAllItems();
        if (app.session().hasOutlets()) protocolBox.addItem(GROUPED);
        protocolBox.addItem(STRATIFIED);
        protocolBox.setSelectedIndex(0);
        runButton.setEnabled(labelBox.getItemCount() > 0);
        runButton.setToolTipText(labelBox.getItemCount() > 0 ? "Cross-validate in the background (Ctrl+Shift+R); Esc cancels"
                : "This corpus has no label field: reopen it and choose a label in the mapping dialog");
        result = null;
        showEmpty();
        explainProtocol();
    }

    private void explainProtocol() {
        Object p = protocolBox.getSelectedItem();
        SpinnerNumberModel fm = (SpinnerNumberModel) folds.getModel();
        int outlets = app.index() == null ? 20 : app.index().outlets().size();
        int max = GROUPED.equals(p) ? Math.max(2, Math.min(20, outlets)) : 20;
        fm.setMaximum(max);
        adjustingFolds = true;
        fm.setValue(Math.min(wantedFolds, max));
        adjustingFolds = false;
        mergeVariants.setEnabled(GROUPED.equals(p));
        String w = "<html><body style='width:180px'>";
        if (p == null) protocolNote.setText(w + "Open a corpus with a label field.");
        else if (GROUPED.equals(p))
            protocolNote.setText(w + "No outlet is in both the training and the test part of a fold (recommended). At most one fold per outlet.");
        else protocolNote.setText(w + "Random stratified folds. If labels are fixed per outlet, this measures outlet recognition, not framing.");
    }

    /** Runs cross-validation in the background. */
    void run() {
        if (!app.session().hasCorpus() || labelBox.getSelectedItem() == null) {
            app.setStatus(app.session().hasCorpus() ? "This corpus has no label field to predict." : "Open a corpus first (Ctrl+O).");
            return;
        }
        String features = (String) featureBox.getSelectedItem();
        Pipelines.Spec chosen = app.features().currentSpec();
        Analyses.ClassifyRequest req = new Analyses.ClassifyRequest((String) labelBox.getSelectedItem(),
                FEATURE_SETS[3].equals(features) ? chosen.familiesSpec() : features, chosen,
                (String) classifierBox.getSelectedItem(), GROUPED.equals(protocolBox.getSelectedItem()) ? "outlet" : null,
                (Integer) folds.getValue(), (Integer) seed.getValue(), dedupe.isSelected(), excludedLabels(exclude.getText()),
                GROUPED.equals(protocolBox.getSelectedItem()) && mergeVariants.isSelected());
        var corpus = app.session().corpus();
        var store = app.session().analyses();
        runButton.setEnabled(false);
        app.tasks().run("Cross-validating " + req.classifier(), p -> Analyses.classify(corpus, req, store, p), r -> {
            runButton.setEnabled(true);
            if (app.session().corpus() != corpus) return;
            show(r);
            app.session().setClassification(r);
        }, e -> runButton.setEnabled(true));
    }

    private void show(Analyses.Classification r) {
        result = r;
        metrics.removeAll();
        for (String[] m : r.headline()) metrics.add(ViewSupport.card("metric:" + m[0], m[0], m[1], m[2], 6, 10, 1.6f));
        Grid.show(confusion, r.confusion());
        Grid.show(perClass, r.perClass());
        Grid.show(perGroup, r.perGroup());
        Grid.show(topFeatures, r.topFeatures());
        Grid.show(misclassified, r.misclassified());
        detail.setTitleAt(4, String.format("Misclassified (%,d)", r.misclassified().rows().size()));
        Grid pairs = AnalysisGrids.overlap(r.result().evaluation());
        Grid.show(overlapPairs, pairs);
        detail.setTitleAt(5, String.format("Overlap (%,d)", pairs.rows().size()));
        var o = r.result().evaluation().overlap();
        overlapLine.setText(o == null ? " " : o.headline() + (pairs.rows().isEmpty() ? "" : " - pairs in the Overlap tab"));
        rocHolder.removeAll();
        org.jfree.chart.JFreeChart roc = Analyses.rocChart(r);
        if (roc != null) rocHolder.add(GuiCharts.panel(GuiCharts.themed(roc)), BorderLayout.CENTER);
        java.awt.Color fg = UIManager.getColor("Label.foreground");
        String color = fg == null ? "" : String.format(" style='color:#%02x%02x%02x'", fg.getRed(), fg.getGreen(), fg.getBlue());
        // the protocol in the text colour, the warnings below it in the warning colour of the label
        String protocol = "<span" + color + "><b>Protocol:</b> " + Format.html(r.result().statement().text()) + "</span>";
        warnings.setText("<html>" + protocol + (r.warnings().isEmpty() ? "" : "<br>⚠ " + String.join("<br>⚠ ", r.warnings().stream().map(GuiWording::of).map(Format::html).toList())) + "</html>");
        showResults();
        revalidate();
        repaint();
    }

    private void openArticle(JTable table, int viewRow) {
        if (viewRow < 0 || result == null) return;
        Object id = table.getValueAt(viewRow, 0);
        if (id != null && app.browser().showArticle(id.toString())) app.showView(app.browser());
    }

    /** The label values typed into "Leave out labels": comma-separated, blanks dropped. */
    static List<String> excludedLabels(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (String v : text.split(",")) if (!v.isBlank() && !out.contains(v.strip())) out.add(v.strip());
        return out;
    }

    /** The seed shown (the session's: Compare and Agreement use it too). */
    long seed() {
        return ((Number) seed.getValue()).longValue();
    }

    Analyses.Classification result() {
        return result;
    }

    JComboBox<String> featureBox() { return featureBox; }
    int labelCount() { return labelBox.getItemCount(); }

    boolean selectLabel(String field) {
        for (int i = 0; i < labelBox.getItemCount(); i++) {
            if (labelBox.getItemAt(i).equals(field)) {
                labelBox.setSelectedIndex(i);
                return true;
            }
        }
        return false;
    }
    JComboBox<String> classifierBox() { return classifierBox; }
    JComboBox<String> protocolBox() { return protocolBox; }
    JSpinner foldsSpinner() { return folds; }
    JTable misclassifiedTable() { return misclassified; }
    JTable overlapTable() { return overlapPairs; }
    javax.swing.JCheckBox dedupeBox() { return dedupe; }
    javax.swing.JCheckBox mergeVariantsBox() { return mergeVariants; }
    JLabel overlapLine() { return overlapLine; }
    JTabbedPane detailTabs() { return detail; }

    void saveState() {
        Settings s = app.settings();
        if (labelBox.getSelectedItem() != null) s.put("classify.label", labelBox.getSelectedItem());
        s.put("classify.features", featureBox.getSelectedItem());
        s.put("classify.classifier", classifierBox.getSelectedItem());
        s.put("classify.folds", wantedFolds);
        s.put("classify.seed", seed.getValue());
        s.put("classify.dedupe", dedupe.isSelected());
        s.put("classify.mergeVariants", mergeVariants.isSelected());
        s.put("classify.exclude", exclude.getText().strip());
    }

    /** Confusion matrix cells shaded by their share of the row (the gold class). */
    private static final class HeatRenderer extends DefaultTableCellRenderer {
        HeatRenderer() {
            setHorizontalAlignment(RIGHT);
        }

        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            long max = 0;
            for (int c = 1; c < t.getColumnCount(); c++) {
                Object o = t.getValueAt(row, c);
                if (o instanceof Number n && !"total".equalsIgnoreCase(t.getColumnName(c))) max += n.longValue();
            }
            double share = v instanceof Number n && max > 0 ? n.doubleValue() / max : 0;
            setText(v instanceof Number n ? String.format(java.util.Locale.ROOT, "%,d  (%.0f%%)", n.longValue(), share * 100) : String.valueOf(v));
            if (!sel) {
                Color base = UIManager.getColor("Table.background");
                boolean diag = t.getColumnName(col).equals(String.valueOf(t.getValueAt(row, 0)));
                setBackground(Theme.mix(base, diag ? Theme.series(2) : Theme.series(1), Math.min(0.75, share * 0.8)));
            }
            setFont(getFont().deriveFont(Font.PLAIN));
            return this;
        }
    }

    static List<String> protocols() {
        return List.of(GROUPED, STRATIFIED);
    }
}
