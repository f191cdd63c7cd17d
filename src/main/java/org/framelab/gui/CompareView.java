package org.framelab.gui;

import org.framelab.util.OptionException;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compare groups: a grouping field (outlet, a label), the features to test; the statistics table
 * (tests, corrected p-values, effect sizes; descriptives per group) and charts (means with 95% CI,
 * box plots, over time) with export as PNG, SVG or PDF. When the articles are clustered in outlets the
 * design's warning is shown above the tests, and the outlet-level (or mixed-model) tests come first, in
 * their own tab before the article-level ones.
 */
final class CompareView extends AnalysisView {
    static final String[] CHARTS = {"Means with 95% CI", "Box plots", "Over time (monthly)"};

    private final JComboBox<String> groupBox = new JComboBox<>();
    private final GroupChecklist groupList = new GroupChecklist();
    private final JTable pairs = Grid.table("pairwiseTable");
    private final JScrollPane pairsScroll = new JScrollPane(pairs);
    /** Names the feature the pairs are of (the chart's feature), above the pairs table. */
    private final JLabel pairsFor = new JLabel(" ");
    private final JPanel pairsPanel = new JPanel(new BorderLayout());
    private final DefaultListModel<String> featureModel = new DefaultListModel<>();
    private final JList<String> featureList = new JList<>(featureModel);
    private final JTextField featureFilter = new JTextField();
    private final JButton runButton = new JButton("Compare groups");
    private final JTable tests = Grid.table("testsTable");
    private final JTable clusterTests = Grid.table("clusterTestsTable");
    private final javax.swing.JTabbedPane testTabs = new javax.swing.JTabbedPane();
    private final javax.swing.JTextArea warning = new javax.swing.JTextArea();
    /** The groups compared when some were unchecked, and the articles left out: a choice, said plainly (not a warning). */
    private final javax.swing.JTextArea choiceNote = new javax.swing.JTextArea();
    private final JScrollPane testsScroll = new JScrollPane(tests);
    private final JScrollPane clusterScroll = new JScrollPane(clusterTests);
    private final JTable pooled = Grid.table("pooledRatiosTable");
    private final JScrollPane pooledScroll = new JScrollPane(pooled);
    private final JTable descriptives = Grid.table("descriptivesTable");
    private final JComboBox<String> chartFeature = new JComboBox<>();
    private final JComboBox<String> chartKind = new JComboBox<>(CHARTS);
    private final JButton exportChart = new JButton("Export chart…");
    private final JPanel chartHolder = new JPanel(new BorderLayout());
    private List<FeatureColumn> allColumns = List.of();
    /** Readable label of each column id of {@link #allColumns}, made once per feature table (the list renders them on every repaint). */
    private java.util.Map<String, String> labels = java.util.Map.of();
    private Analyses.Comparison result;
    private JFreeChart chart;
    private boolean adjusting;

