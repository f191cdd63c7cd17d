package org.framelab.features;

import org.framelab.util.OptionException;

import org.framelab.lexicon.Lexicon;
import org.framelab.lexicon.Lexicons;
import org.framelab.util.InputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds feature pipelines from a family spec: {@code framing} (all non-n-gram families),
 * {@code ngrams}, {@code framing+ngrams} ({@code all}), or family names joined by {@code +} or
 * {@code ,} ({@code attribution+quotation}).
 */
public final class FeatureSets {
    private FeatureSets() {}

    /** Every family, in column order. */
    private static final List<String> FAMILIES = List.of(AttributionFamily.NAME, QuotationFamily.NAME,
            StanceFamily.NAME, SubjectiveFamily.NAME, ActorsFamily.NAME, NgramFamily.NAME);
    /** One-line description of each family. */
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            AttributionFamily.NAME, "reporting verbs (neutral vs evaluative), said-ratio, anonymous sources, speaker of each attribution",
            QuotationFamily.NAME, "direct quotes, share of quoted words, scare quotes and their terms, titles, distancing markers",
            StanceFamily.NAME, "hedges, boosters, factive/assertive/implicative verbs, modals, negation",
            SubjectiveFamily.NAME, "subjective/loaded words, positive and negative words, intensifiers, plus user lexicons",
            ActorsFamily.NAME, "mentions, reporting verbs and quotes per configured actor (--actors)",
            NgramFamily.NAME, "word uni/bi-grams, vocabulary fitted on the training data (min document frequency, max features, optional TF-IDF)");
    /** The framing families (all but n-grams). */
    public static final List<String> FRAMING = FAMILIES.subList(0, 5);

    public static List<String> familyNames() {
        return FAMILIES;
    }

    /** The one-line description of a family, or "" for an unknown name. */
    public static String description(String family) {
        return DESCRIPTIONS.getOrDefault(family, "");
    }

    /** Expands one name ({@code framing}, {@code all}, a family name) to family names. */
    static List<String> expand(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "framing": return FRAMING;
            case "all": return FAMILIES;
            case "ngram": case "n-grams": return List.of(NgramFamily.NAME);
            case "actor": return List.of(ActorsFamily.NAME);
            default:
                if (FAMILIES.contains(n)) return List.of(n);
                throw new OptionException("feature family", "'" + name.strip() + "' (known: framing, all, "
                        + String.join(", ", FAMILIES) + ")");
        }
    }

    /** Parses a spec with the options' lexicons, actors and n-gram settings. */
    public static FeatureSpec parse(String spec, FeatureOptions options) throws InputException {
        if (options == null) options = FeatureOptions.defaults();
        String s = spec == null || spec.isBlank() ? "framing" : spec;
        Set<String> wanted = new LinkedHashSet<>();
        for (String part : s.split("[+,\\s]+")) {
            if (part.isBlank()) continue;
            wanted.addAll(expand(part));
        }
        if (wanted.isEmpty()) throw new OptionException("feature families", "'" + spec + "'");
        if (!options.lexicons().isEmpty() && !wanted.contains(SubjectiveFamily.NAME)) {
            throw new OptionException("families", "user lexicons (--lexicon) are counted by the 'subjective' family; add it, e.g. --families "
                    + String.join("+", wanted) + "+subjective");
        }
        if (!options.actors().isEmpty() && !wanted.contains(ActorsFamily.NAME)) {
            throw new OptionException("families", "actors (--actors) are counted by the 'actors' family; add it, e.g. --families "
                    + String.join("+", wanted) + "+actors");
        }
        Map<String, Lexicon> user = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : options.lexicons().entrySet()) user.put(e.getKey(), Lexicons.load(e.getKey(), e.getValue()));
        List<FeatureFamily> families = new ArrayList<>();
        for (String f : FAMILIES) {
            if (!wanted.contains(f)) continue;
            families.add(switch (f) {
                case AttributionFamily.NAME -> new AttributionFamily();
                case QuotationFamily.NAME -> new QuotationFamily();
                case StanceFamily.NAME -> new StanceFamily();
                case SubjectiveFamily.NAME -> new SubjectiveFamily(user);
                case ActorsFamily.NAME -> new ActorsFamily(options.actors());
                case NgramFamily.NAME -> new NgramFamily(options.ngrams());
                default -> throw new IllegalStateException(f);
            });
        }
        return new FramingSpec(families, describe(wanted));
    }

    /** {@code parse(String.join("+", options.families()), options)}; empty families mean {@code framing}. */
    public static FeatureSpec parse(FeatureOptions options) throws InputException {
        return parse(String.join("+", options.families()), options);
    }

    private static String describe(Set<String> wanted) {
        if (wanted.containsAll(FAMILIES)) return "framing+ngrams";
        if (wanted.containsAll(FRAMING) && wanted.size() == FRAMING.size()) return "framing";
        List<String> ordered = new ArrayList<>();
        for (String f : FAMILIES) if (wanted.contains(f)) ordered.add(f);
        return String.join("+", ordered);
    }

    /**
     * The family names of a spec ({@code framing}, {@code all}, {@code framing+ngrams}, names joined by
     * {@code +} or {@code ,}), expanded, without repeats, in column order; empty or null means
     * {@code framing}. The one place where {@code framing} is expanded.
     */
    public static List<String> families(String spec) {
        String s = spec == null || spec.isBlank() ? "framing" : spec;
        Set<String> wanted = new LinkedHashSet<>();
        for (String part : s.split("[+,\\s]+")) if (!part.isBlank()) wanted.addAll(expand(part));
        List<String> out = new ArrayList<>();
        for (String f : FAMILIES) if (wanted.contains(f)) out.add(f);
        return out;
    }

    /** Family names written compactly, as every output shows them: the framing families as {@code framing}. */
    public static String join(java.util.Collection<String> families) {
        return describe(new LinkedHashSet<>(families(String.join("+", families))));
    }

    /**
     * The options for another feature set of the same study (a classifier's set, an ablation row):
     * the families of {@code spec}, and the lexicons and actors only when their family is part of it.
     */
    public static FeatureOptions optionsFor(String spec, FeatureOptions base) {
        List<String> fams = families(spec);
        FeatureOptions o = base.withFamilies(List.of(join(fams)));
        if (!fams.contains(SubjectiveFamily.NAME)) o = o.withLexicons(Map.of());
        if (!fams.contains(ActorsFamily.NAME)) o = o.withActors(List.of());
        return o;
    }

    /** The families of {@code options} that give columns (the actors family only with actors), for an ablation. */
    public static List<String> producing(FeatureOptions options) {
        List<String> out = new ArrayList<>();
        for (String f : families(String.join("+", options.families()))) {
            if (f.equals(ActorsFamily.NAME) && options.actors().isEmpty()) continue;
            out.add(f);
        }
        return out;
    }
}
