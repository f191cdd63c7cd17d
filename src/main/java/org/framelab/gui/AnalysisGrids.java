package org.framelab.gui;

import org.framelab.features.ColumnLabels;
import org.framelab.app.Classify;
import org.framelab.app.CompareGroups;
import org.framelab.app.MeasureAgreement;
import org.framelab.app.ModelRows;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.model.EvaluationResult;
import org.framelab.model.FeatureImportance;
import org.framelab.model.Prediction;
import org.framelab.report.ReportData;
import org.framelab.stats.AgreementReport;
import org.framelab.stats.Descriptives;
import org.framelab.stats.TestResult;

import org.framelab.validation.SpanValidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/** The tables the GUI shows for the application layer's results (names as {@link ModelRows} gives them). */
final class AnalysisGrids {
    private AnalysisGrids() {}

    /** The tooltip of the Measure column: the feature column's readable label. */
    private static final String LABEL_TIP = "What the column measures, in words (the label of the Columns sheet and columns.csv)";

    static Grid tests(CompareGroups.Result r) {
        List<String> groups = r.report().groups();
        boolean bh = r.request().correction().equals("bh");
        List<String> cols = new ArrayList<>(List.of("Feature", "Measure", "Test", "Statistic", "df", "p", "p (Holm)", "p (BH)", "Effect size", "Effect"));
        List<String> tips = new ArrayList<>(List.of("Feature column", LABEL_TIP, "Test used", "Test statistic (t, U, F or H)", "Degrees of freedom",
                "Two-sided p-value", "Holm-adjusted p across all features tested with this test", "Benjamini-Hochberg-adjusted p (false discovery rate)",
                "Effect size measure", "Effect size value (two groups: first minus second group)"));
        for (String g : groups) {
            cols.add("mean " + g);
            tips.add("Mean in group " + g);
        }
        cols.add("Note");
        tips.add("How the p-value was obtained, or why a test was not computed");
        return new Grid(cols, testRows(r, r.report().tests(), bh, groups, (t, row) -> row.add(t.note())), tips);
    }

    /**
     * One row per test, ordered as {@link #bySignificance} and {@link #lengthLast} order them (null: the counts'
     * heading row): the test's cells, then what {@code after} adds to them.
     */
    private static List<List<Object>> testRows(CompareGroups.Result r, List<TestResult> tests, boolean bh, List<String> groups,
                                               BiConsumer<TestResult, List<Object>> after) {
        List<List<Object>> rows = new ArrayList<>();
        for (TestResult t : lengthLast(r, bySignificance(tests, bh))) {
            if (t == null) {
                rows.add(heading());
                continue;
            }
            List<Object> row = testCells(t, groups);
            after.accept(t, row);
            rows.add(row);
        }
        return rows;
    }

    /** The tests with the rates, ratios and shares first, then null (the counts' heading row) and the counts. */
    private static List<TestResult> lengthLast(CompareGroups.Result r, List<TestResult> tests) {
        List<List<TestResult>> parts = r.lengthLast(tests, TestResult::feature);
        List<TestResult> out = new ArrayList<>(parts.get(0));
        if (!parts.get(1).isEmpty()) {
            out.add(null);
            out.addAll(parts.get(1));
        }
        return out;
    }

    /** The row that heads the counts: "counts (depend on article length)" in the Feature column. */
    private static List<Object> heading() {
        List<Object> row = new ArrayList<>();
        row.add("— " + CompareGroups.Result.COUNTS_HEADING + " —");
        return row;
    }

