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
        HashMap<String, int[]> df = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int docs = 0;
        for (Article a : training) {
            docs++;
            seen.clear();
            grams(Tokenizer.DEFAULT.tokenize(a.text()), seen::add);
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
        return new NgramFamily(options, new NgramVocabulary(options, terms, counts, docs));
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
            String w = options.lowercase() ? t.norm(i) : t.surface(i).replace('\u2019', '\'');
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
        int[] idx = new int[64];
        int[] cnt = {0};
        int[][] holder = {idx};
        grams(doc.tokens(), g -> {
            int i = vocabulary.indexOf(g);
            if (i < 0) return;
            if (cnt[0] == holder[0].length) holder[0] = Arrays.copyOf(holder[0], cnt[0] * 2);
            holder[0][cnt[0]++] = i;
        });
        int m = cnt[0];
        if (m == 0) return;
        int[] a = holder[0];
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
        if (options.tfidf()) {
            double norm = 0;
            for (int k = 0; k < distinct; k++) {
                vals[k] *= vocabulary.idf(cols[k]);
                norm += vals[k] * vals[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < distinct; k++) vals[k] /= norm;
        }
        for (int k = 0; k < distinct; k++) sink.value(cols[k], vals[k]);
    }
}
