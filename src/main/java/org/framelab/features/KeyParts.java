package org.framelab.features;

import java.util.Arrays;

/**
 * N-gram keys gathered by the part that counts them ({@link FoldNgrams#part}): each row's keys are
 * decoded once and routed here, instead of every part's thread decoding every row and skipping the
 * keys of the other parts. Repeats are kept (a key added twice is counted twice). Not thread-safe.
 */
final class KeyParts {
    private final long[][] keys;
    private final int[] size;

    /** Empty parts, sized on the first {@link #reset}. */
    KeyParts(int parts) {
        keys = new long[parts][16];
        size = new int[parts];
    }

    /**
     * Empties the parts for reuse, each with room for its share of {@code total} keys (an eighth more, since
     * the parts are not exactly equal): the buffers are megabytes, and allocating them afresh for every
     * batch made the collector grow the heap.
     */
    void reset(long total) {
        int parts = keys.length;
        int perPart = (int) Math.min(1 << 28, total / parts + total / (8L * parts) + 16);
        for (int p = 0; p < parts; p++) {
            if (keys[p].length < perPart) keys[p] = new long[perPart];
            size[p] = 0;
        }
    }

    void add(long key) {
        int p = keys.length == 1 ? 0 : FoldNgrams.part(key, keys.length);
        int n = size[p];
        if (n == keys[p].length) keys[p] = Arrays.copyOf(keys[p], n * 2);
        keys[p][n] = key;
        size[p] = n + 1;
    }

    /** Every key of {@code keys[0, n)}. */
    void addAll(long[] ks, int n) {
        for (int i = 0; i < n; i++) add(ks[i]);
    }

    /** Adds the keys of part {@code p} to {@code df} ({@link DfCounts#incrementAll}). */
    void countInto(int p, DfCounts df) {
        df.incrementAll(keys[p], size[p]);
    }
}
