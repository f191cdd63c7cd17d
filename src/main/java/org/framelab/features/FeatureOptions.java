package org.framelab.features;

import org.framelab.util.OptionException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of the feature pipeline. Validated on construction.
 *
 * @param families  family names or groups ({@code framing}, {@code ngrams}, {@code attribution} ...);
 *                  empty means {@code framing}
 * @param lexicons  user lexicons, name to file (plain list, .csv, LIWC .dic, MPQA .tff or a folder),
 *                  in column order; computed by the {@code subjective} family
 * @param actors    actors to track (the {@code actors} family)
 * @param ngrams    n-gram settings (the {@code ngrams} family)
 */
public record FeatureOptions(List<String> families, Map<String, Path> lexicons, List<Actor> actors, NgramOptions ngrams) {
    public FeatureOptions {
        families = families == null ? List.of() : List.copyOf(families);
        for (String f : families) {
            if (f == null || f.isBlank()) throw new OptionException("feature family", "empty (give framing, all, or names joined by +, e.g. attribution+quotation)");
            for (String part : f.split("[+,\\s]+")) if (!part.isBlank()) FeatureSets.expand(part); // throws for unknown names
        }
        Map<String, Path> lex = new LinkedHashMap<>();
        if (lexicons != null) {
            for (Map.Entry<String, Path> e : lexicons.entrySet()) {
                String name = e.getKey();
                if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9_.-]+")) {
                    throw new OptionException("lexicon name", "'" + name + "' (use letters, digits, _ . -)");
                }
                if (e.getValue() == null) throw new OptionException("lexicons", name, "no file given for this lexicon");
                if (lex.put(name, e.getValue()) != null) throw new OptionException("lexicon name", "'" + name + "' given twice");
            }
        }
        lexicons = java.util.Collections.unmodifiableMap(lex);
        actors = actors == null ? List.of() : List.copyOf(actors);
        if (ngrams == null) ngrams = NgramOptions.defaults();
    }

    public static FeatureOptions defaults() {
        return new FeatureOptions(List.of(), Map.of(), List.of(), NgramOptions.defaults());
    }

    public FeatureOptions withFamilies(List<String> f) {
        return new FeatureOptions(f, lexicons, actors, ngrams);
    }

    public FeatureOptions withLexicons(Map<String, Path> l) {
        return new FeatureOptions(families, l, actors, ngrams);
    }

    public FeatureOptions withActors(List<Actor> a) {
        return new FeatureOptions(families, lexicons, a, ngrams);
    }

    public FeatureOptions withNgrams(NgramOptions n) {
        return new FeatureOptions(families, lexicons, actors, n);
    }
}
