package org.framelab.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.framelab.app.CompareGroups;
import org.framelab.app.FeatureStep;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureTable;
import org.framelab.report.CsvTables;
import org.framelab.report.ReportData;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.report.ReportData.TermRow;
import org.framelab.stats.ChiSquareResult;
import org.framelab.stats.Contingency;
import org.framelab.stats.Descriptives;
import org.framelab.stats.GroupKey;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The aggregates computed in a local[2] Spark session equal the local descriptives: the report's group rows
 * ({@link CompareGroups}) to 1e-9 and its groups.csv byte for byte, the contingency tables of
 * {@link Contingency}, and the top entries of the terms table ({@link FeatureStep#terms}).
 */
class SparkAggregateTest {
    static JavaSparkContext jsc;
    static FeatureStep.Fitted fitted;

    @BeforeAll
    static void session() throws Exception {
        jsc = JavaSparkContext.fromSparkContext(SparkTestSupport.spark().sparkContext());
        fitted = FeatureStep.fit(List.of(), FeatureSets.parse(FeatureOptions.defaults()), Progress.NONE);
    }

    @Test
    void demoCorpusByOutletLeaningAndMonth(@TempDir Path tmp) throws Exception {
        List<Article> articles = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), null).articles();
        assertThat(articles).hasSize(233);
        SparkAggregate.Request req = new SparkAggregate.Request(List.of("outlet", "leaning", "month"), List.of("leaning", "topic"), 5);
        SparkAggregate.Result r = SparkAggregate.run(jsc.parallelize(articles, 3), fitted.features(), req);

        assertThat(r.articles()).isEqualTo(233);
        assertThat(r.withoutGroup()).containsEntry("outlet", 0L).containsEntry("leaning", 0L);
        List<GroupRow> local = sameAsLocal(articles, req, r, tmp);
        assertThat(local.stream().filter(g -> g.groupField().equals("outlet")).map(GroupRow::group).distinct()).hasSize(9);
        assertThat(local.stream().filter(g -> g.groupField().equals("leaning")).map(GroupRow::group).distinct())
                .containsExactlyInAnyOrder("left", "center", "right");
        assertThat(local.stream().filter(g -> g.groupField().equals("month")).map(GroupRow::group).distinct().count()).isGreaterThan(1);
        // leaning x outlet: every outlet has one leaning (the demo's design), in the categories of the outlet grouping
        assertThat(r.categories()).filteredOn(c -> c.groupField().equals("outlet") && c.categoryField().equals("leaning") && c.count() > 0)
                .hasSize(9).allMatch(c -> c.count() == c.groupTotal());
        assertThat(r.topTerms()).anyMatch(t -> t.family().equals("quotation") && t.category().equals("scare"))
                .anyMatch(t -> t.family().equals("attribution") && t.category().equals("evaluative"));
    }

    @Test
    void partitioningDoesNotChangeTheNumbers() throws Exception {
        List<Article> articles = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), null).articles();
        SparkAggregate.Request req = new SparkAggregate.Request(List.of("leaning"), List.of("topic"), 3);
        SparkAggregate.Result one = SparkAggregate.run(jsc.parallelize(articles, 1), fitted.features(), req);
        SparkAggregate.Result seven = SparkAggregate.run(jsc.parallelize(articles, 7), fitted.features(), req);
        assertThat(AggregateTables.of(seven, false)).isEqualTo(AggregateTables.of(one, false));
    }

    @Test
    void babeByTypeAndLabel(@TempDir Path tmp) throws Exception {
        Path file = SparkTestSupport.shared("datasets/babe/final_labels_SG2.csv");
        List<Article> articles = Corpora.read(file, ReadOptions.defaults(), null).articles();
        assertThat(articles).hasSize(3_674);
        SparkAggregate.Request req = new SparkAggregate.Request(List.of("type", "label_bias"), List.of("label_bias", "label_opinion", "type"), 10);
        SparkAggregate.Result r = SparkAggregate.run(jsc.parallelize(articles, 4), fitted.features(), req);
        assertThat(r.articles()).isEqualTo(3_674);
        sameAsLocal(articles, req, r, tmp);
        // the published counts (RealDataTest): type left 989, right 993, center 692; 1,000 sentences have no type
        assertThat(r.withoutGroup()).containsEntry("type", 1_000L).containsEntry("label_bias", 0L);
        Map<String, Long> byType = new LinkedHashMap<>();
        r.categories().stream().filter(c -> c.groupField().equals("label_bias") && c.categoryField().equals("type"))
                .forEach(c -> byType.merge(c.category(), c.count(), Long::sum));
        assertThat(byType).containsExactly(Map.entry("center", 692L), Map.entry("left", 989L), Map.entry("right", 993L));
        // a ratio is undefined in a sentence without its denominator (no reporting verb): missing, as locally
        assertThat(r.groups()).anyMatch(g -> g.missing() > 0);
        // the one "No agreement" sentence is a group of one: n 1, no sd, no interval
        assertThat(r.groups()).filteredOn(g -> g.group().equals("No agreement")).isNotEmpty()
                .allMatch(g -> g.n() + g.missing() == 1 && Double.isNaN(g.sd()) && Double.isNaN(g.ciLow()));
    }

    @Test
    void unknownGroupFieldNamesTheFields() throws Exception {
        List<Article> articles = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), null).articles();
        SparkAggregate.Request req = new SparkAggregate.Request(List.of("outlet", "bais"), List.of(), 5);
        assertThatThrownBy(() -> SparkAggregate.run(jsc.parallelize(articles, 2), fitted.features(), req))
                .isInstanceOf(OptionException.class).hasMessageContaining("bais").hasMessageContaining("fields found")
                .hasMessageContaining("leaning").hasMessageContaining("topic");
        SparkAggregate.Request cat = new SparkAggregate.Request(List.of("outlet"), List.of("stance"), 5);
        assertThatThrownBy(() -> SparkAggregate.run(jsc.parallelize(articles, 2), fitted.features(), cat))
                .isInstanceOf(OptionException.class).hasMessageContaining("stance").hasMessageContaining("leaning");
        assertThatThrownBy(() -> new SparkAggregate.Request(List.of("outlet"), List.of(), 0)).isInstanceOf(OptionException.class);
        assertThatThrownBy(() -> new SparkAggregate.Request(List.of("outlet", "outlet"), List.of(), 5)).isInstanceOf(OptionException.class);
    }

    @Test
    void commandWritesTheLocalGroupsCsv(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("agg");
        SparkTestSupport.Run run = SparkTestSupport.spark("aggregate", "datasets/demo/articles.jsonl",
                "-o", out.toString(), "--group-by", "leaning,outlet", "--categories", "topic", "--top", "3", "--master", "local[2]");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("articles:   233").contains("group by outlet: 9 groups");
        // the report's groups.csv of the same corpus as the local reader reads it
        List<Article> articles = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), null).articles();
        FeatureTable table = FeatureExtraction.table(fitted.features(), articles, 2, Progress.NONE);
        List<GroupRow> local = new ArrayList<>();
        for (String gf : List.of("leaning", "outlet")) {
            local.addAll(CompareGroups.run(table, articles, new CompareGroups.Request(gf, List.of(), 0.05, "holm", CompareGroups.NO_CLUSTERS, 42),
                    Progress.NONE).groups());
        }
        Path dir = Files.createDirectories(tmp.resolve("local"));
        CsvTables.write(new ReportData("local", List.of(), table, table.columns(), local, List.of(), List.of(), List.of(), List.of(), null,
                List.of(), List.of(), List.of()), dir);
        assertThat(Files.readString(out.resolve("groups.csv"))).isEqualTo(Files.readString(dir.resolve("groups.csv")));
        assertThat(Files.readAllLines(out.resolve("categories.csv"))).first().isEqualTo(String.join(",", AggregateTables.CATEGORIES));
        assertThat(Files.readAllLines(out.resolve("categories.csv"))).hasSize(1 + (3 + 9) * 6); // 6 topics, zero cells included
        assertThat(Files.readAllLines(out.resolve("top-terms.csv"))).first().isEqualTo(String.join(",", AggregateTables.TOP_TERMS));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"job\" : \"aggregate\"").contains("\"bad_rows\" : 0").contains("\"group_by\" : [ \"leaning\", \"outlet\" ]")
                .contains("\"spark_version\"").contains("\"groups.csv\" : " + local.size());

        // a field no article has: exit 3 (bad input, as in the local commands), the fields found named, nothing written
        Path none = tmp.resolve("none");
        SparkTestSupport.Run bad = SparkTestSupport.spark("aggregate", "datasets/demo/articles.jsonl", "-o", none.toString(),
                "--group-by", "outlet,bais");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("--group-by").contains("bais").contains("leaning").doesNotContain("Exception");
        assertThat(none).doesNotExist();
    }

    @Test
    void valueCountsMergeToTheLocalDescriptives() {
        Random rnd = new Random(7);
        double[] v = new double[5_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (i % 5) {
                case 0 -> Double.NaN;
                case 1 -> 0.0;
                case 2 -> -0.0;
                case 3 -> rnd.nextInt(4);
                default -> rnd.nextGaussian() * 1e3;
            };
        }
        ValueCounts a = new ValueCounts(), b = new ValueCounts(), c = new ValueCounts();
        for (int i = 0; i < v.length; i++) (i < 1_700 ? a : i < 1_800 ? b : c).add(v[i]);
        ValueCounts merged = c.merge(a).merge(b);
        assertThat(merged.describe("g")).isEqualTo(Descriptives.of("g", v));
        assertThat(merged.n()).isEqualTo(4_000);
        assertThat(merged.missing()).isEqualTo(1_000);
    }

    // ---------------------------------------------------------------------------------------------

    /** Asserts the Spark result equals the local computation; returns the local group rows. */
    private static List<GroupRow> sameAsLocal(List<Article> articles, SparkAggregate.Request req, SparkAggregate.Result r, Path tmp)
            throws Exception {
        FeatureTable table = FeatureExtraction.table(fitted.features(), articles, 2, Progress.NONE);
        List<GroupRow> local = new ArrayList<>();
        for (String gf : req.groupFields()) {
            local.addAll(CompareGroups.run(table, articles, new CompareGroups.Request(gf, List.of(), 0.05, "holm", CompareGroups.NO_CLUSTERS, 42),
                    Progress.NONE).groups());
        }
        assertThat(r.groups()).hasSize(local.size()).hasSizeGreaterThan(100);
        for (int i = 0; i < local.size(); i++) {
            GroupRow l = local.get(i), s = r.groups().get(i);
            assertThat(List.of(s.feature(), s.groupField(), s.group())).as("row %d", i).isEqualTo(List.of(l.feature(), l.groupField(), l.group()));
            assertThat(s.n()).as("n %s", l).isEqualTo(l.n());
            assertThat(s.missing()).as("missing %s", l).isEqualTo(l.missing());
            double[] lv = {l.mean(), l.sd(), l.median(), l.q1(), l.q3(), l.ciLow(), l.ciHigh()};
            double[] sv = {s.mean(), s.sd(), s.median(), s.q1(), s.q3(), s.ciLow(), s.ciHigh()};
            for (int k = 0; k < lv.length; k++) {
                if (Double.isNaN(lv[k])) assertThat(sv[k]).as("stat %d of %s", k, l).isNaN();
                else assertThat(sv[k]).as("stat %d of %s", k, l).isCloseTo(lv[k], within(1e-9 * Math.max(1, Math.abs(lv[k]))));
            }
        }
        // groups.csv: the report's own writer on the local rows gives the same bytes
        Path dir = Files.createDirectories(tmp.resolve("local"));
        CsvTables.write(new ReportData("local", List.of(), table, table.columns(), local, List.of(), List.of(), List.of(), List.of(), null,
                List.of(), List.of(), List.of()), dir);
        assertThat(AggregateTables.of(r, false).get("groups.csv")).isEqualTo(Files.readString(dir.resolve("groups.csv"), StandardCharsets.UTF_8));

        // categories: the contingency table of compare --crosstab, per group field and category field
        List<SparkAggregate.CategoryRow> expected = new ArrayList<>();
        for (String gf : req.groupFields()) {
            String[] keys = GroupKey.of(articles, gf);
            for (String cf : req.categoryFields()) {
                if (cf.equals(gf)) continue;
                String[] other = articles.stream().map(a -> a.field(cf)).toArray(String[]::new);
                ChiSquareResult chi = Contingency.chiSquare(keys, other);
                for (int i = 0; i < chi.rows().size(); i++) {
                    long total = java.util.Arrays.stream(chi.counts()[i]).sum();
                    for (int j = 0; j < chi.columns().size(); j++) {
                        expected.add(new SparkAggregate.CategoryRow(gf, chi.rows().get(i), cf, chi.columns().get(j), chi.counts()[i][j], total));
                    }
                }
            }
        }
        assertThat(r.categories()).isEqualTo(expected);

        // top terms: the local terms table per group field, top N per group, family and category by count (ties: table order)
        List<SparkAggregate.TopTerm> terms = new ArrayList<>();
        for (String gf : req.groupFields()) {
            Map<List<String>, List<TermRow>> byKey = new java.util.TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0),
                    org.framelab.stats.NaturalOrder.INSTANCE).thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
            for (TermRow t : FeatureStep.terms(fitted, articles, gf)) {
                if (SparkAggregate.TERM_FAMILIES.contains(t.family())) {
                    byKey.computeIfAbsent(List.of(t.group(), t.family(), t.category()), k -> new ArrayList<>()).add(t);
                }
            }
            byKey.forEach((k, rows) -> {
                List<TermRow> sorted = new ArrayList<>(rows);
                sorted.sort(Comparator.comparingLong(t -> -t.count())); // stable: equal counts stay in the table's order
                for (int i = 0; i < Math.min(req.top(), sorted.size()); i++) {
                    TermRow t = sorted.get(i);
                    terms.add(new SparkAggregate.TopTerm(gf, t.group(), t.family(), t.category(), i + 1, t.term(), t.count(), t.groupArticles()));
                }
            });
        }
        assertThat(terms).hasSizeGreaterThan(10);
        assertThat(r.topTerms()).isEqualTo(terms);
        return local;
    }
}
