package org.framelab.gui;

import org.framelab.app.Classify;
import org.framelab.app.CompareGroups;
import org.framelab.app.FeatureStep;
import org.framelab.app.MeasureAgreement;
import org.framelab.app.Protocol;
import org.framelab.app.Validate;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.validation.SpanValidation;
import org.framelab.chart.ChartData;
import org.framelab.chart.ChartExport;
import org.framelab.chart.Charts;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.AnalysisFiles;
import org.framelab.features.AnalysisMemory;
import org.framelab.features.AnalysisStore;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureTable;
import org.framelab.model.ClassifierSpec;
import org.framelab.model.EvaluationResult;
import org.framelab.stats.AgreementOptions;
import org.framelab.stats.AgreementReport;
import org.framelab.stats.Descriptives;
import org.framelab.stats.GroupComparison;
import org.framelab.stats.GroupStats;
import org.framelab.stats.MeasurementLevel;
import org.framelab.stats.TimeSeries;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;
import org.jfree.chart.JFreeChart;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The GUI's bridge to the application layer ({@code org.framelab.app}): runs its steps on immutable
 * inputs in the background (the same steps the CLI and study files run) and turns their results into
 * what the views show ({@link AnalysisGrids}).
 */
final class Analyses {
    private Analyses() {}

    /** The feature table of the session and the pipeline that produced it. */
    record Features(FeatureTable table, Evidence evidence, Pipelines.Spec spec, FeatureStep.Fitted fitted) {
    }

    /**
     * A group comparison as shown: tests and descriptives, plus the step's result (charts, export). {@code tests} are the
     * article-level tests; {@code clusterTests} the outlet-level (or mixed-model) ones with the ICC, empty when the
     * articles are not clustered; {@code warning} the comparison's warnings, one a line (the design's first when clustered; "" when none).
     */
    record Comparison(String groupField, List<String> features, Grid tests, Grid descriptives, FeatureTable table,
                      CompareGroups.Result result, Grid clusterTests, String warning) {
        Comparison(String groupField, List<String> features, Grid tests, Grid descriptives, FeatureTable table, CompareGroups.Result result) {
            this(groupField, features, tests, descriptives, table, result, Grid.empty(), "");
        }

        String[] keys() {
            return result.keys();
        }

        boolean clustered() {
            return result != null && result.clustered();
        }
    }

    /**
     * {@code dedupe}: drop test articles that duplicate a training article of their fold from the test side;
     * {@code excludeLabels}: label values whose articles are left out (counted), as {@code train --exclude-label};
     * {@code mergeVariants}: with {@code groupBy}, outlet name variants form one group, as {@code train --merge-outlet-variants}.
     */
    record ClassifyRequest(String label, String features, Pipelines.Spec spec, String classifier, String groupBy, int folds, int seed,
                           boolean dedupe, List<String> excludeLabels, boolean mergeVariants) {
        ClassifyRequest {
            if (label == null || label.isBlank()) throw new OptionException("label", label, "choose a label field");
            OptionException.check(folds >= 2, "folds", folds, "at least 2");
            excludeLabels = excludeLabels == null ? List.of() : List.copyOf(excludeLabels);
            mergeVariants = mergeVariants && groupBy != null; // only grouped folds have groups to merge
        }

        ClassifyRequest(String label, String features, Pipelines.Spec spec, String classifier, String groupBy, int folds, int seed,
                        boolean dedupe, List<String> excludeLabels) {
            this(label, features, spec, classifier, groupBy, folds, seed, dedupe, excludeLabels, false);
        }

        ClassifyRequest(String label, String features, Pipelines.Spec spec, String classifier, String groupBy, int folds, int seed,
                        boolean dedupe) {
            this(label, features, spec, classifier, groupBy, folds, seed, dedupe, List.of());
        }

        ClassifyRequest(String label, String features, Pipelines.Spec spec, String classifier, String groupBy, int folds, int seed) {
            this(label, features, spec, classifier, groupBy, folds, seed, false);
        }

        /** The request of the application layer: the session's feature settings with the chosen families. */
        Classify.Request toRequest() {
            FeatureOptions fo = spec.withFamilies(features).options();
            Protocol p = new Protocol.CrossValidation(folds, groupBy, mergeVariants);
            return Classify.Request.of(label, fo, p, seed).withClassifier(new ClassifierSpec(classifier, "")).withDedupe(dedupe)
                    .withExcludeLabels(excludeLabels);
        }
    }

