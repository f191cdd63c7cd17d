package org.framelab.text;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Fingerprints of many texts with their ids, packed in arrays (about {@value Fingerprint#K} + 20
 * bytes and the id per text; twice the signature for short texts): what a model file keeps of its
 * training texts so that {@code evaluate} can find them again in another corpus. Append-only.
 */
public final class FingerprintSet implements Serializable {
    private static final long serialVersionUID = 1L;

    private String[] ids = new String[16];
    private long[] exact = new long[16];
    private int[] words = new int[16];
    private byte[] sigs = new byte[16 * Fingerprint.K];
    /** Row of each text's short signature in {@link #shortSigs}, or -1. */
    private int[] shortRow = new int[16];
    private byte[] shortSigs = new byte[0];
    private int n, nShort;

    /** Appends a text's fingerprint. */
    public void add(String id, Fingerprint f) {
        if (n == ids.length) grow();
        ids[n] = id;
        exact[n] = f.exact();
        words[n] = f.words();
        if (f.sig() != null) System.arraycopy(f.sig(), 0, sigs, n * Fingerprint.K, Fingerprint.K);
        if (f.shortSig() != null) {
            if ((nShort + 1) * Fingerprint.K > shortSigs.length) shortSigs = Arrays.copyOf(shortSigs, Math.max(16, nShort * 2) * Fingerprint.K);
            System.arraycopy(f.shortSig(), 0, shortSigs, nShort * Fingerprint.K, Fingerprint.K);
            shortRow[n] = nShort++;
        } else {
            shortRow[n] = -1;
        }
        n++;
    }

    private void grow() {
        int cap = ids.length * 2;
        ids = Arrays.copyOf(ids, cap);
        exact = Arrays.copyOf(exact, cap);
        words = Arrays.copyOf(words, cap);
        sigs = Arrays.copyOf(sigs, cap * Fingerprint.K);
        shortRow = Arrays.copyOf(shortRow, cap);
    }

    /** Number of texts. */
    public int size() {
        return n;
    }

    public String id(int i) {
        return ids[check(i)];
    }

    /** The fingerprint of text {@code i} (its signatures copied out). */
    public Fingerprint get(int i) {
        check(i);
        if (words[i] == 0) return Fingerprint.EMPTY;
        byte[] s = Arrays.copyOfRange(sigs, i * Fingerprint.K, (i + 1) * Fingerprint.K);
        byte[] ss = shortRow[i] < 0 ? null : Arrays.copyOfRange(shortSigs, shortRow[i] * Fingerprint.K, (shortRow[i] + 1) * Fingerprint.K);
        return new Fingerprint(exact[i], words[i], s, ss);
    }

    private int check(int i) {
        if (i < 0 || i >= n) throw new IndexOutOfBoundsException(i);
        return i;
    }

    /** A copy without spare capacity (before saving). */
    public FingerprintSet trimmed() {
        FingerprintSet t = new FingerprintSet();
        t.n = n;
        t.nShort = nShort;
        t.ids = Arrays.copyOf(ids, n);
        t.exact = Arrays.copyOf(exact, n);
        t.words = Arrays.copyOf(words, n);
        t.sigs = Arrays.copyOf(sigs, n * Fingerprint.K);
        t.shortRow = Arrays.copyOf(shortRow, n);
        t.shortSigs = Arrays.copyOf(shortSigs, nShort * Fingerprint.K);
        return t;
    }
}