    /**
     * Which groups differ for {@code feature}: one row per pair with Games-Howell and Dunn's adjusted p side by side (as the
     * console shows them), the pairs on outlet means of a nested design first (Games-Howell only); empty when the comparison
     * has fewer than 3 groups.
     */
    static Grid pairwise(CompareGroups.Result r, String feature) {
        Map<String, ReportData.PairRow[]> byPair = new java.util.LinkedHashMap<>();
        for (ReportData.PairRow p : r.pairwise()) {
            if (!p.feature().equals(feature)) continue;
            byPair.computeIfAbsent(p.level() + "\t" + p.groupA() + "\t" + p.groupB(), k -> new ReportData.PairRow[2])[
                    org.framelab.stats.Pairwise.isGamesHowell(p.test()) ? 0 : 1] = p; // cluster level (first): Games-Howell only
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ReportData.PairRow[] two : byPair.values()) {
            ReportData.PairRow gh = two[0] != null ? two[0] : two[1];
            ReportData.PairRow dunn = two[1];
            Object none = null; // an empty cell that keeps the column numeric
            rows.add(java.util.Arrays.asList(gh.level(), gh.groupA(), gh.groupB(), gh.meanA(), gh.meanB(), gh.difference(), gh.pAdjusted(), gh.effect(),
                    gh.significant() ? "yes" : "no", dunn == null ? none : dunn.pAdjusted(), dunn == null ? none : dunn.effect(),
                    dunn == null ? none : dunn.significant() ? "yes" : "no",
                    String.join("; ", new java.util.LinkedHashSet<>(List.of(gh.note(), dunn == null ? "" : dunn.note()))).replaceAll("^; |; $", "")));
        }
        return new Grid(List.of("Level", "Group a", "Group b", "Mean a", "Mean b", "Difference", "Games-Howell p", "Cohen's d", "Differs (GH)",
                "Dunn p (Holm)", "Cliff's delta", "Differs (Dunn)", "Note"), rows,
                List.of("cluster: Games-Howell on the outlet means (nested designs; each outlet one observation, starred after the ANOVA on outlet "
                                + "means); article: articles taken as independent (for reference only where they are clustered in outlets)",
                        "First group of the pair", "Second group", "Mean of the first group", "Mean of the second group",
                        "Mean of a minus mean of b", "Games-Howell: Welch's t of the pair, p adjusted over the feature's pairs by the studentized range",
                        "Cohen's d of the pair (pooled SD)", "yes: the Welch ANOVA is significant after correction across features and the adjusted p < alpha",
                        "Dunn's test on mean ranks, Holm-adjusted over the feature's pairs", "Cliff's delta of the pair",
                        "yes: Kruskal-Wallis is significant after correction across features and the adjusted p < alpha",
                        "Groups left out, or why a pair was not computed"));
    }

    /** The tests, smallest adjusted p first (Holm, or BH when {@code bh}; not computed last), then by feature. */
    private static List<TestResult> bySignificance(List<TestResult> tests, boolean bh) {
        List<TestResult> ordered = new ArrayList<>(tests);
        ordered.sort(Comparator.comparingDouble((TestResult t) -> {
            double p = bh ? t.pBh() : t.pHolm();
            return Double.isNaN(p) ? 2 : p;
        }).thenComparing(TestResult::feature));
        return ordered;
    }

    /** A test's cells: feature, test, statistic, df, p, adjusted p, effect, then the mean of each group (NaN when absent). */
    private static List<Object> testCells(TestResult t, List<String> groups) {
        List<Object> row = new ArrayList<>(List.of(t.feature(), ColumnLabels.label(t.feature()), t.test(), t.statistic(), t.df(), t.p(), t.pHolm(), t.pBh(), t.effectName(), t.effect()));
        for (String g : groups) {
            int i = t.groups().indexOf(g);
            row.add(i < 0 ? Double.NaN : t.means().get(i));
        }
        return row;
    }

