package org.framelab.features;

/**
 * How often a term occurs in one outlet's articles: attribution verbs (term = lemma, category =
 * neutral/evaluative), scare-quoted terms (category = scare), the verbs each actor gets
 * (family = actors, category = the actor) and the per-source profile (family = sources, category =
 * the source, e.g. "Maria Zakharova" or "officials"; he/she count for the last named source).
 *
 * @param outlet the outlet, empty when the article has none
 */
public record TermCount(String term, String family, String category, String outlet, long count) implements java.io.Serializable {
}