    /** A cross-validation result as shown; headline rows are {title, value, note}. */
    record Classification(ClassifyRequest request, List<String[]> headline, Grid confusion, Grid perClass, Grid perGroup,
                          Grid topFeatures, Grid misclassified, List<String> warnings, Classify.Result result) {
    }

    /** {@code seed}: of the bootstrap. */
    record Agreement(String field, String level, String info, List<String> warnings, Grid summary, Grid pairs,
                     MeasureAgreement.FieldResult result, long seed) {
    }

    /**
     * Everything an export needs, captured on the EDT; {@code agreements}: the agreement of every coded variable the
     * Agreement view measured in this session, each at its level (the last measured: {@link #agreement}).
     */
    record Snapshot(Path corpusPath, ReadOptions readOptions, Corpus corpus, Pipelines.Spec spec, Features features,
                    Comparison comparison, Classification classification, List<Agreement> agreements, String groupField,
                    Validation validation) {
        Snapshot {
            agreements = agreements == null ? List.of() : List.copyOf(agreements);
        }

        Snapshot(Path corpusPath, ReadOptions readOptions, Corpus corpus, Pipelines.Spec spec, Features features,
                 Comparison comparison, Classification classification, Agreement agreement, String groupField) {
            this(corpusPath, readOptions, corpus, spec, features, comparison, classification,
                    agreement == null ? List.of() : List.of(agreement), groupField, null);
        }

        /** The agreement measured last, or null. */
        Agreement agreement() {
            return agreements.isEmpty() ? null : agreements.get(agreements.size() - 1);
        }
    }

    /** A span validation: the request the view made, the app step's result, and its rows as a table. */
    record Validation(Validate.Request request, Validate.Result result, Grid table) {
    }

    /**
     * Validates the chosen families against the spans ({@code Validate.run}, the call of the CLI and the
     * study): the corpus as read and the span source, so the spans are attached exactly as there.
     */
    static Validation validation(Corpus readCorpus, SpanAnnotations.Source source, FeatureOptions features,
                                 SpanValidation.Options options, Progress p) throws InputException {
        Validate.Request r = new Validate.Request(readCorpus, source, features, options);
        Validate.Result res = Validate.run(r, p);
        return new Validation(r, res, AnalysisGrids.validation(res.validation()));
    }

    static Snapshot snapshot(MainWindow app) {
        Session s = app.session();
        Comparison c = s.comparison();
        String group = c != null ? c.groupField() : (String) app.compare().groupBox().getSelectedItem();
        return new Snapshot(s.path(), s.readOptions(), s.corpus(), app.features().currentSpec(), s.features(),
                c, s.classification(), s.agreements(), group, s.validation());
    }

    /** Classifier aliases with a one-line description, default first (from the model package). */
    static String[][] classifiers() {
        List<String[]> out = new ArrayList<>();
        for (var e : ClassifierSpec.ALIASES.entrySet()) {
            if (e.getKey().equals("zeror")) continue;
            out.add(new String[]{e.getKey(), e.getValue()[2]});
        }
        return out.toArray(new String[0][]);
    }

    /**
     * Tests and descriptives of the features across the groups (background), with the session's significance rule;
     * {@code features} empty: the default set ({@link CompareGroups#defaultFeatures}); {@code seed}: the session's
     * (the Classify view's), for the Monte Carlo permutation tests.
     */
    static Comparison compare(FeatureTable table, Corpus corpus, String groupField, List<String> features, long seed, Progress p) {
        return compare(table, corpus, groupField, features, seed, List.of(), p);
    }

    /** The same comparing only {@code groups} (the checked groups; empty: every group). */
    static Comparison compare(FeatureTable table, Corpus corpus, String groupField, List<String> features, long seed, List<String> groups,
                              Progress p) {
        CompareGroups.Result r = CompareGroups.run(table, corpus.articles(),
                new CompareGroups.Request(groupField, features, CompareGroups.DEFAULT_ALPHA, CompareGroups.DEFAULT_CORRECTION, null, seed, groups), p);
        p.checkCancelled();
        return new Comparison(groupField, r.bySignificance(), AnalysisGrids.tests(r), AnalysisGrids.descriptives(r), table, r,
                AnalysisGrids.clusterTests(r), String.join("\n", r.warnings())); // clustered or not, as the CLI and a study's manifest
    }

