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

    KeyParts(int parts, int expectedPerPart) {
        keys = new long[parts][Math.max(16, expectedPerPart)];
        size = new int[parts];
    }

    int parts() {
        return keys.length;
    }

    /**
     * Empties the parts for reuse, each with room for at least {@code perPart} keys: the buffers are
     * megabytes, and allocating them afresh for every batch made the collector grow the heap.
     */
    void reset(int perPart) {
        for (int p = 0; p < keys.length; p++) {
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

    /** Adds the keys of part {@code p} to {@code df} ({@link DfCounts#incrementAll}); reorders them. */
    void countInto(int p, DfCounts df) {
        df.incrementAll(keys[p], size[p]);
    }
}
