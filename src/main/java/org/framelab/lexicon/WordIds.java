package org.framelab.lexicon;

import org.framelab.text.TokenizedText;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Process-wide ids for the words that occur in any compiled lexicon, so a text's tokens are looked
 * up once ({@link #of(TokenizedText)}) and every lexicon then matches by array index instead of one
 * hash look-up per token and lexicon. Words of the text that no lexicon contains get -1. Ids are
 * never written to disk: a deserialised lexicon re-registers its words on first use.
 */
public final class WordIds {
    private WordIds() {}

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

    static int register(String word) {
        Integer id = IDS.get(word);
        if (id != null) return id;
        synchronized (IDS) {
            return IDS.computeIfAbsent(word, w -> IDS.size());
        }
    }

    /** Current number of registered words. */
    static int size() {
        return IDS.size();
    }

    /** The id of every token (its normalised form), -1 for words in no lexicon. */
    public static int[] of(TokenizedText t) {
        int n = t.size();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            byte k = t.kind(i);
            if (k == TokenizedText.PUNCT || k == TokenizedText.QUOTE) {
                ids[i] = -1;
                continue;
            }
            Integer id = IDS.get(t.norm(i));
            ids[i] = id == null ? -1 : id;
        }
        return ids;
    }
}
