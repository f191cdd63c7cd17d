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

    /** One immutable table: keys with their hash codes and ids; a power-of-two length, at most half full. */
    private record Table(String[] keys, int[] hashes, int[] ids, int size) {
        int find(String word, int h) {
            int mask = keys.length - 1;
            for (int p = spread(h) & mask; keys[p] != null; p = (p + 1) & mask) {
                if (hashes[p] == h && keys[p].equals(word)) return ids[p];
            }
            return -1;
        }

        /** A copy with the words not yet in it added (ids from {@code size} on), grown to stay at most half full. */
        Table with(String[] words) {
            int cap = keys.length;
            while ((size + words.length) * 2 > cap) cap *= 2;
            String[] k = new String[cap];
            int[] h = new int[cap];
            int[] v = new int[cap];
            for (int p = 0; p < keys.length; p++) if (keys[p] != null) put(k, h, v, keys[p], hashes[p], ids[p]);
            Table filling = new Table(k, h, v, size);   // shares the arrays: finds the words put so far
            int n = size;
            for (String w : words) {
                if (filling.find(w, w.hashCode()) < 0) put(k, h, v, w, w.hashCode(), n++);
            }
            return new Table(k, h, v, n);
        }

        private static void put(String[] k, int[] h, int[] v, String word, int hash, int id) {
            int mask = k.length - 1;
            int p = spread(hash) & mask;
            while (k[p] != null) p = (p + 1) & mask;
            k[p] = word;
            h[p] = hash;
            v[p] = id;
        }
    }

    private static volatile Table table = new Table(new String[64], new int[64], new int[64], 0);

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
        String[] keys = tb.keys();
        int[] hashes = tb.hashes();
        int[] idOf = tb.ids();
        int mask = keys.length - 1;
        int n = t.size();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            byte k = t.kind(i);
            int id = -1;
            if (k != TokenizedText.PUNCT && k != TokenizedText.QUOTE) {
                int h = t.normHash(i);
                for (int p = spread(h) & mask; keys[p] != null; p = (p + 1) & mask) {
                    if (hashes[p] == h && t.normEquals(i, keys[p])) {
                        id = idOf[p];
                        break;
                    }
                }
            }
            ids[i] = id;
        }
        return ids;
    }
}
