package org.framelab.report;

import org.framelab.util.OptionException;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.stats.PooledRatio;

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
 * @param clusters  designs, ICCs, permutation and mixed-model details of comparisons whose articles are clustered in
 *                  outlets ({@link ClusterRows#EMPTY} when none)
 * @param pooled    pooled ratio per group of every tested ratio feature (the Pooled ratios sheet and {@code pooled-ratios.csv})
 * @param pairwise  which groups differ: the pairwise comparisons of comparisons with 3 or more groups (the Pairwise sheet)
 */
public record ReportData(String study, List<OverviewEntry> overview, FeatureTable table, List<FeatureColumn> columns,
                         List<GroupRow> groups, List<TestRow> tests, List<TermRow> terms, List<EvidenceRow> evidence,
                         List<MonthlyRow> monthly, ModelReport model, List<AgreementRow> agreement,
                         List<ChartImage> charts, List<NativeChart> nativeCharts, List<NgramRow> ngrams, ClusterRows clusters,
                         List<PooledRatio> pooled, ValidationReport validation, List<PairRow> pairwise) {
    public ReportData {
        pairwise = pairwise == null ? List.of() : List.copyOf(pairwise);
        clusters = clusters == null ? ClusterRows.EMPTY : clusters;
        pooled = pooled == null ? List.of() : List.copyOf(pooled);
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

    /** Without pairwise comparisons. */
    public ReportData(String study, List<OverviewEntry> overview, FeatureTable table, List<FeatureColumn> columns,
                      List<GroupRow> groups, List<TestRow> tests, List<TermRow> terms, List<EvidenceRow> evidence,
                      List<MonthlyRow> monthly, ModelReport model, List<AgreementRow> agreement,
                      List<ChartImage> charts, List<NativeChart> nativeCharts, List<NgramRow> ngrams, ClusterRows clusters,
                      List<PooledRatio> pooled, ValidationReport validation) {
        this(study, overview, table, columns, groups, tests, terms, evidence, monthly, model, agreement, charts, nativeCharts, ngrams,
                clusters, pooled, validation, List.of());
    }

    /** Without a span validation. */
    public ReportData(String study, List<OverviewEntry> overview, FeatureTable table, List<FeatureColumn> columns,
                      List<GroupRow> groups, List<TestRow> tests, List<TermRow> terms, List<EvidenceRow> evidence,
                      List<MonthlyRow> monthly, ModelReport model, List<AgreementRow> agreement,
                      List<ChartImage> charts, List<NativeChart> nativeCharts, List<NgramRow> ngrams, ClusterRows clusters,
                      List<PooledRatio> pooled) {
        this(study, overview, table, columns, groups, tests, terms, evidence, monthly, model, agreement, charts, nativeCharts, ngrams,
                clusters, pooled, null);
    }

    /** Without cluster details and pooled ratios. */
    public ReportData(String study, List<OverviewEntry> overview, FeatureTable table, List<FeatureColumn> columns,
                      List<GroupRow> groups, List<TestRow> tests, List<TermRow> terms, List<EvidenceRow> evidence,
                      List<MonthlyRow> monthly, ModelReport model, List<AgreementRow> agreement,
                      List<ChartImage> charts, List<NativeChart> nativeCharts, List<NgramRow> ngrams) {
        this(study, overview, table, columns, groups, tests, terms, evidence, monthly, model, agreement, charts, nativeCharts, ngrams,
                ClusterRows.EMPTY, List.of());
    }

    /** Without pooled ratios. */
    public ReportData(String study, List<OverviewEntry> overview, FeatureTable table, List<FeatureColumn> columns,
                      List<GroupRow> groups, List<TestRow> tests, List<TermRow> terms, List<EvidenceRow> evidence,
                      List<MonthlyRow> monthly, ModelReport model, List<AgreementRow> agreement,
                      List<ChartImage> charts, List<NativeChart> nativeCharts, List<NgramRow> ngrams, ClusterRows clusters) {
        this(study, overview, table, columns, groups, tests, terms, evidence, monthly, model, agreement, charts, nativeCharts, ngrams,
                clusters, List.of());
    }

    /** Without cluster details. */
    public ReportData(String study, List<OverviewEntry> overview, FeatureTable table, List<FeatureColumn> columns,
                      List<GroupRow> groups, List<TestRow> tests, List<TermRow> terms, List<EvidenceRow> evidence,
                      List<MonthlyRow> monthly, ModelReport model, List<AgreementRow> agreement,
                      List<ChartImage> charts, List<NativeChart> nativeCharts, List<NgramRow> ngrams, List<PooledRatio> pooled) {
        this(study, overview, table, columns, groups, tests, terms, evidence, monthly, model, agreement, charts, nativeCharts, ngrams,
                ClusterRows.EMPTY, pooled);
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
                images, natives, ngrams, clusters, pooled, validation, pairwise);
    }

    /** The same report with the cluster details given. */
    public ReportData withClusters(ClusterRows rows) {
        return new ReportData(study, overview, table, columns, groups, tests, terms, evidence, monthly, model, agreement,
                charts, nativeCharts, ngrams, rows, pooled, validation, pairwise);
    }

    /** The same report with a span validation (the Validation sheet); null: none. */
    public ReportData withValidation(ValidationReport v) {
        return new ReportData(study, overview, table, columns, groups, tests, terms, evidence, monthly, model, agreement,
                charts, nativeCharts, ngrams, clusters, pooled, v, pairwise);
    }

    /** The same report with the pairwise comparisons given. */
    public ReportData withPairwise(List<PairRow> rows) {
        return new ReportData(study, overview, table, columns, groups, tests, terms, evidence, monthly, model, agreement,
                charts, nativeCharts, ngrams, clusters, pooled, validation, rows);
    }

    /**
     * One pair of groups of one feature (docs/stats.md, "Which groups differ"): Games-Howell (after the Welch ANOVA) or
     * Dunn's test (after Kruskal-Wallis). {@code difference} = mean of a minus mean of b; {@code pAdjusted} is adjusted over
     * the feature's pairs ({@code adjustment}); {@code significant}: the feature's omnibus test of that family (Welch ANOVA,
     * Kruskal-Wallis) is significant after the correction across features and {@code pAdjusted} &lt; alpha; article-level
     * pairs of a clustered comparison are never marked ({@code level}, as the article-level tests).
     */
    public record PairRow(String feature, String groupField, String test, String level, String groupA, String groupB, long nA, long nB,
                          double meanA, double meanB, double difference, double statistic, double df, double p, double pAdjusted,
                          String adjustment, String effectName, double effect, boolean significant, String note) {}

    /** One line of the Overview sheet, e.g. ("Corpus", "articles", "1200"). */
    public record OverviewEntry(String section, String key, String value) {}

    /**
     * Descriptive statistics of one feature in one group. {@code n}: values used; {@code missing}: articles of
     * the group whose value is missing (an undefined ratio), left out of everything else. {@code ciLow/ciHigh}:
     * 95% CI of the mean.
     */
    public record GroupRow(String feature, String groupField, String group, long n, double mean, double sd,
                           double median, double q1, double q3, double ciLow, double ciHigh, long missing) {
        /** A row without missing values. */
        public GroupRow(String feature, String groupField, String group, long n, double mean, double sd,
                        double median, double q1, double q3, double ciLow, double ciHigh) {
            this(feature, groupField, group, n, mean, sd, median, q1, q3, ciLow, ciHigh, 0);
        }
    }

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
     * @param significant significant at the study's alpha after the study's correction; when the articles are clustered
     *                    in outlets ({@code level} other than article present for the field), only the cluster-aware rows are
     *                    marked and article-level rows never are
     * @param level       {@link #ARTICLE} (articles taken as independent), {@link #CLUSTER} (the unit is the cluster:
     *                    tests on outlet means, cluster permutation) or {@link #MIXED} (articles with a random outlet
     *                    intercept, cluster-robust errors)
     */
    public record TestRow(String feature, String groupField, String test, int groups, double statistic, double df,
                          double p, double pHolm, double pBh, String effectName, double effect, boolean significant, String level,
                          double effectLow, double effectHigh, double df2, String note) {
        public static final String ARTICLE = "article";
        public static final String CLUSTER = "cluster";
        public static final String MIXED = "mixed";

        public TestRow {
            level = level == null ? ARTICLE : level;
            note = note == null ? "" : note;
        }

        /** Without a note (why a test is undefined, which groups were left out). */
        public TestRow(String feature, String groupField, String test, int groups, double statistic, double df, double p, double pHolm,
                       double pBh, String effectName, double effect, boolean significant, String level, double effectLow, double effectHigh,
                       double df2) {
            this(feature, groupField, test, groups, statistic, df, p, pHolm, pBh, effectName, effect, significant, level, effectLow, effectHigh, df2, "");
        }

        /** Without an interval of the effect size. */
        public TestRow(String feature, String groupField, String test, int groups, double statistic, double df,
                       double p, double pHolm, double pBh, String effectName, double effect, boolean significant, String level) {
            this(feature, groupField, test, groups, statistic, df, p, pHolm, pBh, effectName, effect, significant, level, Double.NaN, Double.NaN, Double.NaN);
        }

        /** An article-level row. */
        public TestRow(String feature, String groupField, String test, int groups, double statistic, double df,
                       double p, double pHolm, double pBh, String effectName, double effect, boolean significant) {
            this(feature, groupField, test, groups, statistic, df, p, pHolm, pBh, effectName, effect, significant, ARTICLE);
        }

        public boolean articleLevel() {
            return level.equals(ARTICLE);
        }
    }

    /**
     * Cluster details of the comparisons (each list in comparison order, then feature order).
     *
     * @param designs     one per grouping field whose articles are clustered
     * @param icc         intraclass correlation of each feature by cluster
     * @param permutation cluster permutation tests (nested designs)
     * @param mixed       mixed-model and cluster-robust estimates per feature and group (crossed designs)
     */
    public record ClusterRows(List<DesignRow> designs, List<IccRow> icc, List<PermutationRow> permutation, List<MixedRow> mixed) {
        public static final ClusterRows EMPTY = new ClusterRows(List.of(), List.of(), List.of(), List.of());

        public ClusterRows {
            designs = List.copyOf(designs);
            icc = List.copyOf(icc);
            permutation = List.copyOf(permutation);
            mixed = List.copyOf(mixed);
        }

        public boolean isEmpty() {
            return designs.isEmpty();
        }

        /** These rows followed by {@code other}'s. */
        public ClusterRows plus(ClusterRows other) {
            return new ClusterRows(concat(designs, other.designs), concat(icc, other.icc), concat(permutation, other.permutation),
                    concat(mixed, other.mixed));
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> out = new java.util.ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }

    /**
     * How one grouping relates to the clusters.
     *
     * @param design           nested (the group is constant within each cluster) or crossed (it varies within some)
     * @param clustersPerGroup e.g. "center 3, left 3, right 3"
     * @param warning          what the design means for the tests (shown above them)
     */
    public record DesignRow(String groupField, String clusterField, String design, int clusters, String clustersPerGroup,
                            int mixedClusters, long rowsWithoutCluster, String warning) {}

    /** ICC(1) of a feature by cluster, its F test, the design effect and the effective sample size. */
    public record IccRow(String feature, String groupField, String clusterField, double icc, double f, double df1, double df2,
                         double p, int clusters, long n, double k0, double meanClusterSize, double designEffect, double effectiveN,
                         String note) {}

    /** A cluster permutation test: how p was obtained ({@code method} exact or Monte Carlo) and the smallest p possible. */
    public record PermutationRow(String feature, String groupField, String clusterField, String statisticName, double statistic,
                                 double p, double pHolm, double pBh, String method, long permutations, double smallestP, int clusters,
                                 boolean significant, String note) {}

    /**
     * One group of a mixed model (random intercept per cluster, REML) and of the OLS means with cluster-robust errors.
     *
     * @param coefficient the intercept for the reference (first) group, else the group minus the reference
     * @param se          standard error of the coefficient (s2 (X'V^-1 X)^-1)
     * @param z           coefficient / se (NaN for the reference)
     * @param modelMean   the model's mean of the group
     * @param olsMean     the group's mean of the articles
     * @param cr1Se       cluster-robust (CR1) standard error of {@code olsMean}
     */
    public record MixedRow(String feature, String groupField, String clusterField, String group, boolean reference,
                           double coefficient, double se, double z, double p, double modelMean, double olsMean, double cr1Se,
                           long n, double clusterVariance, double residualVariance, double icc, double remlLogLik, int clusters,
                           String note) {}

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
                               long items, long annotators, long judgements, String note) {
        public AgreementRow {
            if (note == null) note = "";
        }

        /** Without a note. */
        public AgreementRow(String variable, String measure, String level, double value, double ciLow, double ciHigh,
                            long items, long annotators, long judgements) {
            this(variable, measure, level, value, ciLow, ciHigh, items, annotators, judgements, "");
        }
    }

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
     * @param kind    "bar" or "line"
     * @param picture the same chart as a PNG, kept beside the editable chart for viewers that do not draw Excel
     *                charts (null: none)
     */
    public record NativeChart(String name, String title, String kind, String categoryTitle, String valueTitle,
                              List<String> categories, List<String> series, double[][] values, byte[] picture) {
        public NativeChart {
            if (!kind.equals("bar") && !kind.equals("line")) throw new OptionException("chart kind", "" + kind);
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            if (values.length != categories.size()) throw new OptionException("native chart", ""
                    + values.length + " rows for " + categories.size() + " categories");
        }

        /** Without a picture. */
        public NativeChart(String name, String title, String kind, String categoryTitle, String valueTitle,
                           List<String> categories, List<String> series, double[][] values) {
            this(name, title, kind, categoryTitle, valueTitle, categories, series, values, null);
        }

        public NativeChart withPicture(byte[] png) {
            return new NativeChart(name, title, kind, categoryTitle, valueTitle, categories, series, values, png);
        }
    }

    /**
     * Classifier evaluation (cross-validated); {@code baseline}: the majority-class baseline's macro-F1
     * (or null); {@code protocol}: the protocol in words; {@code warnings}: where it cannot support a
     * claim; {@code selection}: how the blend of the blocks was chosen; {@code removed}: the n-grams
     * left out of the final model as outlet page templates, with the evidence for each; {@code overlap}:
     * the train/test overlap in one line (null when not checked) and {@code overlapPairs} its pairs.
     */
    public record ModelReport(String classifier, String protocol, String labelField, List<Metric> metrics,
                              List<PerClass> perClass, List<String> labels, long[][] confusion, List<PerGroup> perGroup,
                              List<Importance> importance, List<Ablation> ablation, List<Roc> roc, Metric baseline,
                              List<String> warnings, String selection, List<String> removed,
                              String overlap, List<OverlapPair> overlapPairs) {
        /** Without the protocol's warnings, selection, templates and overlap check. */
        public ModelReport(String classifier, String protocol, String labelField, List<Metric> metrics,
                           List<PerClass> perClass, List<String> labels, long[][] confusion, List<PerGroup> perGroup,
                           List<Importance> importance, List<Ablation> ablation, List<Roc> roc, Metric baseline) {
            this(classifier, protocol, labelField, metrics, perClass, labels, confusion, perGroup, importance, ablation, roc, baseline,
                    List.of(), "", List.of(), null, List.of());
        }

        public ModelReport {
            warnings = List.copyOf(warnings);
            removed = List.copyOf(removed);
            selection = selection == null ? "" : selection;
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
