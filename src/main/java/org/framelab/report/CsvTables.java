package org.framelab.report;

import org.framelab.features.ColumnLabels;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.report.ReportData.ModelReport;
import org.framelab.report.tables.CsvTableWriter;
import org.framelab.util.AtomicFiles;
import org.framelab.util.CsvCells;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's tables as UTF-8 CSV files (comma-separated, RFC 4180 quoting, header row; numbers
 * in Java's shortest round-trip notation, empty cells for missing values; {@code articles.csv} is
 * written by {@link CsvTableWriter}, feature values to 6 decimals). {@code articles.csv} has the framing
 * columns; n-gram columns are summarised in {@code ngrams.csv} and named in one row of {@code columns.csv}
 * ({@link NgramSummary}). The notebook export
 * reads these; two runs of the same study give byte-identical tables. Text that a spreadsheet would
 * run as a formula (starting with = + - @, TAB or CR) is neutralised unless {@code raw} ({@link CsvCells}).
 */
public final class CsvTables {
    private CsvTables() {}

    /**
     * File names written by {@link #write}, in order (ngrams only with n-gram columns; pooled-ratios only with tested ratio
     * features; pairwise only with a comparison of 3 or more groups; design, icc, permutation and mixed_model only when the articles of a comparison are clustered in outlets,
     * permutation for nested and mixed_model for crossed designs; model_*, importance and ablation only with a model,
     * agreement only with judgements).
     */
    public static final List<String> ALL = List.of("articles.csv", "columns.csv", "ngrams.csv", "groups.csv", "tests.csv",
            "pooled-ratios.csv", "pairwise.csv", "design.csv", "icc.csv", "permutation.csv", "mixed_model.csv", "terms.csv",
            "evidence.csv", "monthly.csv", "model_metrics.csv", "model_per_class.csv", "model_confusion.csv",
            "model_per_group.csv", "importance.csv", "ablation.csv", "agreement.csv");

    /** Writes the tables into {@code dir} with formula-like text neutralised; returns the files written. */
    public static List<Path> write(ReportData d, Path dir) throws IOException {
        return write(d, dir, false);
    }

    /** {@code raw}: text cells as they are (--raw-csv, outputs.raw_csv). */
    public static List<Path> write(ReportData d, Path dir, boolean raw) throws IOException {
        List<Path> out = new ArrayList<>();
        FeatureTable t = d.table();
        Set<String> labelKeys = new LinkedHashSet<>();
        for (FeatureTable.Row r : t.rows()) labelKeys.addAll(new TreeSet<>(r.labels().keySet()));
        // the layout of `framelab features -o x.csv` (org.framelab.report.tables.CsvTableWriter), framing columns only
        Path articles = dir.resolve("articles.csv");
        AtomicFiles.writeText(articles, w -> {
            CsvTableWriter tw = new CsvTableWriter(w, t.columns(), NgramSummary.framing(t.columns()), new ArrayList<>(labelKeys), raw);
            for (FeatureTable.Row r : t.rows()) tw.accept(r);
            tw.finish();
        });
        out.add(articles);
        out.add(columns(d.columns(), dir, raw));
        if (!d.ngrams().isEmpty()) {
            out.add(csv(raw, dir.resolve("ngrams.csv"), List.of("ngram", "articles", "share_of_articles", "idf", "total",
                    "mean_per_article", "max"), p -> {
                for (var x : d.ngrams()) p.printRecord(x.term(), x.articles(), num(x.share()), num(x.idf()), num(x.total()),
                        num(x.mean()), num(x.max()));
            }));
        }
        out.add(csv(raw, dir.resolve("groups.csv"), List.of("feature", "group_field", "group", "n", "mean", "sd", "median", "q1", "q3",
                "ci_low", "ci_high", "missing"), p -> {
            for (var g : d.groups()) p.printRecord(g.feature(), g.groupField(), g.group(), g.n(), num(g.mean()), num(g.sd()),
                    num(g.median()), num(g.q1()), num(g.q3()), num(g.ciLow()), num(g.ciHigh()), g.missing());
        }));
        out.add(csv(raw, dir.resolve("tests.csv"), List.of("feature", "group_field", "test", "groups", "statistic", "df", "p",
                "p_holm", "p_bh", "effect_name", "effect", "significant", "level", "effect_low", "effect_high", "df2", "note"), p -> {
            for (var x : d.tests()) p.printRecord(x.feature(), x.groupField(), x.test(), x.groups(), num(x.statistic()),
                    num(x.df()), num(x.p()), num(x.pHolm()), num(x.pBh()), x.effectName(), num(x.effect()), x.significant(), x.level(),
                    num(x.effectLow()), num(x.effectHigh()), num(x.df2()), x.note());
        }));
        out.addAll(PaperTables.write(d, dir));
        if (!d.pooled().isEmpty()) out.add(pooled(d.pooled(), dir, raw));
        if (!d.pairwise().isEmpty()) out.add(PairwiseSheet.csv(d.pairwise(), dir, raw));
        if (!d.clusters().isEmpty()) out.addAll(clusters(d.clusters(), dir, raw));
        out.add(csv(raw, dir.resolve("terms.csv"), List.of("family", "term", "category", "group", "count", "group_articles",
                "per_100_articles"), p -> {
            for (var x : d.terms()) p.printRecord(x.family(), x.term(), x.category(), x.group(), x.count(), x.groupArticles(),
                    num(x.per100()));
        }));
        out.add(csv(raw, dir.resolve("evidence.csv"), List.of("feature", "category", "article_id", "group", "begin", "end", "text",
                "context"), p -> {
            for (var x : d.evidence()) p.printRecord(x.feature(), x.category(), x.articleId(), x.group(), x.begin(), x.end(),
                    x.text(), x.context());
        }));
        out.add(csv(raw, dir.resolve("monthly.csv"), List.of("feature", "group_field", "group", "month", "n", "mean"), p -> {
            for (var x : d.monthly()) p.printRecord(x.feature(), x.groupField(), x.group(), x.month(), x.n(), num(x.mean()));
        }));
        if (d.model() != null) out.addAll(model(d.model(), dir, raw));
        if (!d.agreement().isEmpty()) {
            out.add(csv(raw, dir.resolve("agreement.csv"), List.of("variable", "measure", "level", "value", "ci_low", "ci_high",
                    "items", "annotators", "judgements", "note"), p -> {
                // note: on the mean Cohen's kappa, the pairs it averages and those sharing too few items left out, as the workbook says it
                for (var x : d.agreement()) p.printRecord(x.variable(), x.measure(), x.level(), num(x.value()), num(x.ciLow()),
                        num(x.ciHigh()), x.items(), x.annotators(), x.judgements(), x.note());
            }));
        }
        if (d.validation() != null) out.add(ValidationTables.write(d.validation().result(), dir, raw));
        return out;
    }

