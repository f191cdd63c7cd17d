package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.text.Tokenizer;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The length distribution of a set of texts in word tokens (the count of the {@code text.tokens} column:
 * words and numbers by FrameLab's tokenizer): the 5th percentile, the median and the 95th percentile
 * (nearest rank). A model file keeps that of its training texts ({@link TrainedModel#trainingLengths()}),
 * so that {@code predict} and {@code evaluate} can say when the texts they are given are far shorter or
 * longer ({@code app/LengthCheck}).
 *
 * @param texts  number of texts counted
 * @param p5     5th percentile of the token counts
 * @param median median token count (the lower middle value of an even count)
 * @param p95    95th percentile of the token counts
 */
public record TextLengths(long texts, int p5, int median, int p95) implements Serializable {
    private static final long serialVersionUID = 1L;

    public TextLengths {
        if (texts < 1) throw new IllegalArgumentException("Invalid texts: " + texts);
        if (p5 < 0 || median < p5 || p95 < median) throw new IllegalArgumentException("Invalid percentiles: " + p5 + ", " + median + ", " + p95);
    }

    /** The word tokens of an article's text, as the {@code text.tokens} column counts them. */
    public static int tokens(Article a) {
        String text = a.text();
        return text == null || text.isEmpty() ? 0 : Tokenizer.DEFAULT.tokenize(text).wordCount();
    }

    /** The distribution of the articles' lengths (tokenized in parallel); null when there are none. */
    public static TextLengths of(List<Article> articles) {
        Counter c = new Counter();
        c.addAll(articles);
        return c.lengths();
    }

    /** "median 612 tokens (5th-95th percentile 180-1,450; 2,000 texts)". */
    public String describe() {
        return String.format(Locale.ROOT, "median %,d tokens (5th-95th percentile %,d-%,d; %,d texts)", median, p5, p95, texts);
    }

    /** Token counts of texts as they pass, in any number of batches; keeps one count per distinct length, not per text. */
    public static final class Counter {
        private final TreeMap<Integer, Long> counts = new TreeMap<>();
        private long n;

        /** Counts the tokens of every article of a batch (in parallel; the result does not depend on the order). */
        public void addAll(List<Article> batch) {
            int[] t = new int[batch.size()];
            IntStream.range(0, t.length).parallel().forEach(i -> t[i] = tokens(batch.get(i)));
            for (int x : t) add(x);
        }

        /** Counts one article. */
        public void add(Article a) {
            add(tokens(a));
        }

        /** Counts one text of {@code tokens} tokens. */
        public synchronized void add(int tokens) {
            add(tokens, 1);
        }

        /** Counts {@code texts} texts of {@code tokens} tokens each (a histogram's bar). */
        public synchronized void add(int tokens, long texts) {
            if (tokens < 0 || texts < 0) throw new IllegalArgumentException("Invalid count: " + texts + " texts of " + tokens + " tokens");
            if (texts == 0) return;
            counts.merge(tokens, texts, Long::sum);
            n += texts;
        }

        /** The distribution so far; null when nothing was counted. */
        public synchronized TextLengths lengths() {
            if (n == 0) return null;
            return new TextLengths(n, rank(0.05), rank(0.5), rank(0.95));
        }

        /** The nearest-rank percentile: the value at rank ceil(q * n) (at least 1). */
        private int rank(double q) {
            long r = Math.max(1, (long) Math.ceil(q * n));
            long seen = 0;
            for (var e : counts.entrySet()) {
                seen += e.getValue();
                if (seen >= r) return e.getKey();
            }
            return counts.lastKey();
        }
    }
}
