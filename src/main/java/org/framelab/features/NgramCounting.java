package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.text.TokenizedText;
import org.framelab.text.Tokenizer;
import org.framelab.util.Futures;
import org.framelab.util.Progress;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * The counting pass of an n-gram fit over the training articles, boilerplate blanked out first
 * ({@link BoilerplateMask}), ending with the choice of the vocabulary ({@link VocabularySelection}).
 * Uni/bigrams ({@link #countIds}) are counted as word-id pairs in fixed blocks on all cores and merged
 * in block order, so the vocabulary is identical whatever the number of cores; any n
 * ({@link #countStrings}) as one String per n-gram, single-threaded.
 */
final class NgramCounting {
    /** Above this many distinct n-grams during fitting, n-grams seen in one document only are pruned. */
    static final int PRUNE_AT = 6_000_000;

    private final NgramOptions options;
    private final NgramCounter counter;
    private final BoilerplateMask mask;
    /** The other families, whose values are computed in the same pass; null to count only. */
    private final FramingFeatures partial;
    private final Progress progress;
    private final int n;

    // merged in block order: texts of the boilerplate lines, global words (id 0 = none), document frequencies
    private final Map<Long, String> lineTexts = new LinkedHashMap<>();
    private final WordTable global = new WordTable();
    private final LongIntMap df = new LongIntMap(1 << 20);
    // with partial: per training article its other values and its n-gram counts (keys of global word ids)
    private final SparseVector[] partials;
    private final long[][] keysOf;
    private final int[][] countsOf;
    private int merged;

    /**
     * The fitted vocabulary and, when counted with the other families, per training article its
     * other values and n-gram counts, keyed by the vocabulary's word ids
     * ({@link NgramVocabulary.IdLookup}; 0 = an n-gram outside the vocabulary).
     */
    record Counted(NgramVocabulary vocabulary, SparseVector[] partials, long[][] keys, int[][] counts) {}

    /**
     * One block of the counting pass: block-local words and document frequencies, the texts of the
     * boilerplate lines met, and (when transforming too) per article the other families' values and
     * its n-gram counts.
     */
    private record BlockCounts(List<String> words, LongIntMap df, Map<Long, String> lines, SparseVector[] partial,
                               long[][] keys, int[][] counts) {}

    private NgramCounting(NgramOptions options, List<Article> training, FramingFeatures partial, Progress progress) {
        this.options = options;
        this.counter = new NgramCounter(options);
        this.mask = BoilerplateMask.learn(options, training);
        this.partial = partial;
        this.progress = progress;
        this.n = training.size();
        boolean keep = partial != null;
        partials = keep ? new SparseVector[n] : null;
        keysOf = keep ? new long[n][] : null;
        countsOf = keep ? new int[n][] : null;
    }

    /**
     * Uni/bigram fit: boilerplate lines first (a cheap pass over the lines), then blocks of articles
     * counted on all cores and merged in block order. With {@code partial}, each article is analysed
     * once for the other families too and its n-gram counts are kept.
     */
    static Counted countIds(NgramOptions options, List<Article> training, FramingFeatures partial, Progress progress) {
        NgramCounting c = new NgramCounting(options, training, partial, progress);
        c.countBlocks(training);
        NgramVocabulary v = new VocabularySelection(options, c.n, c.lineTexts.values().toArray(new String[0]), c.mask.names())
                .fromKeys(c.df, c.global.words);
        if (partial != null) c.toVocabularyIds(v);
        return new Counted(v, c.partials, c.keysOf, c.countsOf);
    }

    /** Fit for any n (trigrams too): one String per n-gram, single-threaded. */
    static NgramVocabulary countStrings(NgramOptions options, List<Article> training) {
        BoilerplateMask mask = BoilerplateMask.learn(options, training);
        NgramCounter counter = new NgramCounter(options);
        Map<Long, String> lineTexts = new LinkedHashMap<>();
        HashMap<String, int[]> df = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int docs = 0;
        for (Article a : training) {
            docs++;
            seen.clear();
            counter.grams(Tokenizer.DEFAULT.tokenize(mask.blank(a.text(), lineTexts)), seen::add);
            for (String g : seen) {
                int[] c = df.get(g);
                if (c == null) df.put(g, new int[]{1}); else c[0]++;
            }
            if (df.size() > PRUNE_AT) df.values().removeIf(c -> c[0] <= 1);
        }
        return new VocabularySelection(options, docs, lineTexts.values().toArray(new String[0]), mask.names()).fromTerms(df);
    }

    /** Workers count blocks while this thread merges finished ones, always in block order. */
    private void countBlocks(List<Article> training) {
        int blocks = FitBlocks.count(n);
        int threads = FeatureExtraction.allCores();
        ExecutorService pool = fitPool(threads);
        ArrayDeque<Future<BlockCounts>> inflight = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < blocks || !inflight.isEmpty()) {
                while (next < blocks && inflight.size() < threads + 2) {
                    List<Article> block = FitBlocks.block(training, next++);
                    inflight.add(pool.submit(() -> countBlock(block)));
                }
                merge(awaitBlock(inflight.poll()));
                if (df.size() > PRUNE_AT) df.retainAbove(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Adds one block's counts (block-local word ids made global) to the merged ones. */
    private void merge(BlockCounts bc) {
        bc.lines().forEach(lineTexts::putIfAbsent);
        int[] remap = remap(bc.words());
        long[] keys = bc.df().slotKeys();
        int[] vals = bc.df().slotValues();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) df.add(globalKey(keys[i], remap), vals[i]);
        }
        if (partials == null) return;
        for (int j = 0; j < bc.partial().length; j++) {
            long[] k = bc.keys()[j];
            for (int i = 0; i < k.length; i++) k[i] = globalKey(k[i], remap);
            partials[merged] = bc.partial()[j];
            keysOf[merged] = k;
            countsOf[merged] = bc.counts()[j];
            merged++;
        }
    }

    private BlockCounts countBlock(List<Article> docs) {
        WordTable words = new WordTable();
        Map<Long, String> lines = new LinkedHashMap<>();
        LongIntMap blockDf = new LongIntMap(1 << 16);
        boolean keep = partial != null;
        SparseVector[] values = keep ? new SparseVector[docs.size()] : null;
        long[][] keys = keep ? new long[docs.size()][] : null;
        int[][] counts = keep ? new int[docs.size()][] : null;
        for (int d = 0; d < docs.size(); d++) {
            progress.checkCancelled();
            Article a = docs.get(d);
            String text = mask.blank(a.text(), lines);
            Article clean = text == a.text() ? a : a.withText(text);
            TokenizedText t;
            if (keep) {
                TextAnalysis doc = TextAnalyzer.standard().analyze(clean);
                values[d] = partial.values(doc);
                t = doc.tokens();
            } else {
                t = Tokenizer.DEFAULT.tokenize(clean.text());
            }
            // distinct keys with their counts; each adds 1 to its document frequency
            NgramCounter.Counts c = NgramCounter.distinct(counter.keys(counter.idRun(t, words)));
            for (long k : c.keys()) blockDf.add(k, 1);
            if (keep) {
                keys[d] = c.keys();
                counts[d] = c.counts();
            }
            if ((d & 63) == 63) progress.step(64);
        }
        progress.step(docs.size() & 63);
        return new BlockCounts(words.words, blockDf, lines, values, keys, counts);
    }

    /** The kept counts re-keyed, in place, from global word ids to the vocabulary's own word ids. */
    private void toVocabularyIds(NgramVocabulary vocabulary) {
        HashMap<String, Integer> vocabWords = vocabulary.idLookup().words();
        int[] toVocab = new int[global.words.size()];
        for (int g = 1; g < toVocab.length; g++) {
            Integer v = vocabWords.get(global.words.get(g));
            toVocab[g] = v == null ? 0 : v;
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            long[] k = keysOf[i];
            for (int j = 0; j < k.length; j++) {
                int va = toVocab[(int) (k[j] >>> 32)];
                int g2 = (int) k[j];
                int vb = g2 == 0 ? 0 : toVocab[g2];
                // 0 = an n-gram with a word outside the vocabulary (never a column)
                k[j] = va == 0 || (g2 != 0 && vb == 0) ? 0 : NgramCounter.key(va, vb);
            }
        });
    }

    private static long globalKey(long local, int[] remap) {
        int a = (int) (local >>> 32);
        int b = (int) local;
        return NgramCounter.key(remap[a], b == 0 ? 0 : remap[b]);
    }

    /** Global ids of a block's words (index = block-local id; 0 = none), adding new words to the global ones. */
    private int[] remap(List<String> blockWords) {
        int[] remap = new int[blockWords.size()];
        for (int i = 1; i < remap.length; i++) remap[i] = global.id(blockWords.get(i));
        return remap;
    }

    /** Daemon worker threads for the block-parallel fits. */
    private static ExecutorService fitPool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "framelab-ngram-fit");
            t.setDaemon(true);
            return t;
        });
    }

    private static <T> T awaitBlock(Future<T> f) {
        try {
            return Futures.getOrCancel(f);
        } catch (ExecutionException e) {
            throw new IllegalStateException(Futures.throwIfUnchecked(e.getCause()));
        }
    }
}
