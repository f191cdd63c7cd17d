package org.framelab.model;

import org.framelab.features.FeatureColumn;
import org.framelab.features.SparseVector;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Page templates of training outlets, learned from the training rows only: n-gram columns whose
 * document rate in one outlet's training articles is far above their rate in every other outlet
 * (widgets, captions, bylines, "read more" blocks such as CNN's {@code replay more} or NPR's
 * {@code toggle caption}). Such an n-gram tells the classifier which outlet wrote the article, not
 * how it frames the story, and it does not carry over to outlets the model has not seen; the
 * scaler gives it weight 0, so it never reaches the classifier.
 *
 * <p>The rule (thresholds fixed in advance, see docs/model.md "Outlet templates"): an n-gram is a
 * template of outlet <i>o</i> when
 * <ul>
 *   <li><i>o</i> has at least {@link #MIN_ARTICLES} training articles and the n-gram occurs in at least
 *       {@link #MIN_RATE} of them (and in at least {@link #MIN_DOCS}), and</li>
 *   <li>its rate in <i>o</i> is at least {@link #RATIO} times its rate in all other training articles
 *       taken together, and</li>
 *   <li>at least {@link #SECOND} times its rate in any other outlet with at least {@link #MIN_ARTICLES}
 *       training articles (a template of one outlet, not a phrase two outlets share, such as a wire
 *       service's credit line).</li>
 * </ul>
 * Comparing with all other articles together rather than with each other outlet's rate lets a
 * mixed group such as AllSides' "Guest Writer" (pieces published by many outlets, some carrying their
 * widgets: CNN's {@code just watched} is in 56% of CNN articles, 7% of guest writers' and 0.2% of
 * all others) not hide a template.
 * Outlet name variants ({@link OutletVariants#family}: "Fox News", "Fox Online News") count as one
 * outlet, so a template shared by a publication's sections is still found.
 */
final class OutletTemplates {
    /** Smallest share of an outlet's training articles that contain a template n-gram. */
    static final double MIN_RATE = 0.10;
    /** How many times more often the n-gram occurs in the outlet than in all other training articles. */
    static final double RATIO = 20;
    /** How many times more often than in the outlet where it is second most frequent. */
    static final double SECOND = 2;
    /** Outlets with fewer training articles are not judged on their own (their rates are noise). */
    static final int MIN_ARTICLES = 20;
    /** Smallest number of the outlet's articles containing the n-gram. */
    static final int MIN_DOCS = 5;

    /** A removed n-gram column with the evidence for it. */
    record Template(int column, String term, String outlet, int outletArticles, double outletRate, double otherRate,
                    double secondRate) implements Serializable {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s (%s: %.0f%% of %d articles; all others %.1f%%, next outlet %.1f%%)",
                    term, outlet, 100 * outletRate, outletArticles, 100 * otherRate, 100 * secondRate);
        }
    }

    /** Counts document frequencies of n-gram columns per outlet, one training vector at a time. */
    static final class Learner implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<FeatureColumn> columns;
        private final Map<String, Integer> index = new HashMap<>();   // outlet family -> outlet index
        private final int[] outletOf;              // training row -> outlet index (-1: no outlet)
        private final String[] outletNames;        // outlet index -> a readable name (the most frequent variant)
        private final int[] articles;              // outlet index -> training articles
        private final int[][] df;                  // judged outlet index -> df per column (null when too small)
        private final int[] total;                 // df per column over all training rows with an outlet
        private final boolean[] ngram;

        /** {@code outlets}: one entry per training row (null or blank = none). */
        Learner(List<FeatureColumn> columns, String[] outlets) {
            this.columns = columns;
            Map<String, Map<String, Integer>> names = new HashMap<>();
            outletOf = new int[outlets.length];
            List<Integer> sizes = new ArrayList<>();
            for (int i = 0; i < outlets.length; i++) {
                String o = outlets[i];
                if (o == null || o.isBlank()) {
                    outletOf[i] = -1;
                    continue;
                }
                String fam = OutletVariants.family(o);
                Integer k = index.get(fam);
                if (k == null) {
                    k = index.size();
                    index.put(fam, k);
                    sizes.add(0);
                }
                outletOf[i] = k;
                sizes.set(k, sizes.get(k) + 1);
                names.computeIfAbsent(fam, f -> new java.util.TreeMap<>()).merge(o.strip(), 1, Integer::sum);
            }
            articles = sizes.stream().mapToInt(Integer::intValue).toArray();
            outletNames = new String[articles.length];
            index.forEach((fam, k) -> outletNames[k] = mostFrequent(names.get(fam)));
            ngram = new boolean[columns.size()];
            for (int c = 0; c < ngram.length; c++) ngram[c] = columns.get(c).isNgram();
            df = new int[articles.length][];
            for (int k = 0; k < articles.length; k++) if (articles[k] >= MIN_ARTICLES) df[k] = new int[columns.size()];
            total = new int[columns.size()];
        }

        private static String mostFrequent(Map<String, Integer> counts) {
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
            return best;
        }

        /** Whether at least two outlets are large enough to be judged (otherwise nothing is removed). */
        boolean applies() {
            int judged = 0;
            for (int[] d : df) if (d != null) judged++;
            return judged >= 2;
        }

        void add(int row, SparseVector v) {
            int k = outletOf[row];
            if (k < 0) return;
            count(k, v);
        }

        private void count(int k, SparseVector v) {
            int[] d = df[k];
            int[] idx = v.indices();
            double[] val = v.values();
            for (int j = 0; j < idx.length; j++) {
                int c = idx[j];
                if (c >= ngram.length || !ngram[c] || val[j] == 0) continue;
                total[c]++;
                if (d != null) d[c]++;
            }
        }

        /**
         * Adds a training vector by its outlet (one of the outlets the learner was made with; null or
         * blank = none), for a job that adds vectors in parts and {@link #merge}s the parts.
         */
        void add(String outlet, SparseVector v) {
            Integer k = outlet == null || outlet.isBlank() ? null : index.get(OutletVariants.family(outlet));
            if (k == null) return;
            count(k, v);
        }

        /** Adds the counts of another learner made with the same outlets and columns. */
        void merge(Learner o) {
            if (o.df.length != df.length || o.total.length != total.length) throw new IllegalArgumentException("learners of other outlets or columns");
            for (int c = 0; c < total.length; c++) total[c] += o.total[c];
            for (int k = 0; k < df.length; k++) {
                if (df[k] == null) continue;
                for (int c = 0; c < total.length; c++) df[k][c] += o.df[k][c];
            }
        }

        /** The template columns, in column order. */
        List<Template> templates() {
            List<Template> out = new ArrayList<>();
            if (!applies()) return out;
            int rowsWithOutlet = 0;
            for (int a : articles) rowsWithOutlet += a;
            for (int c = 0; c < ngram.length; c++) {
                if (!ngram[c] || total[c] < MIN_DOCS) continue;
                Template t = judge(c, rowsWithOutlet);
                if (t != null) out.add(t);
            }
            return out;
        }

        /** The template of column {@code c}, or null: the outlet with the highest rate must beat all others by the rule above. */
        private Template judge(int c, int rowsWithOutlet) {
            int best = -1;
            double bestRate = 0;
            double second = 0;
            for (int k = 0; k < df.length; k++) {
                if (df[k] == null) continue;
                double r = df[k][c] / (double) articles[k];
                if (r > bestRate) {
                    second = bestRate;
                    bestRate = r;
                    best = k;
                } else if (r > second) second = r;
            }
            if (best < 0 || bestRate < MIN_RATE || df[best][c] < MIN_DOCS) return null;
            double rest = (total[c] - df[best][c]) / (double) Math.max(1, rowsWithOutlet - articles[best]);
            if (bestRate < RATIO * rest || bestRate < SECOND * second) return null;
            return new Template(c, columns.get(c).name(), outletNames[best], articles[best], bestRate, rest, second);
        }
    }
}
