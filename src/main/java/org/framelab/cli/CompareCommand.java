package org.framelab.cli;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.features.FeatureTable;
import org.framelab.features.FittedFeatures;
import org.framelab.stats.ChiSquareResult;
import org.framelab.stats.Contingency;
import org.framelab.stats.Descriptives;
import org.framelab.stats.GroupComparison;
import org.framelab.stats.GroupKey;
import org.framelab.stats.StatsCsv;
import org.framelab.stats.TestResult;
import org.framelab.util.AtomicFiles;
import org.framelab.util.Json;
import org.framelab.util.OptionException;
import org.framelab.app.CompareGroups;
import org.framelab.app.FeatureStep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.framelab.util.Json.num;

/** {@code framelab compare PATH --group-by FIELD}: do feature values differ between groups? */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Test whether framing features differ between groups (outlets, leanings, labels, periods).",
                "2 groups: Welch t-test (Cohen's d) and Mann-Whitney U (Cliff's delta).",
                "3+ groups: one-way ANOVA and Welch ANOVA (eta squared), Kruskal-Wallis (epsilon squared).",
                "Holm and Benjamini-Hochberg corrections across all features tested.",
                "Articles clustered in outlets: tests on outlet means and a cluster permutation test when the group is constant",
                "within outlets (e.g. leaning), a mixed model and cluster-robust tests when it varies within them, ICC by outlet.",
                "Methods and output fields: docs/stats.md."})
public final class CompareCommand implements Callable<Integer> {
    @CommandLine.Mixin StandardExitCodes exitCodes;

    @CommandLine.Mixin
    InputArgs input;

    @Option(names = "--group-by", required = true, paramLabel = "FIELD",
            description = "outlet, a label or any other field of the data, or a period of the date: year, quarter, month, week, day.")
    String groupBy;

    @Option(names = "--groups", split = ",", paramLabel = "VALUE",
            description = "Compare only these groups of the --group-by field (comma-separated, as the data spells them, e.g. \"Fox News,Reuters\"; "
                    + "default: every group). Articles of the other groups are left out of the tests and counted.")
    List<String> groups = new ArrayList<>();

    @WritesTo
    @Option(names = "--pairwise", paramLabel = "FILE",
            description = "With 3 or more groups: write which groups differ (Games-Howell and Dunn's test per feature and pair) as CSV to FILE.")
    Path pairwiseOut;

    @Option(names = "--features", split = ",", paramLabel = "NAME",
            description = "Feature columns to test (comma-separated; default: every column of the families).")
    List<String> features = new ArrayList<>();

    @CommandLine.Mixin
    FeatureCliOptions featureOptions;

