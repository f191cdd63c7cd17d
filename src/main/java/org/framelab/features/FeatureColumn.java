package org.framelab.features;

import java.io.Serializable;

/**
 * One feature column, documented: every column a user sees has a name, a definition, a unit and
 * the lexicon/source it comes from (printed by {@code --list-features} and in the README).
 *
 * @param name        stable column name, e.g. {@code attribution.evaluative.rate}, {@code ngram:"so-called"}
 * @param family      feature family name, e.g. {@code attribution}
 * @param definition  one sentence
 * @param unit        e.g. "per 1,000 tokens", "count", "ratio 0..1"
 * @param source      lexicon and citation, or empty
 */
public record FeatureColumn(String name, String family, String definition, String unit, String source)
        implements Serializable {

    /** Whether this is a word n-gram column (thousands of sparse values; left out of tests, evidence and the Articles sheet). */
    public boolean isNgram() {
        return (family != null && family.toLowerCase(java.util.Locale.ROOT).startsWith("ngram")) || name.startsWith("ngram:");
    }
}
