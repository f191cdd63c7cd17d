package org.framelab.gui;

import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureTable;
import org.framelab.features.FittedFeatures;
import org.framelab.util.Progress;
import org.jfree.chart.JFreeChart;

import java.nio.file.Path;
import java.util.List;

/**
 * The GUI's bridge to the analysis APIs (stats, model, chart, report, study): runs them on
 * immutable inputs in the background and turns their results into what the views show.
 */
final class Analyses {
    private Analyses() {}

    /** The feature table of the session and the pipeline that produced it. */
    record Features(FeatureTable table, Evidence evidence, Pipelines.Spec spec, FittedFeatures fitted) {
    }

    /** A group comparison as shown: tests and descriptives, plus what the charts need. */
    record Comparison(String groupField, List<String> features, Grid tests, Grid descriptives, FeatureTable table, Object raw) {
    }

    record ClassifyRequest(String label, String features, Pipelines.Spec spec, String classifier, String groupBy, int folds, int seed) {
        ClassifyRequest {
            if (label == null || label.isBlank()) throw new IllegalArgumentException("Invalid label: choose a label field");
            if (folds < 2) throw new IllegalArgumentException("Invalid folds: " + folds);
        }
    }

    /** A cross-validation result as shown; headline rows are {title, value, note}. */
    record Classification(ClassifyRequest request, List<String[]> headline, Grid confusion, Grid perClass, Grid perGroup,
                          Grid topFeatures, Grid misclassified, List<String> warnings, Object raw) {
    }

    record Agreement(String field, String level, Grid summary, Grid pairs, Object raw) {
    }

    /** Everything an export needs, captured on the EDT. */
    record Snapshot(Path corpusPath, ReadOptions readOptions, Corpus corpus, Pipelines.Spec spec, Features features,
                    Comparison comparison, Classification classification, Agreement agreement, String groupField) {
    }

    static Snapshot snapshot(MainWindow app) {
        Session s = app.session();
        Comparison c = s.result(Session.Change.COMPARISON);
        String group = c != null ? c.groupField() : (String) app.compare().groupBox().getSelectedItem();
        return new Snapshot(s.path(), s.readOptions(), s.corpus(), app.features().currentSpec(), s.result(Session.Change.FEATURES),
                c, s.result(Session.Change.EVALUATION), s.result(Session.Change.AGREEMENT), group);
    }

    /** Classifier aliases with a one-line description, default first. */
    static String[][] classifiers() {
        return new String[][]{{"default", "FrameLab's default linear model for sparse text features"}};
    }

    static Comparison compare(FeatureTable table, String groupField, List<String> features, Progress p) {
        throw new UnsupportedOperationException("stats API not merged yet");
    }

    /** kind: 0 means with CI, 1 box plots, 2 over time. */
    static JFreeChart chart(Comparison c, String feature, int kind) {
        throw new UnsupportedOperationException("chart API not merged yet");
    }

    static void exportChart(JFreeChart chart, Path file) throws java.io.IOException {
        throw new UnsupportedOperationException("chart API not merged yet");
    }

    static Classification classify(Corpus corpus, ClassifyRequest req, Progress p) {
        throw new UnsupportedOperationException("model API not merged yet");
    }

    static Agreement agreement(Corpus corpus, String field, String level, Progress p) {
        throw new UnsupportedOperationException("stats API not merged yet");
    }

    static Path writeWorkbook(Snapshot s, Path file, Progress p) throws Exception {
        throw new UnsupportedOperationException("report API not merged yet");
    }

    static Path writeNotebook(Snapshot s, Path file, Progress p) throws Exception {
        throw new UnsupportedOperationException("report API not merged yet");
    }

    static Path writeStudy(Snapshot s, Path file) throws Exception {
        throw new UnsupportedOperationException("study API not merged yet");
    }

    static Path writeCharts(Snapshot s, Path dir, Progress p) throws Exception {
        throw new UnsupportedOperationException("chart API not merged yet");
    }
}
