package org.framelab.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

final class Collections2 {
    private Collections2() {}

    /** An unmodifiable copy that keeps the insertion order (Map.copyOf does not). */
    static <K, V> Map<K, V> orderedCopy(Map<K, V> m) {
        if (m.isEmpty()) return Map.of();
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
