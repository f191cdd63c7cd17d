package org.framelab.features;

import org.framelab.text.Span;

import java.io.Serializable;
import java.util.Map;

/**
 * One place where a feature fired: the evidence behind a number. {@code explain}, the Excel
 * Evidence sheet and the GUI highlighter all read these.
 *
 * @param family     feature family, e.g. {@code attribution}
 * @param feature    the feature column it counts toward, e.g. {@code attribution.evaluative}
 * @param category   finer category or lexicon entry class, e.g. {@code accuse}, {@code hedge}
 * @param span       character range in the article text
 * @param text       the covered text
 * @param attributes extra facts, e.g. {@code speaker} for attributions, {@code lexicon} for lexicon hits
 */
public record Hit(String family, String feature, String category, Span span, String text,
                  Map<String, String> attributes) implements Serializable {
    public Hit {
        // sorted by key, so that whoever lists them (the GUI, a table) lists them in the same order in every
        // run (Map.copyOf's iteration order changes from one JVM to the next)
        attributes = attributes == null || attributes.isEmpty() ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(attributes));
    }
}
