package org.framelab.report;

import org.framelab.util.OptionException;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a FrameLab report contains, as plain records: the workbook, the CSV tables and the
 * notebook export are all written from one {@code ReportData}. Optional parts are empty lists
 * (or a null {@link ModelReport}) when the study did not ask for them.
 *
 * @param study     study name (file-name safe), e.g. {@code demo}
 * @param overview  key facts: corpus, settings, versions, date, input file hashes
 * @param table     feature values per article (the Articles sheet and {@code articles.csv} show its framing
 *                  columns; its n-gram columns are summarised in {@code ngrams})
 * @param columns   documentation of every feature column (name, definition, unit, source)
 * @param groups    descriptive statistics per feature and group
 * @param tests     group comparisons with corrected p-values and effect sizes
 * @param terms     term counts per group (scare-quoted terms, attribution verbs, ...)
 * @param evidence  sample evidence spans per feature
 * @param monthly   monthly means per feature and group
 * @param model     classifier evaluation, or null
 * @param agreement inter-annotator agreement results (empty when the corpus has no judgements)
 * @param charts    chart images to embed (PNG files)
 * @param nativeCharts small wide tables the workbook turns into native (editable) Excel charts
 * @param ngrams    one row per n-gram column of the table (the N-grams sheet and {@code ngrams.csv}); empty without n-grams
 */
