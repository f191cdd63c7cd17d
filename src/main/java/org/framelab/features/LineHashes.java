package org.framelab.features;

import org.framelab.corpus.Article;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Each article's trimmed non-empty lines ({@link RepeatedLines#lines}) and their hashes
 * ({@link RepeatedLines#hash}), found once for a corpus analysis instead of twice in every fold (once
 * to learn the repeated lines of its training part, once to find them in every article): on AllSides
 * hashing the lines was 3% of an outlet-grouped cross-validation. Held softly: under memory pressure
 * the lines are found again, the same.
 */
final class LineHashes {
    private record Lines(int[][] bounds, long[][] hashes) {}

    private final List<Article> articles;
    private SoftReference<Lines> lines = new SoftReference<>(null);

    LineHashes(List<Article> articles) {
        this.articles = articles;
    }

    private synchronized Lines lines() {
        Lines l = lines.get();
        if (l != null) return l;
        int n = articles.size();
        int[][] bounds = new int[n][];
        long[][] hashes = new long[n][];
        IntStream.range(0, n).parallel().forEach(r -> {
            String t = articles.get(r).text();
            int[] b = RepeatedLines.lines(t);
            long[] h = new long[b.length / 2];
            for (int i = 0; i < b.length; i += 2) h[i / 2] = RepeatedLines.hash(t, b[i], b[i + 1]);
            bounds[r] = b;
            hashes[r] = h;
        });
        l = new Lines(bounds, hashes);
        lines = new SoftReference<>(l);
        return l;
    }

    /**
     * The hashes of the lines repeated verbatim in at least {@code min} of the {@code rows} (value 1),
     * as {@link BoilerplateMask#repeatedLines} finds them in those articles; null when {@code min} is 0.
     */
    LongIntMap repeated(int[] rows, int min) {
        if (min <= 0) return null;
        long[][] hashes = lines().hashes();
        int blocks = FitBlocks.count(rows.length);
        List<LongIntMap> counts = IntStream.range(0, blocks).parallel().mapToObj(b -> {
            LongIntMap m = new LongIntMap(1 << 12);
            int doc = 0;
            for (int k = b * FitBlocks.SIZE; k < Math.min(rows.length, (b + 1) * FitBlocks.SIZE); k++) {
                doc++;
                for (long h : hashes[rows[k]]) m.countOncePer(h, doc);
            }
            return m;
        }).toList();
        return BoilerplateMask.repeated(counts, min);
    }

    /** The begin/end offsets of the lines of article {@code row} in {@code repeated}, as {@link RepeatedLines#mask(String, LongIntMap)} gives them. */
    int[] mask(int row, LongIntMap repeated) {
        if (repeated == null || repeated.size() == 0) return new int[0];
        Lines l = lines();
        int[] b = l.bounds()[row];
        long[] h = l.hashes()[row];
        int[] out = new int[b.length];
        int n = 0;
        for (int i = 0; i < h.length; i++) {
            if (repeated.get(h[i], 0) > 0) {
                out[n++] = b[2 * i];
                out[n++] = b[2 * i + 1];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
