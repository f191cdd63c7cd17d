package org.framelab.features;

import org.framelab.text.TokenizedText;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

/**
 * The n-grams of one text under the options' n and case: as strings (any n), or, for uni/bigrams,
 * as keys of word-id pairs ({@link #key}) counted without a String per n-gram. N-grams never cross a
 * sentence boundary; punctuation and quote marks are skipped.
 */
final class NgramCounter {
    private final NgramOptions options;

    NgramCounter(NgramOptions options) {
        this.options = options;
    }

    /** Distinct n-gram keys in ascending order, each with its number of occurrences. */
    record Counts(long[] keys, int[] counts) {}

    /** Unigram key {@code a << 32}, bigram key {@code a << 32 | b}; word ids start at 1, so keys are never 0. */
    static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** Token {@code i} as the n-grams spell it: normalised, or as written with {@code ’} as {@code '}. */
    String word(TokenizedText t, int i) {
        return options.lowercase() ? t.norm(i) : t.surface(i).replace('\u2019', '\'');
    }

    /**
     * {@code idOf} of each word token of the text, called in text order, with a 0 at each sentence
     * start, where a bigram must not continue.
     */
    private static int[] run(TokenizedText t, IntUnaryOperator idOf) {
        int n = t.size();
        int[] run = new int[2 * n];
        int m = 0;
        int sentence = -1;
        String text = t.text();
        int gapFrom = 0;
        boolean blanked = false;   // a blanked range (outlet boilerplate) since the last word
        for (int i = 0; i < n; i++) {
            int b = t.begin(i);
            for (int k = gapFrom; k < b && !blanked; k++) blanked = text.charAt(k) == RepeatedLines.BLANK;
            gapFrom = t.end(i);
            if (!t.isWord(i)) continue;
            int s = t.sentenceOf(i);
            if (s != sentence || blanked) {
                sentence = s;
                run[m++] = 0;
            }
            blanked = false;
            run[m++] = idOf.applyAsInt(i);
        }
        return Arrays.copyOf(run, m);
    }

    /**
     * The ids of the text's words in order ({@code idOf} of each word as {@link #word} spells it,
     * called in text order), with a 0 at each sentence start and after blanked boilerplate
     * ({@link RepeatedLines#BLANK}), so that no bigram crosses either.
     */
    int[] idRun(TokenizedText t, ToIntFunction<String> idOf) {
        return run(t, i -> idOf.applyAsInt(word(t, i)));
    }

    /**
     * {@link #idRun(TokenizedText, ToIntFunction)} with the ids of {@code table} (registering new
     * words): lower-cased n-grams look each token up by its normalised characters, without a String.
     */
    int[] idRun(TokenizedText t, WordTable table) {
        return options.lowercase() ? run(t, i -> table.id(t, i)) : idRun(t, table::id);
    }

    /**
     * {@link #idRun(TokenizedText, ToIntFunction)} with the ids {@code table} has (0 for a word it lacks; nothing
     * registered): for lower-cased n-grams only, each token looked up by its normalised characters.
     */
    int[] findRun(TokenizedText t, WordTable table) {
        if (!options.lowercase()) throw new IllegalStateException("findRun reads the lower-cased form");
        return run(t, i -> table.find(t, i));
    }

    /** The keys of the uni/bigrams of an id run in text order, repeats included; an id 0 ends a bigram chain. */
    long[] keys(int[] run) {
        boolean uni = options.minN() <= 1;
        boolean bi = options.maxN() >= 2;
        long[] out = new long[2 * run.length];
        int m = 0;
        int prev = 0;
        for (int id : run) {
            if (id == 0) {
                prev = 0;
                continue;
            }
            if (uni) out[m++] = key(id, 0);
            if (bi && prev != 0) out[m++] = key(prev, id);
            prev = id;
        }
        return Arrays.copyOf(out, m);
    }

    /** The distinct keys of {@code keys} (sorted in place) with their counts. */
    static Counts distinct(long[] keys) {
        Arrays.sort(keys);
        int m = keys.length;
        int distinct = 0;
        for (int i = 0; i < m; i++) if (i == 0 || keys[i] != keys[i - 1]) distinct++;
        long[] k = new long[distinct];
        int[] c = new int[distinct];
        int j = -1;
        for (int i = 0; i < m; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) k[++j] = keys[i];
            c[j]++;
        }
        return new Counts(k, c);
    }

    /**
     * The distinct keys of {@code keys} with their counts, in order of first occurrence (not sorted:
     * for callers that put the keys in another order anyway), counted in {@code scratch}'s table.
     */
    static Counts counted(long[] keys, Scratch scratch) {
        return scratch.count(keys);
    }

    /** A reusable counting table for {@link #counted}; one per thread. */
    static final class Scratch {
        private long[] slots = new long[1024];
        private int[] at = new int[1024];

        Counts count(long[] keys) {
            if (slots.length < 2 * keys.length) {
                int cap = Integer.highestOneBit(Math.max(1024, 2 * keys.length) - 1) << 1;
                slots = new long[cap];
                at = new int[cap];
            }
            int mask = slots.length - 1;
            long[] k = new long[keys.length];
            int[] c = new int[keys.length];
            int distinct = 0;
            for (long key : keys) {
                long h = key * 0x9E3779B97F4A7C15L;
                int i = (int) (h >>> 40) & mask;
                while (slots[i] != key && slots[i] != 0) i = (i + 1) & mask;
                if (slots[i] == key) {
                    c[at[i]]++;
                } else {
                    slots[i] = key;
                    at[i] = distinct;
                    k[distinct] = key;
                    c[distinct++] = 1;
                }
            }
            // empty the used slots for the next text: from each key's home slot to the end of its run
            // (the first key of a run has its home there, so every run is emptied whole)
            for (int d = 0; d < distinct; d++) {
                long h = k[d] * 0x9E3779B97F4A7C15L;
                int i = (int) (h >>> 40) & mask;
                while (slots[i] != 0) {
                    slots[i] = 0;
                    i = (i + 1) & mask;
                }
            }
            return new Counts(Arrays.copyOf(k, distinct), Arrays.copyOf(c, distinct));
        }
    }

    /** Calls {@code out} with every n-gram of the text (words joined by one space). */
    void grams(TokenizedText t, Consumer<String> out) {
        String[] window = new String[3];
        int filled = 0;
        for (int token : run(t, i -> i + 1)) {
            if (token == 0) {
                filled = 0;
                continue;
            }
            String w = word(t, token - 1);
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
}