    @Option(names = "--crosstab", paramLabel = "FIELD",
            description = "Also test whether the categorical FIELD (e.g. a label) is independent of the group (chi-square).")
    String crosstab;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Significance level used to mark rows in the table (on Holm-adjusted p; default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Threads for feature extraction (0 = all cores).")
    int threads;

    @Option(names = "--json", description = "Print JSON (stable field names, see docs/stats.md).")
    boolean json;

    @WritesTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the tests as CSV to FILE.")
    Path output;

    @CommandLine.Mixin RawCsvOption csv;

    @WritesTo
    @Option(names = "--descriptives", paramLabel = "FILE", description = "Write the descriptives per feature and group as CSV to FILE.")
    Path descriptivesOut;

    @Option(names = "--cluster-by", paramLabel = "FIELD|none",
            description = "Field whose values cluster the articles (default: outlet, when the articles have one); none = no cluster-aware tests.")
    String clusterBy;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the Monte Carlo cluster permutation tests (used when there are too many assignments to enumerate; default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--correction", paramLabel = "holm|bh", defaultValue = CompareGroups.DEFAULT_CORRECTION,
            description = "Which adjusted p-value marks a row as significant: holm or bh (default: ${DEFAULT-VALUE}).")
    String correction;

    @WritesTo
    @Option(names = "--pooled-ratios", paramLabel = "FILE",
            description = "Write the pooled ratio per ratio feature and group (sum of numerators / sum of denominators, 95%% CI) as CSV to FILE.")
    Path pooledOut;

    @Override
    public Integer call() throws Exception {
        if (threads < 0) throw new OptionException("threads", threads, "0 = all cores, or the number of threads");
        ConsoleProgress progress = new ConsoleProgress(input.err());
        Corpus c = input.read(progress);
        groupBy = c.provenance().mapping().role(groupBy); // --group-by source: the outlet, as train reads it
        if (clusterBy != null && !clusterBy.equalsIgnoreCase("none")) clusterBy = c.provenance().mapping().role(clusterBy);
        CompareGroups.Request req = new CompareGroups.Request(groupBy, features, alpha, correction, clusterBy, seed, groups);
        List<Article> articles = c.articles();
        // a field no article has, or groups it does not have, are mistakes found before the features are computed
        org.framelab.app.GroupChoice.apply(groupBy, GroupKey.of(articles, groupBy), req.groups());
        String[] other = crosstab == null ? null : crosstabValues(articles, crosstab);
        FeatureStep.Fitted fitted = FeatureStep.fit(articles, featureOptions.toFeatureOptions(), progress);
        CompareGroups.check(fitted.features().columns(), features); // before the features are computed
        FeatureTable table = FeatureStep.table(fitted, articles, threads, progress);
        CompareGroups.Result result = CompareGroups.run(table, articles, req, progress);
        GroupComparison.Report rep = result.report();
        ChiSquareResult chi = null;
        if (other != null) chi = Contingency.chiSquare(result.keys(), other);
        List<TestResult> clusterTests = result.clustered() ? result.clusters().tests() : List.of();
        String level = result.clustered() && !result.decisive().isEmpty() ? result.decisive().get(0).level() : "cluster";
        // with the effect sizes' 95% intervals, as the report's tests.csv, the workbook and the GUI's export give them
        if (output != null) AtomicFiles.writeText(output, w -> StatsCsv.writeTests(clusterTests, level, rep.tests(), intervals(result), w, csv.raw));
        if (descriptivesOut != null) AtomicFiles.writeText(descriptivesOut, w -> StatsCsv.writeDescriptives(rep.descriptives(), w, csv.raw));
        if (pooledOut != null) AtomicFiles.writeText(pooledOut, w -> StatsCsv.writePooled(result.pooled(), w, csv.raw));
        if (pairwiseOut != null) AtomicFiles.writeText(pairwiseOut, w -> org.framelab.report.PairwiseSheet.writeCsv(result.pairwise(), w, csv.raw));
        PrintWriter out = input.out();
        var prov = c.provenance();
        if (json) {
            Map<String, Object> doc = toJson(result, chi, crosstab);
            doc.put("rowsSkipped", prov.rowsSkipped());
            doc.put("skippedRows", prov.skippedSample().stream().map(Object::toString).toList());
            doc.put("pooledRatios", UndefinedRatiosText.json(result.pooled()));
            out.println(Json.pretty(doc));
        } else {
            // --skip-bad: the rows left out of every test are named, never dropped without a word
            if (CorpusInput.printSkippedRows(out, prov)) out.println();
            out.print(text(result, chi, crosstab));
            out.print(UndefinedRatiosText.text(result));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Values of the --crosstab field; a field no article has is a usage error (checked before the features are computed). */
    static String[] crosstabValues(List<Article> articles, String field) {
        String[] other = new String[articles.size()];
        LinkedHashSet<String> fields = new LinkedHashSet<>(List.of("outlet"));
        int found = 0;
        for (int i = 0; i < other.length; i++) {
            Article a = articles.get(i);
            other[i] = a.field(field);
            if (other[i] != null && !other[i].isBlank()) found++;
            if (i < 1000) {
                fields.addAll(a.fieldNames());
            }
        }
        if (found == 0 && !articles.isEmpty()) {
            throw new org.framelab.util.FieldNotInDataException("crosstab", field, "no article has a value for it; fields found: " + String.join(", ", fields));
        }
        return other;
    }

    /** The effect sizes' 95% intervals ({low, high}) of the tests in the order written: the cluster-aware ones first, then the article-level. */
    static List<double[]> intervals(CompareGroups.Result r) {
        return r.tests().stream().map(t -> new double[]{t.effectLow(), t.effectHigh()}).toList();
    }

    /** A test with its effect's 95% interval {@code ci}. */
    static Map<String, Object> testJson(TestResult t, double[] ci) {
        Map<String, Object> o = testJson(t);
        o.put("effectLow", num(ci[0]));
        o.put("effectHigh", num(ci[1]));
        return o;
    }

    static Map<String, Object> testJson(TestResult t) {
        return Json.object("feature", t.feature(), "test", t.test(),
                "statistic", num(t.statistic()), "df", num(t.df()), "df2", num(t.df2()),
                "p", num(t.p()), "pHolm", num(t.pHolm()), "pBh", num(t.pBh()),
                "effectName", t.effectName(), "effect", num(t.effect()), "groups", t.groups(), "n", t.n(),
                "means", t.means().stream().map(Json::num).toList(), "note", t.note());
    }

    /** JSON: the groups, the design and the cluster-aware tests (when clustered) first, then the article-level tests. */
    static Map<String, Object> toJson(CompareGroups.Result result, ChiSquareResult chi, String crosstab) {
        GroupComparison.Report rep = result.report();
        List<Map<String, Object>> tests = new ArrayList<>();
        List<double[]> ci = intervals(result);
        int at = result.clustered() ? result.clusters().tests().size() : 0; // the article-level tests follow the cluster-aware ones
        for (TestResult t : rep.tests()) {
            Map<String, Object> o = testJson(t, ci.get(at++));
            o.put("level", "article");
            tests.add(o);
        }
        List<Map<String, Object>> desc = new ArrayList<>();
        rep.descriptives().forEach((f, list) -> {
            for (Descriptives d : list) {
                desc.add(Json.object("feature", f, "group", d.group(), "n", d.n(), "missing", d.missing(),
                        "mean", num(d.mean()), "sd", num(d.sd()), "median", num(d.median()),
                        "q1", num(d.q1()), "q3", num(d.q3()), "iqr", num(d.iqr()), "min", num(d.min()), "max", num(d.max()),
                        "ciLow", num(d.ciLow()), "ciHigh", num(d.ciHigh())));
            }
        });
        Map<String, Object> m = Json.object("groupBy", rep.groupField(), "groups", rep.groups(), "rowsWithoutGroup", rep.rowsWithoutGroup());
        m.put("groupsChosen", result.choice().restricted());
        m.put("articlesNotChosen", result.choice().articlesLeftOut());
        m.put("groupsNotChosen", result.choice().leftOut());
        ClusterText.json(m, result);
        m.put("tests", tests);
        m.put("descriptives", desc);
        m.put("pairwise", PairwiseText.json(result.pairwise()));
        if (chi != null) {
            m.put("chiSquare", Json.object("field", crosstab, "rows", chi.rows(), "columns", chi.columns(), "counts", chi.counts(),
                    "statistic", num(chi.statistic()), "df", chi.df(), "p", num(chi.p()), "n", chi.n(),
                    "cramersV", num(chi.cramersV()), "warnings", chi.warnings()));
        }
        return m;
    }

    /**
     * The console report: when the articles are clustered in outlets, the warning and the cluster-aware tests first, then
     * the article-level tests (not starred: for reference only); the means by group; the chi-square test.
     */
    static String text(CompareGroups.Result result, ChiSquareResult chi, String crosstab) {
        GroupComparison.Report rep = result.report();
        CompareGroups.Request req = result.request();
        StringBuilder sb = new StringBuilder();
        sb.append("Groups by '").append(rep.groupField()).append("': ").append(String.join(", ", rep.groups()));
        if (rep.rowsWithoutGroup() > 0) sb.append(String.format(Locale.ROOT, "  (%,d rows without a value left out)", rep.rowsWithoutGroup()));
        sb.append('\n');
        if (result.choice().restricted()) sb.append(result.choice().describe()).append('\n');
        sb.append('\n');
        if (result.clustered()) {
            ClusterText.section(sb, result);
            sb.append("Article-level tests (assume independent articles; shown for reference only, not starred)\n");
        } else if (result.warnings().stream().anyMatch(w -> !w.equals(result.choice().describe()))) {
            ClusterText.warnings(sb, result); // e.g. no pairs for too many groups, texts that are empty: as the study and the GUI say
            sb.append('\n');
        }
        testTable(sb, rep.tests(), req, !result.clustered(), result);
        if (!result.clustered()) footnote(sb, req, rep.descriptives().size());
        int fw = Math.max(7, rep.tests().stream().mapToInt(t -> t.feature().length()).max().orElse(7));
        means(sb, rep, fw, result);
        PairwiseText.section(sb, result);
        if (chi != null) {
            sb.append(String.format(Locale.ROOT, "%nChi-square test of independence: '%s' x '%s'%n", rep.groupField(), crosstab));
            sb.append(String.format(Locale.ROOT, "  X2 = %s, df = %d, p = %s, Cramer's V = %s, N = %,d%n",
                    f(chi.statistic(), 3), chi.df(), p(chi.p()), f(chi.cramersV(), 3), chi.n()));
            for (String w : chi.warnings()) sb.append("  warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    /**
     * A table of tests; {@code marks}: star the rows whose adjusted p is below alpha. The rates, ratios and shares come
     * first, the counts after them under their own heading ({@link CompareGroups.Result#lengthLast}).
     */
    static void testTable(StringBuilder sb, List<TestResult> tests, CompareGroups.Request req, boolean marks, CompareGroups.Result r) {
        double alpha = req.alpha();
        boolean bh = req.correction().equals("bh");
        int fw = Math.max(7, tests.stream().mapToInt(t -> t.feature().length()).max().orElse(7));
        int tw = Math.max(4, tests.stream().mapToInt(t -> t.test().length()).max().orElse(4));
        sb.append(String.format(Locale.ROOT, "%-" + fw + "s  %-" + tw + "s %10s %10s %10s %10s %10s  %-22s%n",
                "feature", "test", "statistic", "df", "p", "p_holm", "p_bh", "effect"));
        List<List<TestResult>> parts = r.lengthLast(tests, TestResult::feature);
        for (int part = 0; part < 2; part++) {
            if (part == 1 && !parts.get(1).isEmpty()) sb.append("-- ").append(CompareGroups.Result.COUNTS_HEADING).append(" --\n");
            for (TestResult t : parts.get(part)) {
                String df = Double.isNaN(t.df()) ? "" : Double.isNaN(t.df2()) ? df(t.df()) : df(t.df()) + "," + df(t.df2());
                String eff = Double.isNaN(t.effect()) ? "" : t.effectName() + " " + f(t.effect(), 3);
                String mark = marks && (bh ? t.pBh() : t.pHolm()) < alpha ? " *" : "";
                sb.append(String.format(Locale.ROOT, "%-" + fw + "s  %-" + tw + "s %10s %10s %10s %10s %10s  %-22s%s%n",
                        t.feature(), t.test(), f(t.statistic(), 3), df, p(t.p()), p(t.pHolm()), p(t.pBh()), eff, mark));
                if (!t.note().isEmpty() && Double.isNaN(t.p())) sb.append("      ").append(t.note()).append('\n');
            }
        }
    }

    static void footnote(StringBuilder sb, CompareGroups.Request req, int features) {
        sb.append(String.format(Locale.ROOT, "%n* %s-adjusted p < %s. Holm/BH families: each test across the %d features.%n",
                req.correction().equals("bh") ? "Benjamini-Hochberg" : "Holm",
                new java.math.BigDecimal(Double.toString(req.alpha())).toPlainString(), features));
    }

    /** The means table: one column per group up to {@link #WIDE_GROUPS} groups, else one line per feature and group. */
    private static void means(StringBuilder sb, GroupComparison.Report rep, int fw, CompareGroups.Result r) {
        List<String> groups = rep.groups();
        List<List<Map.Entry<String, List<Descriptives>>>> parts = r.lengthLast(new ArrayList<>(rep.descriptives().entrySet()), Map.Entry::getKey);
        if (groups.size() <= WIDE_GROUPS) {
            sb.append("\nMeans by group (95% CI)\n");
            int gw = Math.max(22, groups.stream().mapToInt(String::length).max().orElse(0) + 2);
            sb.append(String.format(Locale.ROOT, "%-" + fw + "s", "feature"));
            for (String g : groups) sb.append(String.format(Locale.ROOT, "  %" + gw + "s", g));
            sb.append('\n');
            forEach(parts, (feature, list) -> {
                if (feature == null) {
                    sb.append("-- ").append(CompareGroups.Result.COUNTS_HEADING).append(" --\n");
                    return;
                }
                sb.append(String.format(Locale.ROOT, "%-" + fw + "s", feature));
                Map<String, Descriptives> byGroup = new LinkedHashMap<>();
                for (Descriptives d : list) byGroup.put(d.group(), d);
                for (String g : groups) {
                    Descriptives d = byGroup.get(g);
                    sb.append(String.format(Locale.ROOT, "  %" + gw + "s", d == null ? "-" : meanCi(d)));
                }
                sb.append('\n');
            });
            sb.append("n per group: ");
            if (!rep.descriptives().isEmpty()) {
                List<String> ns = new ArrayList<>();
                for (Descriptives d : rep.descriptives().values().iterator().next()) ns.add(d.group() + " " + d.n());
                sb.append(String.join(", ", ns));
            }
            sb.append('\n');
        } else {
            sb.append(String.format(Locale.ROOT, "%nMeans by group (95%% CI), %d groups%n", groups.size()));
            int gw = Math.max(5, groups.stream().mapToInt(String::length).max().orElse(0));
            sb.append(String.format(Locale.ROOT, "%-" + fw + "s  %-" + gw + "s %8s  %s%n", "feature", "group", "n", "mean [95% CI]"));
            forEach(parts, (feature, list) -> {
                if (feature == null) {
                    sb.append("-- ").append(CompareGroups.Result.COUNTS_HEADING).append(" --\n");
                    return;
                }
                for (Descriptives d : list) {
                    sb.append(String.format(Locale.ROOT, "%-" + fw + "s  %-" + gw + "s %,8d  %s%n", feature, d.group(), d.n(), meanCi(d)));
                }
            });
        }
    }

    /** The features of both parts in order, the counts' heading between them. */
    private static void forEach(List<List<Map.Entry<String, List<Descriptives>>>> parts, java.util.function.BiConsumer<String, List<Descriptives>> row) {
        for (int part = 0; part < parts.size(); part++) {
            if (part == 1 && !parts.get(1).isEmpty()) row.accept(null, null);
            for (Map.Entry<String, List<Descriptives>> e : parts.get(part)) row.accept(e.getKey(), e.getValue());
        }
    }

    /** Up to this many groups the means table is one column per group; beyond, one line per feature and group. */
    static final int WIDE_GROUPS = 6;

    static String meanCi(Descriptives d) {
        if (d.n() == 0) return "-";
        return f(d.mean(), 3) + (Double.isNaN(d.ciLow()) ? "" : " [" + f(d.ciLow(), 2) + ", " + f(d.ciHigh(), 2) + "]");
    }

    /** Degrees of freedom: whole numbers as integers, Welch's fractional df with one decimal. */
    static String df(double d) {
        return Math.abs(d - Math.rint(d)) < 1e-9 ? String.format(Locale.ROOT, "%d", Math.round(d)) : f(d, 1);
    }

    static String f(double d, int digits) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f", d);
    }

    static String p(double p) {
        if (Double.isNaN(p)) return "n/a";
        if (p < 0.0001) return "<0.0001";
        return String.format(Locale.ROOT, "%.4f", p);
    }
}
