package org.framelab.features;

import org.framelab.text.TokenizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Words by id from 1 (id 0 = none), ids given in order of first sight. An open-addressing table of
 * ids keyed by {@code String.hashCode}, so that a token's normalised form is found from the
 * tokenizer's hash and characters ({@link #id(TokenizedText, int)}) without making a String for it;
 * a String is made only for a word seen for the first time. Not thread-safe.
 */
final class WordTable {
    /** Words by id (null at 0). */
    final List<String> words = new ArrayList<>();
    /** Hash of each word by id. */
    private int[] hashes = new int[64];
    /** Slot -> id (0 = empty). */
    private int[] slots = new int[128];

    WordTable() {
        words.add(null);
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }

    /** The id of {@code w}, registering it when new. */
    int id(String w) {
        int h = w.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int id = slots[i];
            if (id == 0) return add(w, h, i);
            if (hashes[id] == h && words.get(id).equals(w)) return id;
        }
    }

    /** The id of token {@code i}'s normalised form ({@link TokenizedText#norm}), registering it when new. */
    int id(TokenizedText t, int i) {
        int h = t.normHash(i);
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            int id = slots[s];
            if (id == 0) return add(t.norm(i), h, s);
            if (hashes[id] == h && t.normEquals(i, words.get(id))) return id;
        }
    }

    /** The id of {@code w}, or 0 when it has none. */
    int find(String w) {
        int h = w.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int id = slots[i];
            if (id == 0) return 0;
            if (hashes[id] == h && words.get(id).equals(w)) return id;
        }
    }

    private int add(String w, int h, int slot) {
        int id = words.size();
        words.add(w);
        if (id == hashes.length) hashes = Arrays.copyOf(hashes, id * 2);
        hashes[id] = h;
        slots[slot] = id;
        if (2 * id > slots.length) grow();
        return id;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 1; id < words.size(); id++) {
            int i = spread(hashes[id]) & mask;
            while (bigger[i] != 0) i = (i + 1) & mask;
            bigger[i] = id;
        }
        slots = bigger;
    }

    /** Number of ids, 0 included. */
    int size() {
        return words.size();
    }
}
