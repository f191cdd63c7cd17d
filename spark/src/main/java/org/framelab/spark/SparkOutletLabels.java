package org.framelab.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.framelab.corpus.Article;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.OutletLabels;
import org.framelab.util.InputException;
import org.framelab.util.Sha256;
import scala.Tuple3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table of labels per outlet ({@code --outlet-labels FILE}) joined in Spark with the core's own {@link OutletLabels}:
 * the table is read on the driver ({@link OutletLabels#read}: the local messages for a bad table), broadcast, and every
 * article gets its outlet's labels on the executors ({@link OutletLabels#join}, the local look-up: as written, then
 * ignoring case and spacing, then by name variant). One pass before the work counts the articles per outlet, which the
 * driver gives to {@link OutletLabels#count}, so the note (articles matched and how, outlets not in the table, empty
 * cells, articles left without a value) is the one a local read prints.
 */
final class SparkOutletLabels {
    private SparkOutletLabels() {}

    /** The table {@code input} names, read on the driver, or null for none. */
    static OutletLabels read(JobInput input) throws InputException {
        if (input.outletLabels() == null) return null;
        Path p = Path.of(input.outletLabels());
        if (p.toString().contains("://")) {
            throw new InputException(input.outletLabels() + ": the table of labels per outlet is read on the driver from a local path\n"
                    + "  What to do: copy the table to the machine that runs the driver (it is small) and give its local path.");
        }
        return OutletLabels.read(p);
    }

    /** Every article with its outlet's labels added (the table broadcast once; nothing counted here). */
    static JavaRDD<Article> join(JavaRDD<Article> articles, OutletLabels table) {
        Broadcast<OutletLabels> b = JavaSparkContext.fromSparkContext(articles.context()).broadcast(table);
        return articles.map(a -> b.value().join(a));
    }

    /** Per partition: its index, the fields of its first article (null when empty) and its articles per outlet. */
    private static Tuple3<Integer, List<String>, HashMap<String, Long>> partition(int index, java.util.Iterator<Article> it) {
        HashMap<String, Long> n = new HashMap<>();
        List<String> first = null;
        while (it.hasNext()) {
            Article a = it.next();
            if (first == null) first = new ArrayList<>(OutletLabels.fieldsOf(a));
            n.merge(a.outlet() == null ? "" : a.outlet(), 1L, Long::sum);
        }
        return new Tuple3<>(index, first, n);
    }

    /**
     * Counts the articles (before the join, in input order) per outlet into a fresh copy of {@code table}, with the local
     * first-article check: a field the corpus already has is the local error.
     *
     * @param corpusName the input as messages name it
     * @return the table with the counts of {@link OutletLabels#note}
     */
    static OutletLabels count(JavaRDD<Article> articles, OutletLabels table, String corpusName) throws CorpusException {
        List<Tuple3<Integer, List<String>, HashMap<String, Long>>> parts = new ArrayList<>(articles
                .mapPartitionsWithIndex((i, it) -> List.of(partition(i, it)).iterator(), true).collect());
        parts.sort((x, y) -> Integer.compare(x._1(), y._1()));
        OutletLabels counted = copy(table);
        TreeMap<String, Long> perOutlet = new TreeMap<>();
        boolean checked = false;
        for (Tuple3<Integer, List<String>, HashMap<String, Long>> p : parts) {
            if (!checked && p._2() != null) {
                counted.checkNew(new LinkedHashSet<>(p._2()), corpusName); // the first article's fields, as a local read checks them
                checked = true;
            }
            p._3().forEach((o, k) -> perOutlet.merge(o, k, Long::sum));
        }
        perOutlet.forEach(counted::count);
        return counted;
    }

    /** A copy without counts (the broadcast table stays as read). */
    private static OutletLabels copy(OutletLabels t) {
        try {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(buf)) {
                o.writeObject(t);
            }
            try (java.io.ObjectInputStream i = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(buf.toByteArray()))) {
                return (OutletLabels) i.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot copy the table of labels per outlet: " + e.getMessage(), e);
        }
    }

    /**
     * The manifest's {@code input.outlet_labels}: the table as given, its SHA-256 (as a local study's manifest records
     * it), the fields joined, and the counts of the note (articles matched, left without a value, per outlet not found).
     */
    static Map<String, Object> manifest(String given, OutletLabels counted) throws IOException {
        OutletLabels.Counts c = counted.counts();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", given);
        m.put("sha256", Sha256.of(Path.of(given)));
        m.put("fields", counted.fields());
        m.put("outlets", counted.outletCount());
        m.put("articles", c.articles());
        m.put("matched", c.matched());
        m.put("without_value", c.withoutValue());
        m.put("without_outlet", c.withoutOutlet());
        m.put("outlets_not_in_table", c.notInTable());
        m.put("empty_cells", c.emptyCells());
        m.put("note", counted.note());
        return m;
    }

    /** The label fields of the articles: the mapping's, then the table's (a local read's {@code Provenance.labelFields}). */
    static List<String> labelFields(List<String> mapped, OutletLabels table) {
        if (table == null) return mapped;
        LinkedHashSet<String> all = new LinkedHashSet<>(mapped);
        all.addAll(table.fields());
        return List.copyOf(all);
    }
}
