package org.framelab.features;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * A fitted n-gram vocabulary: the n-grams kept (alphabetical = column order), their document
 * frequencies and IDF weights, learned from training documents only. Immutable and serialisable, so
 * a model applies it unchanged to new data.
 */
public final class NgramVocabulary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final NgramOptions options;
    private final String[] terms;
    private final int[] df;
    private final double[] idf;
    private final int documents;
    private final HashMap<String, Integer> index;

    NgramVocabulary(NgramOptions options, String[] terms, int[] df, int documents) {
        this.options = options;
        this.terms = terms.clone();
        this.df = df.clone();
        this.documents = documents;
        this.idf = new double[terms.length];
        this.index = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            // smoothed IDF: ln((1 + N) / (1 + df)) + 1 (as in scikit-learn's TfidfTransformer)
            idf[i] = Math.log((1.0 + documents) / (1.0 + df[i])) + 1.0;
            index.put(terms[i], i);
        }
    }

    public NgramOptions options() { return options; }

    public int size() { return terms.length; }

    public List<String> terms() { return List.of(terms); }

    public String term(int i) { return terms[i]; }

    public int documentFrequency(int i) { return df[i]; }

    public double idf(int i) { return idf[i]; }

    /** Number of training documents the vocabulary was fitted on. */
    public int documents() { return documents; }

    /** Column of an n-gram (words joined by one space), or -1. */
    public int indexOf(String term) {
        Integer i = index.get(term);
        return i == null ? -1 : i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NgramVocabulary v && v.options.equals(options) && Arrays.equals(v.terms, terms)
                && Arrays.equals(v.df, df) && v.documents == documents;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(terms) * 31 + documents;
    }
}