    CompareView(MainWindow app) {
        super(app, "compare");
        Forms.field(column, "Group by", groupBox, "groupBy");
        column.add(Forms.heading("Groups to compare"));
        Forms.add(column, groupList.component());
        groupBox.addActionListener(e -> { if (!adjusting) groupList.fill((String) groupBox.getSelectedItem(), app.session().corpus().articles(), app.settings(), app.session().path()); });
        column.add(Forms.heading("Features to compare"));
        Forms.filterField(featureFilter, "Filter features");
        ViewSupport.onEdit(featureFilter, this::refillFeatures);
        Forms.add(column, featureFilter);
        featureList.setName("compareFeatures");
        featureList.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        featureList.setVisibleRowCount(9);
        JScrollPane fs = new JScrollPane(featureList);
        fs.setPreferredSize(new Dimension(260, 180)); // grows with the window; small enough that the column fits 1366x768 unscrolled
        Forms.addGrowing(column, fs);
        column.add(Forms.note("Ctrl+click to pick several; none picked = all listed. Every test is corrected for multiple comparisons (Holm, Benjamini–Hochberg)."));
        Forms.runButton(column, runButton, "runCompare", "Run the tests in the background (Ctrl+G); computes the features first if needed", this::run);

        testTabs.setName("testTabs");
        testTabs.addTab("Tests", testsScroll);
        warning.setName("compareWarning");
        warning.setEditable(false);
        warning.setLineWrap(true);
        warning.setWrapStyleWord(true);
        warning.setOpaque(false);
        warning.setFont(warning.getFont().deriveFont(java.awt.Font.BOLD));
        warning.setForeground(javax.swing.UIManager.getColor("Component.warning.focusedBorderColor") != null
                ? javax.swing.UIManager.getColor("Component.warning.focusedBorderColor") : new java.awt.Color(0xB36B00));
        warning.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
        warning.setVisible(false);
        choiceNote.setName("compareChoice");
        choiceNote.setEditable(false);
        choiceNote.setLineWrap(true);
        choiceNote.setWrapStyleWord(true);
        choiceNote.setOpaque(false);
        choiceNote.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
        choiceNote.setVisible(false);
        JPanel notes = new JPanel(new BorderLayout());
        notes.add(choiceNote, BorderLayout.NORTH);
        notes.add(warning, BorderLayout.CENTER);
        JPanel testsBody = new JPanel(new BorderLayout());
        testsBody.add(notes, BorderLayout.NORTH);
        testsBody.add(testTabs, BorderLayout.CENTER);
        JPanel testsPanel = titled("Tests", testsBody);
        clusterTests.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        pooled.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        JPanel descPanel = titled("Descriptives per group", new JScrollPane(descriptives));
        tests.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        chartFeature.setName("chartFeature");
        chartKind.setName("chartKind");
        exportChart.setName("exportChart");
        chartFeature.setPrototypeDisplayValue("Evaluative reporting verbs per 1,000 tokens");
        chartFeature.setMaximumRowCount(20);
        // features by their readable labels; the id as the tooltip
        chartFeature.setRenderer(new LabelRenderer());
        featureList.setCellRenderer(new LabelRenderer());
        chartFeature.addActionListener(e -> { if (!adjusting) { redrawChart(); showPairs(); } });
        pairs.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        pairsFor.setName("pairsFeature");
        pairsFor.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        pairsPanel.add(pairsFor, BorderLayout.NORTH);
        pairsPanel.add(pairsScroll, BorderLayout.CENTER);
        chartKind.addActionListener(e -> { if (!adjusting) redrawChart(); });
        exportChart.addActionListener(e -> exportChart());
        JPanel chartPanel = new JPanel(new BorderLayout());
        chartPanel.add(ChartBar.of(chartKind, chartFeature, exportChart), BorderLayout.NORTH);
        chartPanel.add(chartHolder, BorderLayout.CENTER);
        // tests across the full width on top; descriptives and the chart side by side below
        JSplitPane bottom = ViewSupport.split(JSplitPane.HORIZONTAL_SPLIT, descPanel, chartPanel, 0.42, 470);
        JSplitPane results = ViewSupport.split(JSplitPane.VERTICAL_SPLIT, testsPanel, bottom, 0.4, 300);
        for (JTable t : new JTable[]{tests, clusterTests}) {
            t.getSelectionModel().addListSelectionListener(e -> {
                if (e.getValueIsAdjusting() || t.getSelectedRow() < 0) return;
                Object f = t.getValueAt(t.getSelectedRow(), 0);
                if (f != null) chartFeature.setSelectedItem(f.toString());
            });
        }
        layOut("<span style='font-size:130%'>No comparison yet</span><br><br>"
                + "Pick a grouping field and features on the left and press <b>Compare groups</b> (Ctrl+G).<br>"
                + "Two groups: Welch t-test and Mann–Whitney U; more: ANOVA and Kruskal–Wallis; with effect sizes.", results);
        app.session().addListener(c -> { if (c == Session.Change.FEATURES) featuresChanged(); });
    }

    private static JPanel titled(String title, java.awt.Component c) {
        JPanel p = new JPanel(new BorderLayout());
        JLabel l = Forms.heading(title);
        l.setBorder(BorderFactory.createEmptyBorder(6, 8, 4, 8));
        p.add(l, BorderLayout.NORTH);
        p.add(c, BorderLayout.CENTER);
        return p;
    }

