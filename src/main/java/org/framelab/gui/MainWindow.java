package org.framelab.gui;

import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The FrameLab main window: menu bar, one tab per step of a study (Overview, Articles, Features,
 * Compare, Classify, Agreement, Validate, Export) and a status bar with the running task's progress and a
 * Cancel button. All long work goes through {@link Tasks}; the event thread only shows results.
 */
public final class MainWindow extends JFrame {
    static final String[] VIEW_NAMES = {"Overview", "Articles", "Features", "Compare", "Classify", "Agreement", "Validate", "Export"};

    private final Settings settings;
    private final Session session = new Session();
    private final Tasks tasks;
    private final StatusBar status;
    private final JTabbedPane tabs = new JTabbedPane();
    private final OverviewView overview;
    private final BrowserView browser;
    private final FeaturesView features;
    private final CompareView compare;
    private final ClassifyView classify;
    private final AgreementView agreement;
    private final ValidateView validate;
    private final ExportView export;
    private final JMenu recentMenu = new JMenu("Open Recent");
    private Evidence evidence;
    private CorpusIndex index;
    /** When false (tests, screenshots), dialogs that would block are skipped: errors go to {@link #lastError}. */
    private boolean interactive = true;
    private volatile Throwable lastError;

    MainWindow(Settings settings) {
        super("FrameLab");
        this.settings = settings;
        this.tasks = new Tasks(this::showError);
        this.status = new StatusBar(tasks);
        setName("frameLab");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit();
            }
        });
        overview = new OverviewView(this);
        browser = new BrowserView(this);
        features = new FeaturesView(this);
        compare = new CompareView(this);
        classify = new ClassifyView(this);
        agreement = new AgreementView(this);
        validate = new ValidateView(this);
        export = new ExportView(this);
        JComponent[] views = {overview, browser, features, compare, classify, agreement, validate, export};
        String[] tips = {"Counts, label and outlet distributions, dates, warnings (Ctrl+1)",
                "Browse, search and read articles with their framing evidence (Ctrl+2)",
                "Choose feature families, lexicons and actors; the feature table (Ctrl+3)",
                "Compare groups: statistics and charts (Ctrl+4)",
                "Train and evaluate a classifier (Ctrl+5)",
                "Inter-annotator agreement for judgement-level data (Ctrl+6)",
                "Validate the evidence against human span annotations (Ctrl+7)",
                "Export the workbook, notebook, study file and charts (Ctrl+8)"};
        for (int i = 0; i < views.length; i++) tabs.addTab(VIEW_NAMES[i], null, views[i], tips[i]);
        tabs.setName("views");
        tabs.putClientProperty("JTabbedPane.tabAreaInsets", new java.awt.Insets(0, 8, 0, 0));
        tabs.putClientProperty("JTabbedPane.minimumTabWidth", 96);
        JPanel content = new JPanel(new BorderLayout());
        content.add(tabs, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        setContentPane(content);
        setJMenuBar(menus());
        setTransferHandler(new FileDrop(this::open, this::showError));
        session.addListener(c -> {
            if (c == Session.Change.CORPUS) updateTitle();
            if (c == Session.Change.SPANS) browser.spansChanged();
            if (c == Session.Change.SPANS || c == Session.Change.CORPUS) validate.spansChanged();
        });
        restoreBounds();
        int last = settings.getInt("view", 0);
        if (last >= 0 && last < tabs.getTabCount()) tabs.setSelectedIndex(last);
        tabs.addChangeListener(e -> settings.put("view", tabs.getSelectedIndex()));
        status.setMessage("Open a corpus to start: File > Open (Ctrl+O), or drop a file on this window.");
        setIconImages(Icons.appIcons());
    }

    // ------------------------------------------------------------------ accessors
    Session session() { return session; }
    Tasks tasks() { return tasks; }
    Settings settings() { return settings; }
    Evidence evidence() { return evidence; }
    CorpusIndex index() { return index; }
    BrowserView browser() { return browser; }
    OverviewView overview() { return overview; }
    FeaturesView features() { return features; }
    CompareView compare() { return compare; }
    ClassifyView classify() { return classify; }
    AgreementView agreement() { return agreement; }
    ValidateView validation() { return validate; }
    ExportView export() { return export; }
    JTabbedPane tabs() { return tabs; }
    StatusBar status() { return status; }
    Throwable lastError() { return lastError; }

    void clearLastError() {
        lastError = null;
    }

    void setInteractive(boolean b) {
        interactive = b;
    }

    boolean interactive() {
        return interactive;
    }

    void showView(int i) {
        tabs.setSelectedIndex(i);
    }

    void showView(JComponent view) {
        tabs.setSelectedComponent(view);
    }

    /** Shows an error as a readable dialog (or records it when not interactive). EDT only. */
    void showError(Throwable t) {
        lastError = t;
        String[] d = ErrorDialogs.describe(t);
        status.setMessage(d[0] + ": " + d[1].lines().findFirst().orElse(""));
        if (interactive) ErrorDialogs.show(this, t);
        else System.err.println("framelab gui: " + d[1]);
    }

    void setStatus(String message) {
        status.setMessage(message);
    }

    // ------------------------------------------------------------------ menus and shortcuts
    private JMenuBar menus() {
        int mask = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        file.setMnemonic('F');
        file.add(item("Open Corpus…", KeyStroke.getKeyStroke(KeyEvent.VK_O, mask), e -> openDialog()));
        file.add(recentMenu);
        file.add(item("Reload", KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0), e -> reload()));
        file.add(item("Load Span Annotations…", null, e -> SpanFiles.loadDialog(this)));
        file.addSeparator();
        file.add(item("Export Workbook…", KeyStroke.getKeyStroke(KeyEvent.VK_E, mask), e -> { showView(export); export.exportWorkbook(); }));
        file.add(item("Save Study File…", KeyStroke.getKeyStroke(KeyEvent.VK_S, mask), e -> { showView(export); export.exportStudy(); }));
        file.addSeparator();
        file.add(item("Quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, mask), e -> quit()));
        bar.add(file);

        JMenu view = new JMenu("View");
        view.setMnemonic('V');
        for (int i = 0; i < VIEW_NAMES.length; i++) {
            int idx = i;
            view.add(item(VIEW_NAMES[i], KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, mask), e -> showView(idx)));
        }
        view.addSeparator();
        view.add(item("Find Article…", KeyStroke.getKeyStroke(KeyEvent.VK_F, mask), e -> { showView(browser); browser.focusSearch(); }));
        view.addSeparator();
        view.add(item("Toggle Light/Dark Theme", KeyStroke.getKeyStroke(KeyEvent.VK_T, mask | KeyEvent.SHIFT_DOWN_MASK), e -> toggleTheme()));
        view.add(item("Larger Text", KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, mask), e -> textSize(1)));
        view.add(item("Smaller Text", KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, mask), e -> textSize(-1)));
        view.add(item("Normal Text Size", KeyStroke.getKeyStroke(KeyEvent.VK_0, mask), e -> textSize(0)));
        bar.add(view);

        JMenu analysis = new JMenu("Analysis");
        analysis.setMnemonic('A');
        analysis.add(item("Compute Features", KeyStroke.getKeyStroke(KeyEvent.VK_R, mask), e -> { showView(features); features.compute(); }));
        analysis.add(item("Compare Groups", KeyStroke.getKeyStroke(KeyEvent.VK_G, mask), e -> { showView(compare); compare.run(); }));
        analysis.add(item("Run Classification", KeyStroke.getKeyStroke(KeyEvent.VK_R, mask | KeyEvent.SHIFT_DOWN_MASK), e -> { showView(classify); classify.run(); }));
        analysis.addSeparator();
        analysis.add(item("Cancel Running Task", KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), e -> tasks.cancelAll()));
        bar.add(analysis);

        JMenu help = new JMenu("Help");
        help.add(item("Keyboard Shortcuts", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), e -> shortcuts()));
        help.add(item("About FrameLab", null, e -> JOptionPane.showMessageDialog(this,
                "FrameLab " + org.framelab.util.Runtime2.version() + "\nA workbench for media-bias and framing research.\n"
                        + "Java " + System.getProperty("java.version") + "\nSettings: " + settings.file(),
                "About FrameLab", JOptionPane.INFORMATION_MESSAGE)));
        bar.add(help);
        rebuildRecent();
        return bar;
    }

    private static JMenuItem item(String name, KeyStroke key, Consumer<ActionEvent> action) {
        Action a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.accept(e);
            }
        };
        if (key != null) a.putValue(Action.ACCELERATOR_KEY, key);
        JMenuItem mi = new JMenuItem(a);
        mi.setName("menu:" + name.replace("…", ""));
        return mi;
    }

    private void shortcuts() {
        String text = String.join("\n",
                "Ctrl+O  Open corpus            F5  Reload",
                "Ctrl+1…8  Switch view           Ctrl+F  Find article",
                "Ctrl+R  Compute features        Ctrl+G  Compare groups",
                "Ctrl+Shift+R  Run classification",
                "Ctrl+E  Export workbook         Ctrl+S  Save study file",
                "Esc  Cancel running task        Ctrl+Shift+T  Light/dark theme",
                "Ctrl+= / Ctrl+-  Larger / smaller text   Ctrl+0  Normal text size",
                "Ctrl+Q  Quit");
        javax.swing.JTextArea a = new javax.swing.JTextArea(text);
        a.setEditable(false);
        a.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, a.getFont().getSize()));
        JOptionPane.showMessageDialog(this, a, "Keyboard shortcuts", JOptionPane.PLAIN_MESSAGE);
    }

    private void rebuildRecent() {
        recentMenu.removeAll();
        List<Path> recent = settings.recentFiles();
        int mask = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        for (int i = 0; i < recent.size(); i++) {
            Path p = recent.get(i);
            JMenuItem mi = item(p.getFileName() + "  —  " + p.getParent(),
                    i < 9 ? KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, mask | KeyEvent.ALT_DOWN_MASK) : null,
                    e -> open(p));
            recentMenu.add(mi);
        }
        if (recent.isEmpty()) {
            JMenuItem none = new JMenuItem("(no recent files)");
            none.setEnabled(false);
            recentMenu.add(none);
        }
    }

    /** Text one step larger (+1), smaller (-1) or back to normal (0), remembered (a projector in a lecture hall). */
    void textSize(int direction) {
        settings.put("text.percent", Theme.stepText(direction));
        browser.evidenceChanged();
        status.setMessage("Text size " + Theme.textPercent() + "% (View > Normal Text Size, Ctrl+0, to reset)");
    }

    private void toggleTheme() {
        boolean dark = !Theme.isDark();
        Theme.switchTo(dark);
        settings.put("theme", dark ? "dark" : "light");
        browser.evidenceChanged();
        overview.refreshTheme();
        compare.refreshTheme();
        validate.refreshTheme();
    }

    private void restoreBounds() {
        Rectangle screen = GraphicsEnvironment.isHeadless() ? new Rectangle(0, 0, 1600, 1000)
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int w = settings.getInt("window.width", Math.min(1440, screen.width - 40));
        int h = settings.getInt("window.height", Math.min(900, screen.height - 40));
        w = Math.max(900, Math.min(w, screen.width));
        h = Math.max(600, Math.min(h, screen.height));
        setMinimumSize(new Dimension(900, 600));
        setSize(w, h);
        int x = settings.getInt("window.x", Integer.MIN_VALUE);
        int y = settings.getInt("window.y", Integer.MIN_VALUE);
        if (x == Integer.MIN_VALUE || !screen.intersects(new Rectangle(x, y, w, h))) setLocationRelativeTo(null);
        else setLocation(x, y);
        if (settings.getBoolean("window.maximized", false)) setExtendedState(MAXIMIZED_BOTH);
    }

    void saveState() {
        boolean max = (getExtendedState() & MAXIMIZED_BOTH) == MAXIMIZED_BOTH;
        settings.put("window.maximized", max);
        if (!max) {
            settings.put("window.x", getX());
            settings.put("window.y", getY());
            settings.put("window.width", getWidth());
            settings.put("window.height", getHeight());
        }
        settings.put("view", tabs.getSelectedIndex());
        features.saveState();
        compare.saveState();
        classify.saveState();
        settings.save();
    }

    void quit() {
        if (tasks.busy() && interactive) {
            int r = JOptionPane.showConfirmDialog(this, "A task is still running. Cancel it and quit?", "Quit FrameLab",
                    JOptionPane.OK_CANCEL_OPTION);
            if (r != JOptionPane.OK_OPTION) return;
            tasks.cancelAll();
        }
        saveState();
        dispose();
    }

    private void updateTitle() {
        Path p = session.path();
        setTitle(p == null ? "FrameLab" : p.getFileName() + " — FrameLab");
    }

    // ------------------------------------------------------------------ opening a corpus
    void openDialog() {
        JFileChooser fc = new JFileChooser(settings.get("lastDir", System.getProperty("user.dir")));
        fc.setDialogTitle("Open corpus");
        fc.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        fc.setAcceptAllFileFilterUsed(true);
        FileNameExtensionFilter corpora = new FileNameExtensionFilter(
                "Corpora (.jsonl, .jsonl.gz, .json, .csv, .tsv, .txt, .xlsx, folders)", "jsonl", "gz", "json", "csv", "tsv", "txt", "xlsx");
        fc.addChoosableFileFilter(corpora);
        fc.setFileFilter(corpora);
        if (fc.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) return;
        Path p = fc.getSelectedFile().toPath();
        settings.put("lastDir", (Files.isDirectory(p) ? p : p.toAbsolutePath().getParent()).toString());
        open(p);
    }

    /** Reads the fields and a preview in the background, then shows the mapping dialog, then loads. */
    void open(Path path) {
        open(path, rememberedOptions(path), true);
    }

    /**
     * A corpus named at start ({@code gui PATH [options]}): loaded straight away with {@code given} (null: as remembered, else detected),
     * but a file whose bytes are not UTF-8, no encoding given, opens the mapping dialog with windows-1252 chosen, as File > Open.
     */
    void openGiven(Path path, ReadOptions given) {
        open(path, given != null ? given : rememberedOptions(path), false);
    }

    /** The one way a corpus is opened: inspection (with the encoding fallback), the dialog when {@code ask} or the encoding needs it, loading. */
    private void open(Path path, ReadOptions base, boolean ask) {
        tasks.run("Reading fields of " + path.getFileName(), p -> inspect(path, base), in -> {
            if (!ask && in.encodingNote() == null) load(path, base != null ? base : ReadOptions.defaults());
            else if (!interactive) load(path, in.current().withMapping(in.detected()));
            else
                java.awt.EventQueue.invokeLater(() -> { // after this task has finished: the status bar does not show it running
                    ReadOptions chosen = new MappingDialog(this, in).showDialog();
                    if (chosen != null) load(path, chosen);
                });
        });
    }

    /** Fields, preview rows and detected mapping (background); a file that is not UTF-8 is read as Windows-1252. */
    static MappingDialog.Input inspect(Path path, ReadOptions base) throws Exception {
        return CorpusInspection.inspect(path, base);
    }

    /** Options used last time for this file, if any. */
    ReadOptions rememberedOptions(Path path) {
        String key = "mapping." + Integer.toHexString(path.toAbsolutePath().normalize().toString().hashCode());
        String v = settings.get(key, null);
        return v == null ? null : MappingCodec.decode(v);
    }

    private void rememberOptions(Path path, ReadOptions o) {
        String key = "mapping." + Integer.toHexString(path.toAbsolutePath().normalize().toString().hashCode());
        settings.put(key, MappingCodec.encode(o));
    }

    void reload() {
        if (session.path() != null) load(session.path(), session.readOptions());
    }

    /** Loads a corpus in the background with progress and cancel; on success every view refreshes. */
    void load(Path path, ReadOptions options) {
        tasks.run("Loading " + path.getFileName(), p -> {
            Corpus c = Corpora.read(path, options, p);
            p.start("Indexing articles", -1);
            CorpusIndex idx = CorpusIndex.of(c, Session.labelFields(c).stream().findFirst().orElse(null));
            return new Object[]{c, idx, SpanFiles.detect(c), OutletLabelsField.poorMatch(c, options)}; // spans of a word-list field
        }, r -> {
            Corpus c = (Corpus) r[0];
            index = (CorpusIndex) r[1];
            evidence = null;
            settings.addRecent(path);
            settings.put("lastCorpus", path.toAbsolutePath().normalize().toString());
            rememberOptions(path, options);
            rebuildRecent();
            settings.save(); // recent files survive even if the session ends abruptly
            session.setCorpus(path, options, c);
            if (r[2] instanceof SpanFiles.Detected d) session.setSpans(d.source(), d.attached());
            overview.corpusChanged();
            browser.corpusChanged(index);
            features.corpusChanged();
            compare.corpusChanged();
            classify.corpusChanged();
            agreement.corpusChanged();
            export.corpusChanged();
            setStatus(String.format("Loaded %,d articles from %s", c.size(), path.getFileName()));
            status.setWarning((String) r[3], () -> showView(overview));
            computeEvidence(features.currentSpec());
        });
    }

    /** Fits the evidence pipeline for the browser in the background (framing families by default). */
    void computeEvidence(Pipelines.Spec chosen) {
        if (!session.hasCorpus()) return;
        Corpus c = session.corpus();
        // n-grams are not highlighted and fitting their vocabulary on a large corpus is slow: leave them out here
        List<String> fams = new java.util.ArrayList<>(chosen.families());
        fams.remove("ngrams");
        Pipelines.Spec spec = fams.isEmpty() ? chosen.withFamilies("framing") : new Pipelines.Spec(fams, chosen.lexicons(), chosen.actors());
        tasks.run("Preparing framing evidence", p -> Pipelines.evidence(spec, c, p), ev -> {
            if (session.corpus() != c) return;
            evidence = ev;
            browser.evidenceChanged();
        });
    }

    void setEvidence(Evidence ev) {
        evidence = ev;
        browser.evidenceChanged();
    }
}
