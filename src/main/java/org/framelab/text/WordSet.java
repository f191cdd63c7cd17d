package org.framelab.text;

import java.util.Collection;
import java.util.Set;

/**
 * An immutable set of normalised words (lower case, {@code '} as the apostrophe) that a token is
 * looked up in by {@link TokenizedText#normHash(int)} and {@link TokenizedText#normEquals(int, String)},
 * without making the token's normalised form as a string: {@code contains(t, i)} is
 * {@code set.contains(t.norm(i))}. Thread-safe.
 */
public final class WordSet implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] keys;
    private final int[] hashes;
    private final Set<String> words;

    private WordSet(Collection<String> words) {
        this.words = Set.copyOf(words);
        int cap = 16;
        while (cap < this.words.size() * 2) cap *= 2;
        keys = new String[cap];
        hashes = new int[cap];
        for (String w : this.words) {
            int p = slot(w.hashCode());
            while (keys[p] != null) p = (p + 1) & (cap - 1);
            keys[p] = w;
            hashes[p] = w.hashCode();
        }
    }

    public static WordSet of(String... words) {
        return new WordSet(java.util.Arrays.asList(words));
    }

    public static WordSet of(Collection<String> words) {
        return new WordSet(words);
    }

    private int slot(int h) {
        return ((h ^ (h >>> 16)) * 0x9E3779B9) & (keys.length - 1);
    }

    /** Whether {@code t.norm(i)} is in the set. */
    public boolean contains(TokenizedText t, int i) {
        return slotOf(t, i) >= 0;
    }

    /**
     * Where {@code t.norm(i)} sits in the set's table (0 to {@link #slots()} - 1), or -1 when it is not
     * in the set: an index for values kept beside the set, one per word.
     */
    public int slotOf(TokenizedText t, int i) {
        int h = t.normHash(i);
        for (int p = slot(h); keys[p] != null; p = (p + 1) & (keys.length - 1)) {
            if (hashes[p] == h && t.normEquals(i, keys[p])) return p;
        }
        return -1;
    }

    /** {@link #slotOf(TokenizedText, int)} for a word. */
    public int slotOf(String word) {
        int h = word.hashCode();
        for (int p = slot(h); keys[p] != null; p = (p + 1) & (keys.length - 1)) {
            if (hashes[p] == h && keys[p].equals(word)) return p;
        }
        return -1;
    }

    /** The size of the table that {@link #slotOf} indexes. */
    public int slots() {
        return keys.length;
    }

    /** Whether the characters {@code chars[b, e)}, whose {@link String#hashCode()} is {@code h}, form a word of the set. */
    boolean contains(char[] chars, int b, int e, int h) {
        for (int p = slot(h); keys[p] != null; p = (p + 1) & (keys.length - 1)) {
            if (hashes[p] == h && keys[p].length() == e - b && keys[p].contentEquals(java.nio.CharBuffer.wrap(chars, b, e - b))) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(String word) {
        return slotOf(word) >= 0;
    }

    /** The words, as a set. */
    public Set<String> asSet() {
        return words;
    }

    public int size() {
        return words.size();
    }
}