public record ReportData(String study, List<OverviewEntry> overview, FeatureTable table, List<FeatureColumn> columns,
                         List<GroupRow> groups, List<TestRow> tests, List<TermRow> terms, List<EvidenceRow> evidence,
                         List<MonthlyRow> monthly, ModelReport model, List<AgreementRow> agreement,
                         List<ChartImage> charts, List<NativeChart> nativeCharts, List<NgramRow> ngrams) {
    public ReportData {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(table, "table");
        overview = List.copyOf(overview);
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
        tests = List.copyOf(tests);
        terms = List.copyOf(terms);
        evidence = List.copyOf(evidence);
        monthly = List.copyOf(monthly);
        agreement = List.copyOf(agreement);
        charts = List.copyOf(charts);
        nativeCharts = List.copyOf(nativeCharts);
        ngrams = List.copyOf(ngrams);
    }

    /** Without a fitted vocabulary: the n-gram rows are summarised from the table alone (no IDF). */
    public ReportData(String study, List<OverviewEntry> overview, FeatureTable table, List<FeatureColumn> columns,
                      List<GroupRow> groups, List<TestRow> tests, List<TermRow> terms, List<EvidenceRow> evidence,
                      List<MonthlyRow> monthly, ModelReport model, List<AgreementRow> agreement,
                      List<ChartImage> charts, List<NativeChart> nativeCharts) {
        this(study, overview, table, columns, groups, tests, terms, evidence, monthly, model, agreement, charts, nativeCharts,
                NgramSummary.rows(table, null));
    }

    /** The same report with the chart images and native charts given (the study draws the charts after the rows are built). */
    public ReportData withCharts(List<ChartImage> images, List<NativeChart> natives) {
        return new ReportData(study, overview, table, columns, groups, tests, terms, evidence, monthly, model, agreement,
                images, natives, ngrams);
    }

    /** One line of the Overview sheet, e.g. ("Corpus", "articles", "1200"). */
    public record OverviewEntry(String section, String key, String value) {}

    /** Descriptive statistics of one feature in one group. {@code ciLow/ciHigh}: 95% CI of the mean. */
    public record GroupRow(String feature, String groupField, String group, long n, double mean, double sd,
                           double median, double q1, double q3, double ciLow, double ciHigh) {}

    /**
     * One group comparison.
     *
     * @param test        e.g. "Welch t", "Mann-Whitney U", "one-way ANOVA", "Kruskal-Wallis", "chi-square"
     * @param groups      number of groups compared
     * @param statistic   test statistic
     * @param df          degrees of freedom (NaN when not applicable)
     * @param p           uncorrected p-value
     * @param pHolm       Holm-corrected p-value (across all features tested)
     * @param pBh         Benjamini-Hochberg adjusted p-value (false discovery rate)
     * @param effectName  e.g. "Cohen's d", "Cliff's delta", "eta squared"
     * @param effect      effect size
     * @param significant significant at the study's alpha after the study's correction
     */
    public record TestRow(String feature, String groupField, String test, int groups, double statistic, double df,
                          double p, double pHolm, double pBh, String effectName, double effect, boolean significant) {}

    /** A term counted in the articles of one group. */
    public record TermRow(String family, String term, String category, String group, long count, long groupArticles) {
        public double per100() {
            return groupArticles == 0 ? 0 : 100.0 * count / groupArticles;
        }
    }

    /** A sample evidence span: where a feature fired, with surrounding context. */
    public record EvidenceRow(String feature, String category, String articleId, String group, int begin, int end,
                              String text, String context) {}

    /** Mean of a feature in one group and month ({@code month} as yyyy-MM). */
    public record MonthlyRow(String feature, String groupField, String group, String month, long n, double mean) {}

    /** Inter-annotator agreement for one coded variable and measure. */
    public record AgreementRow(String variable, String measure, String level, double value, double ciLow, double ciHigh,
                               long items, long annotators, long judgements) {}

    /**
     * One n-gram column of the feature table, summarised over the report's articles.
     *
     * @param term     the n-gram (the column name without {@code ngram:})
     * @param articles articles in which its value is not zero (with the vocabulary fitted on these articles: its document frequency)
     * @param share    {@code articles} / number of articles
     * @param idf      the fitted vocabulary's IDF weight, ln((1 + N) / (1 + df)) + 1; NaN when no vocabulary was given
     * @param total    sum of its values over the articles (counts, or TF-IDF weights)
     * @param mean     {@code total} / number of articles
     * @param max      largest value
     */
    public record NgramRow(String term, long articles, double share, double idf, double total, double mean, double max) {}

    /** A chart image file to embed, with its title. */
    public record ChartImage(String name, String title, Path png) {}

    /**
     * A small wide table charted natively in Excel: rows = categories, columns = series.
     *
     * @param kind "bar" or "line"
     */
    public record NativeChart(String name, String title, String kind, String categoryTitle, String valueTitle,
                              List<String> categories, List<String> series, double[][] values) {
        public NativeChart {
            if (!kind.equals("bar") && !kind.equals("line")) throw new OptionException("chart kind", "" + kind);
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            if (values.length != categories.size()) throw new OptionException("native chart", ""
                    + values.length + " rows for " + categories.size() + " categories");
        }
    }

    /**
     * Classifier evaluation (cross-validated); {@code baseline}: the majority-class baseline's macro-F1 (or null);
     * {@code overlap}: the train/test overlap in one line (null when not checked) and {@code overlapPairs} its pairs.
     */
    public record ModelReport(String classifier, String protocol, String labelField, List<Metric> metrics,
                              List<PerClass> perClass, List<String> labels, long[][] confusion, List<PerGroup> perGroup,
                              List<Importance> importance, List<Ablation> ablation, List<Roc> roc, Metric baseline,
                              String overlap, List<OverlapPair> overlapPairs) {
        /** Without an overlap check. */
        public ModelReport(String classifier, String protocol, String labelField, List<Metric> metrics, List<PerClass> perClass,
                           List<String> labels, long[][] confusion, List<PerGroup> perGroup, List<Importance> importance,
                           List<Ablation> ablation, List<Roc> roc, Metric baseline) {
            this(classifier, protocol, labelField, metrics, perClass, labels, confusion, perGroup, importance, ablation, roc, baseline,
                    null, List.of());
        }

        public ModelReport {
            overlapPairs = overlapPairs == null ? List.of() : List.copyOf(overlapPairs);
            roc = List.copyOf(roc);
            metrics = List.copyOf(metrics);
            perClass = List.copyOf(perClass);
            labels = List.copyOf(labels);
            perGroup = List.copyOf(perGroup);
            importance = List.copyOf(importance);
            ablation = List.copyOf(ablation);
        }
    }

    /** One-vs-rest ROC curve of one class. */
    public record Roc(String label, double[] fpr, double[] tpr, double auc) {}

    /** A metric with its 95% interval (NaN when unknown). */
    public record Metric(String name, double value, double ciLow, double ciHigh) {}

    public record PerClass(String label, double precision, double recall, double f1, long support) {}

    /** Scores within one group (e.g. per held-out outlet). */
    public record PerGroup(String group, long n, double accuracy, double macroF1) {}

    /** Feature importance (or weight) for one class ("all" when not per class). */
    public record Importance(String classLabel, String feature, double value) {}

    /** A test article that duplicates a training article of its fold ({@code kind} exact or near, Jaccard similarity). */
    public record OverlapPair(String testId, String trainId, String kind, double similarity, int fold) {}

    /** Score of one ablated / alternative feature set. */
    public record Ablation(String name, double macroF1, double ciLow, double ciHigh, double accuracy) {}
}
