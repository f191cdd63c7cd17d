package org.framelab.lexicon;

import org.framelab.util.OptionException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Expands a learned lexicon with words never (or seldom) seen in the annotated training part, by
 * their neighbours in word vectors learned from unlabelled text ({@link WordVectors}): a word's score
 * is the similarity-weighted mean of the smoothed log-odds δ ({@link LexiconLearner}) of its {@code k}
 * nearest neighbours that were counted in training,
 * <pre>
 *   s(w) = Σ_n max(0, cos(w, n)) · δ_n / Σ_n max(0, cos(w, n))       over the k nearest neighbours n with a δ
 * </pre>
 * a one-step label propagation over the kNN graph (in the spirit of SentProp, Hamilton, Clark,
 * Leskovec &amp; Jurafsky 2016, "Inducing domain-specific sentiment lexicons from unlabeled corpora",
 * EMNLP, without the random walk). A word joins the lexicon when {@code s(w) ≥ threshold}, it is not
 * already kept, and it was seen at most {@code maxSeen} times in training (its own counts say little).
 * The neighbour lists depend on the vectors only and are computed once; an expansion is cheap.
 */
public final class VectorExpansion {
    /** Neighbours per word. */
    public static final int DEFAULT_NEIGHBOURS = 10;
    /** A word seen more often in training than this is judged by its own counts, never expanded. */
    public static final int DEFAULT_MAX_SEEN = 2;
    /** Neighbours with a δ a word needs before it is scored. */
    public static final int MIN_KNOWN = 3;

    private final WordVectors vectors;
    private final int k;
    private final int[][] neighbours;
    private final float[][] sims;

    /** A word added by its neighbours: the score and the three most similar neighbours with a δ. */
    public record Added(String word, double score, int known, List<String> nearest) {
        public Added {
            nearest = List.copyOf(nearest);
        }
    }

    /** Neighbours among every word of the vectors that can be a lexicon word. */
    public VectorExpansion(WordVectors vectors, int k) {
        this(vectors, k, null);
    }

    /**
     * @param vectors the word vectors
     * @param k       neighbours per word, among the vectors' words that can be lexicon words and are in the pool
     * @param pool    the words that may be neighbours (the words counted in the training part: only they have a δ),
     *                null for every word
     */
    public VectorExpansion(WordVectors vectors, int k, java.util.Set<String> pool) {
        OptionException.check(k >= 1 && k < vectors.words().size(), "expand_neighbours", k, "at least 1 and below the number of words");
        this.vectors = vectors;
        this.k = k;
        int n = vectors.words().size();
        boolean[] word = new boolean[n], allowed = new boolean[n];
        for (int i = 0; i < n; i++) {
            word[i] = candidate(vectors.words().get(i));
            allowed[i] = word[i] && (pool == null || pool.contains(vectors.words().get(i)));
        }
        neighbours = new int[n][];
        sims = new float[n][];
        double[] s = new double[k];
        for (int i = 0; i < n; i++) {
            if (!word[i]) continue;
            neighbours[i] = vectors.nearest(i, k, allowed, s);
            sims[i] = new float[k];
            for (int j = 0; j < k; j++) sims[i][j] = (float) s[j];
        }
    }

    public WordVectors vectors() { return vectors; }

    public int neighboursPerWord() { return k; }

    /** Whether a word of the vectors can become a lexicon word (a letter, not a function word, no wildcard). */
    static boolean candidate(String w) {
        if (LexiconLearner.isStopword(w) || w.indexOf('*') >= 0 || w.length() > Lexicons.MAX_WORD) return false;
        for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) return true;
        return false;
    }

    /** The words the lexicon gains at this neighbour-score threshold ({@link #expand(LexiconLearner.Learned, VectorRegression, double, int)} without a regression). */
    public List<Added> expand(LexiconLearner.Learned learned, double threshold, int maxSeen) {
        return expand(learned, null, threshold, maxSeen);
    }

    /**
     * The words the lexicon gains at this threshold, by score (highest first, then word).
     *
     * @param learned    the lexicon learned from the training part (its δ for every counted word)
     * @param regression null to score a word by its neighbours' δ; else by this regression's predicted
     *                   enrichment ({@link VectorRegression}, fitted to the same training part)
     * @param threshold  the smallest score added
     * @param maxSeen    words seen more often than this in training are never added
     */
    public List<Added> expand(LexiconLearner.Learned learned, VectorRegression regression, double threshold, int maxSeen) {
        List<Added> out = new ArrayList<>();
        List<String> words = vectors.words();
        for (int i = 0; i < words.size(); i++) {
            if (neighbours[i] == null) continue;
            String w = words.get(i);
            if (learned.keeps(w)) continue;
            LexiconLearner.Term own = learned.termOf(w);
            if (own != null && own.annotated() + own.unannotated() > maxSeen) continue;
            double num = 0, den = 0;
            int known = 0;
            List<String> nearest = new ArrayList<>(3);
            for (int j = 0; j < k; j++) {
                int nb = neighbours[i][j];
                if (nb < 0) continue;
                LexiconLearner.Term t = learned.termOf(words.get(nb));
                if (t == null) continue;
                double wt = Math.max(0, sims[i][j]);
                num += wt * t.logOdds();
                den += wt;
                known++;
                if (nearest.size() < 3) nearest.add(words.get(nb));
            }
            double score;
            if (regression != null) {
                score = regression.score(i);
            } else {
                if (known < MIN_KNOWN || den <= 0) continue;
                score = num / den;
            }
            if (score >= threshold) out.add(new Added(w, score, known, nearest));
        }
        out.sort(Comparator.comparingDouble(Added::score).reversed().thenComparing(Added::word));
        return out;
    }

    /** The learned lexicon with the added words (one category, the learned one). */
    public static Lexicon lexicon(LexiconLearner.Learned learned, List<Added> added, String name) {
        String cat = learned.options().category();
        Lexicon.Builder b = Lexicon.builder(name).category(cat);
        for (String f : learned.forms()) b.add(f, cat);
        for (Added a : added) b.add(a.word(), cat);
        return b.build();
    }
}
