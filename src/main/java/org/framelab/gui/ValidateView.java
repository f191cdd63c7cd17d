package org.framelab.gui;

import org.framelab.app.Validate;
import org.framelab.chart.ValidationCharts;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.validation.SpanValidation;
import org.jfree.chart.ChartPanel;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.SpinnerNumberModel;
import java.awt.BorderLayout;
import java.util.Locale;

/**
 * Validate: the framing families' evidence against human span annotations, as {@code framelab
 * validate} computes it ({@link Validate#run}, the same call as the CLI and the study): the table of
 * hits in spans, enrichment over chance, span recall and token P/R/F1 with bootstrap intervals, and
 * the forest plot. The spans come from a word-list field of the corpus (BABE's biased_words, used
 * when the corpus is opened) or a stand-off file ({@code File > Load Span Annotations…}).
 */
final class ValidateView extends AnalysisView {
    static final String ALL_LABELS = "all labels";

    private final JLabel source = new JLabel(" ");
    private final JButton loadButton = new JButton("Load span annotations…");
    private final JComboBox<String> labelBox = new JComboBox<>();
    private final JSpinner bootstrap = new JSpinner(new SpinnerNumberModel(SpanValidation.Options.DEFAULT_BOOTSTRAP, 0, 100_000, 100));
    private final JSpinner seed = new JSpinner(new SpinnerNumberModel(42, 0, Integer.MAX_VALUE, 1));
    private final JButton runButton = new JButton("Validate");
    private final JTable table = Grid.table("validationTable");
    private final JLabel info = new JLabel(" ");
    private final JPanel chartHolder = new JPanel(new BorderLayout());
    private Analyses.Validation result;

    ValidateView(MainWindow app) {
        super(app, "validate");
        column.add(Forms.heading("Span annotations"));
        source.setName("spanSource");
        source.setAlignmentX(java.awt.Component.LEFT_ALIGNMENT);
        column.add(source); // its height follows its text (Forms.add would fix it at the first text's)
        column.add(javax.swing.Box.createVerticalStrut(6));
        loadButton.setName("loadSpans");
        loadButton.addActionListener(e -> SpanFiles.loadDialog(app));
        Forms.add(column, loadButton);
        column.add(Forms.note("A stand-off file: id, begin, end, label[, annotator] (CSV or JSON lines; 0-based character "
                + "offsets into the text). A field listing each text's annotated words (biased_words) is used on opening."));
        Forms.field(column, "Span label", labelBox, "spanLabel");
        Forms.field(column, "Bootstrap resamples", bootstrap, "validationBootstrap");
        Forms.field(column, "Seed", seed, "validationSeed");
        column.add(Forms.note("The families of the Features tab (n-grams have no evidence). Intervals: percentile bootstrap "
                + "over articles. See docs/validate.md."));
        Forms.runButton(column, runButton, "runValidation", null, this::run);
        info.setName("validationInfo");
        info.setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 8, 4, 8));
        JPanel top = new JPanel(new BorderLayout());
        top.add(info, BorderLayout.NORTH);
        top.add(new JScrollPane(table), BorderLayout.CENTER);
        layOut(noSpansText(), ViewSupport.split(JSplitPane.VERTICAL_SPLIT, top, chartHolder, 0.42, 300));
        spansChanged();
    }

    private static String noSpansText() {
        return "<span style='font-size:130%'>No validation yet</span><br><br>"
                + "Validation compares the evidence FrameLab highlights with the words human coders marked.<br>"
                + "Open a corpus with a word-list field (BABE's <b>biased_words</b>) or load a span file<br>"
                + "(<b>File &gt; Load Span Annotations…</b>, e.g. datasets/demo/spans.csv), then click <b>Validate</b>.";
    }

    /** The corpus or its spans changed: the source line, the labels and the button follow. */
    void spansChanged() {
        Session s = app.session();
        SpanAnnotations.Attached a = s.spans();
        loadButton.setEnabled(s.hasCorpus());
        labelBox.removeAllItems();
        labelBox.addItem(ALL_LABELS);
        if (a == null) {
            source.setText(s.hasCorpus() ? "<html><body style='width:200px'>No span annotations attached.</body></html>"
                    : "<html><body style='width:200px'>Open a corpus first.</body></html>");
        } else {
            source.setText(String.format(Locale.ROOT, "<html><body style='width:200px'>%s: %,d span annotations in %,d annotated "
                            + "articles%s%s</body></html>", Format.html(a.source()),
                    a.spans(), a.annotated(), a.wordsNotFound() > 0 ? String.format(Locale.ROOT, "; %,d listed words not found", a.wordsNotFound()) : "",
                    a.unknownIds() > 0 ? String.format(Locale.ROOT, "; %,d rows with unknown ids", a.unknownIds()) : ""));
            for (String l : SpanAnnotations.labels(s.corpus().articles()).keySet()) labelBox.addItem(l);
        }
        runButton.setEnabled(a != null && a.annotated() > 0);
        result = null;
        showEmpty();
    }

    /** The request of the current settings: the corpus as read, the session's span source, the Features tab's families. */
    SpanValidation.Options options() {
        String label = (String) labelBox.getSelectedItem();
        return new SpanValidation.Options((Integer) bootstrap.getValue(), ((Number) seed.getValue()).longValue(),
                label == null || ALL_LABELS.equals(label) ? null : label);
    }

    void run() {
        Session s = app.session();
        if (s.spans() == null) return;
        var corpus = s.readCorpus();
        var src = s.spanSource();
        var features = app.features().currentSpec().options();
        var options = options();
        app.tasks().run("Validating against span annotations", p -> Analyses.validation(corpus, src, features, options, p), r -> {
            result = r;
            show(r);
            app.session().setValidation(r);
        });
    }

    private void show(Analyses.Validation r) {
        SpanValidation.Result v = r.result().validation();
        info.setText(String.format(Locale.ROOT, "<html><b>%s</b> against %s: %,d annotated articles, %,d spans, %,d of %,d words "
                        + "inside spans (chance rate %.1f%%)%s</html>", r.result().families(), Format.html(r.result().spans().source()),
                v.annotatedArticles(), v.spans(), v.spanTokens(), v.wordTokens(), v.wordTokens() == 0 ? 0.0 : 100.0 * v.spanTokens() / v.wordTokens(),
                v.options().bootstrap() > 0 ? String.format(Locale.ROOT, "; 95%% intervals from %,d bootstrap resamples (seed %d)",
                        v.options().bootstrap(), v.options().seed()) : "; no intervals"));
        Grid.show(table, r.table());
        chartHolder.removeAll();
        ChartPanel cp = GuiCharts.panel(GuiCharts.themed(ValidationCharts.forest(ValidationCharts.TITLE, v, Validate.CHART_MIN_HITS)));
        cp.setName("validationChart");
        chartHolder.add(cp, BorderLayout.CENTER);
        chartHolder.revalidate();
        showResults();
    }

    void refreshTheme() {
        if (result != null) show(result);
    }

    Analyses.Validation result() { return result; }
    JTable table() { return table; }
}