    void corpusChanged() {
        adjusting = true;
        groupBox.removeAllItems();
        List<String> fields = new ArrayList<>(app.session().groupingFields());
        if (app.session().corpus().articles().stream().limit(2000).anyMatch(a -> a.date() != null)) fields.add("year");
        for (String f : fields) groupBox.addItem(f);
        String last = app.settings().get("compare.groupBy", null);
        String label = app.session().primaryLabel();
        groupBox.setSelectedItem(last != null && fields.contains(last) ? last : label != null ? label : fields.isEmpty() ? null : fields.get(0));
        groupList.fill((String) groupBox.getSelectedItem(), app.session().corpus().articles(), app.settings(), app.session().path());
        adjusting = false;
        allColumns = List.of();
        labels = java.util.Map.of();
        refillFeatures();
        result = null;
        showEmpty();
    }

    private void featuresChanged() {
        Analyses.Features f = app.session().features();
        allColumns = f == null ? List.of() : f.table().columns();
        labels = org.framelab.features.ColumnLabels.labels(allColumns);
        refillFeatures();
    }

    private void refillFeatures() {
        List<String> sel = featureList.getSelectedValuesList();
        featureModel.clear();
        String q = featureFilter.getText().toLowerCase(java.util.Locale.ROOT).trim();
        int n = 0;
        for (FeatureColumn c : allColumns) {
            if (!q.isEmpty() && !c.name().toLowerCase(java.util.Locale.ROOT).contains(q)
                    && !label(c.name()).toLowerCase(java.util.Locale.ROOT).contains(q)) continue;
            if (q.isEmpty() && c.family().startsWith("ngram")) continue;
            featureModel.addElement(c.name());
            if (++n >= 2000) break;
        }
        List<Integer> idx = new ArrayList<>();
        for (String s : sel) { int i = featureModel.indexOf(s); if (i >= 0) idx.add(i); }
        featureList.setSelectedIndices(idx.stream().mapToInt(Integer::intValue).toArray());
        if (allColumns.isEmpty()) {
            featureModel.addElement("(compute features first —");
            featureModel.addElement(" Compare does it for you)");
            featureList.setEnabled(false);
        } else featureList.setEnabled(true);
    }

    /** Runs the comparison (computing the features first when there are none). */
    void run() {
        if (!app.session().hasCorpus()) {
            app.setStatus("Open a corpus first (Ctrl+O).");
            return;
        }
        String group = (String) groupBox.getSelectedItem();
        if (group == null) {
            app.showError(new OptionException("grouping", "this corpus has no outlet or label field to group by"));
            return;
        }
        Analyses.Features f = app.session().features();
        if (f == null) {
            app.features().compute(this::run);
            return;
        }
        List<String> chosen = new ArrayList<>(featureList.getSelectedValuesList());
        boolean filtered = !featureFilter.getText().trim().isEmpty();
        // nothing selected: the features the list shows when it is filtered, else the default set of
        // compare, report and the study file (every non-n-gram column, the length counts included), so that
        // the exported study file gives the same tests
        if (chosen.isEmpty() && filtered) for (int i = 0; i < featureModel.size(); i++) chosen.add(featureModel.get(i));
        chosen.removeIf(s -> s.startsWith("(") || s.startsWith(" "));
        FeatureTable table = f.table();
        var corpus = app.session().corpus();
        List<String> selected = List.copyOf(chosen);
        if (groupList.listed() > 0 && groupList.checked().size() < 2) {
            app.showError(new OptionException("groups", groupList.checked().isEmpty() ? "none checked" : String.join(", ", groupList.checked()),
                    "check at least 2 groups to compare under 'Groups to compare' (the groups of " + group + ": " + groupList.describe() + ")"));
            return;
        }
        List<String> groups = groupList.chosen();
        runButton.setEnabled(false);
        long seed = app.classify().seed();
        app.tasks().run("Comparing groups by " + group, p -> Analyses.compare(table, corpus, group, selected, seed, groups, p), r -> {
            runButton.setEnabled(true);
            result = r;
            Grid.show(tests, r.tests());
            showDesign(r);
            Grid.show(descriptives, r.descriptives());
            adjusting = true;
            chartFeature.removeAllItems();
            for (String s : r.features()) chartFeature.addItem(s);
            adjusting = false;
            showResults();
            app.session().setComparison(r);
            JTable first = r.clustered() ? clusterTests : tests;
            if (first.getRowCount() > 0) first.setRowSelectionInterval(0, 0);
            redrawChart();
            showPairs();
            String chosenText = r.result().choice().describe();
            if (!chosenText.isEmpty()) app.setStatus(chosenText);
        }, e -> runButton.setEnabled(true));
    }