    /** The cluster tables: design, ICC, permutation tests (nested designs), mixed model (crossed designs). */
    private static List<Path> clusters(ReportData.ClusterRows c, Path dir, boolean raw) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(csv(raw, dir.resolve("design.csv"), List.of("group_field", "cluster_field", "design", "clusters", "clusters_per_group",
                "mixed_clusters", "rows_without_cluster", "warning"), p -> {
            for (var x : c.designs()) p.printRecord(x.groupField(), x.clusterField(), x.design(), x.clusters(), x.clustersPerGroup(),
                    x.mixedClusters(), x.rowsWithoutCluster(), x.warning());
        }));
        out.add(csv(raw, dir.resolve("icc.csv"), List.of("feature", "group_field", "cluster_field", "icc", "f", "df1", "df2", "p", "clusters",
                "n", "k0", "mean_cluster_size", "design_effect", "effective_n", "note"), p -> {
            for (var x : c.icc()) p.printRecord(x.feature(), x.groupField(), x.clusterField(), num(x.icc()), num(x.f()), num(x.df1()),
                    num(x.df2()), num(x.p()), x.clusters(), x.n(), num(x.k0()), num(x.meanClusterSize()), num(x.designEffect()),
                    num(x.effectiveN()), x.note());
        }));
        if (!c.permutation().isEmpty()) out.add(csv(raw, dir.resolve("permutation.csv"), List.of("feature", "group_field", "cluster_field",
                "statistic_name", "statistic", "p", "p_holm", "p_bh", "method", "permutations", "smallest_p", "clusters", "significant",
                "note"), p -> {
            for (var x : c.permutation()) p.printRecord(x.feature(), x.groupField(), x.clusterField(), x.statisticName(), num(x.statistic()),
                    num(x.p()), num(x.pHolm()), num(x.pBh()), x.method(), x.permutations(), num(x.smallestP()), x.clusters(),
                    x.significant(), x.note());
        }));
        if (!c.mixed().isEmpty()) out.add(csv(raw, dir.resolve("mixed_model.csv"), List.of("feature", "group_field", "cluster_field", "group",
                "reference", "coefficient", "se", "z", "p", "model_mean", "ols_mean", "cr1_se", "n", "cluster_variance",
                "residual_variance", "icc_model", "reml_loglik", "clusters", "note"), p -> {
            for (var x : c.mixed()) p.printRecord(x.feature(), x.groupField(), x.clusterField(), x.group(), x.reference(),
                    num(x.coefficient()), num(x.se()), num(x.z()), num(x.p()), num(x.modelMean()), num(x.olsMean()), num(x.cr1Se()), x.n(),
                    num(x.clusterVariance()), num(x.residualVariance()), num(x.icc()), num(x.remlLogLik()), x.clusters(), x.note());
        }));
        return out;
    }

    /** {@code pooled-ratios.csv}: the pooled ratio per feature and group ({@link org.framelab.stats.PooledRatio}). */
    private static Path pooled(List<org.framelab.stats.PooledRatio> rows, Path dir, boolean raw) throws IOException {
        return csv(raw, dir.resolve("pooled-ratios.csv"), org.framelab.stats.StatsCsv.POOLED_COLUMNS, p -> {
            for (var x : rows) p.printRecord(x.feature(), x.groupField(), x.group(), x.articles(), x.defined(), num(x.numerator()),
                    num(x.denominator()), num(x.ratio()), num(x.se()), num(x.ciLow()), num(x.ciHigh()), x.formula());
        });
    }

    /** The classifier tables: metrics, per class, confusion matrix, per group, importance, ablation. */
    private static List<Path> model(ModelReport m, Path dir, boolean raw) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(csv(raw, dir.resolve("model_metrics.csv"), List.of("metric", "value", "ci_low", "ci_high"), p -> {
            for (var x : m.metrics()) p.printRecord(x.name(), num(x.value()), num(x.ciLow()), num(x.ciHigh()));
        }));
        out.add(csv(raw, dir.resolve("model_per_class.csv"), List.of("class", "precision", "recall", "f1", "support"), p -> {
            for (var x : m.perClass()) p.printRecord(x.label(), num(x.precision()), num(x.recall()), num(x.f1()), x.support());
        }));
        List<String> ch = new ArrayList<>(List.of("true_label"));
        ch.addAll(m.labels());
        out.add(csv(raw, dir.resolve("model_confusion.csv"), ch, p -> {
            for (int i = 0; i < m.labels().size(); i++) {
                List<Object> rec = new ArrayList<>();
                rec.add(m.labels().get(i));
                for (long c : m.confusion()[i]) rec.add(c);
                p.printRecord(rec);
            }
        }));
        out.add(csv(raw, dir.resolve("model_per_group.csv"), List.of("group", "n", "accuracy", "macro_f1"), p -> {
            for (var x : m.perGroup()) p.printRecord(x.group(), x.n(), num(x.accuracy()), num(x.macroF1()));
        }));
        out.add(csv(raw, dir.resolve("importance.csv"), List.of("class", "feature", "importance"), p -> {
            for (var x : m.importance()) p.printRecord(x.classLabel(), x.feature(), num(x.value()));
        }));
        out.add(csv(raw, dir.resolve("ablation.csv"), List.of("feature_set", "macro_f1", "ci_low", "ci_high", "accuracy"), p -> {
            for (var x : m.ablation()) p.printRecord(x.name(), num(x.macroF1()), num(x.ciLow()), num(x.ciHigh()), num(x.accuracy()));
        }));
        return out;
    }

    /** {@code columns.csv}: the codebook, with each ratio's formula and missing-value rule. */
    private static Path columns(List<FeatureColumn> cols, Path dir, boolean raw) throws IOException {
        return csv(raw, dir.resolve("columns.csv"), List.of("column", "label", "family", "definition", "unit", "source", "computed_as",
                "missing_when"), p -> {
            for (FeatureColumn c : NgramSummary.codebook(cols)) {
                p.printRecord(c.name(), ColumnLabels.label(c), c.family(), c.definition(), c.unit(), c.source(), computedAs(c), missingWhen(c));
            }
        });
    }

    /** A ratio column's formula ({@code 1000 × x.count / text.tokens}); empty for other columns. */
    static String computedAs(FeatureColumn c) {
        return c.ratio() == null ? "" : c.ratio().formula();
    }

    /** When a ratio column is missing (empty): "the text has no reporting verb"; empty for columns never missing. */
    static String missingWhen(FeatureColumn c) {
        return c.ratio() == null ? "" : c.ratio().undefinedWhen();
    }

    /** A number as text: empty for NaN/infinite, integers without ".0", otherwise Java's shortest round-trip form. */
    public static String num(double v) {
        if (!Double.isFinite(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    interface Body {
        void print(CsvCells.Printer p) throws IOException;
    }

    static Path csv(boolean raw, Path file, List<String> header, Body body) throws IOException {
        AtomicFiles.writeText(file, w -> {
            CsvCells.Printer p = new CsvCells.Printer(w, "\n", raw);
            p.printRecord(header);
            body.print(p);
            p.flush();
        });
        return file;
    }
}
