package org.framelab.features;

import java.util.Arrays;

/**
 * N-gram keys ({@link NgramCounter#key}) with their counts as pairs of arrays: renamed from a block's
 * word ids to corpus ids, sorted, packed ({@link PackedCounts}). Used by {@link CorpusAnalysis} and
 * {@link StreamedFit}.
 */
final class KeyPairs {
    private KeyPairs() {}

    /** Keys of other word ids (index = old id) with their counts, in corpus ids, packed; the arrays are reused. */
    static PackedCounts remapped(long[] keys, int[] counts, int[] remap) {
        for (int j = 0; j < keys.length; j++) {
            int a = (int) (keys[j] >>> 32);
            int c = (int) keys[j];
            keys[j] = NgramCounter.key(remap[a], c == 0 ? 0 : remap[c]);
        }
        sortPairs(keys, counts);
        return PackedCounts.of(keys, counts);
    }

    /** Sorts keys ascending, counts alongside (the keys are distinct). */
    static void sortPairs(long[] keys, int[] counts) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] < keys[i - 1]) {
                if (sortPacked(keys, counts)) return;
                LongIntMap count = new LongIntMap(keys.length);
                for (int k = 0; k < keys.length; k++) count.put(keys[k], counts[k]);
                Arrays.sort(keys);
                for (int k = 0; k < keys.length; k++) counts[k] = count.get(keys[k], 0);
                return;
            }
        }
    }

    /**
     * {@link #sortPairs} as one sort of longs when each key's two word ids and its count fit in 63
     * bits together (word ids below 2^21 leave 21 bits for the count): {@code a, b, count} packed high
     * to low sort as the keys do, since the keys are distinct. False (nothing changed) when they do not fit.
     */
    private static boolean sortPacked(long[] keys, int[] counts) {
        long maxA = 0;
        long maxB = 0;
        int maxCount = 0;
        for (int i = 0; i < keys.length; i++) {
            maxA = Math.max(maxA, keys[i] >>> 32);
            maxB = Math.max(maxB, keys[i] & 0xffffffffL);
            maxCount = Math.max(maxCount, counts[i]);
        }
        int bBits = 64 - Long.numberOfLeadingZeros(maxB);
        int cBits = 32 - Integer.numberOfLeadingZeros(maxCount);
        int aBits = 64 - Long.numberOfLeadingZeros(maxA);
        if (aBits + bBits + cBits > 63) return false;
        long[] packed = new long[keys.length];
        int shiftA = bBits + cBits;
        for (int i = 0; i < keys.length; i++) {
            packed[i] = (keys[i] >>> 32) << shiftA | (keys[i] & 0xffffffffL) << cBits | counts[i];
        }
        Arrays.sort(packed);
        long bMask = (1L << bBits) - 1;
        long cMask = (1L << cBits) - 1;
        for (int i = 0; i < keys.length; i++) {
            long p = packed[i];
            keys[i] = (p >>> shiftA) << 32 | ((p >>> cBits) & bMask);
            counts[i] = (int) (p & cMask);
        }
        return true;
    }
}
