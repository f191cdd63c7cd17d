package org.framelab.gui;

import org.framelab.util.OptionException;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.JTableHeader;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Features: choose the families, add user lexicons, define actors; compute the feature table in
 * the background and browse it (sortable, column tooltips with definition, unit and source).
 * The same choices drive the browser's evidence, the group comparison and the classifier.
 */
final class FeaturesView extends AnalysisView {
    private final Map<String, JCheckBox> familyBoxes = new LinkedHashMap<>();
    private final DefaultListModel<String> lexiconList = new DefaultListModel<>();
    private final Map<String, Path> lexicons = new LinkedHashMap<>();
    private final JTextArea actors = new JTextArea(4, 18);
    private final JButton computeButton = new JButton("Compute features");
    private final FeatureTableModel model = new FeatureTableModel();
    private final JTable table = new JTable(model) {
        @Override
        protected JTableHeader createDefaultTableHeader() {
            return new JTableHeader(columnModel) {
                @Override
                public String getToolTipText(MouseEvent e) {
                    int vc = columnAtPoint(e.getPoint());
                    if (vc < 0) return null;
                    FeatureColumn c = model.column(convertColumnIndexToModel(vc));
                    return c == null ? null : Format.columnTooltip(c);
                }
            };
        }
    };
    private final JTextField columnFilter = new JTextField(24);
    private final JLabel info = new JLabel(" ");
    private FeatureTable result;

    FeaturesView(MainWindow app) {
        super(app, "features");
        fillColumn(app.settings());
        layOut("<span style='font-size:130%'>No feature table yet</span><br><br>"
                + "Choose the families on the left and press <b>Compute features</b> (Ctrl+R).<br>"
                + "Hover over a column header to see what the feature measures.", tablePanel());
    }

    /** Families, user lexicons and actors (as last time), and the compute button. */
    private void fillColumn(Settings s) {
        column.add(Forms.heading("Feature families"));
        JPanel fams = new JPanel(new GridLayout(0, 1, 0, 2));
        for (String[] f : Pipelines.FAMILIES) {
            JCheckBox b = new JCheckBox(f[1], s.getBoolean("features.family." + f[0], !f[0].equals("ngrams")));
            b.setName("family:" + f[0]);
            b.setToolTipText("<html><body style='width:300px'>" + f[2] + "</body></html>");
            familyBoxes.put(f[0], b);
            fams.add(b);
        }
        Forms.add(column, fams);
        column.add(Forms.heading("User lexicons"));
        JList<String> lex = new JList<>(lexiconList);
        lex.setName("lexicons");
        lex.setVisibleRowCount(4);
        JScrollPane ls = new JScrollPane(lex);
        ls.setPreferredSize(new Dimension(250, 80));
        Forms.add(column, ls);
        JPanel lb = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        JButton add = new JButton("Add…");
        add.setName("addLexicon");
        add.setToolTipText("A plain word list (.txt, # comments, * wildcards), a CSV of term,category, LIWC .dic or MPQA .tff");
        JButton remove = new JButton("Remove");
        add.addActionListener(e -> addLexicon());
        remove.addActionListener(e -> {
            for (String v : lex.getSelectedValuesList()) {
                lexicons.remove(v.substring(0, v.indexOf(" = ")));
                lexiconList.removeElement(v);
            }
        });
        lb.add(add);
        lb.add(javax.swing.Box.createHorizontalStrut(6));
        lb.add(remove);
        Forms.add(column, lb);
        column.add(Forms.note("Counted by the Subjective family: one column per lexicon category; hits are highlighted in the Articles tab."));
        column.add(Forms.heading("Actors"));
        actors.setName("actors");
        actors.setLineWrap(true);
        actors.setText(s.get("features.actors", ""));
        actors.setToolTipText("One actor per line, e.g. Russia=Russia|Moscow|Kremlin or just Kremlin; mentions and the verbs and quotes each actor gets");
        Forms.add(column, new JScrollPane(actors));
        column.add(Forms.note("One per line: <i>Name</i> or <i>Name=alias|alias</i>. Counted by the Actors family."));
        Forms.runButton(column, computeButton, "computeFeatures", "Compute the feature table in the background (Ctrl+R)", this::compute);
        for (String l : s.get("features.lexicons", "").split("\\|")) {
            int eq = l.indexOf('=');
            if (eq > 0 && java.nio.file.Files.isRegularFile(Path.of(l.substring(eq + 1)))) addLexicon(l.substring(0, eq), Path.of(l.substring(eq + 1)));
        }
    }

