package org.framelab.gui;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Export: the Excel workbook, the Jupyter notebook (with its CSV tables), the study file that
 * re-runs this session in batch ({@code ./framelab run study.yaml}) and the charts. Each runs in
 * the background and computes what is missing (features, comparison) first.
 */
final class ExportView extends JPanel {
    private final MainWindow app;
    private final JTextArea log = new JTextArea(8, 60);
    private final JLabel sessionInfo = new JLabel();

    ExportView(MainWindow app) {
        super(new BorderLayout(0, 10));
        this.app = app;
        setName("export");
        setBorder(BorderFactory.createEmptyBorder(14, 16, 14, 16));
        JPanel grid = new JPanel(new GridBagLayout());
        int r = 0;
        r = row(grid, r, "Full report…", "exportReport", "Everything ./framelab run writes, into one folder: the workbook, every chart (PNG, SVG, PDF), "
                + "the CSV tables, manifest.json (versions, inputs, settings) and the notebook.", this::exportReport);
        r = row(grid, r, "Excel workbook…", "exportWorkbook", "One .xlsx for co-authors: overview, articles with all features, group descriptives, "
                + "tests, terms, evidence, model results, agreement and charts. Opens in Excel and LibreOffice.", this::exportWorkbook);
        r = row(grid, r, "Jupyter notebook…", "exportNotebook", "A notebook plus the CSV tables it reads: loads them with pandas and redraws the main "
                + "charts with matplotlib, with text explaining each step.", this::exportNotebook);
        r = row(grid, r, "Study file…", "exportStudy", "A YAML study file with everything chosen here (corpus and mapping, families, lexicons, actors, "
                + "grouping, classifier, protocol, seed). Re-run it with: ./framelab run study.yaml", this::exportStudy);
        row(grid, r, "Charts…", "exportCharts", "All charts of this session as PNG (300 dpi), SVG and PDF into a folder, "
                + "styled for print (colour-blind safe, readable in grey).", this::exportCharts);
        sessionInfo.setName("sessionInfo");
        sessionInfo.setBorder(BorderFactory.createEmptyBorder(0, 0, 10, 0));
        JPanel north = new JPanel(new BorderLayout());
        north.add(sessionInfo, BorderLayout.NORTH);
        north.add(grid, BorderLayout.CENTER);
        add(north, BorderLayout.NORTH);
        app.session().addListener(c -> refreshInfo());
        refreshInfo();
        log.setEditable(false);
        log.setName("exportLog");
        JPanel south = new JPanel(new BorderLayout(0, 4));
        JLabel l = new JLabel("Files written in this session");
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        south.add(l, BorderLayout.NORTH);
        south.add(new JScrollPane(log), BorderLayout.CENTER);
        add(south, BorderLayout.CENTER);
    }

    private static int row(JPanel p, int r, String button, String name, String text, Runnable action) {
        JButton b = new JButton(button);
        b.setName(name);
        b.setPreferredSize(new java.awt.Dimension(170, b.getPreferredSize().height + 6));
        b.addActionListener(e -> action.run());
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = 0;
        g.gridy = r;
        g.insets = new Insets(8, 0, 8, 16);
        g.fill = GridBagConstraints.HORIZONTAL;
        g.anchor = GridBagConstraints.NORTHWEST;
        p.add(b, g);
        JLabel t = new JLabel("<html><body style='width:480px'>" + Format.html(text) + "</body></html>");
        g = new GridBagConstraints();
        g.gridx = 1;
        g.gridy = r;
        g.weightx = 1;
        g.anchor = GridBagConstraints.WEST;
        g.fill = GridBagConstraints.HORIZONTAL;
        p.add(t, g);
        return r + 1;
    }

    void corpusChanged() {
        refreshInfo();
    }

    /** What an export will contain, in one line per step of the session. */
    private void refreshInfo() {
        Session s = app.session();
        StringBuilder sb = new StringBuilder("<html><b>This session</b><br>");
        if (!s.hasCorpus()) {
            sb.append("No corpus open yet.");
        } else {
            sb.append(String.format("Corpus: %s, %,d articles<br>", Format.html(s.path().getFileName().toString()), s.corpus().size()));
            Analyses.Features f = s.features();
            sb.append(f == null ? "Features: not computed yet (exports compute them with the Features tab's choices)<br>"
                    : String.format("Features: %s, %,d columns<br>", Format.html(f.spec().familiesSpec()), f.table().columns().size()));
            Analyses.Comparison c = s.comparison();
            sb.append(c == null ? "Comparison: none yet (Compare tab)<br>" : String.format("Comparison: %d features by %s<br>", c.features().size(), Format.html(c.groupField())));
            Analyses.Classification k = s.classification();
            sb.append(k == null ? "Classification: none yet (Classify tab)" : "Classification: " + Format.html(k.request().label()) + " with "
                    + Format.html(k.request().classifier()) + ", macro-F1 " + k.headline().get(0)[1]);
            List<Analyses.Agreement> a = s.agreements();
            if (!a.isEmpty()) sb.append("<br>Agreement: ").append(Format.html(String.join(", ",
                    a.stream().map(x -> x.field() + " (" + x.level() + ")").toList())));
            Analyses.Validation v = s.validation();
            if (v != null) sb.append("<br>Validation: ").append(Format.html(v.result().families())).append(" against ")
                    .append(Format.html(v.result().spans().source()));
        }
        sessionInfo.setText(sb.append("</html>").toString());
    }