    /**
     * The cluster-aware tests (outlet means and permutation, or mixed model and cluster-robust), most significant first,
     * with each feature's ICC by outlet and design effect; empty when the articles are not clustered.
     */
    static Grid clusterTests(CompareGroups.Result r) {
        if (!r.clustered()) return Grid.empty();
        List<String> groups = r.clusters().groups();
        boolean bh = r.request().correction().equals("bh");
        String cf = r.design().clusterField();
        List<String> cols = new ArrayList<>(List.of("Feature", "Measure", "Test", "Statistic", "df", "p", "p (Holm)", "p (BH)", "Effect size", "Effect"));
        List<String> tips = new ArrayList<>(List.of("Feature column", LABEL_TIP, "Test used (the unit is the " + cf + ")", "Test statistic",
                "Degrees of freedom", "Two-sided p-value", "Holm-adjusted p across all features tested with this test",
                "Benjamini-Hochberg-adjusted p", "Effect size measure", "Effect size value (two groups: first minus second group)"));
        for (String g : groups) {
            cols.add("mean " + g);
            tips.add("Mean of the " + cf + " means in group " + g + " (mixed model: the model's mean)");
        }
        cols.addAll(List.of("ICC", "Design effect", "Note"));
        tips.addAll(List.of("Intraclass correlation ICC(1) of the feature by " + cf + ": the share of its variance between " + cf + "s",
                "1 + (mean articles per " + cf + " - 1) x ICC: how much the clustering inflates the variance of an article-level mean",
                "How the p-value was obtained, clusters or groups left out, or why a test was not computed"));
        Map<String, ReportData.IccRow> icc = new HashMap<>();
        for (ReportData.IccRow x : r.clusterRows().icc()) icc.put(x.feature(), x);
        List<List<Object>> rows = testRows(r, r.clusters().tests(), bh, groups, (t, row) -> {
            ReportData.IccRow x = icc.get(t.feature());
            row.add(x == null ? Double.NaN : x.icc());
            row.add(x == null ? Double.NaN : x.designEffect());
            row.add(t.note());
        });
        return new Grid(cols, rows, tips);
    }

    static Grid descriptives(CompareGroups.Result r) {
        List<List<Object>> desc = new ArrayList<>();
        List<List<Map.Entry<String, List<Descriptives>>>> parts = r.lengthLast(new ArrayList<>(r.report().descriptives().entrySet()), Map.Entry::getKey);
        List<Map.Entry<String, List<Descriptives>>> entries = new ArrayList<>(parts.get(0));
        if (!parts.get(1).isEmpty()) entries.add(null);
        entries.addAll(parts.get(1));
        for (var e : entries) {
            if (e == null) {
                desc.add(heading());
                continue;
            }
            for (Descriptives d : e.getValue()) desc.add(List.of(ColumnLabels.label(e.getKey()), d.group(), d.n(), d.mean(), d.sd(), d.median(), d.iqr(), d.ciLow(), d.ciHigh(),
                    d.missing(), e.getKey()));
        }
        return new Grid(List.of("Measure", "Group", "n", "Mean", "SD", "Median", "IQR", "95% CI low", "95% CI high", "Missing", "Column"), desc,
                List.of(LABEL_TIP, "Group", "Articles with a value", "Mean", "Standard deviation", "Median", "Interquartile range",
                        "Lower bound of the 95% confidence interval of the mean", "Upper bound",
                        "Articles whose value is undefined (a ratio whose denominator is 0): left out, not counted as 0", "Feature column id"));
    }

    /** The pooled ratio per group of every tested ratio feature (empty when none was tested). */
    static Grid pooled(CompareGroups.Result r) {
        List<List<Object>> rows = new ArrayList<>();
        for (org.framelab.stats.PooledRatio x : r.pooled()) {
            rows.add(List.of(x.feature(), ColumnLabels.label(x.feature()), x.group(), x.articles(), x.defined(), x.numerator(), x.denominator(), x.ratio(), x.se(),
                    x.ciLow(), x.ciHigh(), x.formula()));
        }
        return new Grid(List.of("Feature", "Measure", "Group", "Articles", "Defined", "Numerator", "Denominator", "Pooled ratio", "SE", "95% CI low",
                "95% CI high", "Computed as"), rows,
                List.of("Feature column (a ratio or rate)", LABEL_TIP, "Group", "Articles in the group", "Articles whose own ratio is defined",
                        "Sum of the numerators", "Sum of the denominators", "Sum of the numerators over the sum of the denominators (x 1,000 for rates)",
                        "Linearised standard error of the ratio estimator (Cochran 1977)", "Lower bound of the 95% interval", "Upper bound",
                        "The formula of the ratio"));
    }