    /** The readable label of a feature (the label catalogue), "(count per text)" for counts; the id when unknown. */
    static String valueLabel(FeatureTable table, String feature) {
        int i = table.indexOf(feature);
        if (i < 0) return org.framelab.features.ColumnLabels.label(feature);
        org.framelab.features.FeatureColumn col = table.columns().get(i);
        String label = org.framelab.features.ColumnLabels.label(col);
        return "count".equalsIgnoreCase(col.unit()) ? label + " (count per text)" : label;
    }

    /**
     * kind: 0 means with 95% CI (forest plot), 1 distributions (box plots, or for a measure that is 0 in most texts the
     * share with any and the mean among them), 2 monthly means per group. Built by the chart package (print style);
     * titles and axes carry the feature's label, its id is in the note.
     */
    static JFreeChart chart(Comparison c, String feature, int kind) {
        FeatureTable table = c.table();
        GroupComparison.Report r = c.result().report();
        String label = valueLabel(table, feature);
        java.util.Set<String> shown = chartGroups(c.keys(), r.groups());
        String note = shown.size() < r.groups().size() ? " (" + shown.size() + " largest of " + r.groups().size() + ")" : "";
        String caption = "Column: " + feature + "." + (note.isEmpty() ? "" : " Groups: the " + shown.size() + " with the most articles, as an "
                + "exported chart (charts.max_groups); the tables keep all; choose groups to compare for others.");
        switch (kind) {
            case 0 -> {
                List<ChartData.MeanCi> means = new ArrayList<>();
                for (Descriptives d : r.descriptives().getOrDefault(feature, List.of()))
                    if (shown.contains(d.group())) means.add(new ChartData.MeanCi(feature, d.group(), d.n(), d.mean(), d.ciLow(), d.ciHigh()));
                return Charts.forest("Mean by " + c.groupField() + note, label, means, caption);
            }
            case 1 -> {
                int col = table.indexOf(feature);
                Map<String, double[]> split = GroupStats.split(table.column(col), c.keys());
                long values = 0, zeros = 0;
                for (double[] v : split.values()) for (double x : v) if (!Double.isNaN(x)) {
                    values++;
                    if (x == 0) zeros++;
                }
                if (values > 0 && zeros * 2 > values) {
                    List<ChartData.ZeroPart> parts = new ArrayList<>();
                    for (String g : r.groups()) {
                        double[] v = split.get(g);
                        if (v == null || !shown.contains(g)) continue;
                        double[] hits = java.util.Arrays.stream(v).filter(x -> x > 0).toArray();
                        long n = java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).count();
                        Descriptives d = Descriptives.of(g, hits);
                        parts.add(new ChartData.ZeroPart(feature, g, n, hits.length, d.mean(), d.ciLow(), d.ciHigh()));
                    }
                    return Charts.zeroInflated(label + " by " + c.groupField() + note, "Mean among texts with any", parts, caption);
                }
                List<ChartData.BoxStats> boxes = new ArrayList<>();
                for (String g : r.groups()) {
                    double[] v = split.get(g);
                    if (v != null && shown.contains(g)) boxes.add(ChartData.BoxStats.of(feature, g, v, 30));
                }
                return Charts.boxPlot(label + " by " + c.groupField() + note, label, boxes, caption);
            }
            default -> {
                boolean tableField = c.groupField().equals("outlet") || table.rows().stream().limit(200).anyMatch(x -> x.labels().containsKey(c.groupField()));
                List<ChartData.MonthlyPoint> pts = new ArrayList<>();
                for (TimeSeries.Point p : TimeSeries.monthly(table, feature, tableField ? c.groupField() : null)) {
                    if (tableField && !shown.contains(p.group())) continue;
                    pts.add(new ChartData.MonthlyPoint(p.group(), YearMonth.parse(p.period()), p.n(), p.mean()));
                }
                if (pts.isEmpty()) throw new OptionException("chart", "the articles have no dates, so there is no time series");
                return Charts.monthly("Monthly means" + (tableField ? " by " + c.groupField() + note : ""), label, pts,
                        org.framelab.study.Study.AnalysisSection.DEFAULT_MIN_MONTH_N, caption); // as the exported report and study
            }
        }
    }

    /**
     * The groups a chart shows: all, or with more than an exported chart shows ({@code charts.max_groups}, 10) the ones with the
     * most articles (ties by name), as the study's and the report's charts choose them.
     */
    static java.util.Set<String> chartGroups(String[] keys, List<String> groups) {
        Map<String, Long> n = new java.util.LinkedHashMap<>();
        for (String g : groups) n.put(g, 0L);
        for (String k : keys) if (k != null) n.computeIfPresent(k, (g, c) -> c + 1);
        return new java.util.HashSet<>(org.framelab.study.StudyCharts.largest(n, org.framelab.study.Study.ChartSection.defaults().maxGroups()));
    }

    /** Writes a chart in print style; the format follows the file extension (png at 300 dpi, svg, pdf). */
    static Path exportChart(JFreeChart chart, Path file) throws java.io.IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        ChartExport.Format f = ChartExport.Format.parse(dot < 0 ? "png" : name.substring(dot + 1));
        Path base = file.resolveSibling(dot < 0 ? name : name.substring(0, dot));
        return ChartExport.write(chart, base, ChartExport.Size.standard().withDpi(300), java.util.EnumSet.of(f)).get(0);
    }

    /** Cross-validation with the chosen protocol, then a model on all data for the top features (background). */
    static Classification classify(Corpus corpus, ClassifyRequest req, Progress p) throws InputException {
        return classify(corpus, req, new AnalysisMemory(AnalysisStore.NONE), p);
    }

    /** The same, with the article analyses from (and kept in) {@code store}: a re-run with other settings does not read the texts again. */
    static Classification classify(Corpus corpus, ClassifyRequest req, AnalysisMemory store, Progress p) throws InputException {
        Classify.Result r = Classify.run(req.toRequest(), corpus.articles(), store, p);
        p.checkCancelled();
        List<String> warnings = new ArrayList<>(r.warnings());
        if (!store.lastHit() && store.behind() instanceof AnalysisFiles f && f.lastUse() != null) warnings.addAll(f.lastUse().warnings());
        return new Classification(req, AnalysisGrids.headline(r.evaluation()), AnalysisGrids.confusion(r.evaluation()),
                AnalysisGrids.perClass(r.evaluation()), AnalysisGrids.perGroup(r.evaluation()), AnalysisGrids.topFeatures(r),
                AnalysisGrids.misclassified(r.evaluation(), corpus), warnings, r);
    }

    /** One-vs-rest ROC curves of a classification (chart package), or null when there are none. */
    static JFreeChart rocChart(Classification c) {
        EvaluationResult r = c.result().evaluation();
        if (r.roc().isEmpty()) return null;
        List<ChartData.RocCurve> curves = new ArrayList<>();
        for (EvaluationResult.RocCurve rc : r.roc()) curves.add(new ChartData.RocCurve(rc.label(), rc.fpr(), rc.tpr(), rc.auc()));
        return Charts.roc("ROC curves (one vs rest, cross-validated)", curves);
    }

    /** Agreement on {@code field} at {@code level}; {@code seed}: the session's (the Classify view's), for the bootstrap. */
    static Agreement agreement(Corpus corpus, String field, String level, long seed, Progress p) throws InputException {
        AgreementOptions d = AgreementOptions.defaults();
        AgreementOptions o = d.withLevel(MeasurementLevel.parse(level)).withBootstrap(d.bootstrapSamples(), seed);
        MeasureAgreement.FieldResult f = MeasureAgreement.run(corpus, List.of(field), o, p).get(0);
        AgreementReport r = f.report();
        String info = String.format(Locale.ROOT, "%,d items, %d annotators, %,d judgements used of %,d read%s", r.items(), r.annotators(),
                r.judgementsUsed(), r.judgementsRead(), r.judgementsExcluded() > 0 ? " (left out: " + r.excludedText() + ")" : "");
        return new Agreement(field, level, info, r.warnings(), AnalysisGrids.agreement(f), AnalysisGrids.pairs(r), f, seed);
    }

    static Path writeWorkbook(Snapshot s, Path file, Progress p) throws Exception {
        return Reports.workbook(s, file, p);
    }

    static Path writeNotebook(Snapshot s, Path file, Progress p) throws Exception {
        Path dir = file.toString().endsWith(".ipynb") ? file.toAbsolutePath().getParent() : file;
        return Reports.notebook(s, dir, p);
    }

    static Path writeStudy(Snapshot s, Path file) throws Exception {
        return Reports.studyFile(s, file);
    }

    /**
     * Writes the session's charts (PNG 300 dpi, SVG, PDF) into {@code dir}: the same charts, with the same
     * titles and captions, that {@code ./framelab run} draws for the study the session corresponds to.
     */
    static Path writeCharts(Snapshot s, Path dir, Progress p) throws java.io.IOException {
        if (s.comparison() == null && s.classification() == null)
            throw new OptionException("export", "charts", "no charts yet; run Compare groups or Classify first");
        return Reports.charts(s, dir, p);
    }
}
