package org.framelab.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.framelab.corpus.Article;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FittedFeatures;
import org.framelab.features.SparseVector;
import org.framelab.features.TermCount;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.stats.Descriptives;
import org.framelab.stats.GroupKey;
import org.framelab.stats.NaturalOrder;
import org.framelab.util.OptionException;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Group statistics computed in Spark: per group field and group, the descriptives of every feature column
 * (the rows of the local {@code groups.csv}), the articles per category of each categorical field (the
 * contingency table of {@code compare --crosstab}) and the top scare-quoted terms, attribution verbs and actor
 * verbs (from the local terms table). Each article is analysed once on an executor; partial summaries are
 * merged in the shuffle ({@link ValueCounts}: exact, so the numbers are the local ones); only the small
 * aggregates reach the driver.
 *
 * <p>The groups are the local ones: {@link GroupKey#of(Article, String)} (outlet, a period of the date, a
 * label or any input field; an article without a value is in no group). Rows follow the local order: group
 * fields as asked, features in column order, groups in {@link NaturalOrder}.
 */
public final class SparkAggregate {
    private SparkAggregate() {}

    public static final int DEFAULT_TOP = 20;
    /** Terms-table families whose top terms are reported (sources, the verbs per named source, are a table of their own). */
    public static final List<String> TERM_FAMILIES = List.of("attribution", "quotation", "actors");
    /** The group of an article without a value in the terms table (as {@code FeatureStep}'s terms table names it). */
    public static final String NO_GROUP = "(none)";

    /**
     * @param groupFields    fields to group by (outlet, year, quarter, month, week, day, a label or input field)
     * @param categoryFields categorical fields whose values are counted per group
     * @param top            top terms kept per group, family and category
     */
    public record Request(List<String> groupFields, List<String> categoryFields, int top) implements Serializable {
        public Request {
            OptionException.check(groupFields != null && !groupFields.isEmpty(), "group-by", groupFields, "give a field, e.g. outlet");
            for (String f : groupFields) OptionException.check(f != null && !f.isBlank(), "group-by", groupFields, "a field name, e.g. outlet,month");
            OptionException.check(new LinkedHashSet<>(groupFields).size() == groupFields.size(), "group-by", groupFields, "each field once");
            categoryFields = categoryFields == null ? List.of() : List.copyOf(new LinkedHashSet<>(categoryFields));
            for (String f : categoryFields) OptionException.check(f != null && !f.isBlank(), "categories", categoryFields, "field names, e.g. leaning");
            OptionException.check(top >= 1, "top", top, "at least 1, e.g. 20");
            groupFields = List.copyOf(groupFields);
        }
    }

    /** One article as the aggregation needs it: its group per group field and category per category field (null: none). */
    public record Keyed(String[] groups, String[] categories, SparseVector values, List<TermCount> terms) implements Serializable {}

    /** Articles of a group with a category (zero cells included: the full table, as {@code Contingency} has it). */
    public record CategoryRow(String groupField, String group, String categoryField, String category, long count, long groupTotal) {}

    /** One of the top terms of a group: rank 1 is the most frequent (ties: term order, as the terms table sorts). */
    public record TopTerm(String groupField, String group, String family, String category, int rank, String term, long count,
                          long groupArticles) {
        public double per100() {
            return groupArticles == 0 ? 0 : 100.0 * count / groupArticles;
        }
    }

    /**
     * @param articles       articles aggregated
     * @param withoutGroup   per group field, the articles without a value (left out of its groups and categories)
     */
    public record Result(List<String> features, List<GroupRow> groups, List<CategoryRow> categories, List<TopTerm> topTerms,
                         long articles, Map<String, Long> withoutGroup) {}

    /** The columns described: every non-n-gram column (every column when there are only n-grams), as {@code CompareGroups}. */
    public static List<String> features(List<FeatureColumn> columns) {
        List<String> out = new ArrayList<>();
        for (FeatureColumn c : columns) if (!c.isNgram()) out.add(c.name());
        if (out.isEmpty()) for (FeatureColumn c : columns) out.add(c.name());
        return out;
    }

