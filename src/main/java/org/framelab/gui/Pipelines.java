package org.framelab.gui;

import org.framelab.corpus.Corpus;
import org.framelab.features.Actor;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
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
            if (families.isEmpty()) throw new IllegalArgumentException("Invalid feature families: choose at least one family");
        }

        /** The families joined the way the CLI's --families option writes them. */
        String familiesSpec() {
            List<String> f = new ArrayList<>(families);
            if (f.containsAll(FeatureSets.FRAMING)) {
                f.removeAll(FeatureSets.FRAMING);
                f.add(0, "framing");
            }
            return String.join("+", f);
        }

        /** The options the features API takes; lexicons and actors only when their family is on. */
        FeatureOptions options() {
            List<Actor> acts = new ArrayList<>();
            if (families.contains("actors")) for (String a : actors) acts.add(Actor.parse(a));
            return new FeatureOptions(families, families.contains("subjective") ? lexicons : Map.of(), acts, NgramOptions.defaults());
        }

        /** The same choices with other families (e.g. the classifier's feature set). */
        Spec withFamilies(String spec) {
            List<String> f = new ArrayList<>();
            for (String part : spec.split("[+,\\s]+")) {
                if (part.isBlank()) continue;
                if (part.equals("framing")) f.addAll(FeatureSets.FRAMING);
                else f.add(part);
            }
            return new Spec(f, lexicons, actors);
        }

        FeatureSpec featureSpec() throws InputException {
            return FeatureSets.parse(familiesSpec(), options());
        }
    }

    /** Fits the pipeline on the corpus (only n-grams learn anything) for the browser's evidence. */
    static Evidence evidence(Spec spec, Corpus corpus, Progress progress) throws InputException {
        progress.start("Fitting " + spec.familiesSpec(), -1);
        FeatureSpec fs = spec.featureSpec();
        FittedFeatures fitted = fs.fit(corpus.articles());
        progress.done();
        return new Evidence(fitted, fs.describe());
    }

    /** Fits the pipeline and computes the feature table of every article, in parallel, with progress and cancel. */
    static Analyses.Features table(Spec spec, Corpus corpus, Progress progress) throws InputException {
        progress.start("Fitting " + spec.familiesSpec(), -1);
        FeatureSpec fs = spec.featureSpec();
        FittedFeatures fitted = fs.fit(corpus.articles());
        progress.checkCancelled();
        // the same extraction as `framelab features`: all cores, progress, cancel
        FeatureTable table = FeatureExtraction.table(fitted, corpus.articles(), FeatureExtraction.allCores(), progress);
        progress.checkCancelled();
        return new Analyses.Features(table, new Evidence(fitted, fs.describe()), spec, fitted);
    }
}
