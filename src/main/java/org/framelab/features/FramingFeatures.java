package org.framelab.features;

import org.framelab.util.OptionException;

import org.framelab.corpus.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * FrameLab's {@link FittedFeatures}: two text columns ({@code text.tokens}, {@code text.sentences})
 * followed by each family's columns. One pass per article: the text is analysed once
 * ({@link TextAnalyzer}) and every family reads that analysis. Immutable and thread-safe.
 */
public final class FramingFeatures implements FittedFeatures {
    private static final long serialVersionUID = 1L;
    /** The token count column: the denominator of every rate. */
    public static final String TOKENS = "text.tokens";

    private final List<FeatureFamily> families;
    private final int[] offsets;
    private final List<FeatureColumn> columns;
    /** Per column: whether it may be missing (NaN), i.e. is a ratio with a rule for a zero denominator. */
    private final boolean[] missable;
    private final String description;

    FramingFeatures(List<FeatureFamily> families, String description) {
        for (FeatureFamily f : families) {
            if (f.needsFit()) throw new OptionException("families", "" + f.name() + " is not fitted");
        }
        this.families = List.copyOf(families);
        this.description = description;
        List<FeatureColumn> c = new ArrayList<>();
        c.add(new FeatureColumn(TOKENS, "text", "Number of word and number tokens in the text (the denominator of every rate).", "count", "FrameLab tokenizer"));
        c.add(new FeatureColumn("text.sentences", "text", "Number of sentences in the text.", "count", "FrameLab sentence splitter"));
        offsets = new int[this.families.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = c.size();
            c.addAll(this.families.get(i).columns());
        }
        this.columns = List.copyOf(c);
        this.missable = new boolean[columns.size()];
        for (int i = 0; i < missable.length; i++) missable[i] = columns.get(i).canBeMissing();
    }

    public List<FeatureFamily> families() {
        return families;
    }

    /** The spec this was fitted from, e.g. {@code framing+ngrams}. */
    public String describe() {
        return description;
    }

    /** The fitted n-gram vocabulary, or null when the pipeline has no n-grams. */
    public NgramVocabulary vocabulary() {
        for (FeatureFamily f : families) if (f instanceof NgramFamily n) return n.vocabulary();
        return null;
    }

    @Override
    public List<FeatureColumn> columns() {
        return columns;
    }

    @Override
    public SparseVector transform(Article article) {
        return compute(article, false).values();
    }

    @Override
    public ArticleFeatures analyze(Article article) {
        return compute(article, true);
    }

    @Override
    public List<Hit> explain(Article article) {
        return compute(article, true).hits();
    }

    /**
     * The hits of the named families only, as {@link #explain(Article)} lists them (in text order; hits at the same
     * span in family order): the other families are not run at all, so there are no values. For evidence of some
     * families (the n-grams' hits are never evidence, and the n-gram family is half the cost of an article).
     */
    public List<Hit> explain(Article article, java.util.Set<String> hitFamilies) {
        return compute(TextAnalyzer.standard().analyze(withoutBoilerplate(article)), true, hitFamilies, true).hits();
    }

    /** Values plus the hits of the named families only (cheaper when only some evidence is needed). */
    public ArticleFeatures analyze(Article article, java.util.Set<String> hitFamilies) {
        return compute(article, true, hitFamilies);
    }

    private ArticleFeatures compute(Article article, boolean withHits) {
        return compute(article, withHits, null);
    }

    /** The values (no hits) of an article already analysed; used by the single-pass fit of the training data. */
    SparseVector values(TextAnalysis doc) {
        return compute(doc, false, null).values();
    }

    /** The values and the hits of the families that feed the terms table, of an article already analysed. */
    ArticleFeatures valuesAndTermHits(TextAnalysis doc) {
        return compute(doc, true, FeatureExtraction.TERM_FAMILIES);
    }

    private ArticleFeatures compute(Article article, boolean withHits, java.util.Set<String> hitFamilies) {
        return compute(TextAnalyzer.standard().analyze(withoutBoilerplate(article)), withHits, hitFamilies);
    }