    /** Analyses every article once (values and term counts) with its groups and categories. */
    public static JavaRDD<Keyed> keyed(JavaRDD<Article> articles, FittedFeatures fitted, Request req) {
        Broadcast<FittedFeatures> f = JavaSparkContext.fromSparkContext(articles.context()).broadcast(fitted);
        List<String> gfs = req.groupFields();
        List<String> cfs = req.categoryFields();
        return articles.map(a -> keyed(a, f.value(), gfs, cfs));
    }

    /** One article keyed. */
    public static Keyed keyed(Article a, FittedFeatures fitted, List<String> groupFields, List<String> categoryFields) {
        FeatureExtraction.Analysed an = FeatureExtraction.analyse(fitted, a, true);
        String[] g = new String[groupFields.size()];
        for (int i = 0; i < g.length; i++) g[i] = GroupKey.of(a, groupFields.get(i));
        String[] c = new String[categoryFields.size()];
        for (int i = 0; i < c.length; i++) c[i] = category(a, categoryFields.get(i));
        return new Keyed(g, c, an.row().values(), an.terms());
    }

    /** An article's category: the field's value as it is (as {@code compare --crosstab} reads it); null when blank. */
    static String category(Article a, String field) {
        String v = a.field(field);
        return v == null || v.isBlank() ? null : v;
    }

    /**
     * Checks before any feature is computed that every group and category field has a value in some article; a
     * field none has is a {@link org.framelab.util.FieldNotInDataException} naming the fields found (the core's message and rule: exit 3). The
     * first 1,000 articles are looked at; only a field none of them has costs a pass over the corpus (read, not analysed).
     */
    public static void checkFields(JavaRDD<Article> articles, Request req) {
        List<Article> sample = articles.take(1000);
        for (String f : req.groupFields()) {
            try {
                GroupKey.of(sample, f);
            } catch (OptionException e) {
                if (articles.filter(a -> GroupKey.of(a, f) != null).isEmpty()) throw e;
            }
        }
        for (String f : req.categoryFields()) {
            if (sample.stream().anyMatch(a -> category(a, f) != null)) continue;
            if (!articles.filter(a -> category(a, f) != null).isEmpty()) continue;
            LinkedHashSet<String> found = new LinkedHashSet<>(List.of("outlet"));
            for (Article a : sample) {
                found.addAll(a.labels().keySet());
                found.addAll(a.metadata().keySet());
            }
            throw new org.framelab.util.FieldNotInDataException("categories", f, "no article has a value for it; fields found: " + String.join(", ", found));
        }
    }

