package org.framelab.features;

import org.framelab.util.Futures;
import org.framelab.util.OptionException;

import org.framelab.corpus.Article;
import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.CorpusException;
import org.framelab.util.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes feature rows for many articles, on one thread or on several (rows always come out in
 * input order), either into a {@link FeatureTable} or streamed to a {@link RowSink} so memory does
 * not grow with the corpus. Optionally collects the terms table ({@link TermCount}).
 */
public final class FeatureExtraction {
    private FeatureExtraction() {}

    /** Articles per work unit handed to a thread. */
    private static final int BATCH = 48;

    /** Receives rows in input order. */
    @FunctionalInterface
    public interface RowSink {
        void accept(FeatureTable.Row row) throws IOException;
    }

    /**
     * Summary of a streamed run.
     *
     * @param articles   rows produced
     * @param characters characters of text processed
     * @param terms      the terms table (empty unless requested), sorted by family, category, term, outlet
     */
    public record Result(long articles, long characters, List<TermCount> terms) {}

    /** Number of threads to use for "all cores". */
    public static int allCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public static FeatureTable table(FittedFeatures features, List<Article> articles, int threads, Progress progress) {
        List<FeatureTable.Row> rows = new ArrayList<>(articles.size());
        try {
            run(features, new ListSource(articles), threads, false, rows::add, progress, articles.size());
        } catch (IOException | CorpusException e) {
            throw new IllegalStateException(e); // cannot happen: list source, in-memory sink
        }
        return new FeatureTable(features.columns(), rows);
    }

    public static FeatureTable table(FittedFeatures features, org.framelab.corpus.Corpus corpus, int threads, Progress progress) {
        return table(features, corpus.articles(), threads, progress);
    }

