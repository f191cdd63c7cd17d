package org.framelab.lexicon;

import org.framelab.text.TokenizedText;

/**
 * Process-wide ids for the words that occur in any compiled lexicon, so a text's tokens are looked
 * up once ({@link #of(TokenizedText)}) and every lexicon then matches by array index instead of one
 * hash look-up per token and lexicon. Words of the text that no lexicon contains get -1. Ids are
 * never written to disk: a deserialised lexicon re-registers its words on first use.
 *
 * <p>The words sit in an open-addressing table that is replaced, never changed, when a word is
 * registered (lexicons register their words once, when they are compiled), so look-ups need no lock;
 * a token is looked up by {@link TokenizedText#normHash(int)} and {@link TokenizedText#normEquals},
 * without making its normalised form as a string.
 */
public final class WordIds {
    private WordIds() {}

    /**
     * One immutable table: the words by id, and slots of {@code hash << 32 | (id + 1)} (0 = empty; a
     * power-of-two length, at most half full) with the words' characters one after another in
     * {@code chars} (word {@code id} is {@code chars[start[id], start[id + 1])}), so that a look-up
     * touches one slot array and the characters rather than key, hash and id arrays and a String.
     */
    private record Table(String[] words, long[] slots, char[] chars, int[] start, long[] filter) {
        static Table of(String[] words) {
            int cap = 64;
            while (words.length * 2 > cap) cap *= 2;
            long[] slots = new long[cap];
            long[] filter = new long[FILTER_BITS / 64];
            int[] start = new int[words.length + 1];
            for (int id = 0; id < words.length; id++) start[id + 1] = start[id] + words[id].length();
            char[] chars = new char[start[words.length]];
            for (int id = 0; id < words.length; id++) {
                String w = words[id];
                w.getChars(0, w.length(), chars, start[id]);
                int h = w.hashCode();
                int p = spread(h) & (cap - 1);
                while (slots[p] != 0) p = (p + 1) & (cap - 1);
                slots[p] = (long) h << 32 | (id + 1);
                int f = filterBit(h);
                filter[f >>> 6] |= 1L << f;
            }
            return new Table(words, slots, chars, start, filter);
        }

        int find(String word, int h) {
            int mask = slots.length - 1;
            for (int p = spread(h) & mask; slots[p] != 0; p = (p + 1) & mask) {
                long e = slots[p];
                if ((int) (e >>> 32) == h && words[(int) e - 1].equals(word)) return (int) e - 1;
            }
            return -1;
        }

        int size() {
            return words.length;
        }

        /** A table with the words not yet in it added (ids from {@code size()} on). */
        Table with(String[] add) {
            java.util.List<String> all = new java.util.ArrayList<>(java.util.Arrays.asList(words));
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String w : add) if (find(w, w.hashCode()) < 0 && seen.add(w)) all.add(w);
            return of(all.toArray(new String[0]));
        }
    }

    private static volatile Table table = Table.of(new String[0]);

    /**
     * Bits of the filter in front of the table: one bit per registered word's hash, so that most
     * tokens in no lexicon (most tokens of a text) are turned away by one look-up in 8 KB that stays
     * in the first-level cache, instead of probing the table (hundreds of kilobytes) until an empty slot.
     */
    private static final int FILTER_BITS = 1 << 16;

    private static int filterBit(int h) {
        return (h * 0x2545F491) >>> 16;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }

    static int register(String word) {
        return register(new String[]{word})[0];
    }

    /** The ids of the words, registering those that have none yet (one new table for all of them). */
    static int[] register(String[] words) {
        int[] out = new int[words.length];
        Table t = table;
        boolean all = true;
        for (int i = 0; i < words.length; i++) all &= (out[i] = t.find(words[i], words[i].hashCode())) >= 0;
        if (all) return out;
        synchronized (WordIds.class) {
            t = table.with(words);
            table = t;
        }
        for (int i = 0; i < words.length; i++) out[i] = t.find(words[i], words[i].hashCode());
        return out;
    }

    /** Current number of registered words. */
    static int size() {
        return table.size();
    }

    /** The id of every token (its normalised form), -1 for words in no lexicon. */
    public static int[] of(TokenizedText t) {
        Table tb = table;
        long[] slots = tb.slots();
        long[] filter = tb.filter();
        char[] chars = tb.chars();
        int[] start = tb.start();
        int mask = slots.length - 1;
        int n = t.size();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            byte k = t.kind(i);
            int id = -1;
            if (k != TokenizedText.PUNCT && k != TokenizedText.QUOTE) {
                int h = t.normHash(i);
                int f = filterBit(h);
                if ((filter[f >>> 6] & 1L << f) == 0) {
                    ids[i] = -1;
                    continue;
                }
                for (int p = spread(h) & mask; ; p = (p + 1) & mask) {
                    long e = slots[p];
                    if (e == 0) break;
                    if ((int) (e >>> 32) == h) {
                        int w = (int) e - 1;
                        if (t.normEquals(i, chars, start[w], start[w + 1] - start[w])) {
                            id = w;
                            break;
                        }
                    }
                }
            }
            ids[i] = id;
        }
        return ids;
    }
}