    /** The warning and the test tabs: outlet-level (or mixed-model) tests first when the articles are clustered. */
    private void showDesign(Analyses.Comparison r) {
        testTabs.removeAll();
        if (r.clustered()) {
            var d = r.result().design();
            String cf = d.clusterField();
            String title = d.kind() == org.framelab.stats.ClusterDesign.Kind.NESTED
                    ? Character.toUpperCase(cf.charAt(0)) + cf.substring(1) + "-level tests (n = " + d.clusters().size() + " " + cf + "s)"
                    : "Mixed model (" + cf + " random intercept)";
            Grid.show(clusterTests, r.clusterTests());
            testTabs.addTab(title, clusterScroll);
            testTabs.setToolTipTextAt(0, "The valid tests: the unit of variation is the " + cf);
            testTabs.addTab("Article-level tests (assume independent articles)", testsScroll);
            testTabs.setToolTipTextAt(1, "Shown for reference only: articles of one " + cf + " are not independent");
        } else {
            testTabs.addTab("Tests", testsScroll);
        }
        Grid p = AnalysisGrids.pooled(r.result());
        if (!p.rows().isEmpty()) {
            Grid.show(pooled, p);
            testTabs.addTab("Pooled ratios", pooledScroll);
            testTabs.setToolTipTextAt(testTabs.getTabCount() - 1,
                    "Per group: the sum of the numerators over the sum of the denominators (undefined ratios need no rule), with a 95% CI");
        }
        if (!r.result().pairwise().isEmpty()) {
            testTabs.addTab("Which groups differ", pairsPanel);
            testTabs.setToolTipTextAt(testTabs.getTabCount() - 1, "Pairs of groups of the chart's feature: Games-Howell and Dunn's test"
                    + (r.result().design().kind() == org.framelab.stats.ClusterDesign.Kind.NESTED
                    ? " (level cluster first: Games-Howell on the outlet means; article-level rows for reference only)"
                    : r.clustered() ? " (article-level: for reference only)" : ""));
        }
        testTabs.setSelectedIndex(0);
        String chosen = r.result().choice().describe(); // the groups compared: a choice, said plainly, not a warning
        choiceNote.setText(chosen);
        choiceNote.setVisible(!chosen.isEmpty());
        List<String> warned = r.warning().lines().filter(l -> !l.equals(chosen)).toList();
        warning.setText(String.join("\n", warned.stream().map(l -> "⚠ " + l).toList()));
        warning.setVisible(!warned.isEmpty());
        warning.setCaretPosition(0);
    }

    /** The pairs of groups of the chart's feature (3 or more groups). */
    private void showPairs() {
        if (result == null || result.result().pairwise().isEmpty()) return;
        String feature = (String) chartFeature.getSelectedItem();
        pairsFor.setText("Pairs for: " + (feature == null ? "" : label(feature)) + " (the chart's feature; pick another above the chart)");
        pairsFor.setToolTipText(feature);
        Grid.show(pairs, AnalysisGrids.pairwise(result.result(), feature));
    }