    static List<String[]> headline(EvaluationResult r) {
        List<String[]> h = new ArrayList<>();
        String ci = r.ci95() == null ? "" : String.format(Locale.ROOT, "95%% CI %.3f–%.3f", r.ci95().macroF1().low(), r.ci95().macroF1().high());
        h.add(new String[]{"Macro-F1", fmt(r.macroF1()), ci});
        String ciA = r.ci95() == null ? "" : String.format(Locale.ROOT, "95%% CI %.3f–%.3f", r.ci95().accuracy().low(), r.ci95().accuracy().high());
        h.add(new String[]{"Accuracy", fmt(r.accuracy()), ciA});
        h.add(new String[]{"Cohen's kappa", fmt(r.kappa()), "MCC " + fmt(r.mcc())});
        if (r.baseline() != null)
            h.add(new String[]{"Baseline macro-F1", fmt(r.baseline().macroF1()), "always '" + r.baseline().label() + "', accuracy " + fmt(r.baseline().accuracy())
                    + "; chance (uniform guess) " + fmt(r.baseline().chanceMacroF1())});
        h.add(new String[]{"Articles", String.format(Locale.ROOT, "%,d", r.n()), Format.shorten(r.protocol(), 90)});
        return h;
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.3f", d);
    }

    static Grid confusion(EvaluationResult r) {
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

    static Grid perClass(EvaluationResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationResult.ClassMetrics c : r.perClass())
            rows.add(List.of(c.label(), c.support(), c.predicted(), c.precision(), c.recall(), c.f1(), c.rocAuc()));
        return new Grid(List.of("Class", "Support", "Predicted", "Precision", "Recall", "F1", "ROC AUC"), rows,
                List.of("Label", "Gold articles of this class", "Articles predicted as this class", "Share of predictions of this class that are right",
                        "Share of this class found", "Harmonic mean of precision and recall", "One-vs-rest area under the ROC curve"));
    }

