package org.framelab.text;

import org.framelab.corpus.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * An index of fingerprinted texts that finds, for a query text, every indexed text that is its exact
 * or near duplicate. Exact: the same normalised words ({@link Fingerprint#exact}). Near: Jaccard
 * similarity of the shingle sets at least {@value #THRESHOLD} (Broder 1997), on word pairs when both
 * texts are short, else on 5-word shingles. Candidates come from locality-sensitive hashing of the
 * signatures ({@value #BANDS} bands of {@value #ROWS} bins: a pair at Jaccard 0.8 shares a band with
 * probability 1 - (1 - 0.8^4)^32 &gt; 0.9999999, at 0.3 with probability 0.23); a candidate is then
 * verified on the two shingle sets when both texts are at hand (exact Jaccard), otherwise on the
 * signatures (estimated Jaccard, standard error about 0.035 at 0.8). Candidates whose signatures
 * estimate less than {@value #THRESHOLD} - {@value #MARGIN} are rejected without reading the texts
 * when both have at least {@value Fingerprint#K} shingles (5.7 standard errors below the threshold).
 * Read-only after construction: queries may run in parallel.
 */
public final class NearDuplicates {
    /** Jaccard similarity from which two texts are near duplicates. */
    public static final double THRESHOLD = 0.8;
    static final int BANDS = 32, ROWS = 4;
    static final double MARGIN = 0.2;
    private static final int IDX_BITS = 27;

    /** The shingle sets of indexed texts (by index), or null when the texts are not at hand. */
    public interface Texts {
        /** The sorted distinct shingle hashes of text {@code i} ({@link Fingerprint#shingleSet}). */
        long[] shingles(int i, int size);
    }

    /** An indexed text that duplicates the query: {@code exact}, or near with its Jaccard {@code similarity}. */
    public record Match(int index, boolean exact, double similarity) {}

    private final Fingerprint[] fps;
    private final Texts texts;
    private final long[] exactKeys;
    private final int[] exactIdx;
    private final long[] bands, shortBands;
    private final ConcurrentHashMap<Long, long[]> cache = new ConcurrentHashMap<>();

    /** An index of {@code fps} (the texts at hand through {@code texts}, or null). */
    public NearDuplicates(Fingerprint[] fps, Texts texts) {
        if (fps.length >= 1 << IDX_BITS) throw new IllegalArgumentException("too many texts for the duplicate index: " + fps.length);
        this.fps = fps.clone();
        this.texts = texts;
        Integer[] order = IntStream.range(0, fps.length).filter(i -> !fps[i].isEmpty()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong(i -> fps[i].exact()));
        exactKeys = new long[order.length];
        exactIdx = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            exactIdx[k] = order[k];
            exactKeys[k] = fps[order[k]].exact();
        }
        bands = bandEntries(false);
        shortBands = bandEntries(true);
    }

    /** An index of the articles' titles and texts, with the texts at hand (shingle sets computed when needed). */
    public static NearDuplicates of(List<Article> articles, Fingerprint[] fps) {
        return new NearDuplicates(fps, (i, size) -> Fingerprint.shingleSet(articles.get(i).title(), articles.get(i).text(), size));
    }

    /** The fingerprints of the articles (title and text), computed on all cores. */
    public static Fingerprint[] fingerprints(List<Article> articles) {
        Fingerprint[] out = new Fingerprint[articles.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = Fingerprint.of(articles.get(i).title(), articles.get(i).text()));
        return out;
    }

    public int size() {
        return fps.length;
    }

    public Fingerprint fingerprint(int i) {
        return fps[i];
    }

    private long[] bandEntries(boolean shortSig) {
        int count = 0;
        for (Fingerprint f : fps) if (!f.isEmpty() && (!shortSig || f.isShort())) count++;
        long[] out = new long[count * BANDS];
        int k = 0;
        for (int i = 0; i < fps.length; i++) {
            Fingerprint f = fps[i];
            if (f.isEmpty() || (shortSig && !f.isShort())) continue;
            byte[] s = shortSig ? f.shortSig() : f.sig();
            for (int b = 0; b < BANDS; b++) out[k++] = (bandKey(s, b) << IDX_BITS) | i;
        }
        Arrays.parallelSort(out);
        return out;
    }

    /** Band {@code b} of a signature with its number: 5 + 32 bits. */
    private static long bandKey(byte[] s, int b) {
        long key = b;
        for (int r = 0; r < ROWS; r++) key = (key << 8) | (s[b * ROWS + r] & 0xff);
        return key;
    }

    /**
     * The indexed texts that duplicate a query text, by index. {@code title}/{@code text}: the query's
     * own title and text when at hand (null: its similarity to a candidate is estimated).
     */
    public List<Match> matches(Fingerprint q, String title, String text) {
        if (q.isEmpty()) return List.of();
        List<Match> out = new ArrayList<>();
        int lo = lowerBound(exactKeys, q.exact());
        for (int k = lo; k < exactKeys.length && exactKeys[k] == q.exact(); k++) out.add(new Match(exactIdx[k], true, 1.0));
        int[] cand = candidates(q);
        if (cand.length == 0) return sorted(out);
        long[][] own = new long[Fingerprint.SHINGLE + 1][];
        for (int j : cand) {
            if (fps[j].exact() == q.exact()) continue;
            double s = similarity(q, j, title, text, own);
            if (s >= THRESHOLD) out.add(new Match(j, false, s));
        }
        return sorted(out);
    }

    private static List<Match> sorted(List<Match> m) {
        m.sort(Comparator.comparingInt(Match::index));
        return m;
    }

    /** Indexed texts sharing a band with the query: on the short signatures when both are short, else on the long ones. */
    private int[] candidates(Fingerprint q) {
        int[] out = new int[16];
        int n = 0;
        for (int pass = 0; pass < 2; pass++) {
            boolean shortPass = pass == 1;
            if (shortPass && !q.isShort()) continue;
            long[] entries = shortPass ? shortBands : bands;
            byte[] sig = shortPass ? q.shortSig() : q.sig();
            for (int b = 0; b < BANDS; b++) {
                long key = bandKey(sig, b);
                for (int k = lowerBound(entries, key << IDX_BITS); k < entries.length && entries[k] >>> IDX_BITS == key; k++) {
                    int j = (int) (entries[k] & ((1L << IDX_BITS) - 1));
                    if (!shortPass && q.isShort() && fps[j].isShort()) continue;
                    if (n == out.length) out = Arrays.copyOf(out, n * 2);
                    out[n++] = j;
                }
            }
        }
        int[] c = Arrays.copyOf(out, n);
        Arrays.sort(c);
        int m = 0;
        for (int i = 0; i < c.length; i++) if (i == 0 || c[i] != c[i - 1]) c[m++] = c[i];
        return Arrays.copyOf(c, m);
    }

    /** The Jaccard similarity of the query and indexed text {@code j}: exact when both texts are at hand, else estimated. */
    private double similarity(Fingerprint q, int j, String title, String text, long[][] own) {
        Fingerprint f = fps[j];
        boolean bothShort = q.isShort() && f.isShort();
        int size = bothShort ? Fingerprint.SHORT_SHINGLE : Fingerprint.SHINGLE;
        double est = bothShort ? Fingerprint.estimate(q.shortSig(), f.shortSig()) : Fingerprint.estimate(q.sig(), f.sig());
        if (Math.min(q.shingles(size), f.shingles(size)) >= Fingerprint.K && est < THRESHOLD - MARGIN) return est;
        if (text == null || texts == null) return est;
        if (own[size] == null) own[size] = Fingerprint.shingleSet(title == null ? "" : title, text, size);
        long[] theirs = cache.computeIfAbsent(((long) j << 3) | size, k -> texts.shingles(j, size));
        return Fingerprint.jaccard(own[size], theirs);
    }

    /** Forgets the shingle sets kept for verification (when a fold is done). */
    public void clearCache() {
        cache.clear();
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