    private void redrawChart() {
        if (result == null || chartFeature.getSelectedItem() == null) return;
        String feature = (String) chartFeature.getSelectedItem();
        int kind = chartKind.getSelectedIndex();
        Analyses.Comparison r = result;
        app.tasks().run("Drawing chart", p -> Analyses.chart(r, feature, kind), c -> {
            chart = c;
            chartHolder.removeAll();
            ChartPanel cp = GuiCharts.panel(GuiCharts.themed(c), this::exportChart);
            chartHolder.add(cp, BorderLayout.CENTER);
            chartHolder.revalidate();
            chartHolder.repaint();
        });
    }

    private void exportChart() {
        if (result == null || chartFeature.getSelectedItem() == null) {
            app.setStatus("Run a comparison first.");
            return;
        }
        JFileChooser fc = new JFileChooser(app.settings().get("lastExportDir", System.getProperty("user.dir")));
        fc.setDialogTitle("Export chart");
        FileNameExtensionFilter png = new FileNameExtensionFilter("PNG image (300 dpi)", "png");
        FileNameExtensionFilter svg = new FileNameExtensionFilter("SVG vector image", "svg");
        FileNameExtensionFilter pdf = new FileNameExtensionFilter("PDF document", "pdf");
        fc.addChoosableFileFilter(png);
        fc.addChoosableFileFilter(svg);
        fc.addChoosableFileFilter(pdf);
        fc.setFileFilter(png);
        String base = (chartKind.getSelectedIndex() == 0 ? "means-" : chartKind.getSelectedIndex() == 1 ? "box-" : "time-")
                + chartFeature.getSelectedItem().toString().replaceAll("[^A-Za-z0-9_.-]+", "_");
        fc.setSelectedFile(new java.io.File(fc.getCurrentDirectory(), base + ".png"));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
        Path p = fc.getSelectedFile().toPath();
        String ext = fc.getFileFilter() == svg ? "svg" : fc.getFileFilter() == pdf ? "pdf" : "png";
        if (!p.getFileName().toString().contains(".")) p = p.resolveSibling(p.getFileName() + "." + ext);
        app.settings().put("lastExportDir", p.toAbsolutePath().getParent().toString());
        exportChartTo(p);
    }

    /** Writes the current chart (print style) to a file; the format follows the extension. */
    void exportChartTo(Path p) {
        Analyses.Comparison r = result;
        String feature = (String) chartFeature.getSelectedItem();
        int kind = chartKind.getSelectedIndex();
        app.tasks().run("Exporting chart", pr -> {
            Analyses.exportChart(Analyses.chart(r, feature, kind), p);
            return p;
        }, out -> app.setStatus("Chart written to " + out));
    }

    void refreshTheme() {
        redrawChart();
    }

    Analyses.Comparison result() {
        return result;
    }

    JTable testsTable() {
        return tests;
    }

    JTable clusterTestsTable() {
        return clusterTests;
    }

    String choiceText() {
        return choiceNote.isVisible() ? choiceNote.getText() : "";
    }

    String warningText() {
        return warning.isVisible() ? warning.getText() : "";
    }

    GroupChecklist groupList() {
        return groupList;
    }

    JTable pairsTable() {
        return pairs;
    }

    String pairsFeatureText() {
        return pairsFor.getText();
    }

    JComboBox<String> groupBox() {
        return groupBox;
    }

    JComboBox<String> chartKindBox() {
        return chartKind;
    }

    JFreeChart chart() {
        return chart;
    }

    void saveState() {
        if (groupBox.getSelectedItem() != null) app.settings().put("compare.groupBy", groupBox.getSelectedItem());
    }

    /** A feature list entry under its readable label ({@link org.framelab.features.ColumnLabels}), the column id as its tooltip. */
    private final class LabelRenderer extends javax.swing.DefaultListCellRenderer {
        @Override
        public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                               boolean selected, boolean focus) {
            String id = value == null ? "" : value.toString();
            java.awt.Component c = super.getListCellRendererComponent(list, label(id), index, selected, focus);
            setToolTipText(id);
            return c;
        }
    }

    /** The readable label of a column id (with its definition when the column is known). */
    private String label(String id) {
        String l = labels.get(id);
        return l != null ? l : org.framelab.features.ColumnLabels.label(id);
    }
}