    private ArticleFeatures compute(TextAnalysis doc, boolean withHits, java.util.Set<String> hitFamilies) {
        return compute(doc, withHits, hitFamilies, false);
    }

    /** {@code onlyHitFamilies}: the other families are not run at all (the values are then incomplete: for hits only). */
    private ArticleFeatures compute(TextAnalysis doc, boolean withHits, java.util.Set<String> hitFamilies, boolean onlyHitFamilies) {
        Sink sink = new Sink(withHits, missable);
        sink.put(0, doc.tokens().wordCount());
        sink.put(1, doc.tokens().sentenceCount());
        for (int i = 0; i < families.size(); i++) {
            if (onlyHitFamilies && !hitFamilies.contains(families.get(i).name())) continue;
            sink.base = offsets[i];
            sink.limit = i + 1 < offsets.length ? offsets[i + 1] : columns.size();
            sink.familyWantsHits = withHits && (hitFamilies == null || hitFamilies.contains(families.get(i).name()));
            families.get(i).extract(doc, sink);
        }
        List<Hit> hits = sink.hits == null ? List.of() : sink.hits;
        if (withHits) hits.sort(Comparator.comparing(Hit::span));
        return new ArticleFeatures(sink.vector(), hits);
    }

    /**
     * The article with the outlet boilerplate learned with the n-gram vocabulary blanked out (see
     * {@link RepeatedLines}; the training outlets' names, see {@link OutletNames}), so that no family counts words of a copyright notice or a newsletter
     * sign-up; offsets are unchanged. The article itself when the pipeline has no such lines.
     */
    private Article withoutBoilerplate(Article a) {
        NgramVocabulary v = vocabulary();
        return v == null ? a : BoilerplateMask.blank(a, v);
    }

    /** Collects one article's values (ascending global columns) and hits. */
    private static final class Sink implements FeatureFamily.FeatureSink {
        int[] idx = new int[64];
        double[] val = new double[64];
        int n;
        int base;
        int limit;
        boolean sorted = true;
        boolean familyWantsHits;
        final List<Hit> hits;
        final boolean[] missable;

        Sink(boolean withHits, boolean[] missable) {
            hits = withHits ? new ArrayList<>() : null;
            this.missable = missable;
        }

        void put(int col, double v) {
            if (v == 0.0) return;
            if (n == idx.length) {
                idx = Arrays.copyOf(idx, n * 2);
                val = Arrays.copyOf(val, n * 2);
            }
            if (n > 0 && idx[n - 1] >= col) sorted = false;
            idx[n] = col;
            val[n] = v;
            n++;
        }

        @Override
        public void value(int localColumn, double value) {
            int col = base + localColumn;
            if (localColumn < 0 || col >= limit) throw new IllegalStateException("column " + localColumn + " out of range");
            if (Double.isInfinite(value)) throw new IllegalStateException("infinite feature value");
            // NaN = missing (a ratio whose denominator is 0), kept as an explicit entry; only ratio columns may be missing
            if (Double.isNaN(value) && !missable[col]) throw new IllegalStateException("missing value in column " + col + ", which is not a ratio");
            put(col, value);
        }

        @Override
        public boolean wantsHits() {
            return hits != null && familyWantsHits;
        }

        @Override
        public void hit(Hit hit) {
            if (hits != null && familyWantsHits) hits.add(hit);
        }

        SparseVector vector() {
            int[] i = Arrays.copyOf(idx, n);
            double[] v = Arrays.copyOf(val, n);
            if (!sorted) {
                Integer[] order = new Integer[n];
                for (int k = 0; k < n; k++) order[k] = k;
                Arrays.sort(order, Comparator.comparingInt(k -> i[k]));
                int[] i2 = new int[n];
                double[] v2 = new double[n];
                int m = 0;
                for (int k = 0; k < n; k++) {
                    int col = i[order[k]];
                    if (m > 0 && i2[m - 1] == col) v2[m - 1] += v[order[k]];
                    else { i2[m] = col; v2[m] = v[order[k]]; m++; }
                }
                return new SparseVector(Arrays.copyOf(i2, m), Arrays.copyOf(v2, m));
            }
            return new SparseVector(i, v);
        }
    }
}
