package org.framelab.features;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** Boilerplate lines learned at fit time (trimmed, sorted); their words are not counted. */
    private final String[] repeatedLines;
    private transient volatile java.util.Set<String> repeatedSet;
    /** Names of the training outlets, left out like boilerplate (sorted); null in files written before they were. */
    private final String[] outletNames;
    private transient volatile OutletNames outletNameMatcher;
    /** Word-id look-up for uni/bigram vocabularies, built on first use (not serialised). */
    private transient volatile IdLookup ids;

    /**
     * Words of the kept terms (ids from 1), the column + 1 of each word-id pair ({@code a << 32 | b},
     * b = 0 for a unigram; 0 = none) and the same for unigrams as an array indexed by word id; {@code table}
     * holds the same words under the same ids, looked up by a token's characters without a String (null
     * where {@code words} is).
     */
    record IdLookup(HashMap<String, Integer> words, WordTable table, LongIntMap columns, int[] unigramColumns) {
        /** The column + 1 of an n-gram key of this look-up's word ids ({@link NgramCounter#key}), or 0 for none. */
        int column(long key) {
            return (int) key == 0 ? unigramColumns[(int) (key >>> 32)] : columns.get(key, 0);
        }
    }

    NgramVocabulary(NgramOptions options, String[] terms, int[] df, int documents) {
        this(options, terms, df, documents, new String[0]);
    }

    NgramVocabulary(NgramOptions options, String[] terms, int[] df, int documents, String[] repeatedLines) {
        this(options, terms, df, documents, repeatedLines, OutletNames.NONE);
    }

    NgramVocabulary(NgramOptions options, String[] terms, int[] df, int documents, String[] repeatedLines, OutletNames names) {
        this.options = options;
        this.outletNames = names.names().toArray(new String[0]);
        this.repeatedLines = repeatedLines.clone();
        Arrays.sort(this.repeatedLines);
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

    /**
     * TF-IDF in place: the first {@code m} counts {@code vals} times the IDF of their columns
     * {@code cols}, L2-normalised.
     */
    void weigh(int[] cols, double[] vals, int m) {
        double norm = 0;
        for (int k = 0; k < m; k++) {
            vals[k] *= idf[cols[k]];
            norm += vals[k] * vals[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < m; k++) vals[k] /= norm;
    }

    /** Number of training documents the vocabulary was fitted on. */
    public int documents() { return documents; }

    /** Lines skipped as outlet boilerplate (repeated verbatim in training articles), sorted. */
    public List<String> repeatedLines() { return List.of(repeatedLines); }

    /** The boilerplate lines as a set, for look-ups. */
    java.util.Set<String> repeatedLineSet() {
        java.util.Set<String> s = repeatedSet;
        if (s == null) {
            s = new java.util.HashSet<>(Arrays.asList(repeatedLines));
            repeatedSet = s;
        }
        return s;
    }

    /** Names of the training outlets left out of the features (see {@link OutletNames}), sorted. */
    public List<String> outletNames() { return outletNames == null ? List.of() : List.of(outletNames); }

    /** The outlet-name matcher (no names for a vocabulary without them). */
    OutletNames outletNameMatcher() {
        OutletNames m = outletNameMatcher;
        if (m == null) {
            m = outletNames == null || outletNames.length == 0 ? OutletNames.NONE : new OutletNames(outletNames);
            outletNameMatcher = m;
        }
        return m;
    }

    /** Column of an n-gram (words joined by one space), or -1. */
    public int indexOf(String term) {
        Integer i = index.get(term);
        return i == null ? -1 : i;
    }

    /** The word-id look-up, or null when some term has more than two words. */
    IdLookup idLookup() {
        IdLookup l = ids;
        if (l != null) return l.words() == null ? null : l;
        HashMap<String, Integer> words = new HashMap<>();
        LongIntMap cols = new LongIntMap(terms.length);
        boolean ok = true;
        for (int i = 0; i < terms.length && ok; i++) {
            String t = terms[i];
            int sp = t.indexOf(' ');
            if (sp < 0) {
                cols.put(NgramCounter.key(wordId(words, t), 0), i + 1);
            } else if (t.indexOf(' ', sp + 1) < 0) {
                int a = wordId(words, t.substring(0, sp));
                int b = wordId(words, t.substring(sp + 1));
                cols.put(NgramCounter.key(a, b), i + 1);
            } else {
                ok = false;
            }
        }
        int[] uni = null;
        WordTable table = null;
        if (ok) {
            uni = new int[words.size() + 1];
            for (int id = 1; id < uni.length; id++) uni[id] = cols.get(NgramCounter.key(id, 0), 0);
            String[] byId = new String[words.size() + 1];
            for (Map.Entry<String, Integer> e : words.entrySet()) byId[e.getValue()] = e.getKey();
            table = new WordTable();
            for (int id = 1; id < byId.length; id++) {
                if (table.id(byId[id]) != id) throw new IllegalStateException("word ids out of step at " + id);
            }
        }
        l = ok ? new IdLookup(words, table, cols, uni) : new IdLookup(null, null, null, null);
        ids = l;
        return ok ? l : null;
    }

    private static int wordId(HashMap<String, Integer> words, String w) {
        Integer id = words.get(w);
        if (id == null) {
            id = words.size() + 1;
            words.put(w, id);
        }
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NgramVocabulary v && v.options.equals(options) && Arrays.equals(v.terms, terms)
                && Arrays.equals(v.df, df) && v.documents == documents && Arrays.equals(v.repeatedLines, repeatedLines)
                && v.outletNames().equals(outletNames());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(terms) * 31 + documents;
    }
}
