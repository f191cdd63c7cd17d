package org.framelab.features;

import java.util.List;

/** Helpers for documented count/rate column pairs. */
final class Columns {
    private Columns() {}

    static final String PER_1000 = "per 1,000 tokens";

    /** Adds {@code base.count} and {@code base.rate} columns for "what" (the rate: missing when the text has no word tokens). */
    static void countAndRate(List<FeatureColumn> out, String base, String family, String what, String source) {
        out.add(new FeatureColumn(base + ".count", family, "Number of " + what + ".", "count", source));
        out.add(new FeatureColumn(base + ".rate", family, "Number of " + what + " per 1,000 word tokens of the text.",
                PER_1000, source, FeatureColumn.Ratio.per1000Tokens(base + ".count")));
    }

    /** Turns a name into a column-safe slug: lower case, letters, digits and underscores. */
    static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.strip().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) sb.append(c);
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') sb.append('_');
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') sb.setLength(sb.length() - 1);
        return sb.length() == 0 ? "x" : sb.toString();
    }
}
