package org.framelab.features;

import org.framelab.util.Progress;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The n-gram part of a fit from counts, shared by every feature set with the same n-grams fitted on
 * the same training rows (the configurations of an ablation, a paired comparison): the boilerplate
 * mask and the vocabulary learned from the training rows, and the entries of the training and test
 * rows under that mask.
 */
final class FoldNgrams {
    final int[] train;
    final int[] test;
    /** Corpus row -> index into {@link #entries}, or -1. */
    final int[] position;
    final CorpusAnalysis.Entry[] entries;
    final NgramVocabulary vocabulary;
    final NgramVocabulary.IdLookup lookup;

    private FoldNgrams(int[] train, int[] test, int[] position, CorpusAnalysis.Entry[] entries, NgramVocabulary vocabulary,
                       NgramVocabulary.IdLookup lookup) {
        this.train = train;
        this.test = test;
        this.position = position;
        this.entries = entries;
        this.vocabulary = vocabulary;
        this.lookup = lookup;
    }

    /**
     * Each row's n-gram values under this fold's vocabulary, kept for the other feature sets of the
     * same fold (an ablation asks for them once per configuration); softly, so that memory pressure
     * drops them (they are computed again, the same values) rather than failing the run.
     */
    private volatile java.lang.ref.SoftReference<NgramFamily.Values[]> values = new java.lang.ref.SoftReference<>(null);

    /** The n-gram values of the row at {@code position} under {@code fitted} (this fold's vocabulary). */
    NgramFamily.Values values(int position, NgramFamily fitted) {
        NgramFamily.Values[] cache = values.get();
        if (cache == null) {
            synchronized (this) {
                cache = values.get();
                if (cache == null) {
                    cache = new NgramFamily.Values[entries.length];
                    values = new java.lang.ref.SoftReference<>(cache);
                }
            }
        }
        NgramFamily.Values v = cache[position];
        if (v == null) {
            PackedCounts pc = entries[position].ngrams();
            long[] keys = new long[pc.size()];
            int[] counts = new int[pc.size()];
            pc.unpack(keys, counts);
            v = fitted.values(keys, counts, lookup);
            cache[position] = v;   // a race computes the same immutable values twice, never different ones
        }
        return v;
    }

    boolean isFor(int[] train, int[] test, boolean withTerms) {
        if (withTerms && entries.length > 0 && entries[0].terms() == null) return false;
        return Arrays.equals(this.train, train) && Arrays.equals(this.test, test);
    }

    /** The training rows, then the test rows not among them; {@code position} filled for them. */
    static int[] rows(int[] train, int[] test, int[] position) {
        Arrays.fill(position, -1);
        int[] rows = new int[train.length + test.length];
        int n = 0;
        for (int[] part : new int[][]{train, test}) {
            for (int r : part) {
                if (position[r] >= 0) continue;
                position[r] = n;
                rows[n++] = r;
            }
        }
        return Arrays.copyOf(rows, n);
    }

    /** Learns the mask and the vocabulary from the {@code train} rows, analysing the rows not cached under their mask. */
    static FoldNgrams fit(CorpusAnalysis analysis, int[] train, int[] test, boolean withTerms, Progress progress) {
        int[] position = new int[analysis.size()];
        int[] rows = rows(train, test, position);
        BoilerplateMask mask = analysis.learnMask(train);
        CorpusAnalysis.Entry[] entries = analysis.ensure(rows, analysis.rangesOf(mask, rows), new CorpusAnalysis.Wanted(true, withTerms), progress);
        NgramVocabulary v = vocabulary(analysis, train, position, entries, mask);
        return new FoldNgrams(train.clone(), test.clone(), position, entries, v, lookup(analysis::idOf, analysis.wordCount(), v));
    }

    /** The vocabulary chosen from the training rows' document frequencies. */
    private static NgramVocabulary vocabulary(CorpusAnalysis analysis, int[] train, int[] position, CorpusAnalysis.Entry[] entries,
                                              BoilerplateMask mask) {
        // document frequencies counted on all cores, each core counting the keys of its own part (no merge:
        // on all of AllSides the map no longer fits a cache, and each part's half-size map misses less),
        // from an earlier fold's counts where that is less work (FoldDf)
        int parts = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        DfCounts[] df = analysis.foldDf.count(analysis.size(), train, position, entries, parts);
        Map<Long, String> lineTexts = new LinkedHashMap<>();
        for (int r : train) {
            if (entries[position[r]].ranges().length > 0) mask.collectLines(analysis.articles().get(r).text(), lineTexts);
        }
        return new VocabularySelection(analysis.ngrams(), train.length, lineTexts.values().toArray(new String[0]), mask.names())
                .fromKeys(df, analysis.words());
    }

    /** The part (0 to {@code parts - 1}) an n-gram key is counted in: a hash other than the maps' own slot hash. */
    static int part(long key, int parts) {
        long h = key * 0xC2B2AE3D27D4EB4FL;
        return (int) (((h >>> 32) * parts) >>> 32);
    }

    /**
     * Column + 1 of each n-gram key of corpus word ids (0 = not in the vocabulary), the ids given by
     * {@code idOf} (0 = unknown) among {@code wordCount} ids.
     */
    static NgramVocabulary.IdLookup lookup(java.util.function.ToIntFunction<String> idOf, int wordCount, NgramVocabulary v) {
        LongIntMap cols = new LongIntMap(Math.max(16, v.size()));
        int[] uni = new int[wordCount];
        for (int i = 0; i < v.size(); i++) {
            String t = v.term(i);
            int sp = t.indexOf(' ');
            int a = idOf.applyAsInt(sp < 0 ? t : t.substring(0, sp));
            int b = sp < 0 ? 0 : idOf.applyAsInt(t.substring(sp + 1));
            if (a == 0 || (sp >= 0 && b == 0)) throw new IllegalStateException("vocabulary term not counted: " + t);
            cols.put(NgramCounter.key(a, b), i + 1);
            if (b == 0) uni[a] = i + 1;
        }
        return new NgramVocabulary.IdLookup(null, null, cols, uni);
    }
}
