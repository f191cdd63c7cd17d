package org.framelab.features;

import java.util.Arrays;

/**
 * The distinct n-gram keys of one article (ascending) with their counts, packed: each key as the
 * varint of its difference to the previous one, each count as a varint. About 4 bytes a key
 * instead of 12 for a long and an int, which is what lets a corpus of a few hundred thousand
 * articles keep its counts in memory. Immutable.
 */
public final class PackedCounts {
    private final byte[] bytes;
    private final int size;

    private PackedCounts(byte[] bytes, int size) {
        this.bytes = bytes;
        this.size = size;
    }

    /** Packs ascending, distinct {@code keys} (all positive) with their {@code counts}. */
    public static PackedCounts of(long[] keys, int[] counts) {
        byte[] buf = new byte[keys.length * 4 + 16];
        int p = 0;
        long prev = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] <= prev && i > 0) throw new IllegalArgumentException("keys not ascending at " + i);
            if (p + 15 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            p = putVarLong(buf, p, keys[i] - prev);
            p = putVarLong(buf, p, counts[i]);
            prev = keys[i];
        }
        return new PackedCounts(Arrays.copyOf(buf, p), keys.length);
    }

    /** Counts already packed (as {@link #bytes} gave them), e.g. read back from a file. */
    public static PackedCounts ofBytes(byte[] bytes, int size) {
        return new PackedCounts(bytes.clone(), size);
    }

    /** The packed form (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Number of distinct keys. */
    public int size() {
        return size;
    }

    /** Bytes held. */
    public int byteSize() {
        return bytes.length;
    }

    /** Receives the keys in ascending order with their counts. */
    public interface Consumer {
        void accept(long key, int count);
    }

    public void forEach(Consumer c) {
        int p = 0;
        long key = 0;
        for (int i = 0; i < size; i++) {
            long d = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[p++];
                d |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            key += d;
            int count = 0;
            shift = 0;
            do {
                b = bytes[p++];
                count |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            c.accept(key, count);
        }
    }

    /** Unpacks the keys and their counts into the two arrays (each at least {@link #size} long) in one pass. */
    public void unpack(long[] keysOut, int[] countsOut) {
        int[] i = {0};
        forEach((k, c) -> {
            keysOut[i[0]] = k;
            countsOut[i[0]++] = c;
        });
    }

    /** The keys, unpacked. */
    public long[] keys() {
        long[] out = new long[size];
        int[] i = {0};
        forEach((k, c) -> out[i[0]++] = k);
        return out;
    }

    /** The counts, unpacked (in key order). */
    public int[] counts() {
        int[] out = new int[size];
        int[] i = {0};
        forEach((k, c) -> out[i[0]++] = c);
        return out;
    }

    private static int putVarLong(byte[] buf, int p, long v) {
        while ((v & ~0x7fL) != 0) {
            buf[p++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        buf[p++] = (byte) v;
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackedCounts p && p.size == size && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