    /** The feature table (values formatted per unit) under a column filter and a line on its size. */
    private JPanel tablePanel() {
        table.setName("featureTable");
        table.setAutoCreateRowSorter(true);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        table.setFillsViewportHeight(true);
        DefaultTableCellRenderer num = new DefaultTableCellRenderer() {
            @Override
            public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
                super.getTableCellRendererComponent(t, v, sel, focus, row, col);
                FeatureColumn c = model.column(t.convertColumnIndexToModel(col));
                setText(v instanceof Double d ? Format.featureValue(c, d) : String.valueOf(v));
                return this;
            }
        };
        num.setHorizontalAlignment(SwingConstants.RIGHT);
        table.setDefaultRenderer(Double.class, num);
        Forms.filterField(columnFilter, "Filter columns (e.g. attribution, hedge)");
        Timer t = new Timer(250, e -> refreshTable());
        t.setRepeats(false);
        ViewSupport.onEdit(columnFilter, t::restart);
        info.setName("featureInfo");
        JPanel top = new JPanel(new BorderLayout(10, 0));
        top.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        top.add(columnFilter, BorderLayout.WEST);
        top.add(info, BorderLayout.CENTER);
        JPanel tablePanel = new JPanel(new BorderLayout());
        tablePanel.add(top, BorderLayout.NORTH);
        tablePanel.add(new JScrollPane(table), BorderLayout.CENTER);
        return tablePanel;
    }

    private void addLexicon() {
        JFileChooser fc = new JFileChooser(app.settings().get("lastLexiconDir", System.getProperty("user.dir")));
        fc.setDialogTitle("Add a lexicon");
        if (fc.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) return;
        Path p = fc.getSelectedFile().toPath();
        app.settings().put("lastLexiconDir", p.toAbsolutePath().getParent().toString());
        String stem = p.getFileName().toString().replaceFirst("\\.[^.]+$", "").replaceAll("[^A-Za-z0-9_]+", "_").toLowerCase(java.util.Locale.ROOT);
        String name = JOptionPane.showInputDialog(this, "Name of the lexicon (used in column names):", stem);
        if (name == null || name.isBlank()) return;
        addLexicon(name.trim(), p);
    }

    /** Adds (or replaces) a user lexicon; also used by tests. */
    void addLexicon(String name, Path file) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            app.showError(new OptionException("lexicon name", "'" + name + "' (use letters, digits and _; start with a letter)"));
            return;
        }
        for (int i = 0; i < lexiconList.size(); i++) if (lexiconList.get(i).startsWith(name + " = ")) lexiconList.remove(i--);
        lexicons.put(name, file);
        setFamily("subjective", true);
        lexiconList.addElement(name + " = " + file.getFileName());
    }

    void setFamily(String family, boolean on) {
        JCheckBox b = familyBoxes.get(family);
        if (b != null) b.setSelected(on);
    }

    /** The current choices. */
    Pipelines.Spec currentSpec() {
        List<String> fams = new ArrayList<>();
        familyBoxes.forEach((k, b) -> { if (b.isSelected()) fams.add(k); });
        if (fams.isEmpty()) fams.add(Pipelines.FAMILIES[0][0]);
        if (!lexicons.isEmpty() && !fams.contains("subjective")) fams.add("subjective");
        List<String> act = new ArrayList<>();
        for (String line : actors.getText().split("[\\n,]")) if (!line.isBlank()) act.add(line.trim());
        return new Pipelines.Spec(fams, lexicons, act);
    }

    void corpusChanged() {
        result = null;
        model.set(null, List.of(), null);
        showEmpty();
        info.setText(" ");
    }

    FeatureTable result() {
        return result;
    }

    JTable table() {
        return table;
    }

    /** Computes the feature table (and refreshes the browser's evidence) in the background. */
    void compute() {
        compute(null);
    }

    /** Like {@link #compute()}, then runs {@code then} on the EDT when the features are ready. */
    void compute(Runnable then) {
        if (!app.session().hasCorpus()) {
            app.setStatus("Open a corpus first (Ctrl+O).");
            return;
        }
        Pipelines.Spec spec;
        try {
            spec = currentSpec();
        } catch (IllegalArgumentException e) {
            app.showError(e);
            return;
        }
        var corpus = app.session().corpus();
        computeButton.setEnabled(false);
        app.tasks().run("Computing features", p -> Pipelines.table(spec, corpus, p), r -> {
            computeButton.setEnabled(true);
            if (app.session().corpus() != corpus) return;
            result = r.table();
            app.setEvidence(r.evidence());
            refreshTable();
            showResults();
            app.session().setFeatures(r);
            if (then != null) then.run();
        }, err -> computeButton.setEnabled(true));
    }

    private void refreshTable() {
        model.set(result, app.session().labelFields(), columnFilter.getText());
        for (int i = 0; i < table.getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(i == 0 ? 150 : i == 1 ? 170 : i < model.fixed() ? 80 : Math.max(90, Math.min(220, model.getColumnName(i).length() * 7 + 16)));
        }
        if (result != null) {
            int total = result.columns().size();
            info.setText(String.format("%,d articles × %,d features%s", result.rows().size(), total,
                    model.shownFeatures() < total ? String.format(" (showing %,d; filter to see others)", model.shownFeatures()) : ""));
        }
    }

    void saveState() {
        Settings s = app.settings();
        familyBoxes.forEach((k, b) -> s.put("features.family." + k, b.isSelected()));
        s.put("features.actors", actors.getText());
        List<String> l = new ArrayList<>();
        lexicons.forEach((k, v) -> l.add(k + "=" + v.toAbsolutePath()));
        s.put("features.lexicons", String.join("|", l));
    }
}
