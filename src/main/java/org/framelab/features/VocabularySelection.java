package org.framelab.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The choice of the n-gram vocabulary from the document frequencies counted at fit time: the
 * n-grams found in at least {@code minDf} training documents, of those the {@code maxFeatures} most
 * frequent (ties alphabetical), as alphabetical columns. The IDF weights follow from the document
 * frequencies ({@link NgramVocabulary}).
 */
final class VocabularySelection {
    private final NgramOptions options;
    private final int documents;
    private final String[] repeatedLines;
    private final OutletNames names;

    /**
     * @param documents     number of training documents counted
     * @param repeatedLines the boilerplate lines met while counting
     * @param names         the outlet names left out while counting
     */
    VocabularySelection(NgramOptions options, int documents, String[] repeatedLines, OutletNames names) {
        this.options = options;
        this.documents = documents;
        this.repeatedLines = repeatedLines;
        this.names = names;
    }

    /** From document frequencies of n-gram strings (one int[1] counter each). */
    NgramVocabulary fromTerms(Map<String, int[]> df) {
        List<String> terms = new ArrayList<>();
        List<Integer> dfs = new ArrayList<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            if (e.getValue()[0] >= options.minDf()) {
                terms.add(e.getKey());
                dfs.add(e.getValue()[0]);
            }
        }
        return select(terms, dfs);
    }

    /**
     * From document frequencies keyed by word-id pairs ({@link NgramCounter#key}, ids into
     * {@code words}); only the candidates at or above the cut-off frequency are spelt out as strings.
     */
    NgramVocabulary fromKeys(LongIntMap df, List<String> words) {
        return fromKeys(new LongIntMap[]{df}, words);
    }

    /**
     * The same from document frequencies counted in parts whose keys do not overlap (each n-gram in at
     * most one part): the vocabulary does not depend on how the keys were split, since the selection
     * orders the terms by frequency, then alphabetically.
     */
    NgramVocabulary fromKeys(LongIntMap[] parts, List<String> words) {
        Counted[] c = new Counted[parts.length];
        for (int i = 0; i < parts.length; i++) c[i] = parts[i]::forEach;
        return fromCounted(c, words);
    }

    /** The same from {@link DfCounts} parts. */
    NgramVocabulary fromKeys(DfCounts[] parts, List<String> words) {
        Counted[] c = new Counted[parts.length];
        for (int i = 0; i < parts.length; i++) c[i] = parts[i]::forEach;
        return fromCounted(c, words);
    }

    /** Keys with their document frequencies, in any order. */
    private interface Counted {
        void forEach(PackedCounts.Consumer each);
    }

    private NgramVocabulary fromCounted(Counted[] parts, List<String> words) {
        int cut = cutOff(parts);
        List<String> terms = new ArrayList<>();
        List<Integer> dfs = new ArrayList<>();
        for (Counted df : parts) {
            df.forEach((key, count) -> {
                if (count < cut) return;
                int a = (int) (key >>> 32);
                int b = (int) key;
                terms.add(b == 0 ? words.get(a) : words.get(a) + ' ' + words.get(b));
                dfs.add(count);
            });
        }
        return select(terms, dfs);
    }

    /**
     * The smallest document frequency a kept n-gram can have: minDf, or, with more than maxFeatures
     * candidates, the frequency of the maxFeatures-th most frequent one.
     */
    private int cutOff(Counted[] parts) {
        int min = options.minDf();
        int[] cand = {0};
        for (Counted df : parts) df.forEach((k, c) -> {
            if (c >= min) cand[0]++;
        });
        int cut = min;
        if (cand[0] > options.maxFeatures()) {
            int[] c = new int[cand[0]];
            int[] n = {0};
            for (Counted df : parts) df.forEach((k, v) -> {
                if (v >= min) c[n[0]++] = v;
            });
            Arrays.sort(c);
            cut = Math.max(cut, c[c.length - options.maxFeatures()]);
        }
        return cut;
    }

    /** The vocabulary of the maxFeatures most frequent of the candidate (distinct) terms, ties alphabetical. */
    private NgramVocabulary select(List<String> terms, List<Integer> dfs) {
        Integer[] order = new Integer[terms.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> !dfs.get(x).equals(dfs.get(y)) ? Integer.compare(dfs.get(y), dfs.get(x))
                : terms.get(x).compareTo(terms.get(y)));
        int keep = Math.min(order.length, options.maxFeatures());
        Integer[] kept = Arrays.copyOf(order, keep);
        Arrays.sort(kept, (x, y) -> terms.get(x).compareTo(terms.get(y)));   // column order: alphabetical
        String[] out = new String[keep];
        int[] counts = new int[keep];
        for (int i = 0; i < keep; i++) {
            out[i] = terms.get(kept[i]);
            counts[i] = dfs.get(kept[i]);
        }
        return new NgramVocabulary(options, out, counts, documents, repeatedLines, names);
    }
}
