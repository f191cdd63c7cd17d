package org.framelab.gui;

import org.framelab.corpus.Corpus;
import org.framelab.util.Progress;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GUI's bridge to {@code org.framelab.features}: the user's feature choices as a
 * specification, and the fitted pipelines built from it (in the background).
 */
final class Pipelines {
    private Pipelines() {}

    /**
     * What the user chose in the Features tab.
     *
     * @param families feature family names (e.g. attribution, quotation, stance, subjectivity, actors, ngrams)
     * @param lexicons user lexicons by name, in the order added
     * @param actors   actor names for the actors family
     */
    record Spec(List<String> families, Map<String, Path> lexicons, List<String> actors) {
        Spec {
            families = List.copyOf(families);
            lexicons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lexicons));
            actors = List.copyOf(actors);
            if (families.isEmpty()) throw new IllegalArgumentException("Invalid feature families: choose at least one family");
        }

        /** The families joined the way the CLI's --families option writes them. */
        String familiesSpec() {
            return String.join("+", families);
        }
    }

    /** Families offered in the Features tab: {name, title, description}. */
    static final String[][] FAMILIES = {
            {"attribution", "Attribution (reporting verbs, sources)", "Neutral and evaluative reporting verbs, the said-ratio, anonymous sources and who is attributed."},
            {"quotation", "Quotation (direct and scare quotes)", "Direct quotes, share of words in quotes, scare quotes and distancing markers (so-called, alleged)."},
            {"stance", "Epistemic stance (hedges, boosters)", "Hedges, boosters, factive, assertive and implicative verbs, modals, negation."},
            {"subjectivity", "Subjective and loaded language", "Subjectivity/sentiment lexicon, intensifiers and user lexicons."},
            {"actors", "Actors", "Mentions of the actors listed below and the verbs and quotes each gets."},
            {"ngrams", "Word n-grams (uni- and bigrams)", "Sparse word counts; thousands of columns, fitted on the data."},
    };

    static Analyses.Features table(Spec spec, Corpus corpus, Progress progress) {
        throw new UnsupportedOperationException("feature pipeline not merged yet");
    }

    static Evidence evidence(Spec spec, Corpus corpus, Progress progress) {
        throw new UnsupportedOperationException("feature pipeline not merged yet");
    }
}
