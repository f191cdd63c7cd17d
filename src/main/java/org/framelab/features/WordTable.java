package org.framelab.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Words by id from 1 (id 0 = none), ids given in order of first sight. Not thread-safe. */
final class WordTable {
    private final HashMap<String, Integer> ids = new HashMap<>();
    /** Words by id (null at 0). */
    final List<String> words = new ArrayList<>();

    WordTable() {
        words.add(null);
    }

    /** The id of {@code w}, registering it when new. */
    int id(String w) {
        Integer id = ids.get(w);
        if (id == null) {
            id = words.size();
            ids.put(w, id);
            words.add(w);
        }
        return id;
    }

    /** The id of {@code w}, or 0 when it has none. */
    int find(String w) {
        Integer id = ids.get(w);
        return id == null ? 0 : id;
    }

    /** Number of ids, 0 included. */
    int size() {
        return words.size();
    }
}