    public static FeatureTable table(FittedFeatures features, ArticleStream stream, int threads, Progress progress)
            throws CorpusException {
        List<FeatureTable.Row> rows = new ArrayList<>();
        try {
            run(features, new StreamSource(stream), threads, false, rows::add, progress, -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FeatureTable(features.columns(), rows);
    }

    /** Streams rows to {@code sink} in input order; memory stays bounded whatever the corpus size. */
    public static Result stream(FittedFeatures features, ArticleStream stream, int threads, boolean collectTerms,
                                RowSink sink, Progress progress) throws CorpusException, IOException {
        return run(features, new StreamSource(stream), threads, collectTerms, sink, progress, -1);
    }

    public static Result stream(FittedFeatures features, List<Article> articles, int threads, boolean collectTerms,
                                RowSink sink, Progress progress) throws IOException {
        try {
            return run(features, new ListSource(articles), threads, collectTerms, sink, progress, articles.size());
        } catch (CorpusException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The terms table of some articles (attribution verbs, scare-quoted terms, actor verbs per outlet). */
    public static List<TermCount> terms(FittedFeatures features, List<Article> articles) {
        HashMap<TermKey, long[]> counts = new HashMap<>();
        for (Article a : articles) {
            List<Hit> hits = features instanceof FramingFeatures ff ? ff.analyze(a, TERM_FAMILIES).hits() : features.analyze(a).hits();
            addTerms(counts, a.outlet(), hits);
        }
        return toList(counts);
    }

    /**
     * One article as a worker of a distributed job (the Spark job) computes it: its row and, when {@code terms},
     * its terms-table counts with its outlet filled in ({@link #mergeTerms} adds up those of many articles). The
     * same values and counts as the local extraction, which does the same per article.
     */
    public record Analysed(FeatureTable.Row row, List<TermCount> terms) implements java.io.Serializable {}

    /** {@link Analysed} of one article. */
    public static Analysed analyse(FittedFeatures f, Article a, boolean terms) {
        if (!terms) return new Analysed(row(a, f.transform(a)), List.of());
        ArticleFeatures af = f instanceof FramingFeatures ff ? ff.analyze(a, TERM_FAMILIES) : f.analyze(a);
        HashMap<TermKey, long[]> counts = new HashMap<>();
        addTerms(counts, a.outlet(), af.hits());
        return new Analysed(row(a, af.values()), toList(counts));
    }

    /** Term counts of many articles (or of partial sums) added up by term, family, category and outlet, in the terms table's order. */
    public static List<TermCount> mergeTerms(Iterable<TermCount> counts) {
        HashMap<TermKey, long[]> sum = new HashMap<>();
        for (TermCount t : counts) {
            sum.computeIfAbsent(new TermKey(t.family(), t.category(), t.term(), t.outlet()), k -> new long[1])[0] += t.count();
        }
        return toList(sum);
    }

    /** One article's row. */
    public static FeatureTable.Row row(Article a, SparseVector values) {
        return new FeatureTable.Row(a.id(), a.outlet(), a.date(), a.labels(), values);
    }

    // ---------------------------------------------------------------------------------------------

    private interface Source {
        Article next() throws CorpusException;   // null at the end

        long bytesRead();

        long totalBytes();
    }

    private static final class ListSource implements Source {
        private final Iterator<Article> it;

        ListSource(List<Article> l) { it = l.iterator(); }

        @Override public Article next() { return it.hasNext() ? it.next() : null; }

        @Override public long bytesRead() { return -1; }

        @Override public long totalBytes() { return -1; }
    }

    private static final class StreamSource implements Source {
        private final ArticleStream s;

        StreamSource(ArticleStream s) { this.s = s; }

        @Override public Article next() throws CorpusException { return s.hasNext() ? s.nextArticle() : null; }

        @Override public long bytesRead() { return s.bytesRead(); }

        @Override public long totalBytes() { return s.totalBytes(); }
    }

    private record TermKey(String family, String category, String term, String outlet) implements Comparable<TermKey> {
        @Override
        public int compareTo(TermKey o) {
            int c = family.compareTo(o.family);
            if (c == 0) c = category.compareTo(o.category);
            if (c == 0) c = term.compareTo(o.term);
            if (c == 0) c = outlet.compareTo(o.outlet);
            return c;
        }
    }

    private record Done(List<FeatureTable.Row> rows, long chars) {}

    /**
     * @param termCounts the calling thread's own term counts (each worker adds to its own map, and the
     *                   maps are added up once at the end, not once per batch on the reading thread), or
     *                   null for no terms
     */
    private static Done process(FittedFeatures f, List<Article> batch, ThreadLocal<HashMap<TermKey, long[]>> termCounts) {
        List<FeatureTable.Row> rows = new ArrayList<>(batch.size());
        boolean terms = termCounts != null;
        HashMap<TermKey, long[]> counts = terms ? termCounts.get() : null;
        long chars = 0;
        for (Article a : batch) {
            chars += a.text().length();
            if (terms) {
                ArticleFeatures af = f instanceof FramingFeatures ff ? ff.analyze(a, TERM_FAMILIES) : f.analyze(a);
                rows.add(row(a, af.values()));
                addTerms(counts, a.outlet(), af.hits());
            } else {
                rows.add(row(a, f.transform(a)));
            }
        }
        return new Done(rows, chars);
    }

    private static Result run(FittedFeatures f, Source src, int threads, boolean terms, RowSink sink,
                              Progress progress, long count) throws CorpusException, IOException {
        if (threads < 1) throw new OptionException("threads", "" + threads);
        Progress p = progress == null ? Progress.NONE : progress;
        long total = src.totalBytes() > 0 ? src.totalBytes() : count;
        boolean byBytes = src.totalBytes() > 0;
        p.start("Computing features", total, byBytes ? "bytes" : "articles");
        HashMap<TermKey, long[]> counts = new HashMap<>();
        List<HashMap<TermKey, long[]>> perThread = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<HashMap<TermKey, long[]>> local = !terms ? null : ThreadLocal.withInitial(() -> {
            HashMap<TermKey, long[]> m = new HashMap<>();
            perThread.add(m);
            return m;
        });
        long articles = 0;
        long chars = 0;
        long reported = 0;
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "framelab-features");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            ArrayDeque<Future<Done>> inflight = new ArrayDeque<>();
            boolean more = true;
            while (more) {
                List<Article> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH) {
                    Article a = src.next();
                    if (a == null) { more = false; break; }
                    batch.add(a);
                }
                p.checkCancelled();
                if (!batch.isEmpty()) {
                    if (pool == null) {
                        Done d = process(f, batch, local);
                        long[] r = emit(d, sink);
                        articles += r[0];
                        chars += r[1];
                        reported = step(p, src, byBytes, reported, r[0]);
                    } else {
                        inflight.add(pool.submit(() -> process(f, batch, local)));
                    }
                }
                while (!inflight.isEmpty() && (inflight.size() > threads * 2 || !more)) {
                    long[] r = emit(await(inflight.poll()), sink);
                    articles += r[0];
                    chars += r[1];
                    reported = step(p, src, byBytes, reported, r[0]);
                }
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        p.done();
        // every batch is done (each future awaited), so every thread's counts are complete and visible
        synchronized (perThread) {
            for (HashMap<TermKey, long[]> m : perThread) {
                for (Map.Entry<TermKey, long[]> e : m.entrySet()) counts.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
            }
        }
        return new Result(articles, chars, terms ? toList(counts) : List.of());
    }

    private static long step(Progress p, Source src, boolean byBytes, long reported, long n) {
        if (byBytes) {
            long now = src.bytesRead();
            if (now > reported) {
                p.step(now - reported);
                return now;
            }
            return reported;
        }
        p.step(n);
        return reported + n;
    }

    private static Done await(Future<Done> f) throws IOException {
        try {
            return Futures.getOrCancel(f);
        } catch (ExecutionException e) {
            throw new IOException(Futures.throwIfUnchecked(e.getCause()));
        }
    }

    private static long[] emit(Done d, RowSink sink) throws IOException {
        for (FeatureTable.Row r : d.rows()) sink.accept(r);
        return new long[]{d.rows().size(), d.chars()};
    }

    /** Families whose hits feed the terms table. */
    static final java.util.Set<String> TERM_FAMILIES = java.util.Set.of(AttributionFamily.NAME, QuotationFamily.NAME, ActorsFamily.NAME);

    /** Terms-table family of the per-source profile: category = source, term = verb lemma. */
    public static final String SOURCES = "sources";
    private static final java.util.Set<String> PRONOUN_SOURCES = java.util.Set.of("he", "she", "they", "we", "i", "you", "it", "him", "her");

    private static void addTerms(Map<TermKey, long[]> counts, String outlet, List<Hit> hits) {
        for (Hit h : hits) {
            TermKey key = null;
            String f = h.feature();
            if (f.equals("attribution.neutral") || f.equals("attribution.evaluative")) {
                key = new TermKey(AttributionFamily.NAME, f.substring(f.indexOf('.') + 1), h.category(), outlet);
                // per-source profile: which verbs each source gets (unresolved pronouns left out)
                String source = h.attributes().get("source");
                if (source != null && !source.isEmpty() && !PRONOUN_SOURCES.contains(source)) {
                    counts.computeIfAbsent(new TermKey(SOURCES, source, h.category(), outlet), k -> new long[1])[0]++;
                }
            } else if (f.equals("quotation.scare")) {
                key = new TermKey(QuotationFamily.NAME, "scare", h.attributes().getOrDefault("term", h.text()), outlet);
            } else if (h.family().equals(ActorsFamily.NAME) && (f.endsWith(".neutral") || f.endsWith(".evaluative"))) {
                key = new TermKey(ActorsFamily.NAME, h.category(), h.attributes().getOrDefault("lemma", h.text()), outlet);
            }
            if (key != null) counts.computeIfAbsent(key, k -> new long[1])[0]++;
        }
    }

    /** The terms-table counts of one article's hits, its outlet left empty ({@link #termsByGroup} fills in the group). */
    static TermCount[] termCounts(List<Hit> hits) {
        HashMap<TermKey, long[]> counts = new HashMap<>();
        addTerms(counts, "", hits);
        return toList(counts).toArray(new TermCount[0]);
    }

    /**
     * The terms table of {@code n} articles from their per-article counts ({@code termsOf}, as
     * {@link #termCounts} gives them) with article {@code i} in group {@code groupOf(i)}: the same table
     * as {@link #terms} of the articles with their group in the outlet slot.
     */
    public static List<TermCount> termsByGroup(int n, java.util.function.IntFunction<String> groupOf,
                                               java.util.function.IntFunction<TermCount[]> termsOf) {
        HashMap<TermKey, long[]> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String g = groupOf.apply(i);
            for (TermCount t : termsOf.apply(i)) {
                counts.computeIfAbsent(new TermKey(t.family(), t.category(), t.term(), g), k -> new long[1])[0] += t.count();
            }
        }
        return toList(counts);
    }

    /**
     * The counts sorted by family, category, term and outlet (hash maps while counting, one sort at the
     * end). Every distinct string is ranked once, so the sort compares four ints per pair of keys
     * instead of up to four strings; equal ranks are equal strings, so the order is
     * {@link TermKey#compareTo}'s.
     */
    private static List<TermCount> toList(Map<TermKey, long[]> counts) {
        HashMap<String, Integer> rank = new HashMap<>();
        for (TermKey k : counts.keySet()) {
            rank.put(k.family(), 0);
            rank.put(k.category(), 0);
            rank.put(k.term(), 0);
            rank.put(k.outlet(), 0);
        }
        String[] distinct = rank.keySet().toArray(new String[0]);
        java.util.Arrays.sort(distinct);
        for (int i = 0; i < distinct.length; i++) rank.put(distinct[i], i);
        int n = counts.size();
        TermKey[] keys = counts.keySet().toArray(new TermKey[0]);
        int[] r = new int[4 * n];
        for (int i = 0; i < n; i++) {
            r[4 * i] = rank.get(keys[i].family());
            r[4 * i + 1] = rank.get(keys[i].category());
            r[4 * i + 2] = rank.get(keys[i].term());
            r[4 * i + 3] = rank.get(keys[i].outlet());
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> {
            for (int f = 0; f < 4; f++) {
                int c = Integer.compare(r[4 * x + f], r[4 * y + f]);
                if (c != 0) return c;
            }
            return 0;
        });
        List<TermCount> out = new ArrayList<>(n);
        for (int i : order) {
            TermKey k = keys[i];
            out.add(new TermCount(k.term(), k.family(), k.category(), k.outlet(), counts.get(k)[0]));
        }
        return out;
    }
}
