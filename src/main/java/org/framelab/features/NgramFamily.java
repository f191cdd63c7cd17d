package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.text.TokenizedText;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Word n-grams as sparse counts (or TF-IDF). The vocabulary is learned by {@link #fit} from the
 * training articles only and then applied unchanged: n-grams unseen at fit time are ignored.
 * N-grams never cross a sentence boundary; punctuation and quote marks are skipped
 * ({@link NgramCounter}). The fit counts the training articles ({@link NgramCounting}) with their
 * boilerplate blanked out ({@link BoilerplateMask}) and chooses the vocabulary
 * ({@link VocabularySelection}).
 */
public final class NgramFamily implements FeatureFamily {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "ngrams";

    private final NgramOptions options;
    private final NgramVocabulary vocabulary;   // null before fit
    private final List<FeatureColumn> columns;

    public NgramFamily(NgramOptions options) {
        this(options, null);
    }

    public NgramFamily(NgramOptions options, NgramVocabulary vocabulary) {
        this.options = options;
        this.vocabulary = vocabulary;
        this.columns = vocabulary == null ? List.of() : columnsOf(options, vocabulary);
    }

    private static List<FeatureColumn> columnsOf(NgramOptions options, NgramVocabulary vocabulary) {
        List<FeatureColumn> c = new ArrayList<>(vocabulary.size());
        for (int i = 0; i < vocabulary.size(); i++) {
            c.add(column(options, vocabulary.term(i), "vocabulary fitted on " + vocabulary.documents() + " training documents (document frequency "
                    + vocabulary.documentFrequency(i) + ")"));
        }
        return List.copyOf(c);
    }

    /** The column of one n-gram of a vocabulary ({@code source}: where the vocabulary was fitted). */
    public static FeatureColumn column(NgramOptions options, String term, String source) {
        String unit = options.tfidf() ? "TF-IDF weight (L2-normalised per article)" : "count";
        return new FeatureColumn("ngram:" + term, NAME,
                (options.tfidf() ? "TF-IDF weight of the " : "Occurrences of the ") + (term.indexOf(' ') >= 0 ? "word n-gram '" : "word '") + term + "'.",
                unit, source);
    }

    public NgramOptions options() { return options; }

    /** The fitted vocabulary, or null before fit. */
    public NgramVocabulary vocabulary() { return vocabulary; }

    @Override public String name() { return NAME; }

    /** None: n-gram counts have no hits (and are never evidence). */
    @Override public java.util.Set<String> hitFeatures() { return java.util.Set.of(); }

    @Override public List<FeatureColumn> columns() { return columns; }

    @Override public boolean needsFit() { return vocabulary == null; }

    @Override
    public NgramFamily fit(List<Article> training) {
        return options.maxN() <= 2 ? fitIds(training) : fitStrings(training);
    }

    /**
     * Fit for uni/bigrams: articles are tokenised and counted in fixed blocks on all cores (word-id
     * pairs in primitive maps, no String per n-gram), then merged in block order, so the vocabulary
     * is identical whatever the number of cores.
     */
    NgramFamily fitIds(List<Article> training) {
        return new NgramFamily(options, NgramCounting.countIds(options, training, null, Progress.NONE).vocabulary());
    }

    /** Fit for any n (trigrams too): one String per n-gram, single-threaded. */
    NgramFamily fitStrings(List<Article> training) {
        return new NgramFamily(options, NgramCounting.countStrings(options, training));
    }

    /** The fitted family and the vectors (all families) of the training articles. */
    record Fused(NgramFamily family, SparseVector[] vectors) {}

    /**
     * Fit and transform of the training articles in one pass (see {@link FramingSpec#fitTransform}):
     * {@code partial} computes the other families' values (its columns come first), this family's
     * counts are collected in the same pass and turned into columns once the vocabulary is chosen.
     */
    Fused fitTransform(List<Article> training, FramingFeatures partial, Progress progress) {
        progress.start("features (training, one pass)", training.size());
        try {
            NgramCounting.Counted c = NgramCounting.countIds(options, training, partial, progress);
            NgramFamily fitted = new NgramFamily(options, c.vocabulary());
            NgramVocabulary.IdLookup lookup = c.vocabulary().idLookup();
            int base = partial.columns().size();
            SparseVector[] out = new SparseVector[training.size()];
            IntStream.range(0, out.length).parallel().forEach(i -> {
                out[i] = combine(c.partials()[i], fitted.values(c.keys()[i], c.counts()[i], lookup), base);
                c.partials()[i] = null;
                c.keys()[i] = null;
                c.counts()[i] = null;
            });
            return new Fused(fitted, out);
        } finally {
            progress.done();
        }
    }

    /** This family's values of one article: {@code size} ascending columns and their counts or weights. */
    record Values(int[] cols, double[] vals, int size) {}

    /**
     * The full vector of one training article: the other families' values, then this family's
     * values, from column {@code base} on.
     */
    static SparseVector combine(SparseVector partial, Values values, int base) {
        int p = partial.size();
        int m = values.size();
        int[] idx = Arrays.copyOf(partial.indices(), p + m);
        double[] v = Arrays.copyOf(partial.values(), p + m);
        for (int k = 0; k < m; k++) {
            idx[p + k] = base + values.cols()[k];
            v[p + k] = values.vals()[k];
        }
        return new SparseVector(idx, v);
    }

    /**
     * The values from distinct n-gram keys of the vocabulary's word ids and their counts (0 = an
     * n-gram outside the vocabulary), weighted as the options say.
     */
    Values values(long[] keys, int[] counts, NgramVocabulary.IdLookup lookup) {
        int[] col = new int[keys.length];
        int[] cnt = new int[keys.length];
        int m = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0) continue;
            int c = lookup.column(keys[i]);
            if (c > 0) {
                col[m] = c - 1;
                cnt[m] = counts[i];
                m++;
            }
        }
        // ascending columns (distinct, since distinct keys have distinct columns)
        int[] cs = new int[m];
        double[] vals = new double[m];
        KeyPairs.sortByColumn(col, cnt, m, cs, vals);
        return weighted(cs, vals, m);
    }

    /** The values from the columns of every occurrence of a kept n-gram ({@code m} of {@code a}, reordered). */
    private Values values(int[] a, int m) {
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
        return weighted(cols, vals, distinct);
    }

    /** Counts as they are, or TF-IDF weighted and L2-normalised when the options say so. */
    private Values weighted(int[] cols, double[] vals, int m) {
        if (options.tfidf()) vocabulary.weigh(cols, vals, m);
        return new Values(cols, vals, m);
    }

    @Override
    public void extract(TextAnalysis doc, FeatureSink sink) {
        if (vocabulary == null) throw new IllegalStateException("n-gram vocabulary not fitted: call fit on training articles first");
        // the pipeline has blanked the boilerplate lines of the text already (FramingFeatures)
        NgramVocabulary.IdLookup lookup = vocabulary.idLookup();
        Values v = lookup != null ? idValues(doc.tokens(), lookup) : stringValues(doc.tokens());
        for (int k = 0; k < v.size(); k++) sink.value(v.cols()[k], v.vals()[k]);
    }

    /**
     * Uni/bigrams: one hash look-up per token (lower-cased n-grams: by the token's characters, without a
     * String), then primitive look-ups of word-id pairs.
     */
    private Values idValues(TokenizedText t, NgramVocabulary.IdLookup lookup) {
        NgramCounter counter = new NgramCounter(options);
        // words outside the vocabulary are 0 in the run: no bigram spans them
        int[] run;
        if (options.lowercase()) {
            run = counter.findRun(t, lookup.table());
        } else {
            HashMap<String, Integer> words = lookup.words();
            run = counter.idRun(t, w -> {
                Integer boxed = words.get(w);
                return boxed == null ? 0 : boxed;
            });
        }
        NgramCounter.Counts c = NgramCounter.distinct(counter.keys(run));
        return values(c.keys(), c.counts(), lookup);
    }

    /** Any n: the n-gram strings looked up one by one. */
    private Values stringValues(TokenizedText t) {
        int[] cnt = {0};
        int[][] holder = {new int[64]};
        new NgramCounter(options).grams(t, g -> {
            int i = vocabulary.indexOf(g);
            if (i < 0) return;
            if (cnt[0] == holder[0].length) holder[0] = Arrays.copyOf(holder[0], cnt[0] * 2);
            holder[0][cnt[0]++] = i;
        });
        return values(holder[0], cnt[0]);
    }
}
