package org.framelab.features;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One feature column, documented: every column a user sees has a name, a definition, a unit and
 * the lexicon/source it comes from (printed by {@code --list-features} and in the README). A ratio
 * or rate also says how it is computed ({@link Ratio}): its value is missing (NaN, an empty cell)
 * when its denominator is 0, never 0.
 *
 * @param name        stable column name, e.g. {@code attribution.evaluative.rate}, {@code ngram:"so-called"}
 * @param family      feature family name, e.g. {@code attribution}
 * @param definition  one sentence
 * @param unit        e.g. "per 1,000 tokens", "count", "ratio 0..1"
 * @param source      lexicon and citation, or empty
 * @param ratio       how a ratio or rate is computed from other columns, or null for counts and n-grams
 */
public record FeatureColumn(String name, String family, String definition, String unit, String source, Ratio ratio)
        implements Serializable {

    /** A column that is not a ratio (a count, an n-gram weight). */
    public FeatureColumn(String name, String family, String definition, String unit, String source) {
        this(name, family, definition, unit, source, null);
    }

    /**
     * A ratio column, machine-readable: {@code scale × numerator / (sum of the denominator columns)}, all of
     * them columns of the same table (counts), so a pooled ratio over many articles is
     * {@code scale × Σ numerator / Σ denominator}. Undefined (missing) when the denominator is 0.
     *
     * @param numerator     the numerator column, e.g. {@code attribution.said.count}
     * @param denominator   the denominator columns, summed, e.g. {@code [attribution.neutral.count, attribution.evaluative.count]}
     * @param scale         1 for a share, 1000 for a rate per 1,000 tokens
     * @param undefinedWhen when the denominator is 0, in words: "the text has no reporting verb"
     */
    public record Ratio(String numerator, List<String> denominator, double scale, String undefinedWhen) implements Serializable {
        public Ratio {
            denominator = List.copyOf(denominator);
            if (denominator.isEmpty()) throw new IllegalArgumentException("a ratio needs a denominator column");
        }

        /** A rate per 1,000 word tokens of the text: {@code 1000 × count / text.tokens}. */
        public static Ratio per1000Tokens(String countColumn) {
            return new Ratio(countColumn, List.of(FramingFeatures.TOKENS), 1000, "the text has no word tokens");
        }

        /** The formula in words, e.g. {@code 1000 × stance.hedge.count / text.tokens}. */
        public String formula() {
            String den = denominator.size() == 1 ? denominator.get(0) : "(" + String.join(" + ", denominator) + ")";
            String s = scale == 1 ? "" : (scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale)) + " \u00d7 ";
            return s + numerator + " / " + den;
        }

        /** The rule for missing values, e.g. "missing (empty) when the text has no reporting verb". */
        public String rule() {
            return "missing (empty) when " + undefinedWhen;
        }

        /** The short reason shown for a missing value, e.g. "undefined (the text has no reporting verb)". */
        public String undefined() {
            return "undefined (" + undefinedWhen + ")";
        }
    }

    /** Whether the value can be missing (NaN): a ratio or rate whose denominator can be 0. */
    public boolean canBeMissing() {
        return ratio != null;
    }

    /**
     * The definition with the ratio's formula and missing-value rule when it has one, e.g. "Share of ...
     * = attribution.said.count / (...); missing (empty) when the text has no reporting verb."
     */
    public String fullDefinition() {
        if (ratio == null) return definition;
        String d = definition.endsWith(".") ? definition.substring(0, definition.length() - 1) : definition;
        return d + ": " + ratio.formula() + "; " + ratio.rule() + ".";
    }

    /** Whether this is a word n-gram column (thousands of sparse values; left out of tests, evidence and the Articles sheet). */
    public boolean isNgram() {
        return (family != null && family.toLowerCase(Locale.ROOT).startsWith("ngram")) || name.startsWith("ngram:");
    }
}