    /** Analyses and aggregates the articles ({@link #keyed}, then {@link #aggregate}); the analysis is kept for the three passes. */
    public static Result run(JavaRDD<Article> articles, FittedFeatures fitted, Request req) {
        checkFields(articles, req);
        JavaRDD<Keyed> keyed = keyed(articles, fitted, req).persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            return aggregate(keyed, fitted.columns(), req);
        } finally {
            keyed.unpersist(false);
        }
    }

    /** The aggregates of keyed articles ({@code keyed.groups()} parallel to {@code req.groupFields()}). */
    public static Result aggregate(JavaRDD<Keyed> keyed, List<FeatureColumn> columns, Request req) {
        List<String> features = features(columns);
        Map<String, Integer> index = new HashMap<>();
        for (int c = columns.size() - 1; c >= 0; c--) index.put(columns.get(c).name(), c); // the first of a name, as indexOf
        int[] slots = features.stream().mapToInt(index::get).toArray();
        Map<CountKey, Long> counts = counts(keyed);
        return new Result(features, groupRows(keyed, req, features, slots), categoryRows(counts, req), topTerms(keyed, req, counts),
                counts.getOrDefault(new CountKey(-2, "", -1, ""), 0L), withoutGroup(counts, req));
    }

    // --- descriptives -------------------------------------------------------------------------------

    record StatKey(int field, String group, int feature) implements Serializable {}

    /** The report's statistics of one {@link Descriptives}, as an executor sends them to the driver. */
    record Described(long n, long missing, double mean, double sd, double median, double q1, double q3, double ciLow, double ciHigh)
            implements Serializable {
        static Described of(Descriptives d) {
            return new Described(d.n(), d.missing(), d.mean(), d.sd(), d.median(), d.q1(), d.q3(), d.ciLow(), d.ciHigh());
        }
    }

    private static List<GroupRow> groupRows(JavaRDD<Keyed> keyed, Request req, List<String> features, int[] slots) {
        JavaPairRDD<StatKey, ValueCounts> partial = keyed.mapPartitionsToPair(it -> {
            HashMap<StatKey, ValueCounts> m = new HashMap<>();
            while (it.hasNext()) {
                Keyed k = it.next();
                for (int g = 0; g < k.groups().length; g++) {
                    String group = k.groups()[g];
                    if (group == null) continue;
                    for (int f = 0; f < slots.length; f++) {
                        m.computeIfAbsent(new StatKey(g, group, f), x -> new ValueCounts()).add(k.values().get(slots[f]));
                    }
                }
            }
            return m.entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator();
        });
        List<Tuple2<StatKey, Described>> described = partial.reduceByKey(ValueCounts::merge)
                .mapToPair(t -> new Tuple2<>(t._1(), Described.of(t._2().describe(t._1().group())))).collect();
        List<Tuple2<StatKey, Described>> sorted = new ArrayList<>(described);
        sorted.sort(Comparator.comparingInt((Tuple2<StatKey, Described> t) -> t._1().field())
                .thenComparingInt(t -> t._1().feature())
                .thenComparing(t -> t._1().group(), NaturalOrder.INSTANCE));
        List<GroupRow> out = new ArrayList<>(sorted.size());
        for (Tuple2<StatKey, Described> t : sorted) {
            Described d = t._2();
            out.add(new GroupRow(features.get(t._1().feature()), req.groupFields().get(t._1().field()), t._1().group(), d.n(), d.mean(),
                    d.sd(), d.median(), d.q1(), d.q3(), d.ciLow(), d.ciHigh(), d.missing()));
        }
        return out;
    }

    // --- counts: articles, group sizes, categories ---------------------------------------------------

    /**
     * A count: field -2 = all articles; category -1 = the articles of a group ({@link #NO_GROUP}: without one);
     * else the articles of a group with a category.
     */
    record CountKey(int field, String group, int categoryField, String category) implements Serializable {}

    private static Map<CountKey, Long> counts(JavaRDD<Keyed> keyed) {
        JavaPairRDD<CountKey, Long> partial = keyed.mapPartitionsToPair(it -> {
            HashMap<CountKey, long[]> m = new HashMap<>();
            while (it.hasNext()) {
                Keyed k = it.next();
                m.computeIfAbsent(new CountKey(-2, "", -1, ""), x -> new long[1])[0]++;
                for (int g = 0; g < k.groups().length; g++) {
                    String group = k.groups()[g];
                    m.computeIfAbsent(new CountKey(g, group == null ? NO_GROUP : group, -1, ""), x -> new long[1])[0]++;
                    if (group == null) continue;
                    for (int c = 0; c < k.categories().length; c++) {
                        if (k.categories()[c] != null) m.computeIfAbsent(new CountKey(g, group, c, k.categories()[c]), x -> new long[1])[0]++;
                    }
                }
            }
            return m.entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue()[0])).iterator();
        });
        return new HashMap<>(partial.reduceByKey(Long::sum).collectAsMap());
    }

    private static Map<String, Long> withoutGroup(Map<CountKey, Long> counts, Request req) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int g = 0; g < req.groupFields().size(); g++) {
            out.put(req.groupFields().get(g), counts.getOrDefault(new CountKey(g, NO_GROUP, -1, ""), 0L));
        }
        return out;
    }

    /** The contingency table of each group field and category field: groups and categories in {@link NaturalOrder}, zero cells included. */
    private static List<CategoryRow> categoryRows(Map<CountKey, Long> counts, Request req) {
        List<CategoryRow> out = new ArrayList<>();
        for (int g = 0; g < req.groupFields().size(); g++) {
            for (int c = 0; c < req.categoryFields().size(); c++) {
                if (req.categoryFields().get(c).equals(req.groupFields().get(g))) continue;
                TreeMap<String, Map<String, Long>> table = new TreeMap<>(NaturalOrder.INSTANCE);
                TreeSet<String> categories = new TreeSet<>(NaturalOrder.INSTANCE);
                for (Map.Entry<CountKey, Long> e : counts.entrySet()) {
                    CountKey k = e.getKey();
                    if (k.field() != g || k.categoryField() != c) continue;
                    table.computeIfAbsent(k.group(), x -> new HashMap<>()).put(k.category(), e.getValue());
                    categories.add(k.category());
                }
                for (Map.Entry<String, Map<String, Long>> row : table.entrySet()) {
                    long total = row.getValue().values().stream().mapToLong(Long::longValue).sum();
                    for (String cat : categories) {
                        out.add(new CategoryRow(req.groupFields().get(g), row.getKey(), req.categoryFields().get(c), cat,
                                row.getValue().getOrDefault(cat, 0L), total));
                    }
                }
            }
        }
        return out;
    }

    // --- top terms -----------------------------------------------------------------------------------

    record TermKey(int field, String group, String family, String category, String term) implements Serializable {}

    record TopKey(int field, String group, String family, String category) implements Serializable {}

    /** A term and its count; the better of two: the larger count, then the term first in String order. */
    record Counted(String term, long count) implements Serializable {
        static final Comparator<Counted> BEST_FIRST = Comparator.comparingLong((Counted c) -> -c.count()).thenComparing(Counted::term);
    }

    private static List<TopTerm> topTerms(JavaRDD<Keyed> keyed, Request req, Map<CountKey, Long> counts) {
        int top = req.top();
        JavaPairRDD<TermKey, Long> partial = keyed.mapPartitionsToPair(it -> {
            HashMap<TermKey, long[]> m = new HashMap<>();
            while (it.hasNext()) {
                Keyed k = it.next();
                for (TermCount t : k.terms()) {
                    if (!TERM_FAMILIES.contains(t.family())) continue;
                    for (int g = 0; g < k.groups().length; g++) {
                        String group = k.groups()[g] == null ? NO_GROUP : k.groups()[g];
                        m.computeIfAbsent(new TermKey(g, group, t.family(), t.category(), t.term()), x -> new long[1])[0] += t.count();
                    }
                }
            }
            return m.entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue()[0])).iterator();
        });
        List<Tuple2<TopKey, ArrayList<Counted>>> best = partial.reduceByKey(Long::sum)
                .mapToPair(t -> new Tuple2<>(new TopKey(t._1().field(), t._1().group(), t._1().family(), t._1().category()),
                        new Counted(t._1().term(), t._2())))
                .aggregateByKey(new ArrayList<Counted>(), (l, c) -> keep(l, List.of(c), top), (a, b) -> keep(a, b, top))
                .collect();
        List<Tuple2<TopKey, ArrayList<Counted>>> sorted = new ArrayList<>(best);
        sorted.sort(Comparator.comparingInt((Tuple2<TopKey, ArrayList<Counted>> t) -> t._1().field())
                .thenComparing(t -> t._1().group(), NaturalOrder.INSTANCE)
                .thenComparing(t -> t._1().family())
                .thenComparing(t -> t._1().category()));
        List<TopTerm> out = new ArrayList<>();
        for (Tuple2<TopKey, ArrayList<Counted>> t : sorted) {
            TopKey k = t._1();
            long size = counts.getOrDefault(new CountKey(k.field(), k.group(), -1, ""), 0L);
            int rank = 0;
            for (Counted c : t._2()) {
                out.add(new TopTerm(req.groupFields().get(k.field()), k.group(), k.family(), k.category(), ++rank, c.term(), c.count(), size));
            }
        }
        return out;
    }

    /** The best {@code top} of two lists of distinct terms, best first. */
    static ArrayList<Counted> keep(List<Counted> a, List<Counted> b, int top) {
        ArrayList<Counted> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        all.sort(Counted.BEST_FIRST);
        return all.size() <= top ? all : new ArrayList<>(all.subList(0, top));
    }
}
