package org.framelab.gui;

import org.framelab.corpus.CorpusException;
import org.framelab.corpus.OutletLabels;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The mapping dialog's choice of a table of labels per outlet ({@link OutletLabels}; the CLI's {@code --outlet-labels
 * FILE}, a study file's {@code corpus.outlet_labels}): the file, what it adds (its label fields and how many outlets it
 * lists), Choose… and Clear. A chosen table is read at once, so a table without an outlet or label column, or with an
 * outlet listed twice, is reported as every reading error is before the corpus is loaded; how many articles it
 * matched is said by the load note on the Overview, and a poor match ({@link #poorMatch}) also on the status bar.
 */
final class OutletLabelsField extends JPanel {
    private final Path corpus;
    private final JLabel summary = new JLabel();
    private final JButton clear = new JButton("Clear");
    private Path file;

    /** {@code corpus}: the corpus file, whose folder the file chooser starts in; {@code current}: the table chosen before (may be null). */
    OutletLabelsField(Path corpus, Path current) {
        super(new BorderLayout(6, 0));
        this.corpus = corpus;
        summary.setName("outletLabelsSummary");
        JButton choose = new JButton("Choose…");
        choose.setName("chooseOutletLabels");
        clear.setName("clearOutletLabels");
        choose.addActionListener(e -> chooseFile());
        clear.addActionListener(e -> set(null));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.setBorder(BorderFactory.createEmptyBorder());
        buttons.add(choose);
        buttons.add(clear);
        add(summary, BorderLayout.NORTH);
        add(buttons, BorderLayout.CENTER);
        String tip = "A table (CSV, TSV or .xlsx) with an outlet column and one column per label, e.g. outlet,leaning from a "
                + "rating site: every article gets its outlet's labels (matched as written, then ignoring case and spacing, then "
                + "by name variant); the Overview says how many articles matched and names the outlets not in the table";
        setToolTipText(tip);
        choose.setToolTipText(tip);
        if (current != null) {
            file = current;
            try {
                describe(OutletLabels.read(current));
            } catch (CorpusException | RuntimeException e) { // a remembered table that moved: said here, and by the load
                clear.setEnabled(true);
                summary.setText(current.getFileName() + " cannot be used: " + ErrorDialogs.describe(e)[1].lines().findFirst().orElse(""));
                summary.setFont(summary.getFont().deriveFont(java.awt.Font.BOLD));
            }
        } else {
            describe(null);
        }
    }

    /** The chosen table, or null. */
    Path file() {
        return file;
    }

    /** The line under the buttons' row (for tests and screenshots). */
    String summaryText() {
        return summary.getText();
    }

    /** Chooses {@code p} (null: no table) as {@link #take} does; a table that cannot be used is reported in an error dialog. */
    void set(Path p) {
        Throwable e = take(p);
        if (e != null) ErrorDialogs.show(this, e);
    }

    /**
     * Chooses {@code p} (null: no table), read at once: null when it was taken; else the error that says why it cannot be
     * used (the previous choice stays).
     */
    Throwable take(Path p) {
        if (p == null) {
            file = null;
            describe(null);
            return null;
        }
        try {
            OutletLabels t = OutletLabels.read(p);
            file = p.toAbsolutePath().normalize();
            describe(t);
            return null;
        } catch (CorpusException | RuntimeException e) {
            return e;
        }
    }

    private void describe(OutletLabels t) {
        summary.setFont(UIManager.getFont("Label.font"));
        clear.setEnabled(t != null);
        summary.setText(t == null ? "None: labels come from the corpus only"
                : String.format(Locale.ROOT, "%s: adds %s (%,d outlet%s)", file.getFileName(), String.join(", ", t.fields()),
                t.outletCount(), t.outletCount() == 1 ? "" : "s"));
    }

    private void chooseFile() {
        Path start = file != null ? file.getParent() : corpus.toAbsolutePath().getParent();
        JFileChooser fc = new JFileChooser(start == null ? null : start.toFile());
        fc.setDialogTitle("Labels per outlet");
        FileNameExtensionFilter tables = new FileNameExtensionFilter("Tables (.csv, .tsv, .xlsx)", "csv", "tsv", "xlsx");
        fc.addChoosableFileFilter(tables);
        fc.setFileFilter(tables);
        if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) set(fc.getSelectedFile().toPath());
    }

    /** Below this share of articles with labels from the table, the status bar says so after loading. */
    static final double POOR_MATCH = 0.5;

    /**
     * "outlet labels: 892 of 3,000 articles matched; see Overview" when a table of labels per outlet was read and fewer
     * than half of the articles got a label from it, else null. Reads the table's header again (for its label fields).
     */
    static String poorMatch(org.framelab.corpus.Corpus corpus, org.framelab.corpus.ReadOptions options) throws CorpusException {
        if (options == null || options.outletLabels() == null || corpus.size() == 0) return null;
        java.util.List<String> fields = OutletLabels.read(options.outletLabels()).fields();
        long matched = corpus.articles().stream().filter(a -> fields.stream().anyMatch(a.labels()::containsKey)).count();
        if (matched >= POOR_MATCH * corpus.size()) return null;
        return String.format(Locale.ROOT, "outlet labels: %,d of %,d articles matched; see Overview", matched, corpus.size());
    }
}
