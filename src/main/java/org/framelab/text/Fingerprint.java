package org.framelab.text;

import java.util.Arrays;

/**
 * A compact fingerprint of one text (its title and body) for finding exact and near-duplicate texts
 * ({@link NearDuplicates}). The text is normalised to its words: lower case, every run of characters
 * that are not letters, digits or marks is one word break, apostrophes are dropped ({@code Don't} =
 * {@code dont}), so case, punctuation and whitespace never make two texts different.
 * <ul>
 * <li>{@link #exact}: a 64-bit hash of the normalised word sequence (0 for a text without words).</li>
 * <li>{@link #sig}: a MinHash signature of the set of {@value #SHINGLE}-word shingles (a text with fewer
 * words is one shingle): one-permutation hashing into {@value #K} bins (Li, Owen &amp; Zhang 2012) with
 * optimal densification of empty bins (Shrivastava 2017), keeping the lowest 8 bits of each bin's
 * minimum (b-bit MinHash, Li &amp; König 2010): {@value #K} bytes.</li>
 * <li>{@link #shortSig}: for a short text (fewer than {@value #SHORT_WORDS} words: a sentence, a
 * headline) the same over {@value #SHORT_SHINGLE}-word shingles, else null. Two short texts are
 * compared on these: with 5-word shingles one changed word in a 30-word sentence already costs 5 of
 * its 26 shingles (Jaccard 0.68); with word pairs it costs 2 of 29 (0.87).</li>
 * </ul>
 * Every hash has a fixed seed: the same text gives the same fingerprint on every machine and run.
 */
public record Fingerprint(long exact, int words, byte[] sig, byte[] shortSig) {
    /** Bins of a signature (bytes). */
    public static final int K = 128;
    /** Words per shingle. */
    public static final int SHINGLE = 5;
    /** Words per shingle of a short text. */
    public static final int SHORT_SHINGLE = 2;
    /** Texts with fewer words are short: compared by {@value #SHORT_SHINGLE}-word shingles when both are. */
    public static final int SHORT_WORDS = 50;

    /** The fingerprint of a text without words: it is nobody's duplicate. */
    public static final Fingerprint EMPTY = new Fingerprint(0, 0, null, null);

    private static final long PRIME = 0x100000001b3L, OFFSET = 0xcbf29ce484222325L, GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long SEED_LONG = 0x5DEECE66DL, SEED_SHORT = 0x2545F4914F6CDD1DL, SEED_DENSIFY = 0x1B873593L;
    private static final long LOW57 = (1L << 57) - 1;

    /** Whether the text is short ({@link #shortSig} present). */
    public boolean isShort() {
        return shortSig != null;
    }

    /** Whether the text has no words. */
    public boolean isEmpty() {
        return words == 0;
    }

    /** Shingles of this text at the given shingle size (at least one for a text with words). */
    public int shingles(int size) {
        return words == 0 ? 0 : Math.max(1, words - size + 1);
    }

    /** The fingerprint of a title and text (the title first; either may be empty). */
    public static Fingerprint of(String title, String text) {
        Builder b = new Builder();
        b.scan(title, text);
        return b.finish();
    }

