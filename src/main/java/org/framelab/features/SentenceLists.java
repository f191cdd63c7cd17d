package org.framelab.features;

import java.util.ArrayList;
import java.util.List;

/** Small lists of indices per sentence, made on first use. */
final class SentenceLists {
    private final List<Integer>[] lists;

    @SuppressWarnings("unchecked")
    SentenceLists(int sentences) {
        lists = new List[Math.max(1, sentences)];
    }

    void add(int sentence, int index) {
        if (sentence < 0 || sentence >= lists.length) return;
        if (lists[sentence] == null) lists[sentence] = new ArrayList<>(2);
        lists[sentence].add(index);
    }

    List<Integer> get(int sentence) {
        return sentence < 0 || sentence >= lists.length ? null : lists[sentence];
    }
}
