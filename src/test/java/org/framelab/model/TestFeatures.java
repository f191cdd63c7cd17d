package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureSpec;
import org.framelab.features.FittedFeatures;
import org.framelab.features.SparseVector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/** Test-only feature pipeline: bag of words (vocabulary and IDF fitted on training) plus a dense length column. */
final class TestFeatures {
    private TestFeatures() {}

    static final class BagOfWords implements FeatureSpec {
        private static final long serialVersionUID = 1L;
        final int minDf;

        BagOfWords(int minDf) {
            this.minDf = minDf;
        }

        @Override
        public FittedFeatures fit(List<Article> training) {
            Map<String, Integer> df = new TreeMap<>();
            for (Article a : training) for (String w : new TreeSet<>(words(a.text()))) df.merge(w, 1, Integer::sum);
            List<String> vocab = new ArrayList<>();
            for (Map.Entry<String, Integer> e : df.entrySet()) if (e.getValue() >= minDf) vocab.add(e.getKey());
            double[] idf = new double[vocab.size()];
            for (int i = 0; i < idf.length; i++) idf[i] = Math.log((1.0 + training.size()) / (1.0 + df.get(vocab.get(i)))) + 1;
            return new Fitted(vocab, idf);
        }

        @Override
        public String describe() {
            return "test-bag-of-words";
        }
    }

    record Fitted(List<String> vocab, double[] idf) implements FittedFeatures {
        @Override
        public List<FeatureColumn> columns() {
            List<FeatureColumn> c = new ArrayList<>();
            c.add(new FeatureColumn("length.words", "length", "words in the text", "count", ""));
            for (String w : vocab) c.add(new FeatureColumn("ngram:\"" + w + "\"", "ngrams", "tf-idf of " + w, "tf-idf", ""));
            return c;
        }

        @Override
        public SparseVector transform(Article article) {
            List<String> ws = words(article.text());
            TreeMap<Integer, Double> v = new TreeMap<>();
            for (String w : ws) {
                int i = Collections.binarySearch(vocab, w);
                if (i >= 0) v.merge(i + 1, idf[i], Double::sum);
            }
            double norm = 0;
            for (double d : v.values()) norm += d * d;
            double n = Math.sqrt(norm);
            int[] idx = new int[v.size() + 1];
            double[] val = new double[v.size() + 1];
            idx[0] = 0;
            val[0] = ws.size();
            int j = 1;
            for (Map.Entry<Integer, Double> e : v.entrySet()) {
                idx[j] = e.getKey();
                val[j++] = n == 0 ? 0 : e.getValue() / n;
            }
            return new SparseVector(idx, val);
        }
    }

    /** Records the ids of every fit() call. */
    static final class Spy implements FeatureSpec {
        private static final long serialVersionUID = 1L;
        final FeatureSpec inner;
        final transient List<List<String>> fits = Collections.synchronizedList(new ArrayList<>());

        Spy(FeatureSpec inner) {
            this.inner = inner;
        }

        @Override
        public FittedFeatures fit(List<Article> training) {
            fits.add(training.stream().map(Article::id).toList());
            return inner.fit(training);
        }

        @Override
        public String describe() {
            return "spy(" + inner.describe() + ")";
        }
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /**
     * A synthetic corpus: {@code outlets} outlets, each with one leaning (left/center/right, round robin) and
     * its own signature word; articles mix common words, leaning words (with probability {@code signal})
     * and the outlet word.
     */
    static List<Article> corpus(int outlets, int perOutlet, double signal, long seed) {
        String[] labels = {"left", "center", "right"};
        String[][] cue = {{"progressive", "equity", "climate"}, {"bipartisan", "moderate", "balanced"}, {"patriot", "freedom", "border"}};
        String[] common = {"the", "government", "said", "city", "report", "people", "official", "week", "plan", "vote", "council", "today"};
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>();
        for (int o = 0; o < outlets; o++) {
            int l = o % 3;
            String outlet = "Outlet" + (char) ('A' + o);
            for (int a = 0; a < perOutlet; a++) {
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 30; w++) {
                    double u = r.nextDouble();
                    if (u < signal) sb.append(cue[l][r.nextInt(3)]);
                    else if (u < signal + 0.05) sb.append("house").append(outlet.toLowerCase(Locale.ROOT));
                    else sb.append(common[r.nextInt(common.length)]);
                    sb.append(' ');
                }
                String id = outlet + "-" + a;
                out.add(new Article(id, "", sb.toString(), outlet, null, "", List.of(), Map.of("bias", labels[l]), Map.of("source", outlet), List.of()));
            }
        }
        return out;
    }
}
