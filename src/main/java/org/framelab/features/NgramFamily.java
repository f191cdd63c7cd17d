package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.text.TokenizedText;
import org.framelab.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word n-grams as sparse counts (or TF-IDF). The vocabulary is learned by {@link #fit} from the
 * training articles only and then applied unchanged: n-grams unseen at fit time are ignored.
 * N-grams never cross a sentence boundary; punctuation and quote marks are skipped.
 */
public final class NgramFamily implements FeatureFamily {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "ngrams";
    /** Above this many distinct n-grams during fitting, n-grams seen in one document only are pruned. */
    static final int PRUNE_AT = 6_000_000;

    private final NgramOptions options;
    private final NgramVocabulary vocabulary;   // null before fit
    private final List<FeatureColumn> columns;

    public NgramFamily(NgramOptions options) {
        this(options, null);
    }

    public NgramFamily(NgramOptions options, NgramVocabulary vocabulary) {
        this.options = options;
        this.vocabulary = vocabulary;
        if (vocabulary == null) {
            columns = List.of();
        } else {
            List<FeatureColumn> c = new ArrayList<>(vocabulary.size());
            String unit = options.tfidf() ? "TF-IDF weight (L2-normalised per article)" : "count";
            for (int i = 0; i < vocabulary.size(); i++) {
                String term = vocabulary.term(i);
                c.add(new FeatureColumn("ngram:" + term, NAME,
                        (options.tfidf() ? "TF-IDF weight of the " : "Occurrences of the ") + (term.indexOf(' ') >= 0 ? "word n-gram '" : "word '") + term + "'.",
                        unit, "vocabulary fitted on " + vocabulary.documents() + " training documents (document frequency "
                        + vocabulary.documentFrequency(i) + ")"));
            }
            columns = List.copyOf(c);
        }
    }

    public NgramOptions options() { return options; }

    /** The fitted vocabulary, or null before fit. */
    public NgramVocabulary vocabulary() { return vocabulary; }

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "word uni/bi-grams, vocabulary fitted on the training data (min document frequency, max features, optional TF-IDF)";
    }

    @Override public List<FeatureColumn> columns() { return columns; }

    @Override public boolean needsFit() { return vocabulary == null; }

    @Override
    public NgramFamily fit(List<Article> training) {
        return options.maxN() <= 2 ? fitIds(training) : fitStrings(training);
    }

    /** Articles per parallel work unit of the fit; fixed, so the result does not depend on the core count. */
    static final int FIT_BLOCK = 1024;

    /** Unigram key {@code a << 32}, bigram key {@code a << 32 | b}; word ids start at 1, so keys are never 0. */
    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private String word(TokenizedText t, int i) {
        return options.lowercase() ? t.norm(i) : t.surface(i).replace('\u2019', '\'');
    }

    /**
     * Fit for uni/bigrams: articles are tokenised and counted in fixed blocks on all cores (word-id
     * pairs in primitive maps, no String per n-gram), then merged in block order, so the vocabulary
     * is identical whatever the number of cores.
     */
    NgramFamily fitIds(List<Article> training) {
        return count(training, null, org.framelab.util.Progress.NONE).family();
    }

    /**
     * The fitted family from merged document frequencies (keys of global word-id pairs): n-grams in
     * at least minDf documents, the maxFeatures most frequent (ties alphabetical), alphabetical columns.
     */
    private NgramFamily selectVocabulary(LongIntMap df, List<String> gWords, int documents, Map<Long, String> lineTexts, OutletNames names) {
        // candidates: df >= minDf; when more than maxFeatures, only those at or above the cut-off df
        long[] keys = df.slotKeys();
        int[] vals = df.slotValues();
        int cand = 0;
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0 && vals[i] >= options.minDf()) cand++;
        int cut = options.minDf();
        if (cand > options.maxFeatures()) {
            int[] c = new int[cand];
            int n = 0;
            for (int i = 0; i < keys.length; i++) if (keys[i] != 0 && vals[i] >= options.minDf()) c[n++] = vals[i];
            Arrays.sort(c);
            cut = Math.max(cut, c[c.length - options.maxFeatures()]);
        }
        List<String> termList = new ArrayList<>();
        List<Integer> dfList = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0 || vals[i] < cut) continue;
            int a = (int) (keys[i] >>> 32);
            int b = (int) keys[i];
            termList.add(b == 0 ? gWords.get(a) : gWords.get(a) + ' ' + gWords.get(b));
            dfList.add(vals[i]);
        }
        Integer[] order = new Integer[termList.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> !dfList.get(x).equals(dfList.get(y)) ? Integer.compare(dfList.get(y), dfList.get(x))
                : termList.get(x).compareTo(termList.get(y)));
        int keep = Math.min(order.length, options.maxFeatures());
        Integer[] kept = Arrays.copyOf(order, keep);
        Arrays.sort(kept, (x, y) -> termList.get(x).compareTo(termList.get(y)));   // column order: alphabetical
        String[] terms = new String[keep];
        int[] counts = new int[keep];
        for (int i = 0; i < keep; i++) {
            terms[i] = termList.get(kept[i]);
            counts[i] = dfList.get(kept[i]);
        }
        return new NgramFamily(options, new NgramVocabulary(options, terms, counts, documents,
                lineTexts.values().toArray(new String[0]), names));
    }

    /** The fitted family and the vectors (all families) of the training articles. */
    record Fused(NgramFamily family, SparseVector[] vectors) {}

    /**
     * One block of the counting pass: block-local words and document frequencies, the texts of the
     * boilerplate lines met, and (when transforming too) per article the other families' values and
     * its n-gram counts.
     */
    private record BlockCounts(List<String> words, LongIntMap df, Map<Long, String> lines, SparseVector[] partial,
                               long[][] keys, int[][] counts) {}

    /** The fitted family and, when {@code partial} was given, per training article its other values and n-gram counts (global keys). */
    private record Counted(NgramFamily family, SparseVector[] partials, long[][] keys, int[][] counts) {}

    /**
     * Fit and transform of the training articles in one pass (see {@link FramingSpec#fitTransform}):
     * {@code partial} computes the other families' values (its columns come first), this family's
     * counts are collected in the same pass and turned into columns once the vocabulary is chosen.
     */
    Fused fitTransform(List<Article> training, FramingFeatures partial, org.framelab.util.Progress progress) {
        progress.start("features (training, one pass)", training.size());
        try {
            Counted c = count(training, partial, progress);
            NgramFamily fitted = c.family();
            NgramVocabulary.IdLookup lookup = fitted.vocabulary.idLookup();
            int base = partial.columns().size();
            SparseVector[] out = new SparseVector[training.size()];
            java.util.stream.IntStream.range(0, out.length).parallel().forEach(i -> {
                out[i] = fitted.combine(c.partials()[i], c.keys()[i], c.counts()[i], lookup, base);
                c.partials()[i] = null;
                c.keys()[i] = null;
                c.counts()[i] = null;
            });
            return new Fused(fitted, out);
        } finally {
            progress.done();
        }
    }

    /**
     * The counting pass shared by {@link #fitIds} and {@link #fitTransform}: boilerplate lines first
     * (a cheap pass over the lines), then blocks of articles counted on all cores and merged in
     * block order. With {@code partial}, each article is analysed once for the other families too and
     * its n-gram counts are kept (as keys of global word-id pairs) for {@link #combine}.
     */
    private Counted count(List<Article> training, FramingFeatures partial, org.framelab.util.Progress progress) {
        LongIntMap repeated = repeatedLines(training);
        OutletNames names = outletNames(training);
        Map<Long, String> lineTexts = new java.util.LinkedHashMap<>();
        HashMap<String, Integer> gIds = new HashMap<>();
        List<String> gWords = new ArrayList<>();
        gWords.add(null);
        LongIntMap df = new LongIntMap(1 << 20);
        int n = training.size();
        boolean keep = partial != null;
        SparseVector[] partials = keep ? new SparseVector[n] : null;
        long[][] keysOf = keep ? new long[n][] : null;
        int[][] countsOf = keep ? new int[n][] : null;
        int blocks = (n + FIT_BLOCK - 1) / FIT_BLOCK;
        int threads = FeatureExtraction.allCores();
        java.util.concurrent.ExecutorService pool = fitPool(threads);
        java.util.ArrayDeque<java.util.concurrent.Future<BlockCounts>> inflight = new java.util.ArrayDeque<>();
        int next = 0;
        int merged = 0;
        try {
            // workers count blocks while this thread merges finished ones, always in block order
            while (next < blocks || !inflight.isEmpty()) {
                while (next < blocks && inflight.size() < threads + 2) {
                    int b = next++;
                    inflight.add(pool.submit(() -> countBlock(training.subList(b * FIT_BLOCK, Math.min(n, (b + 1) * FIT_BLOCK)),
                            repeated, names, partial, progress)));
                }
                BlockCounts bc = awaitBlock(inflight.poll());
                bc.lines().forEach(lineTexts::putIfAbsent);
                int[] remap = remap(bc.words(), gIds, gWords);
                long[] keys = bc.df().slotKeys();
                int[] vals = bc.df().slotValues();
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] != 0) df.add(globalKey(keys[i], remap), vals[i]);
                }
                if (keep) {
                    for (int j = 0; j < bc.partial().length; j++) {
                        long[] k = bc.keys()[j];
                        for (int i = 0; i < k.length; i++) k[i] = globalKey(k[i], remap);
                        partials[merged] = bc.partial()[j];
                        keysOf[merged] = k;
                        countsOf[merged] = bc.counts()[j];
                        merged++;
                    }
                }
                if (df.size() > PRUNE_AT) df.retainAbove(1);
            }
        } finally {
            pool.shutdownNow();
        }
        NgramFamily fitted = selectVocabulary(df, gWords, n, lineTexts, names);
        if (keep) {
            // from global word ids to the vocabulary's own word ids, in place
            HashMap<String, Integer> vocabWords = fitted.vocabulary.idLookup().words();
            int[] toVocab = new int[gWords.size()];
            for (int g = 1; g < toVocab.length; g++) {
                Integer v = vocabWords.get(gWords.get(g));
                toVocab[g] = v == null ? 0 : v;
            }
            java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
                long[] k = keysOf[i];
                for (int j = 0; j < k.length; j++) {
                    int va = toVocab[(int) (k[j] >>> 32)];
                    int g2 = (int) k[j];
                    int vb = g2 == 0 ? 0 : toVocab[g2];
                    // 0 = an n-gram with a word outside the vocabulary (never a column)
                    k[j] = va == 0 || (g2 != 0 && vb == 0) ? 0 : key(va, vb);
                }
            });
        }
        return new Counted(fitted, partials, keysOf, countsOf);
    }

    private static long globalKey(long local, int[] remap) {
        int a = (int) (local >>> 32);
        int b = (int) local;
        return key(remap[a], b == 0 ? 0 : remap[b]);
    }

    private BlockCounts countBlock(List<Article> docs, LongIntMap repeated, OutletNames names, FramingFeatures partial, org.framelab.util.Progress progress) {
        HashMap<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        words.add(null); // id 0 = none
        Map<Long, String> lineTexts = new java.util.LinkedHashMap<>();
        LongIntMap df = new LongIntMap(1 << 16);
        boolean uni = options.minN() <= 1;
        boolean bi = options.maxN() >= 2;
        boolean keep = partial != null;
        SparseVector[] partials = keep ? new SparseVector[docs.size()] : null;
        long[][] keysOf = keep ? new long[docs.size()][] : null;
        int[][] countsOf = keep ? new int[docs.size()][] : null;
        long[] buf = new long[1024];
        for (int d = 0; d < docs.size(); d++) {
            progress.checkCancelled();
            Article a = docs.get(d);
            String text = withoutBoilerplate(a.text(), repeated, names, lineTexts);
            Article clean = text == a.text() ? a : a.withText(text);
            TokenizedText t;
            if (keep) {
                TextAnalysis doc = TextAnalyzer.standard().analyze(clean);
                partials[d] = partial.values(doc);
                t = doc.tokens();
            } else {
                t = Tokenizer.DEFAULT.tokenize(clean.text());
            }
            int m = 0;
            int prev = 0;
            for (int id : idRun(t, w -> localId(w, ids, words))) {
                if (id == 0) {
                    prev = 0;
                    continue;
                }
                if (m + 2 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                if (uni) buf[m++] = key(id, 0);
                if (bi && prev != 0) buf[m++] = key(prev, id);
                prev = id;
            }
            // distinct keys with their counts; each adds 1 to its document frequency
            Arrays.sort(buf, 0, m);
            int distinct = 0;
            for (int i = 0; i < m; i++) if (i == 0 || buf[i] != buf[i - 1]) distinct++;
            long[] k = new long[distinct];
            int[] c = new int[distinct];
            int j = -1;
            for (int i = 0; i < m; i++) {
                if (i == 0 || buf[i] != buf[i - 1]) {
                    k[++j] = buf[i];
                    df.add(buf[i], 1);
                }
                c[j]++;
            }
            if (keep) {
                keysOf[d] = k;
                countsOf[d] = c;
            }
            if ((d & 63) == 63) progress.step(64);
        }
        progress.step(docs.size() & 63);
        return new BlockCounts(words, df, lineTexts, partials, keysOf, countsOf);
    }

    /**
     * The full vector of one training article: the other families' values, then this family's
     * columns from the article's counts (keys of global word-id pairs), weighted exactly as
     * {@link #extract} weights them.
     */
    private SparseVector combine(SparseVector partial, long[] keys, int[] counts, NgramVocabulary.IdLookup lookup, int base) {
        int[] uniCols = lookup.unigramColumns();
        LongIntMap cols = lookup.columns();
        int[] col = new int[keys.length];
        int[] cnt = new int[keys.length];
        int m = 0;
        for (int i = 0; i < keys.length; i++) {
            // keys of the vocabulary's word ids; 0 = an n-gram outside the vocabulary
            if (keys[i] == 0) continue;
            int c = (int) keys[i] == 0 ? uniCols[(int) (keys[i] >>> 32)] : cols.get(keys[i], 0);
            if (c > 0) {
                col[m] = c - 1;
                cnt[m] = counts[i];
                m++;
            }
        }
        // ascending columns, as extract produces them
        long[] packed = new long[m];
        for (int i = 0; i < m; i++) packed[i] = ((long) col[i] << 32) | cnt[i];
        Arrays.sort(packed);
        double[] vals = new double[m];
        int[] cs = new int[m];
        for (int i = 0; i < m; i++) {
            cs[i] = (int) (packed[i] >>> 32);
            vals[i] = (int) packed[i];
        }
        if (options.tfidf()) tfidf(cs, vals, m);
        int p = partial.size();
        int[] idx = Arrays.copyOf(partial.indices(), p + m);
        double[] v = Arrays.copyOf(partial.values(), p + m);
        for (int k = 0; k < m; k++) {
            idx[p + k] = base + cs[k];
            v[p + k] = vals[k];
        }
        return new SparseVector(idx, v);
    }

    /**
     * {@code text} with the boilerplate lines (their texts added to {@code lineTexts}) and the outlet
     * names blanked out, at fit time; the same instance when there is nothing to blank.
     */
    private static String withoutBoilerplate(String text, LongIntMap repeated, OutletNames names, Map<Long, String> lineTexts) {
        int[] skip = RepeatedLines.mask(text, repeated);
        RepeatedLines.collect(text, skip, lineTexts);
        return RepeatedLines.blank(text, OutletNames.union(skip, names.mask(text)));
    }

    /** The names of the training outlets to leave out, or none when the option is off. */
    OutletNames outletNames(List<Article> training) {
        return options.maskOutletNames() ? OutletNames.learn(training) : OutletNames.NONE;
    }

    /**
     * TF-IDF in place: the first {@code m} counts times the IDF of their columns, L2-normalised (the
     * weighting of {@link #extract} and of the one-pass fit alike).
     */
    private void tfidf(int[] cols, double[] vals, int m) {
        double norm = 0;
        for (int k = 0; k < m; k++) {
            vals[k] *= vocabulary.idf(cols[k]);
            norm += vals[k] * vals[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < m; k++) vals[k] /= norm;
    }

    /**
     * Hashes of the lines repeated verbatim in at least {@code options.repeatedLines()} training
     * articles (value 1), counted in fixed blocks on all cores; null when the filter is off.
     */
    LongIntMap repeatedLines(List<Article> training) {
        int min = options.repeatedLines();
        if (min <= 0) return null;
        int blocks = (training.size() + FIT_BLOCK - 1) / FIT_BLOCK;
        List<LongIntMap> counts = java.util.stream.IntStream.range(0, blocks).parallel().mapToObj(b -> {
            LongIntMap m = new LongIntMap(1 << 12);
            RepeatedLines.count(training.subList(b * FIT_BLOCK, Math.min(training.size(), (b + 1) * FIT_BLOCK)), m);
            return m;
        }).toList();
        LongIntMap df = new LongIntMap(1 << 16);
        for (LongIntMap m : counts) {
            long[] keys = m.slotKeys();
            int[] vals = m.slotValues();
            for (int i = 0; i < keys.length; i++) if (keys[i] != 0) df.add(keys[i], vals[i]);
        }
        LongIntMap out = new LongIntMap(64);
        long[] keys = df.slotKeys();
        int[] vals = df.slotValues();
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0 && vals[i] >= min) out.put(keys[i], 1);
        return out;
    }

    /**
     * The ids of the text's words in order ({@code idOf} of the normalised word), with a 0 at each
     * sentence start, where a bigram must not continue.
     */
    private int[] idRun(TokenizedText t, java.util.function.ToIntFunction<String> idOf) {
        int n = t.size();
        int[] run = new int[2 * n];
        int m = 0;
        int sentence = -1;
        for (int i = 0; i < n; i++) {
            if (!t.isWord(i)) continue;
            int s = t.sentenceOf(i);
            if (s != sentence) {
                sentence = s;
                run[m++] = 0;
            }
            run[m++] = idOf.applyAsInt(word(t, i));
        }
        return Arrays.copyOf(run, m);
    }

    /** The block-local id of a word (from 1), registering it when new. */
    private static int localId(String w, HashMap<String, Integer> ids, List<String> words) {
        Integer id = ids.get(w);
        if (id == null) {
            id = words.size();
            ids.put(w, id);
            words.add(w);
        }
        return id;
    }

    /** Daemon worker threads for the block-parallel fits. */
    private static java.util.concurrent.ExecutorService fitPool(int threads) {
        return java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "framelab-ngram-fit");
            t.setDaemon(true);
            return t;
        });
    }

    /** Global ids of a block's words (index = block-local id; 0 = none), adding new words to {@code gIds}/{@code gWords}. */
    private static int[] remap(List<String> blockWords, HashMap<String, Integer> gIds, List<String> gWords) {
        int[] remap = new int[blockWords.size()];
        for (int i = 1; i < remap.length; i++) {
            String w = blockWords.get(i);
            Integer g = gIds.get(w);
            if (g == null) {
                g = gWords.size();
                gIds.put(w, g);
                gWords.add(w);
            }
            remap[i] = g;
        }
        return remap;
    }

    private static <T> T awaitBlock(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Fit for any n (trigrams too): one String per n-gram, single-threaded. */
    NgramFamily fitStrings(List<Article> training) {
        LongIntMap repeated = repeatedLines(training);
        OutletNames names = outletNames(training);
        Map<Long, String> lineTexts = new java.util.LinkedHashMap<>();
        HashMap<String, int[]> df = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int docs = 0;
        for (Article a : training) {
            docs++;
            seen.clear();
            grams(Tokenizer.DEFAULT.tokenize(withoutBoilerplate(a.text(), repeated, names, lineTexts)), seen::add);
            for (String g : seen) {
                int[] c = df.get(g);
                if (c == null) df.put(g, new int[]{1}); else c[0]++;
            }
            if (df.size() > PRUNE_AT) df.values().removeIf(c -> c[0] <= 1);
        }
        List<Map.Entry<String, int[]>> kept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) if (e.getValue()[0] >= options.minDf()) kept.add(e);
        kept.sort((x, y) -> x.getValue()[0] != y.getValue()[0] ? Integer.compare(y.getValue()[0], x.getValue()[0])
                : x.getKey().compareTo(y.getKey()));
        if (kept.size() > options.maxFeatures()) kept = kept.subList(0, options.maxFeatures());
        String[] terms = new String[kept.size()];
        for (int i = 0; i < terms.length; i++) terms[i] = kept.get(i).getKey();
        Arrays.sort(terms);
        int[] counts = new int[terms.length];
        for (int i = 0; i < terms.length; i++) counts[i] = df.get(terms[i])[0];
        return new NgramFamily(options, new NgramVocabulary(options, terms, counts, docs, lineTexts.values().toArray(new String[0]), names));
    }

    /** Calls {@code out} with every n-gram of the text (words joined by one space). */
    void grams(TokenizedText t, java.util.function.Consumer<String> out) {
        int n = t.size();
        String[] window = new String[3];
        int filled = 0;
        int sentence = -1;
        for (int i = 0; i < n; i++) {
            if (!t.isWord(i)) continue;
            int s = t.sentenceOf(i);
            if (s != sentence) {
                sentence = s;
                filled = 0;
            }
            String w = word(t, i);
            window[0] = window[1];
            window[1] = window[2];
            window[2] = w;
            filled = Math.min(filled + 1, 3);
            for (int len = options.minN(); len <= options.maxN() && len <= filled; len++) {
                if (len == 1) out.accept(w);
                else if (len == 2) out.accept(window[1] + ' ' + w);
                else out.accept(window[0] + ' ' + window[1] + ' ' + w);
            }
        }
    }

    @Override
    public void extract(TextAnalysis doc, FeatureSink sink) {
        if (vocabulary == null) throw new IllegalStateException("n-gram vocabulary not fitted: call fit on training articles first");
        int[] a;
        int m;
        // the pipeline has blanked the boilerplate lines of the text already (FramingFeatures)
        NgramVocabulary.IdLookup lookup = vocabulary.idLookup();
        if (lookup != null) {
            // uni/bigrams: one hash look-up per token, then primitive look-ups of word-id pairs
            TokenizedText t = doc.tokens();
            a = new int[64];
            m = 0;
            boolean uni = options.minN() <= 1;
            boolean bi = options.maxN() >= 2;
            HashMap<String, Integer> words = lookup.words();
            LongIntMap cols = lookup.columns();
            int[] uniCols = lookup.unigramColumns();
            int prev = 0;
            // words outside the vocabulary are 0 in the run: no bigram spans them
            for (int id : idRun(t, w -> {
                Integer boxed = words.get(w);
                return boxed == null ? 0 : boxed;
            })) {
                if (id == 0) {
                    prev = 0;
                    continue;
                }
                if (m + 2 > a.length) a = Arrays.copyOf(a, a.length * 2);
                if (uni) {
                    int c = uniCols[id];
                    if (c > 0) a[m++] = c - 1;
                }
                if (bi && prev != 0) {
                    int c = cols.get(key(prev, id), 0);
                    if (c > 0) a[m++] = c - 1;
                }
                prev = id;
            }
        } else {
            int[] cnt = {0};
            int[][] holder = {new int[64]};
            grams(doc.tokens(), g -> {
                int i = vocabulary.indexOf(g);
                if (i < 0) return;
                if (cnt[0] == holder[0].length) holder[0] = Arrays.copyOf(holder[0], cnt[0] * 2);
                holder[0][cnt[0]++] = i;
            });
            m = cnt[0];
            a = holder[0];
        }
        if (m == 0) return;
        Arrays.sort(a, 0, m);
        int distinct = 0;
        int[] cols = new int[m];
        double[] vals = new double[m];
        for (int k = 0; k < m; ) {
            int j = k;
            while (j < m && a[j] == a[k]) j++;
            cols[distinct] = a[k];
            vals[distinct] = j - k;
            distinct++;
            k = j;
        }
        if (options.tfidf()) tfidf(cols, vals, distinct);
        for (int k = 0; k < distinct; k++) sink.value(cols[k], vals[k]);
    }
}