    private boolean ready() {
        if (app.session().hasCorpus()) return true;
        app.setStatus("Open a corpus first (Ctrl+O).");
        return false;
    }

    private Path choose(String title, String suggested, FileNameExtensionFilter filter, boolean directory) {
        JFileChooser fc = new JFileChooser(app.settings().get("lastExportDir", System.getProperty("user.dir")));
        fc.setDialogTitle(title);
        if (directory) fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (filter != null) fc.setFileFilter(filter);
        fc.setSelectedFile(new File(fc.getCurrentDirectory(), suggested));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return null;
        Path p = fc.getSelectedFile().toPath();
        if (filter != null && !directory) {
            String ext = filter.getExtensions()[0];
            if (!p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + ext)) p = p.resolveSibling(p.getFileName() + "." + ext);
        }
        app.settings().put("lastExportDir", (directory ? p : p.toAbsolutePath().getParent()).toString());
        return p;
    }

    private String stem() {
        Path p = app.session().path();
        String s = p == null ? "study" : p.getFileName().toString().replaceFirst("(\\.jsonl)?(\\.gz)?$", "").replaceFirst("\\.[^.]+$", "");
        return s.replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    void exportWorkbook() {
        if (!ready()) return;
        Path p = choose("Export Excel workbook", stem() + ".xlsx", new FileNameExtensionFilter("Excel workbook", "xlsx"), false);
        if (p != null) exportWorkbookTo(p);
    }

    void exportNotebook() {
        if (!ready()) return;
        Path p = choose("Export notebook into folder", "notebooks-export", null, true);
        if (p != null) exportNotebookTo(p);
    }

    void exportStudy() {
        if (!ready()) return;
        Path p = choose("Save study file", stem() + ".yaml", new FileNameExtensionFilter("Study file (YAML)", "yaml", "yml"), false);
        if (p != null) exportStudyTo(p);
    }

    void exportReport() {
        if (!ready()) return;
        Path p = choose("Write the full report into folder", "reports", null, true);
        if (p != null) exportReportTo(p);
    }

    void exportReportTo(Path dir) {
        withFeatures(() -> {
            Analyses.Snapshot s = Analyses.snapshot(app);
            app.tasks().run("Writing report", pr -> Reports.writeAll(s, dir, dir.resolve("notebook"), pr).dir(), out -> written("Report", out));
        });
    }

    void exportCharts() {
        if (!ready()) return;
        Path p = choose("Export charts into folder", "charts", null, true);
        if (p != null) exportChartsTo(p);
    }

    /** Computes the features first when the session has none, then runs {@code then}. */
    private void withFeatures(Runnable then) {
        if (app.session().features() != null) then.run();
        else app.features().compute(then);
    }

    void exportWorkbookTo(Path p) {
        withFeatures(() -> {
            Analyses.Snapshot s = Analyses.snapshot(app);
            app.tasks().run("Writing workbook", pr -> Analyses.writeWorkbook(s, p, pr), out -> written("Workbook", out));
        });
    }

    void exportNotebookTo(Path p) {
        withFeatures(() -> {
            Analyses.Snapshot s = Analyses.snapshot(app);
            app.tasks().run("Writing notebook", pr -> Analyses.writeNotebook(s, p, pr), out -> written("Notebook", out));
        });
    }

    void exportStudyTo(Path p) {
        Analyses.Snapshot s = Analyses.snapshot(app);
        app.tasks().run("Writing study file", pr -> Analyses.writeStudy(s, p), out -> written("Study file", out));
    }

    void exportChartsTo(Path dir) {
        withFeatures(() -> {
            Analyses.Snapshot s = Analyses.snapshot(app);
            app.tasks().run("Writing charts", pr -> Analyses.writeCharts(s, dir, pr), out -> written("Charts", out));
        });
    }

    private void written(String what, Object out) {
        String line = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "  " + what + ": " + out;
        log.append(line + "\n");
        app.setStatus(what + " written: " + out);
    }

    String logText() {
        return log.getText();
    }
}
