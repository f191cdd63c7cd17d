package org.framelab.features;

import java.util.Arrays;

/**
 * N-gram keys ({@link NgramCounter#key}) with their counts as pairs of arrays: renamed from a block's
 * word ids to corpus ids, sorted, packed ({@link PackedCounts}). Used by {@link CorpusAnalysis} and
 * {@link StreamedFit}; and (column, count) pairs sorted by column for {@link NgramFamily}.
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

    /**
     * The first {@code m} (column, count) pairs, columns distinct and not negative, sorted by column into
     * {@code colsOut} and {@code valsOut}: a least-significant-digit radix sort, 8 bits a pass and as many
     * passes as the largest column needs (two for a vocabulary of up to 65,536 columns), instead of a
     * comparison sort of packed longs, which was 5% of an outlet-grouped cross-validation on AllSides.
     */
    static void sortByColumn(int[] col, int[] cnt, int m, int[] colsOut, double[] valsOut) {
        if (m < 48) {
            for (int i = 0; i < m; i++) {
                int c = col[i], v = cnt[i], j = i - 1;
                for (; j >= 0 && colsOut[j] > c; j--) {
                    colsOut[j + 1] = colsOut[j];
                    valsOut[j + 1] = valsOut[j];
                }
                colsOut[j + 1] = c;
                valsOut[j + 1] = v;
            }
            return;
        }
        int max = 0;
        for (int i = 0; i < m; i++) max |= col[i];
        int[] c = Arrays.copyOf(col, m), v = Arrays.copyOf(cnt, m);
        int[] c2 = new int[m], v2 = new int[m];
        int[] bucket = new int[257];
        for (int shift = 0; shift < 32 && (shift == 0 || (max >>> shift) != 0); shift += 8) {
            Arrays.fill(bucket, 0);
            for (int i = 0; i < m; i++) bucket[((c[i] >>> shift) & 0xff) + 1]++;
            for (int b = 1; b < 257; b++) bucket[b] += bucket[b - 1];
            for (int i = 0; i < m; i++) {
                int to = bucket[(c[i] >>> shift) & 0xff]++;
                c2[to] = c[i];
                v2[to] = v[i];
            }
            int[] t = c; c = c2; c2 = t;
            t = v; v = v2; v2 = t;
        }
        System.arraycopy(c, 0, colsOut, 0, m);
        for (int i = 0; i < m; i++) valsOut[i] = v[i];
    }
}
