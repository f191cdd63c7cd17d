package org.framelab.gui;

import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureTable;
import org.framelab.features.FittedFeatures;
import org.framelab.util.Progress;
import org.jfree.chart.JFreeChart;

import org.framelab.chart.ChartData;
import org.framelab.chart.ChartExport;
import org.framelab.chart.Charts;
import org.framelab.corpus.Article;
import org.framelab.features.FeatureSpec;
import org.framelab.model.ClassifierSpec;
import org.framelab.model.Evaluation;
import org.framelab.model.EvaluationResult;
import org.framelab.model.FeatureImportance;
import org.framelab.model.FoldPlan;
import org.framelab.model.Metrics;
import org.framelab.model.Prediction;
import org.framelab.model.TrainConfig;
import org.framelab.model.TrainedModel;
import org.framelab.model.Trainer;
import org.framelab.stats.AgreementOptions;
import org.framelab.stats.AgreementReport;
import org.framelab.stats.Descriptives;
import org.framelab.stats.GroupComparison;
import org.framelab.stats.GroupKey;
import org.framelab.stats.GroupStats;
import org.framelab.stats.MeasurementLevel;
import org.framelab.stats.TestResult;
import org.framelab.stats.TimeSeries;
import org.framelab.util.InputException;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    record Comparison(String groupField, List<String> features, Grid tests, Grid descriptives, FeatureTable table, Object raw,
                      String[] keys) {
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

    record Agreement(String field, String level, String info, List<String> warnings, Grid summary, Grid pairs, Object raw) {
    }

    /** Everything an export needs, captured on the EDT. */
    record Snapshot(Path corpusPath, ReadOptions readOptions, Corpus corpus, Pipelines.Spec spec, Features features,
                    Comparison comparison, Classification classification, Agreement agreement, String groupField) {
    }

    static Snapshot snapshot(MainWindow app) {
        Session s = app.session();
        Comparison c = s.comparison();
        String group = c != null ? c.groupField() : (String) app.compare().groupBox().getSelectedItem();
        return new Snapshot(s.path(), s.readOptions(), s.corpus(), app.features().currentSpec(), s.features(),
                c, s.classification(), s.agreement(), group);
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

    /** Group key of every row: table fields (outlet, labels, periods) via the stats package, other fields from the articles. */
    static String[] groupKeys(FeatureTable table, Corpus corpus, String groupField) {
        boolean tableField = groupField.equals("outlet") || GroupKey.PERIODS.contains(groupField)
                || table.rows().stream().limit(200).anyMatch(r -> r.labels().containsKey(groupField));
        if (tableField) return GroupKey.of(table, groupField);
        String[] keys = new String[table.rows().size()];
        for (int i = 0; i < keys.length; i++) {
            Article a = corpus.articles().get(i);
            if (!a.id().equals(table.rows().get(i).id())) throw new IllegalStateException("feature table out of step with the corpus");
            keys[i] = a.field(groupField);
        }
        return keys;
    }

    /** Tests and descriptives of the features across the groups (background). */
    static Comparison compare(FeatureTable table, Corpus corpus, String groupField, List<String> features, Progress p) {
        p.start("Testing " + features.size() + " features across " + groupField, -1);
        String[] keys = groupKeys(table, corpus, groupField);
        GroupComparison.Report r = GroupComparison.analyse(table, groupField, keys, features);
        p.checkCancelled();
        List<String> groups = r.groups();
        List<String> cols = new ArrayList<>(List.of("Feature", "Test", "Statistic", "df", "p", "p (Holm)", "p (BH)", "Effect size", "Effect"));
        List<String> tips = new ArrayList<>(List.of("Feature column", "Test used", "Test statistic (t, U, F or H)", "Degrees of freedom",
                "Two-sided p-value", "Holm-adjusted p across all features tested with this test", "Benjamini-Hochberg-adjusted p (false discovery rate)",
                "Effect size measure", "Effect size value (two groups: first minus second group)"));
        for (String g : groups) {
            cols.add("mean " + g);
            tips.add("Mean in group " + g);
        }
        cols.add("Note");
        tips.add("How the p-value was obtained, or why a test was not computed");
        List<List<Object>> rows = new ArrayList<>();
        List<TestResult> ordered = new ArrayList<>(r.tests());
        ordered.sort(java.util.Comparator.comparingDouble((TestResult t) -> Double.isNaN(t.pHolm()) ? 2 : t.pHolm()).thenComparing(TestResult::feature));
        for (TestResult t : ordered) {
            List<Object> row = new ArrayList<>(List.of(t.feature(), t.test(), t.statistic(), t.df(), t.p(), t.pHolm(), t.pBh(), t.effectName(), t.effect()));
            for (String g : groups) {
                int i = t.groups().indexOf(g);
                row.add(i < 0 ? Double.NaN : t.means().get(i));
            }
            row.add(t.note());
            rows.add(row);
        }
        List<List<Object>> desc = new ArrayList<>();
        for (var e : r.descriptives().entrySet()) {
            for (Descriptives d : e.getValue()) {
                desc.add(List.of(e.getKey(), d.group(), d.n(), d.mean(), d.sd(), d.median(), d.iqr(), d.ciLow(), d.ciHigh()));
            }
        }
        Grid tests = new Grid(cols, rows, tips);
        Grid descriptives = new Grid(List.of("Feature", "Group", "n", "Mean", "SD", "Median", "IQR", "95% CI low", "95% CI high"), desc,
                List.of("Feature column", "Group", "Articles with a value", "Mean", "Standard deviation", "Median", "Interquartile range",
                        "Lower bound of the 95% confidence interval of the mean", "Upper bound"));
        List<String> tested = new ArrayList<>();
        for (TestResult t : ordered) if (!tested.contains(t.feature())) tested.add(t.feature());
        return new Comparison(groupField, tested, tests, descriptives, table, r, keys);
    }

    /** The axis label of a feature: its name and unit. */
    static String valueLabel(FeatureTable table, String feature) {
        int i = table.indexOf(feature);
        if (i < 0) return feature;
        String unit = table.columns().get(i).unit();
        return unit == null || unit.isBlank() ? feature : feature + " (" + unit + ")";
    }

    /** kind: 0 means with 95% CI, 1 box plots, 2 monthly means per group. Built by the chart package (print style). */
    static JFreeChart chart(Comparison c, String feature, int kind) {
        FeatureTable table = c.table();
        GroupComparison.Report r = (GroupComparison.Report) c.raw();
        String label = valueLabel(table, feature);
        switch (kind) {
            case 0 -> {
                List<ChartData.MeanCi> means = new ArrayList<>();
                for (Descriptives d : r.descriptives().getOrDefault(feature, List.of()))
                    means.add(new ChartData.MeanCi(feature, d.group(), d.n(), d.mean(), d.ciLow(), d.ciHigh()));
                return Charts.meansByGroup(feature + " by " + c.groupField(), label, means);
            }
            case 1 -> {
                int col = table.indexOf(feature);
                Map<String, double[]> split = GroupStats.split(table.column(col), c.keys());
                List<ChartData.BoxStats> boxes = new ArrayList<>();
                for (String g : r.groups()) {
                    double[] v = split.get(g);
                    if (v != null) boxes.add(ChartData.BoxStats.of(feature, g, v, 30));
                }
                return Charts.boxPlot(feature + " by " + c.groupField(), label, boxes);
            }
            default -> {
                boolean tableField = c.groupField().equals("outlet") || table.rows().stream().limit(200).anyMatch(x -> x.labels().containsKey(c.groupField()));
                List<ChartData.MonthlyPoint> pts = new ArrayList<>();
                for (TimeSeries.Point p : TimeSeries.monthly(table, feature, tableField ? c.groupField() : null)) {
                    pts.add(new ChartData.MonthlyPoint(p.group(), YearMonth.parse(p.period()), p.n(), p.mean()));
                }
                if (pts.isEmpty()) throw new IllegalArgumentException("Invalid chart: the articles have no dates, so there is no time series");
                return Charts.monthly(feature + " per month" + (tableField ? " by " + c.groupField() : ""), label, pts, 3);
            }
        }
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
        List<Article> all = corpus.articles();
        List<Article> labelled = new ArrayList<>();
        for (Article a : all) {
            String v = a.label(req.label());
            if (v == null && a.metadata().containsKey(req.label())) {
                // a plain field chosen as the label (e.g. topic): make it a label of the article
                v = a.metadata().get(req.label());
                Map<String, String> labels = new java.util.LinkedHashMap<>(a.labels());
                labels.put(req.label(), v == null ? "" : v);
                a = a.withLabels(labels);
            }
            if (v != null && !v.isBlank()) labelled.add(a);
        }
        List<String> warnings = new ArrayList<>();
        if (labelled.size() < all.size())
            warnings.add(String.format("%,d articles without a value for '%s' were left out.", all.size() - labelled.size(), req.label()));
        FeatureSpec fs = req.spec().withFamilies(req.features()).featureSpec();
        TrainConfig cfg = TrainConfig.of(req.label(), fs, new ClassifierSpec(req.classifier(), ""), req.seed());
        FoldPlan plan = req.groupBy() != null
                ? FoldPlan.grouped(labelled, req.label(), req.groupBy(), req.folds(), req.seed())
                : FoldPlan.stratified(labelled, req.label(), req.folds(), req.seed());
        EvaluationResult r = Evaluation.run(labelled, plan, cfg, null, Metrics.Settings.defaults(req.seed()), p);
        p.checkCancelled();
        warnings.addAll(r.warnings());
        p.start("Training on all articles for the top features", -1);
        TrainedModel model = Trainer.train(labelled, cfg.withLabels(r.labels()), p);
        List<List<Object>> top = new ArrayList<>();
        String topTitle;
        if (model.isLinear()) {
            for (FeatureImportance.Weighted w : model.topWeights(15)) top.add(List.of(w.label(), w.rank(), w.feature(), w.family(), w.weight()));
            topTitle = "Weight";
        } else {
            for (FeatureImportance.Ranked k : FeatureImportance.infoGain(model, labelled, req.label(), 30, p))
                top.add(List.of("(all)", k.rank(), k.feature(), k.family(), k.infoGain()));
            topTitle = "Information gain (bits)";
        }
        return new Classification(req, headline(r), confusion(r), perClass(r), perGroup(r),
                new Grid(List.of("Class", "Rank", "Feature", "Family", topTitle), top,
                        List.of("Class the feature points to", "Rank within the class", "Feature column", "Feature family",
                                model.isLinear() ? "Weight in the model trained on all articles (scaled features)" : "Information gain of the feature's best split")),
                misclassified(r, corpus), warnings, r);
    }

    /** One-vs-rest ROC curves of a classification (chart package), or null when there are none. */
    static JFreeChart rocChart(Classification c) {
        if (!(c.raw() instanceof EvaluationResult r) || r.roc().isEmpty()) return null;
        List<ChartData.RocCurve> curves = new ArrayList<>();
        for (EvaluationResult.RocCurve rc : r.roc()) curves.add(new ChartData.RocCurve(rc.label(), rc.fpr(), rc.tpr(), rc.auc()));
        return Charts.roc("ROC curves (one vs rest, cross-validated)", curves);
    }

    private static List<String[]> headline(EvaluationResult r) {
        List<String[]> h = new ArrayList<>();
        String ci = r.ci95() == null ? "" : String.format(Locale.ROOT, "95%% CI %.3f–%.3f", r.ci95().macroF1().low(), r.ci95().macroF1().high());
        h.add(new String[]{"Macro-F1", fmt(r.macroF1()), ci});
        String ciA = r.ci95() == null ? "" : String.format(Locale.ROOT, "95%% CI %.3f–%.3f", r.ci95().accuracy().low(), r.ci95().accuracy().high());
        h.add(new String[]{"Accuracy", fmt(r.accuracy()), ciA});
        h.add(new String[]{"Cohen's kappa", fmt(r.kappa()), "MCC " + fmt(r.mcc())});
        if (r.baseline() != null)
            h.add(new String[]{"Baseline macro-F1", fmt(r.baseline().macroF1()), "always '" + r.baseline().label() + "', accuracy " + fmt(r.baseline().accuracy())});
        h.add(new String[]{"Articles", String.format(Locale.ROOT, "%,d", r.n()), Format.shorten(r.protocol(), 48)});
        return h;
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static Grid confusion(EvaluationResult r) {
        List<String> cols = new ArrayList<>(List.of("gold \\ predicted"));
        cols.addAll(r.labels());
        List<List<Object>> rows = new ArrayList<>();
        for (int g = 0; g < r.labels().size(); g++) {
            List<Object> row = new ArrayList<>();
            row.add(r.labels().get(g));
            for (int p = 0; p < r.labels().size(); p++) row.add(r.confusion()[g][p]);
            rows.add(row);
        }
        return new Grid(cols, rows);
    }

    private static Grid perClass(EvaluationResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationResult.ClassMetrics c : r.perClass())
            rows.add(List.of(c.label(), c.support(), c.predicted(), c.precision(), c.recall(), c.f1(), c.rocAuc()));
        return new Grid(List.of("Class", "Support", "Predicted", "Precision", "Recall", "F1", "ROC AUC"), rows,
                List.of("Label", "Gold articles of this class", "Articles predicted as this class", "Share of predictions of this class that are right",
                        "Share of this class found", "Harmonic mean of precision and recall", "One-vs-rest area under the ROC curve"));
    }

    private static Grid perGroup(EvaluationResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationResult.GroupMetrics g : r.perGroup()) {
            String gold = g.goldCounts().entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
            String pred = g.predictedCounts().entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
            rows.add(List.of(g.group(), g.n(), g.accuracy(), g.macroF1(), gold, pred));
        }
        return new Grid(List.of("Outlet", "Articles", "Accuracy", "Macro-F1", "Gold", "Predicted"), rows);
    }

    private static Grid misclassified(EvaluationResult r, Corpus corpus) {
        Map<String, Article> byId = new HashMap<>();
        for (Article a : corpus.articles()) byId.putIfAbsent(a.id(), a);
        List<List<Object>> rows = new ArrayList<>();
        for (Prediction p : r.predictions()) {
            if (p.correct()) continue;
            Article a = byId.get(p.id());
            double conf = Double.NaN;
            int idx = r.labels().indexOf(p.predicted());
            if (idx >= 0 && p.probabilities() != null && idx < p.probabilities().length) conf = p.probabilities()[idx];
            rows.add(List.of(p.id(), a == null ? "" : BrowserView.ArticleModel.snippet(a.title().isBlank() ? a.text() : a.title()),
                    p.group() == null ? "" : p.group(), p.gold(), p.predicted(), conf, p.fold() + 1));
        }
        return new Grid(List.of("Id", "Title", "Outlet", "Gold", "Predicted", "Confidence", "Fold"), rows,
                List.of("Article id (double-click to open it)", "Title", "Outlet", "True label", "Predicted label",
                        "Probability the classifier gave the predicted label", "Test fold"));
    }

    static Agreement agreement(Corpus corpus, String field, String level, Progress p) throws InputException {
        p.start("Agreement on " + field, -1);
        AgreementReport r = org.framelab.stats.Agreement.compute(org.framelab.stats.Agreement.judgements(corpus, field),
                AgreementOptions.defaults().withLevel(MeasurementLevel.parse(level)));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Krippendorff's alpha (" + r.alpha().level().label() + ")", r.alpha().value(), r.alpha().ciLow(), r.alpha().ciHigh(),
                r.items() + " items, " + r.alpha().pairableValues() + " pairable values; bootstrap " + r.alpha().samples()));
        rows.add(List.of("Fleiss' kappa", r.fleiss().kappa(), Double.NaN, Double.NaN,
                r.fleiss().items() + " items with " + r.fleiss().raters() + " raters" + (r.fleiss().itemsExcluded() > 0 ? "; " + r.fleiss().itemsExcluded() + " items left out" : "")));
        rows.add(List.of("Mean Cohen's kappa (Light)", r.meanCohenKappa(), Double.NaN, Double.NaN, r.cohen().size() + " annotator pairs"));
        rows.add(List.of("Percent agreement", r.percentAgreement(), Double.NaN, Double.NaN, r.pairableItems() + " items with two or more judgements"));

        Grid summary = new Grid(List.of("Measure", "Value", "95% CI low", "95% CI high", "Based on"), rows);
        List<List<Object>> pr = new ArrayList<>();
        for (AgreementReport.PairKappa k : r.cohen()) pr.add(List.of(k.annotatorA(), k.annotatorB(), k.items(), k.agreement(), k.kappa()));
        Grid pairs = new Grid(List.of("Annotator A", "Annotator B", "Items", "Agreement", "Cohen's kappa"), pr);
        String info = String.format(Locale.ROOT, "%,d items, %d annotators, %,d judgements used of %,d read%s", r.items(), r.annotators(),
                r.judgementsUsed(), r.judgementsRead(), r.judgementsExcluded() > 0 ? " (" + r.excluded() + " left out)" : "");
        return new Agreement(field, level, info, r.warnings(), summary, pairs, r);
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
     * Writes the session's charts (PNG 300 dpi, SVG, PDF) into {@code dir}: for the comparison, means
     * with CI, box plots and monthly means of the most significant features; for the classification,
     * the confusion matrix, ROC curves and top features. Returns the folder.
     */
    static Path writeCharts(Snapshot s, Path dir, Progress p) throws java.io.IOException {
        if (s.comparison() == null && s.classification() == null)
            throw new IllegalArgumentException("Invalid export: no charts yet. Run Compare groups or Classify first.");
        java.nio.file.Files.createDirectories(dir);
        var formats = java.util.EnumSet.allOf(ChartExport.Format.class);
        ChartExport.Size size = ChartExport.Size.standard().withDpi(300);
        List<Object[]> charts = new ArrayList<>();
        Comparison c = s.comparison();
        if (c != null) {
            boolean dated = c.table().rows().stream().anyMatch(r -> r.date() != null);
            for (String f : c.features().subList(0, Math.min(6, c.features().size()))) {
                String slug = f.replaceAll("[^A-Za-z0-9_.-]+", "_");
                charts.add(new Object[]{"means-" + slug, c, f, 0});
                charts.add(new Object[]{"box-" + slug, c, f, 1});
                if (dated) charts.add(new Object[]{"monthly-" + slug, c, f, 2});
            }
        }
        p.start("Writing charts", charts.size() + (s.classification() != null ? 3 : 0));
        for (Object[] ch : charts) {
            p.checkCancelled();
            ChartExport.write(chart((Comparison) ch[1], (String) ch[2], (Integer) ch[3]), dir.resolve((String) ch[0]), size, formats);
            p.step(1);
        }
        if (s.classification() != null && s.classification().raw() instanceof EvaluationResult r) {
            long[][] counts = new long[r.labels().size()][r.labels().size()];
            for (int i = 0; i < counts.length; i++) for (int j = 0; j < counts.length; j++) counts[i][j] = r.confusion()[i][j];
            ChartExport.write(Charts.confusion("Confusion matrix (" + r.protocol() + ")", new ChartData.Confusion(r.labels(), counts)),
                    dir.resolve("confusion"), size, formats);
            p.step(1);
            List<ChartData.RocCurve> curves = new ArrayList<>();
            for (EvaluationResult.RocCurve rc : r.roc()) curves.add(new ChartData.RocCurve(rc.label(), rc.fpr(), rc.tpr(), rc.auc()));
            if (!curves.isEmpty()) ChartExport.write(Charts.roc("ROC curves (one vs rest)", curves), dir.resolve("roc"), size, formats);
            p.step(1);
            List<ChartData.FeatureWeight> weights = new ArrayList<>();
            for (List<Object> row : s.classification().topFeatures().rows()) {
                weights.add(new ChartData.FeatureWeight((String) row.get(0), (String) row.get(2), ((Number) row.get(4)).doubleValue()));
            }
            if (!weights.isEmpty()) ChartExport.write(Charts.topFeatures("Top features per class",
                    s.classification().topFeatures().columns().get(4), weights, 15), dir.resolve("top-features"), size, formats);
            p.step(1);
        }
        p.done();
        return dir;
    }

}
