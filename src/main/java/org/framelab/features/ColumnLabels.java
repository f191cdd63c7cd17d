package org.framelab.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The label catalogue: a short human label for every column id, used by every chart, GUI table,
 * workbook header and the notebook (the id stays the column name in CSV tables and is shown beside
 * the label where space allows). A label names the measure and its unit, e.g.
 * {@code attribution.evaluative.rate} is "Evaluative reporting verbs per 1,000 tokens" and
 * {@code attribution.said_ratio} "Share of reporting verbs that are 'say'".
 *
 * <p>Built-in columns have hand-written labels ({@link #BASE}); user lexicon categories
 * ({@code lexicon.NAME.CATEGORY}), actors ({@code actor.SLUG.KIND}) and n-grams ({@code ngram:"..."})
 * get labels from their parts; any other column is labelled from its definition ("Number of modal
 * verbs (can, ...)" gives "Modal verbs"), and an unknown id is shown as it is.
 */
public final class ColumnLabels {
    private ColumnLabels() {}

    /** Labels of the measures of the built-in families, without the unit. */
    static final Map<String, String> BASE = new LinkedHashMap<>();
    static {
        BASE.put("text.tokens", "Word tokens");
        BASE.put("text.sentences", "Sentences");
        BASE.put("attribution.neutral", "Neutral reporting verbs");
        BASE.put("attribution.evaluative", "Evaluative reporting verbs");
        BASE.put("attribution.said", "Forms of 'say'");
        BASE.put("attribution.said_ratio", "Share of reporting verbs that are 'say'");
        BASE.put("attribution.anonymous", "Anonymous-source attributions");
        BASE.put("attribution.named", "Named-source attributions");
        BASE.put("attribution.according_to", "'According to' attributions");
        BASE.put("attribution.sources", "Distinct sources");
        BASE.put("quotation.direct", "Direct quotes");
        BASE.put("quotation.quoted_words", "Words inside direct quotes");
        BASE.put("quotation.scare", "Scare quotes");
        BASE.put("quotation.title", "Quoted titles");
        BASE.put("quotation.mention", "Words quoted as words (mentions, glosses)");
        BASE.put("quotation.distancing", "Distancing markers");
        BASE.put("stance.hedge", "Hedges");
        BASE.put("stance.booster", "Boosters");
        BASE.put("stance.factive", "Factive verbs");
        BASE.put("stance.assertive", "Assertive verbs");
        BASE.put("stance.implicative", "Implicative verbs");
        BASE.put("stance.modal", "Modal verbs");
        BASE.put("stance.negation", "Negations");
        BASE.put("subjective.subjective", "Subjective words");
        BASE.put("subjective.positive", "Positive words");
        BASE.put("subjective.negative", "Negative words");
        BASE.put("subjective.intensifier", "Intensifiers");
        BASE.put("subjective.loaded", "Loaded words");
    }

    /** Actor column kinds: label after the actor's name. */
    private static final Map<String, String> ACTOR_KIND = Map.of(
            "mentions", "mentions",
            "neutral", "neutral reporting verbs as speaker",
            "evaluative", "evaluative reporting verbs as speaker",
            "quotes", "direct quotes as speaker");

    /** The label of a column with its unit, e.g. "Hedges per 1,000 tokens". */
    public static String label(FeatureColumn c) {
        return label(c.name(), c.definition());
    }

    /** The label of a column id alone (no definition at hand). */
    public static String label(String id) {
        return label(id, "");
    }

    /** The label without its unit, e.g. "Hedges". */
    public static String measure(FeatureColumn c) {
        return measure(c.name(), c.definition());
    }

    /** The label of an id with the definition as a fallback. */
    public static String label(String id, String definition) {
        Parts p = parts(id);
        String m = measure(p, definition);
        if (m.equals(id)) return id;   // unknown: the id as it is
        return switch (p.suffix) {
            case "rate" -> m + " per 1,000 tokens";
            case "share" -> p.base.equals("quotation.quoted_words") ? "Share of words inside direct quotes" : "Share: " + lower(m);
            case "missing" -> m + " (undefined)";
            case "rate.missing" -> m + " per 1,000 tokens (undefined)";
            default -> m;
        };
    }

    /** The measure of an id without its unit. */
    public static String measure(String id, String definition) {
        return measure(parts(id), definition);
    }

    /** A label for a list of ids, in order. */
    public static Map<String, String> labels(List<FeatureColumn> columns) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FeatureColumn c : columns) out.put(c.name(), label(c));
        return out;
    }

    /** id = base + optional .count/.rate/.share/.missing suffix */
    private record Parts(String id, String base, String suffix) {}

    private static Parts parts(String id) {
        for (String s : List.of("count", "rate", "share", "missing")) {
            if (id.endsWith("." + s)) {
                String base = id.substring(0, id.length() - s.length() - 1);
                if (s.equals("missing")) {
                    Parts inner = parts(base);
                    return new Parts(id, inner.base, inner.suffix.equals("rate") ? "rate.missing" : "missing");
                }
                return new Parts(id, base, s);
            }
        }
        return new Parts(id, id, "");
    }

    private static String measure(Parts p, String definition) {
        String id = p.id;
        if (id.equals("ngram:TERM")) return "N-grams (one column each)";
        if (id.startsWith("ngram:")) {
            String term = id.substring("ngram:".length());
            if (term.length() >= 2 && term.startsWith("\"") && term.endsWith("\"")) term = term.substring(1, term.length() - 1);
            return "N-gram \u201c" + term + "\u201d";
        }
        String known = BASE.get(p.base);
        if (known != null) return known;
        if (p.base.startsWith("lexicon.")) {
            String[] s = p.base.split("\\.", 3);
            if (s.length == 3) {
                String cat = quotedAfter(definition, "category '");
                String lex = quotedAfter(definition, "lexicon '");
                return "Lexicon " + (lex != null ? lex : s[1]) + ": " + (cat != null ? cat : s[2].replace('_', ' '));
            }
        }
        if (p.base.startsWith("actor.")) {
            int dot = p.base.lastIndexOf('.');
            String kind = p.base.substring(dot + 1);
            String who = quotedAfter(definition, "'");
            if (who == null) who = capitalise(p.base.substring("actor.".length(), dot).replace('_', ' '));
            String k = ACTOR_KIND.get(kind);
            if (k != null) return who + ": " + k;
        }
        String fromDefinition = fromDefinition(definition);
        return fromDefinition != null ? fromDefinition : id;
    }

    /** "Number of modal verbs (can, could ...)." gives "Modal verbs"; null when the definition is empty. */
    static String fromDefinition(String definition) {
        if (definition == null || definition.isBlank()) return null;
        String d = definition.strip();
        for (String cut : List.of(" (", ": ", " per 1,000", ". ")) {
            int i = d.indexOf(cut);
            if (i > 0) d = d.substring(0, i);
        }
        if (d.endsWith(".")) d = d.substring(0, d.length() - 1);
        for (String prefix : List.of("Number of ", "Count of ")) {
            if (d.startsWith(prefix)) d = d.substring(prefix.length());
        }
        if (d.length() > 60) d = d.substring(0, 57).strip() + "...";
        return capitalise(d);
    }

    private static String quotedAfter(String s, String marker) {
        if (s == null) return null;
        int i = s.indexOf(marker);
        if (i < 0) return null;
        int b = i + marker.length();
        int e = s.indexOf('\'', b);
        return e > b ? s.substring(b, e) : null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String lower(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
