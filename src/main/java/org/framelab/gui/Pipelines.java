package org.framelab.gui;

import org.framelab.util.OptionException;

import org.framelab.corpus.Corpus;
import org.framelab.features.Actor;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.app.FeatureStep;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FeatureSpec;
import org.framelab.features.FeatureTable;
import org.framelab.features.FittedFeatures;
import org.framelab.features.NgramOptions;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GUI's bridge to {@code org.framelab.features}: the user's feature choices as a
 * specification, and the fitted pipelines and feature tables built from it (in the background).
 */
final class Pipelines {
    private Pipelines() {}

    /** Families offered in the Features tab: {name, title, description}; names as {@link FeatureSets#familyNames()}. */
    static final String[][] FAMILIES = {
            {"attribution", "Attribution (reporting verbs, sources)", "Neutral and evaluative reporting verbs (said, told vs. claimed, accused), the said-ratio, anonymous or vague sources, and who is attributed."},
            {"quotation", "Quotation (direct and scare quotes)", "Direct quotes, share of words inside quotes, scare quotes and distancing markers (so-called, alleged, self-styled)."},
            {"stance", "Epistemic stance (hedges, boosters)", "Hedges, boosters, factive, assertive and implicative verbs, modal verbs, negation."},
            {"subjective", "Subjective and loaded language", "FrameLab's subjectivity/sentiment lexicon, intensifiers, and the user lexicons listed below."},
            {"actors", "Actors", "Mentions of the actors listed below and the attribution verbs and quotes each actor gets."},
            {"ngrams", "Word n-grams (uni- and bigrams)", "Sparse word counts: thousands of columns, vocabulary fitted on the data. Slower; mostly for classification."},
    };

    /**
     * What the user chose in the Features tab.
     *
     * @param families feature family names
     * @param lexicons user lexicons by name, in the order added (counted by the subjective family)
     * @param actors   actor specs ({@code Name} or {@code Name=alias|alias})
     */
    record Spec(List<String> families, Map<String, Path> lexicons, List<String> actors) {
        Spec {
            families = List.copyOf(families);
            lexicons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lexicons));
            actors = List.copyOf(actors);
            if (families.isEmpty()) throw new OptionException("feature families", "choose at least one family");
        }

        /** The families joined the way the CLI's --families option writes them. */
        String familiesSpec() {
            return FeatureSets.join(families);
        }

        /** The options the features API takes; lexicons and actors only when their family is on. */
        FeatureOptions options() {
            List<Actor> acts = new ArrayList<>();
            if (families.contains("actors")) for (String a : actors) acts.add(Actor.parse(a));
            return new FeatureOptions(families, families.contains("subjective") ? lexicons : Map.of(), acts, NgramOptions.defaults());
        }

        /** The same choices with other families (e.g. the classifier's feature set). */
        Spec withFamilies(String spec) {
            return new Spec(FeatureSets.families(spec), lexicons, actors);
        }

        FeatureSpec featureSpec() throws InputException {
            return FeatureSets.parse(familiesSpec(), options());
        }
    }

    /** Fits the pipeline on the corpus (only n-grams learn anything) for the browser's evidence. */
    static Evidence evidence(Spec spec, Corpus corpus, Progress progress) throws InputException {
        FeatureStep.Fitted f = FeatureStep.fit(corpus.articles(), spec.options(), progress);
        return new Evidence(f.features(), f.describe());
    }

    /** Fits the pipeline and computes the feature table of every article (the application layer's features step). */
    static Analyses.Features table(Spec spec, Corpus corpus, Progress progress) throws InputException {
        FeatureStep.Fitted f = FeatureStep.fit(corpus.articles(), spec.options(), progress);
        progress.checkCancelled();
        FeatureTable table = FeatureStep.table(f, corpus.articles(), progress);
        progress.checkCancelled();
        return new Analyses.Features(table, new Evidence(f.features(), f.describe()), spec, f);
    }
}