    /**
     * The sorted distinct shingle hashes of a title and text at shingle size {@code size}
     * ({@value #SHINGLE} or {@value #SHORT_SHINGLE}): the sets whose Jaccard similarity the
     * signatures estimate.
     */
    public static long[] shingleSet(String title, String text, int size) {
        Collector c = new Collector(size);
        c.scan(title, text);
        long[] s = c.finish();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) if (i == 0 || s[i] != s[i - 1]) s[n++] = s[i];
        return Arrays.copyOf(s, n);
    }

    /** The Jaccard similarity of two sorted distinct sets ({@link #shingleSet}). */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) return 1;
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common / (double) (a.length + b.length - common);
    }

    /**
     * The Jaccard similarity of two signatures' shingle sets estimated from their bins: the share of
     * equal bins, corrected for the 1 in 256 chance that two different minima agree in 8 bits.
     */
    public static double estimate(byte[] a, byte[] b) {
        int eq = 0;
        for (int i = 0; i < K; i++) if (a[i] == b[i]) eq++;
        double chance = 1.0 / 256;
        return Math.max(0, (eq / (double) K - chance) / (1 - chance));
    }

    /** MurmurHash3's 64-bit finaliser: a bijective mix of all bits. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a87e3L;
        h ^= h >>> 33;
        return h;
    }

    /** The hash of a shingle from the hashes of its words (in order). */
    static long shingle(long[] ring, int end, int size, long seed) {
        long h = size;
        for (int k = size; k >= 1; k--) h = h * PRIME + ring[(end - k) % ring.length];
        return mix(h ^ seed);
    }

    /** Walks the normalised words of a title and a text and hands each word's hash to {@link #word}. */
    abstract static class Words {
        private long h = OFFSET;
        private boolean in;

        final void scan(String title, String text) {
            scan(title);
            end();
            scan(text);
            end();
        }

        private void scan(String s) {
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                int cls = Chars.classOf(c);
                if ((cls & Chars.WORD) != 0) {
                    h = (h ^ Chars.toLowerCase(c)) * PRIME;
                    in = true;
                } else if (c != '\'' && c != '\u2019' && c != '\u02BC') {
                    end();
                }
            }
        }

        private void end() {
            if (!in) return;
            word(mix(h));
            h = OFFSET;
            in = false;
        }

        abstract void word(long hash);
    }

    /** Collects the shingle hashes of one size. */
    private static final class Collector extends Words {
        private final int size;
        private final long[] ring = new long[SHINGLE];
        private long[] out = new long[64];
        private int n, words;

        Collector(int size) {
            this.size = size;
        }

        @Override
        void word(long hash) {
            ring[words++ % SHINGLE] = hash;
            if (words >= size) add(shingle(ring, words, size, seed(size)));
        }

        private void add(long s) {
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = s;
        }

        long[] finish() {
            if (words > 0 && words < size) add(shingle(ring, words, words, seed(size)));
            return Arrays.copyOf(out, n);
        }
    }

    private static long seed(int size) {
        return size == SHORT_SHINGLE ? SEED_SHORT : SEED_LONG;
    }

    /** Builds a fingerprint in one pass: the exact hash and both signatures. */
    private static final class Builder extends Words {
        private final long[] ring = new long[SHINGLE];
        private final long[] min = new long[K], minShort = new long[K];
        private long exact;
        private int words;

        Builder() {
            Arrays.fill(min, Long.MAX_VALUE);
            Arrays.fill(minShort, Long.MAX_VALUE);
        }

        @Override
        void word(long hash) {
            exact = (exact + hash) * GOLDEN;
            exact ^= exact >>> 29;
            ring[words++ % SHINGLE] = hash;
            if (words >= SHINGLE) put(min, shingle(ring, words, SHINGLE, SEED_LONG));
            if (words >= SHORT_SHINGLE && words < SHORT_WORDS) put(minShort, shingle(ring, words, SHORT_SHINGLE, SEED_SHORT));
        }

        private static void put(long[] bins, long h) {
            int bin = (int) (h >>> 57);
            long v = h & LOW57;
            if (v < bins[bin]) bins[bin] = v;
        }

        Fingerprint finish() {
            if (words == 0) return EMPTY;
            if (words < SHINGLE) put(min, shingle(ring, words, words, SEED_LONG));
            if (words < SHORT_SHINGLE) put(minShort, shingle(ring, words, words, SEED_SHORT));
            long e = mix(exact ^ words);
            return new Fingerprint(e == 0 ? 1 : e, words, densify(min), words < SHORT_WORDS ? densify(minShort) : null);
        }
    }

    /**
     * The bins' lowest 8 bits, each empty bin taking the value of the first non-empty bin in its own
     * fixed pseudo-random sequence of bins (optimal densification: the empty bins of two texts borrow
     * from the same bins, so equal bins stay as likely as the Jaccard similarity).
     */
    static byte[] densify(long[] bins) {
        byte[] out = new byte[K];
        for (int i = 0; i < K; i++) {
            long v = bins[i];
            for (int attempt = 0; v == Long.MAX_VALUE; attempt++) {
                int j = (int) (mix(SEED_DENSIFY + i * GOLDEN + attempt * 0xC2B2AE3D27D4EB4FL) >>> 57);
                v = bins[j];
            }
            out[i] = (byte) v;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.exact == exact && f.words == words && Arrays.equals(f.sig, sig)
                && Arrays.equals(f.shortSig, shortSig);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(exact) * 31 + Arrays.hashCode(sig);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + Long.toHexString(exact) + ", " + words + " words" + (isShort() ? ", short" : "") + "]";
    }
}