    static Grid perGroup(EvaluationResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationResult.GroupMetrics g : r.perGroup()) rows.add(List.of(g.group(), g.n(), g.accuracy(), g.macroF1(), counts(g.goldCounts()), counts(g.predictedCounts())));
        return new Grid(List.of("Outlet", "Articles", "Accuracy", "Macro-F1", "Gold", "Predicted"), rows);
    }

    private static String counts(Map<String, Integer> m) {
        return m.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The final model's top features, as the report lists them ({@link ModelRows#importance}). */
    static Grid topFeatures(Classify.Result r) {
        List<List<Object>> top = new ArrayList<>();
        boolean weights = r.importanceIsWeights();
        if (weights) for (FeatureImportance.Weighted w : r.weights()) top.add(List.of(w.label(), w.rank(), w.feature(), w.family(), w.weight()));
        else for (FeatureImportance.Ranked k : r.infoGain()) top.add(List.of(ModelRows.INFO_GAIN_CLASS, k.rank(), k.feature(), k.family(), k.infoGain()));
        return new Grid(List.of("Class", "Rank", "Feature", "Family", ModelRows.importanceCaption(weights)), top,
                List.of("Class the feature points to", "Rank within the class", "Feature column", "Feature family",
                        weights ? "Weight in the model trained on all articles (scaled features)" : "Information gain of the feature's best split"));
    }

    static Grid misclassified(EvaluationResult r, Corpus corpus) {
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

    /** The test articles that duplicate a training article of their fold, with the closest one (empty when not checked). */
    static Grid overlap(EvaluationResult r) {
        List<List<Object>> rows = new ArrayList<>();
        if (r.overlap() != null) {
            for (org.framelab.model.Overlap.Pair p : r.overlap().pairs()) {
                rows.add(List.of(p.testId(), p.trainId(), p.kind(), p.similarity(), p.fold() + 1));
            }
        }
        return new Grid(List.of("Test article", "Training article", "Kind", "Similarity", "Fold"), rows,
                List.of("Id of the test article (double-click to open it)", "Id of its closest training article in the same fold",
                        "exact: the same words; near: Jaccard similarity of word shingles >= 0.8", "Jaccard similarity of the shingle sets",
                        "Test fold"));
    }

    /** The agreement rows of the report, with what each is based on. */
    static Grid agreement(MeasureAgreement.FieldResult f) {
        AgreementReport r = f.report();
        List<List<Object>> rows = new ArrayList<>();
        for (ReportData.AgreementRow a : f.rows()) {
            String basis = switch (a.measure()) {
                case "Krippendorff's alpha" -> String.format(Locale.ROOT, "%,d items, %,d pairable values; bootstrap %,d", r.items(),
                        r.alpha().pairableValues(), r.alpha().samples());
                case "Fleiss' kappa" -> String.format(Locale.ROOT, "%,d items with %d raters", r.fleiss().items(), r.fleiss().raters())
                        + (r.fleiss().itemsExcluded() > 0 ? String.format(Locale.ROOT, "; %,d items left out", r.fleiss().itemsExcluded()) : "");
                case "mean Cohen's kappa (pairs)" -> MeasureAgreement.meanBasis(r, false); // as the CLI: the pairs table below flags those left out
                default -> String.format(Locale.ROOT, "%,d items with two or more judgements", r.pairableItems());
            };
            rows.add(List.of(a.measure() + (a.measure().startsWith("Krippendorff") ? " (" + a.level() + ")" : ""), a.value(), a.ciLow(), a.ciHigh(), basis));
        }
        return new Grid(List.of("Measure", "Value", "95% CI low", "95% CI high", "Based on"), rows);
    }

    /** The rows of a span validation: per annotator view, family and feature, each rate with its interval. */
    static Grid validation(SpanValidation.Result v) {
        List<List<Object>> rows = new ArrayList<>();
        for (SpanValidation.Row r : v.rows()) {
            List<Object> x = new ArrayList<>(List.of(r.annotator(), r.family(), r.feature().isEmpty() ? "" : org.framelab.features.ColumnLabels.label(r.feature()), r.articles(), r.hits(), r.hitsInSpans()));
            for (double d : new double[]{r.shareInSpans().value(), r.chanceRate().value(), r.enrichment().value(), r.enrichment().low(),
                    r.enrichment().high()}) x.add(Double.isFinite(d) ? d : null);
            x.add(r.spans());
            x.add(r.spansFound());
            for (double d : new double[]{r.spanRecall().value(), r.spanRecall().low(), r.spanRecall().high(), r.tokenPrecision().value(),
                    r.tokenRecall().value(), r.tokenF1().value()}) x.add(Double.isFinite(d) ? d : null);
            rows.add(x);
        }
        return new Grid(List.of("Annotator", "Family", "Feature", "Articles", "Hits", "In spans", "Share in spans", "Chance rate",
                "Enrichment", "Enr. low", "Enr. high", "Spans", "Spans found", "Span recall", "Recall low", "Recall high",
                "Token P", "Token R", "Token F1"), rows,
                List.of("'all': every annotator's spans; else one annotator's, on the articles they coded", "Feature family",
                        "Feature column (empty: the whole family)", "Annotated articles used", "Evidence hits in those articles",
                        "Hits overlapping an annotated span", "Hits in spans / hits", "Word tokens inside spans / word tokens",
                        "Share in spans / chance rate (1 = chance)", "Bootstrap 95% interval, low", "Bootstrap 95% interval, high",
                        "Annotated spans", "Spans overlapping at least one hit", "Spans found / spans", "Bootstrap 95% interval, low",
                        "Bootstrap 95% interval, high", "Word tokens of hits inside spans / word tokens of hits",
                        "Word tokens of hits inside spans / word tokens inside spans", "Harmonic mean of token P and R"));
    }

    static Grid pairs(AgreementReport r) {
        List<List<Object>> pr = new ArrayList<>();
        for (AgreementReport.PairKappa k : r.cohen())
            pr.add(List.of(k.annotatorA(), k.annotatorB(), k.items(), k.agreement(), k.kappa(), MeasureAgreement.pairFlag(r, k)));
        return new Grid(List.of("Annotator A", "Annotator B", "Items", "Agreement", "Cohen's kappa", "Note"), pr, List.of("First annotator",
                "Second annotator", "Items both judged", "Share of those items with the same value", "Cohen's kappa over those items",
                "A pair sharing fewer than " + AgreementReport.MIN_PAIR_ITEMS + " items is left out of the mean Cohen's kappa (Light's)"));
    }
}
