package org.framelab.features;

import org.framelab.text.TokenizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Words by id from 1 (id 0 = none), ids given in order of first sight. An open-addressing table of
 * ids keyed by {@code String.hashCode}, so that a token's normalised form is found from the
 * tokenizer's hash and characters ({@link #id(TokenizedText, int)}) without making a String for it;
 * a String is made only for a word seen for the first time. Each slot holds a word's hash and id in
 * one {@code long}, and the words' characters sit one after another in one array, so a look-up
 * touches the slot and the characters, not an id array, a list, a String and its bytes (on AllSides
 * those dependent loads made the look-ups a quarter of the n-gram analysis). Not thread-safe.
 */
final class WordTable {
    /** Words by id (null at 0). */
    final List<String> words = new ArrayList<>();
    /** Slot -> hash << 32 | id (0 = empty; ids start at 1). */
    private long[] slots = new long[128];
    /** The characters of every word, in id order: word {@code id} is {@code chars[start[id], start[id + 1])}. */
    private char[] chars = new char[1024];
    private int[] start = new int[64];

    WordTable() {
        words.add(null);
        start[1] = 0;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }

    private boolean equals(int id, String w) {
        int b = start[id], len = start[id + 1] - b;
        if (len != w.length()) return false;
        for (int k = 0; k < len; k++) if (chars[b + k] != w.charAt(k)) return false;
        return true;
    }

    /** The id of {@code w}, registering it when new. */
    int id(String w) {
        int h = w.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            long e = slots[i];
            if (e == 0) return add(w, h, i);
            if ((int) (e >>> 32) == h && equals((int) e, w)) return (int) e;
        }
    }

    /** The id of token {@code i}'s normalised form ({@link TokenizedText#norm}), registering it when new. */
    int id(TokenizedText t, int i) {
        int h = t.normHash(i);
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            long e = slots[s];
            if (e == 0) return add(t.norm(i), h, s);
            if ((int) (e >>> 32) == h) {
                int id = (int) e;
                int b = start[id];
                if (t.normEquals(i, chars, b, start[id + 1] - b)) return id;
            }
        }
    }

    /** The id of token {@code i}'s normalised form ({@link TokenizedText#norm}), or 0 when it has none (nothing registered). */
    int find(TokenizedText t, int i) {
        int h = t.normHash(i);
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            long e = slots[s];
            if (e == 0) return 0;
            if ((int) (e >>> 32) == h) {
                int id = (int) e;
                int b = start[id];
                if (t.normEquals(i, chars, b, start[id + 1] - b)) return id;
            }
        }
    }

    /** The id of {@code w}, or 0 when it has none. */
    int find(String w) {
        int h = w.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            long e = slots[i];
            if (e == 0) return 0;
            if ((int) (e >>> 32) == h && equals((int) e, w)) return (int) e;
        }
    }

    private int add(String w, int h, int slot) {
        int id = words.size();
        words.add(w);
        if (id + 2 > start.length) start = Arrays.copyOf(start, start.length * 2);
        int b = start[id];
        if (b + w.length() > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, b + w.length()));
        w.getChars(0, w.length(), chars, b);
        start[id + 1] = b + w.length();
        slots[slot] = (long) h << 32 | id;
        if (2 * id > slots.length) grow();
        return id;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        int mask = bigger.length - 1;
        for (long e : slots) {
            if (e == 0) continue;
            int i = spread((int) (e >>> 32)) & mask;
            while (bigger[i] != 0) i = (i + 1) & mask;
            bigger[i] = e;
        }
        slots = bigger;
    }

    /** Number of ids, 0 included. */
    int size() {
        return words.size();
    }
}
