package org.framelab.features;

import org.framelab.corpus.Article;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Outlet boilerplate as lines repeated verbatim across articles: copyright notices ("Copyright ©
 * 2019 The Washington Times, LLC. Click here for reprint permission."), newsletter sign-ups, "Story
 * Continued Below", "ADVERTISEMENT", "The Associated Press contributed to this report." Such lines
 * identify the outlet, not its framing, and a classifier trained on them learns to recognise the
 * training outlets instead of features that carry over to outlets it has not seen.
 *
 * <p>A line is a stretch of text between line breaks, compared after trimming white space. Only
 * articles with at least two non-empty lines take part (a one-line text, e.g. a BABE sentence, is
 * never boilerplate, and duplicated one-line records are left alone). The set of repeated lines is
 * learned from training articles only, like the n-gram vocabulary.
 */
final class RepeatedLines {
    private RepeatedLines() {}

    /** Begin/end offsets of the trimmed non-empty lines of {@code text}, or an empty array for fewer than two. */
    static int[] lines(String text) {
        int[] out = new int[16];
        int n = 0;
        int len = text.length();
        int start = 0;
        while (start <= len) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? len : nl;
            int b = start;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > b) {
                if (n + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
                out[n++] = b;
                out[n++] = e;
            }
            if (nl < 0) break;
            start = nl + 1;
        }
        return n >= 4 ? Arrays.copyOf(out, n) : new int[0];
    }

    /** 64-bit FNV-1a hash of {@code text[from, to)}; never 0 (0 marks an empty slot in {@link LongIntMap}). */
    static long hash(String text, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** Adds, for each article of the block, 1 to the count of every distinct line hash it contains. */
    static void count(List<Article> docs, LongIntMap df) {
        int doc = 0;
        for (Article a : docs) {
            doc++;
            String t = a.text();
            int[] l = lines(t);
            for (int i = 0; i < l.length; i += 2) df.countOncePer(hash(t, l[i], l[i + 1]), doc);
        }
    }

    /** Is the line {@code text[from, to)} boilerplate? */
    private interface LineTest {
        boolean test(String text, int from, int to);
    }

    /** Begin/end offsets of the lines of {@code text} that pass {@code test}, in text order. */
    private static int[] mask(String text, LineTest test) {
        int[] l = lines(text);
        int n = 0;
        for (int i = 0; i < l.length; i += 2) {
            if (test.test(text, l[i], l[i + 1])) {
                l[n++] = l[i];
                l[n++] = l[i + 1];
            }
        }
        return Arrays.copyOf(l, n);
    }

    /**
     * Begin/end offsets of the lines of {@code text} that are in {@code repeated} (line texts), in
     * text order; an empty array when none is (or the set is empty).
     */
    static int[] mask(String text, Set<String> repeated) {
        if (repeated.isEmpty()) return new int[0];
        return mask(text, (t, from, to) -> repeated.contains(t.substring(from, to)));
    }

    /** Same as {@link #mask(String, Set)} with the repeated lines given by hash (at fit time). */
    static int[] mask(String text, LongIntMap repeatedHashes) {
        if (repeatedHashes == null || repeatedHashes.size() == 0) return new int[0];
        return mask(text, (t, from, to) -> repeatedHashes.get(hash(t, from, to), 0) > 0);
    }

    /** Adds the text of each masked line to {@code texts}, keyed by its hash (first text kept). */
    static void collect(String text, int[] mask, java.util.Map<Long, String> texts) {
        for (int r = 0; r < mask.length; r += 2) texts.putIfAbsent(hash(text, mask[r], mask[r + 1]), text.substring(mask[r], mask[r + 1]));
    }

    /**
     * What a blanked character becomes: white space to the tokenizer and the framing families, like a
     * space, but not a space, so that the n-gram counter can tell a blanked range from the gaps of the
     * text and join no bigram across it ({@link NgramCounter}: "The Associated Press contributed" with
     * the outlet name blanked gives "the" and "contributed", not the bigram "the contributed").
     */
    static final char BLANK = org.framelab.text.LinkCards.BLANK;

    /**
     * {@code text} with the characters in the {@code mask} ranges replaced by {@link #BLANK} (line
     * breaks and every other offset unchanged, so evidence spans still point into the original text);
     * the same instance when the mask is empty.
     */
    static String blank(String text, int[] mask) {
        if (mask.length == 0) return text;
        char[] c = text.toCharArray();
        for (int i = 0; i < mask.length; i += 2) {
            for (int k = mask[i]; k < mask[i + 1]; k++) if (c[k] != '\n' && c[k] != '\r') c[k] = BLANK;
        }
        return new String(c);
    }
}
