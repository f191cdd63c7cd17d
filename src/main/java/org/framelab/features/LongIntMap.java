package org.framelab.features;

import java.util.Arrays;

/**
 * Open-addressing map from non-zero {@code long} keys to {@code int} values (0 is the empty slot),
 * used to count n-grams encoded as word-id pairs without a String or boxed object per entry.
 * Not thread-safe; one instance per thread, merged by the caller.
 */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    /** Per slot, the last document counted by {@link #countOncePer} (null until first used). */
    private int[] marks;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    int size() { return size; }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    /** The slot of {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int i = hash(key) & mask;
        while (keys[i] != key && keys[i] != 0) i = (i + 1) & mask;
        return i;
    }

    /** Puts a new entry into the empty slot {@code i} (from {@link #slot}), growing the table when half full. */
    private void insert(int i, long key, int value) {
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) grow();
    }

    private static void checkKey(long key) {
        if (key == 0) throw new IllegalArgumentException("key 0 is reserved");
    }

    /** Adds {@code delta} to the value of {@code key} (absent = 0). */
    void add(long key, int delta) {
        checkKey(key);
        int i = slot(key);
        if (keys[i] == key) values[i] += delta;
        else insert(i, key, delta);
    }

    /** Adds every entry of {@code other} (in its slot order). */
    void addAll(LongIntMap other) {
        long[] k = other.keys;
        int[] v = other.values;
        for (int i = 0; i < k.length; i++) if (k[i] != 0) add(k[i], v[i]);
    }

    /**
     * Document-frequency counting without a per-document set: adds 1 to {@code key} unless it was
     * already counted for the same {@code doc} (doc numbers must be positive and increase).
     */
    void countOncePer(long key, int doc) {
        checkKey(key);
        if (marks == null) marks = new int[keys.length];
        int i = slot(key);
        if (keys[i] != key) {
            marks[i] = doc;
            insert(i, key, 1);
        } else if (marks[i] != doc) {
            marks[i] = doc;
            values[i]++;
        }
    }

    /** Sets the value of {@code key} (must not be present yet or is overwritten). */
    void put(long key, int value) {
        checkKey(key);
        int i = slot(key);
        if (keys[i] == key) values[i] = value;
        else insert(i, key, value);
    }

    /** Value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        int i = slot(key);
        return keys[i] == key ? values[i] : missing;
    }

    /** Keeps only entries whose value is greater than {@code min}. */
    void retainAbove(int min) {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length];
        values = new int[ov.length];
        marks = null;
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != 0 && ov[i] > min) put(ok[i], ov[i]);
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        int[] om = marks;
        keys = new long[ok.length * 2];
        values = new int[ov.length * 2];
        marks = om == null ? null : new int[ok.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            long k = ok[j];
            if (k == 0) continue;
            int i = hash(k) & mask;
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = k;
            values[i] = ov[j];
            if (om != null) marks[i] = om[j];
        }
    }

    /** Every entry (slot order). */
    void forEach(PackedCounts.Consumer each) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0) each.accept(keys[i], values[i]);
    }

    /** Raw slot arrays for iteration (empty slots have key 0); do not modify. */
    long[] slotKeys() { return keys; }

    int[] slotValues() { return values; }

    @Override public String toString() { return "LongIntMap(" + size + ")"; }

    long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) if (k != 0) out[n++] = k;
        Arrays.sort(out);
        return out;
    }
}
