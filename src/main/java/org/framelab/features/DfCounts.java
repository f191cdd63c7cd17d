package org.framelab.features;

/**
 * Document frequencies of n-gram keys ({@link NgramCounter#key}), counted in one {@code long} per
 * slot: the two word ids (21 bits each) and the count (22 bits) side by side, so that counting a key
 * touches one memory location instead of a key array and a value array. On a fold of all of AllSides
 * the table holds millions of keys and no longer fits a cache, and every increment is a cache miss:
 * halving the misses is what this class is for. Keys whose ids do not fit (a corpus of more than two
 * million distinct words) and counts past 2^22 - 1 are kept in an ordinary {@link LongIntMap} beside
 * it, so the counts are exact for any corpus. Not thread-safe.
 */
final class DfCounts {
    private static final int ID_BITS = 21;
    private static final long ID_LIMIT = 1L << ID_BITS;
    private static final int COUNT_BITS = 22;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;

    /** Slot: packed key << 22 | count; 0 = empty (a key's first id is never 0). */
    private long[] slots;
    private int mask;
    private int size;
    /** Reused by {@link #incrementAll} (the table is used by one thread at a time). */
    private int[] bucketScratch;
    private long[] sortedScratch;
    /** Keys that do not pack, and the counts past a saturated slot (added to it). */
    private final LongIntMap overflow = new LongIntMap(16);

    DfCounts(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new long[cap];
        mask = cap - 1;
    }

    private static int hash(long packed) {
        long h = packed * 0xD6E8FEB86659FD93L;
        return (int) (h >>> 32) ^ (int) h;
    }

    /** Adds 1 to the document frequency of {@code key}. */
    void increment(long key) {
        long a = key >>> 32;
        long b = key & 0xffffffffL;
        if (a == 0 || a >= ID_LIMIT || b >= ID_LIMIT) {
            overflow.add(key, 1);
            return;
        }
        long packed = a << ID_BITS | b;
        int i = hash(packed) & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) {
                slots[i] = packed << COUNT_BITS | 1;
                if (++size * 2 > slots.length) grow();
                return;
            }
            if (s >>> COUNT_BITS == packed) {
                if ((s & COUNT_MASK) == COUNT_MASK) overflow.add(key, 1);
                else slots[i] = s + 1;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Adds 1 to the document frequency of each of {@code keys[0, n)} (a key {@code m} times in it: {@code m}),
     * the same counts as {@link #increment} of each. The keys are first put in the order of the top bits of
     * their home slots (one counting-sort pass into a scratch array kept for the next call), so that the table is swept
     * from one end to the other instead of probed at random: on a fold of AllSides the table is tens of
     * megabytes and a random increment is a cache miss.
     */
    void incrementAll(long[] keys, int n) {
        if (n < 4096) {
            for (int i = 0; i < n; i++) increment(keys[i]);
            return;
        }
        int bits = Integer.numberOfTrailingZeros(slots.length);
        int bucketBits = Math.min(12, bits);
        int shift = bits - bucketBits;
        if (bucketScratch == null || bucketScratch.length < n) {
            bucketScratch = new int[n];
            sortedScratch = new long[n];
        }
        int[] bucket = bucketScratch;
        long[] sorted = sortedScratch;
        int[] start = new int[(1 << bucketBits) + 1];
        int direct = 0;
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            long a = key >>> 32;
            long b = key & 0xffffffffL;
            if (a == 0 || a >= ID_LIMIT || b >= ID_LIMIT) {
                bucket[i] = -1;
                direct++;
                continue;
            }
            int h = (hash(a << ID_BITS | b) & mask) >>> shift;
            bucket[i] = h;
            start[h + 1]++;
        }
        for (int k = 1; k < start.length; k++) start[k] += start[k - 1];
        for (int i = 0; i < n; i++) {
            if (bucket[i] < 0) increment(keys[i]);
            else sorted[start[bucket[i]]++] = keys[i];
        }
        for (int i = 0, m = n - direct; i < m; i++) increment(sorted[i]);
    }

    /** Lets go of {@link #incrementAll}'s scratch arrays (when the counting is done and the table is kept). */
    void dropScratch() {
        bucketScratch = null;
        sortedScratch = null;
    }

    /**
     * Subtracts 1 from the document frequency of {@code key}, which must have been counted: what a fold
     * whose training part lacks some articles of another fold's does ({@link FoldDf}). A key whose
     * frequency falls to 0 keeps its slot and is left out by {@link #forEach}, so the table then holds
     * the same keys with the same frequencies as one counted afresh.
     */
    void decrement(long key) {
        long a = key >>> 32;
        long b = key & 0xffffffffL;
        if (a == 0 || a >= ID_LIMIT || b >= ID_LIMIT) {
            if (overflow.get(key, 0) <= 0) throw new IllegalStateException("decrement of a key not counted: " + key);
            overflow.add(key, -1);
            return;
        }
        long packed = a << ID_BITS | b;
        int i = hash(packed) & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) throw new IllegalStateException("decrement of a key not counted: " + key);
            if (s >>> COUNT_BITS == packed) {
                if ((s & COUNT_MASK) == 0) throw new IllegalStateException("decrement of a key not counted: " + key);
                if ((s & COUNT_MASK) == COUNT_MASK && overflow.get(key, 0) > 0) overflow.add(key, -1);
                else slots[i] = s - 1;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** An independent copy. */
    DfCounts copy() {
        DfCounts c = new DfCounts(16);
        c.slots = slots.clone();
        c.mask = mask;
        c.size = size;
        c.overflow.addAll(overflow);
        return c;
    }

    /** Every key with its document frequency (slot order, then the keys that do not pack); keys counted 0 are left out. */
    void forEach(PackedCounts.Consumer each) {
        for (long s : slots) {
            if (s == 0) continue;
            long packed = s >>> COUNT_BITS;
            long key = NgramCounter.key((int) (packed >>> ID_BITS), (int) (packed & (ID_LIMIT - 1)));
            int count = (int) (s & COUNT_MASK);
            if (count == COUNT_MASK) count += overflow.get(key, 0);
            if (count > 0) each.accept(key, count);
        }
        long[] keys = overflow.slotKeys();
        int[] values = overflow.slotValues();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0) continue;
            long a = keys[i] >>> 32;
            long b = keys[i] & 0xffffffffL;
            if ((a == 0 || a >= ID_LIMIT || b >= ID_LIMIT) && values[i] > 0) each.accept(keys[i], values[i]);
        }
    }

    /** Number of distinct keys (those a {@link #decrement} brought to 0 included). */
    int size() {
        int n = size;
        long[] keys = overflow.slotKeys();
        for (long k : keys) {
            if (k == 0) continue;
            long a = k >>> 32;
            long b = k & 0xffffffffL;
            if (a == 0 || a >= ID_LIMIT || b >= ID_LIMIT) n++;
        }
        return n;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long s : old) {
            if (s == 0) continue;
            int i = hash(s >>> COUNT_BITS) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = s;
        }
    }
}
