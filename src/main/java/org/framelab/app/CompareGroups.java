package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.report.ReportData.ClusterRows;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.report.ReportData.MonthlyRow;
import org.framelab.report.ReportData.PairRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.stats.ClusterDesign;
import org.framelab.stats.ClusterTests;
import org.framelab.stats.Descriptives;
import org.framelab.stats.EffectIntervals;
import org.framelab.stats.GroupComparison;
import org.framelab.stats.GroupKey;
import org.framelab.stats.PooledRatio;
import org.framelab.stats.TestResult;
import org.framelab.stats.TimeSeries;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Compare groups: describe and test every feature across the values of a grouping field (an outlet,
 * a label, any input field, or a period of the date), with the chosen correction deciding
 * significance; and the monthly means. {@code compare}, the study runner and the GUI's Compare view
 * run this.
 *
 * <p>Articles of one outlet are not independent. When the articles are clustered (by the outlet, or the
 * request's cluster field) the comparison also runs the cluster-aware tests ({@link ClusterTests}): for a
 * nested design (the group is constant within each outlet, e.g. leaning) the test on outlet means and the
 * cluster permutation test; for a crossed one (the group varies within outlets, e.g. periods) a mixed model
 * and cluster-robust errors; the ICC of every feature by outlet either way. Significance and the order of the
 * features then come from those tests, the article-level ones are kept for reference, and the result carries
 * a warning saying so.
 */
public final class CompareGroups {
    private CompareGroups() {}

    /** Default significance level and correction. */
    public static final double DEFAULT_ALPHA = 0.05;
    public static final String DEFAULT_CORRECTION = "holm";
    /** Features whose monthly means are reported (the first of the chart features). */
    public static final int MONTHLY_FEATURES = 3;
    /** The cluster field that switches the cluster-aware tests off. */
    public static final String NO_CLUSTERS = "none";
    /** Seed of the Monte Carlo permutation tests when none is given (the study default). */
    public static final long DEFAULT_SEED = 42;

    /**
     * @param features   the columns to test; empty = every non-n-gram column (every column when there are only n-grams)
     * @param alpha      significance level
     * @param correction {@code holm} or {@code bh}: which adjusted p decides significance
     * @param clusterBy  the field whose values cluster the articles; null = the outlet when articles have one;
     *                   {@link #NO_CLUSTERS} = no cluster-aware tests
     * @param seed       seed of the Monte Carlo permutation tests
     * @param groups     the groups compared, as the data spells them ({@link GroupChoice}); empty = every group
     */
    public record Request(String groupField, List<String> features, double alpha, String correction, String clusterBy, long seed,
                          List<String> groups) {
        public Request {
            OptionException.check(groupField != null && !groupField.isBlank(), "group_by", groupField, "give a field, e.g. outlet");
            features = features == null ? List.of() : List.copyOf(features);
            OptionException.check(alpha > 0 && alpha < 1, "alpha", alpha, "between 0 and 1, e.g. 0.05");
            correction = correction == null ? DEFAULT_CORRECTION : correction.toLowerCase(Locale.ROOT);
            OptionException.check(correction.equals("holm") || correction.equals("bh"), "correction", correction, "holm or bh");
            clusterBy = clusterBy == null || clusterBy.isBlank() ? null : clusterBy.strip();
            if (clusterBy != null && clusterBy.equalsIgnoreCase(NO_CLUSTERS)) clusterBy = NO_CLUSTERS;
            List<String> g = new ArrayList<>();
            if (groups != null) for (String x : groups) if (x != null && !x.isBlank() && !g.contains(x.strip())) g.add(x.strip());
            OptionException.check(g.size() != 1, "groups", String.join(",", g), "name at least 2 groups to compare, or none for all");
            groups = List.copyOf(g);
        }

        /** Every group compared. */
        public Request(String groupField, List<String> features, double alpha, String correction, String clusterBy, long seed) {
            this(groupField, features, alpha, correction, clusterBy, seed, List.of());
        }

        /** Clustered by the outlet (when the articles have one), the default seed. */
        public Request(String groupField, List<String> features, double alpha, String correction) {
            this(groupField, features, alpha, correction, null, DEFAULT_SEED);
        }

        public static Request of(String groupField) {
            return new Request(groupField, List.of(), DEFAULT_ALPHA, DEFAULT_CORRECTION);
        }

        /** The same request comparing only {@code chosen} (empty: every group). */
        public Request withGroups(List<String> chosen) {
            return new Request(groupField, features, alpha, correction, clusterBy, seed, chosen);
        }
    }

    /**
     * Tests and descriptives as report rows, plus the group of every article.
     *
     * @param tests    report rows: the cluster-aware tests first (when the articles are clustered), then the article-level ones
     * @param design   how the groups relate to the clusters (kind NONE when there are no cluster-aware tests)
     * @param clusters the cluster-aware tests, or null when the design is NONE
     * @param clusterRows their report rows (design, ICC, permutation, mixed model)
     * @param warnings the design's warning first (when clustered), then the others
     * @param pooled the pooled ratio per group of every tested ratio feature ({@link PooledRatio}: sum of the
     *               numerators over sum of the denominators, with a 95% CI)
     * @param choice   the groups compared and the articles of the others left out ({@code keys} are null for them)
     * @param pairwise which groups differ, with 3 or more groups ({@link PairwiseRows}); empty with 2
     * @param counts   the tested features that are counts per article (unit "count": {@code text.tokens}, {@code *.count}),
     *                 whose differences between groups mostly reflect article length: the console and the GUI show them
     *                 after the rates, ratios and shares ({@link #lengthLast})
     */
    public record Result(Request request, GroupComparison.Report report, String[] keys, List<TestRow> tests,
                         List<GroupRow> groups, List<String> warnings, ClusterDesign design, ClusterTests.Report clusters,
                         ClusterRows clusterRows, List<PooledRatio> pooled, GroupChoice choice, List<PairRow> pairwise,
                         java.util.Set<String> counts) {
        /** Heading of the counts block in the console and the GUI. */
        public static final String COUNTS_HEADING = "counts (depend on article length)";

        /**
         * {@code items} with those of the rates, ratios and shares first and those of the counts after them, each part in
         * its given order ({@code feature} names an item's feature). Presentation only: no number or correction changes.
         */
        public <T> List<List<T>> lengthLast(List<T> items, java.util.function.Function<T, String> feature) {
            List<T> first = new ArrayList<>();
            List<T> last = new ArrayList<>();
            for (T t : items) (counts.contains(feature.apply(t)) ? last : first).add(t);
            return List.of(first, last);
        }

        /** True when the articles are clustered and the cluster-aware tests decide significance. */
        public boolean clustered() {
            return clusters != null;
        }

        /** The design's warning ("" when the articles are not clustered). */
        public String designWarning() {
            return clustered() && !warnings.isEmpty() ? warnings.get(0) : "";
        }

        /** The rows that decide significance: the cluster-aware ones when clustered, else all. */
        public List<TestRow> decisive() {
            return clustered() ? tests.stream().filter(t -> !t.articleLevel()).toList() : tests;
        }

        /** The tested features, most significant first (by the request's correction, then effect size; cluster-aware tests when clustered). */
        public List<String> bySignificance() {
            List<TestRow> sorted = new ArrayList<>(decisive());
            sorted.sort(Comparator.comparingDouble((TestRow t) -> {
                double p = request.correction().equals("bh") ? t.pBh() : t.pHolm();
                return Double.isNaN(p) ? 2 : p;
            }).thenComparingDouble(t -> -Math.abs(Double.isNaN(t.effect()) ? 0 : t.effect())).thenComparing(TestRow::feature));
            List<String> out = new ArrayList<>();
            for (TestRow t : sorted) if (!out.contains(t.feature())) out.add(t.feature());
            return out;
        }
    }

    /** Runs the tests on the table of the articles (parallel lists), the articles as read from a corpus (with their texts). */
    public static Result run(FeatureTable table, List<Article> articles, Request req, Progress progress) {
        return run(table, articles, req, progress, true);
    }

    /**
     * The same; {@code textsRead}: whether the articles carry the texts the table was computed from. False for a Spark
     * job's table ({@code report --from}), whose articles have no text by design: then no article is warned about as
     * having no text.
     */
    public static Result run(FeatureTable table, List<Article> articles, Request req, Progress progress, boolean textsRead) {
        progress.start("Testing features across " + req.groupField(), -1);
        String[] keys = GroupKey.of(articles, req.groupField());
        int noValue = (int) java.util.Arrays.stream(keys).filter(k -> k == null || k.isBlank()).count();
        GroupChoice choice = GroupChoice.apply(req.groupField(), keys, req.groups()); // the groups not chosen: no key, in no test
        for (int i = 0; i < keys.length; i++) {
            if (!articles.get(i).id().equals(table.rows().get(i).id())) throw new IllegalStateException("feature table out of step with the corpus");
        }
        List<String> features = tested(table, req.features());
        GroupComparison.Report tested = GroupComparison.analyse(table, req.groupField(), keys, features);
        // articles without a value are counted as such; those of groups not chosen are the choice's
        GroupComparison.Report rep = new GroupComparison.Report(tested.groupField(), tested.groups(), noValue, tested.tests(), tested.descriptives());
        ClusterDesign design = ClusterResults.design(articles, keys, req);
        String[] clusterOf = design.clustered() ? ClusterResults.clusters(articles, design.clusterField()) : null;
        ClusterTests.Report clusters = design.clustered() ? ClusterTests.analyse(table, features, design, keys, clusterOf, req.seed()) : null;
        String gf = req.groupField();
        List<TestResult> all = new ArrayList<>();
        if (clusters != null) all.addAll(clusters.tests());
        all.addAll(rep.tests());
        List<double[]> intervals = EffectIntervals.of(all); // in parallel, in the order of the tests
        progress.checkCancelled();
        List<PooledRatio> pooled = PooledRatio.byGroup(table, gf, keys, features);
        List<TestRow> tests = new ArrayList<>();
        int at = 0;
        if (clusters != null) {
            String level = design.kind() == ClusterDesign.Kind.NESTED ? TestRow.CLUSTER : TestRow.MIXED;
            for (TestResult t : clusters.tests()) tests.add(row(t, intervals.get(at++), gf, req, level, true));
        }
        for (TestResult t : rep.tests()) tests.add(row(t, intervals.get(at++), gf, req, TestRow.ARTICLE, clusters == null));
        List<GroupRow> groups = new ArrayList<>();
        rep.descriptives().forEach((feature, ds) -> {
            for (Descriptives d : ds) groups.add(new GroupRow(feature, gf, d.group(), d.n(), d.mean(), d.sd(), d.median(), d.q1(), d.q3(),
                    d.ciLow(), d.ciHigh(), d.missing()));
        });
        List<String> warnings = new ArrayList<>(ClusterResults.warnings(design, clusters, req.alpha()));
        if (choice.restricted()) warnings.add(choice.describe());
        String noPairs = PairwiseRows.missing(rep.groups().size());
        if (!noPairs.isEmpty()) warnings.add(noPairs);
        String empty = textsRead ? org.framelab.corpus.Corpora.emptyTextWarning(articles) : "";
        if (!empty.isEmpty()) warnings.add(empty);
        if (rep.rowsWithoutGroup() > 0) {
            String w = rep.rowsWithoutGroup() + " articles have no value for '" + gf + "' and are left out of its groups";
            // a period: say how many of them have a date value FrameLab could not read (else they look like undated articles)
            String d = org.framelab.stats.GroupKey.PERIODS.contains(gf) && articles != null
                    ? org.framelab.corpus.Dates.unreadable(articles).describe() : "";
            warnings.add(d.isEmpty() ? w : w + "; " + d.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + d.substring(1));
        }
        ClusterRows rows = ClusterResults.rows(clusters, warnings.isEmpty() ? "" : warnings.get(0), req.alpha(), req.correction().equals("bh"));
        List<PairRow> pairwise = PairwiseRows.of(table, keys, features, tests, req, design, clusterOf);
        progress.done();
        java.util.Set<String> counts = new java.util.HashSet<>();
        java.util.Set<String> testedSet = new java.util.HashSet<>(features);
        for (FeatureColumn c : table.columns()) if ("count".equalsIgnoreCase(c.unit()) && testedSet.contains(c.name())) counts.add(c.name());
        return new Result(req, rep, keys, tests, groups, warnings, design, clusters, rows, pooled, choice, pairwise, java.util.Set.copyOf(counts));
    }

    /** A test as a report row with its effect's interval {@code ci}; {@code decides}: whether its adjusted p may mark it significant. */
    private static TestRow row(TestResult t, double[] ci, String gf, Request req, String level, boolean decides) {
        double p = req.correction().equals("bh") ? t.pBh() : t.pHolm();
        return new TestRow(t.feature(), gf, t.test(), t.groups().size(), t.statistic(), t.df(), t.p(), t.pHolm(), t.pBh(),
                t.effectName(), t.effect(), decides && p < req.alpha(), level, ci[0], ci[1], t.df2(), t.note());
    }

    /** The columns tested: the ones asked for (checked), else every non-n-gram column. */
    static List<String> tested(FeatureTable table, List<String> asked) {
        if (!asked.isEmpty()) {
            check(table.columns(), asked);
            return asked;
        }
        return defaultFeatures(table);
    }

    /**
     * The columns tested when none are asked for, as {@code compare}, {@code report}, a study file and the
     * desktop application's Compare view all test them: every non-n-gram column (the length counts
     * {@code text.tokens} and {@code text.sentences} included), in table order; every column when all are n-grams.
     */
    public static List<String> defaultFeatures(FeatureTable table) {
        List<String> out = new ArrayList<>();
        for (FeatureColumn c : table.columns()) if (!c.isNgram()) out.add(c.name());
        if (out.isEmpty()) for (FeatureColumn c : table.columns()) out.add(c.name());
        return out;
    }

    /** Checks that every feature asked for is one of the columns (before they are computed), naming similar ones. */
    public static void check(List<FeatureColumn> columns, List<String> asked) {
        List<String> names = columns.stream().map(FeatureColumn::name).toList();
        {
            for (String f : asked) {
                if (!names.contains(f)) {
                    String stem = f.contains(".") ? f.substring(0, f.indexOf('.')) : f;
                    List<String> near = names.stream().filter(k -> k.startsWith(stem)).limit(12).toList();
                    throw new OptionException("features", f, "not a computed feature column" + (near.isEmpty() ? "" : "; similar: " + String.join(", ", near))
                            + "; list them with framelab features --list-features");
                }
            }
        }
    }

    /**
     * Monthly means of the comparison {@code r}'s features ({@link #monthly(FeatureTable, List, String)}) over the articles
     * of the groups it compared: those of groups not chosen ({@link GroupChoice}) are left out, as from its tests.
     */
    public static List<MonthlyRow> monthly(FeatureTable table, List<String> features, Result r) {
        if (!r.choice().restricted()) return monthly(table, features, r.request().groupField());
        List<FeatureTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) if (r.keys()[i] != null) rows.add(table.rows().get(i));
        return monthly(new FeatureTable(table.columns(), rows), features, r.request().groupField());
    }

    /**
     * Monthly means of {@code features} per value of {@code groupField} (overall when the field is not
     * part of the table: not the outlet, a label or a period); empty when no article has a date.
     */
    public static List<MonthlyRow> monthly(FeatureTable table, List<String> features, String groupField) {
        List<MonthlyRow> out = new ArrayList<>();
        if (table.rows().stream().noneMatch(r -> r.date() != null)) return out;
        boolean tableField = groupField != null && (groupField.equals("outlet")
                || table.rows().stream().limit(200).anyMatch(r -> r.labels().containsKey(groupField)));
        String g = tableField ? groupField : null;
        for (String f : features.subList(0, Math.min(MONTHLY_FEATURES, features.size()))) {
            for (TimeSeries.Point p : TimeSeries.monthly(table, f, g)) out.add(new MonthlyRow(f, groupField, p.group(), p.period(), p.n(), p.mean()));
        }
        return out;
    }
}
