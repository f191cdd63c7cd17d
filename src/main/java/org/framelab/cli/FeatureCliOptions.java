package org.framelab.cli;

import org.framelab.features.Actor;
import org.framelab.features.FeatureOptions;
import org.framelab.features.NgramOptions;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feature options of every command that computes features ({@code features}, {@code explain},
 * {@code compare}, {@code train}, {@code bench}): one vocabulary, with the defaults of
 * {@link NgramOptions#defaults()} (a picocli mixin). {@code --ngram-max-n N} is an alias of
 * {@code --ngram-range 1-N}; {@code train} also takes {@code --features} for {@code --families}
 * (in {@code compare}, {@code --features} names the columns to test).
 */
public class FeatureCliOptions {
    @Option(names = "--families", paramLabel = "SPEC",
            description = "Feature families: framing (all but n-grams), ngrams, framing+ngrams (all), or names joined by + or , "
                    + "(attribution, quotation, stance, subjective, actors, ngrams). Default: framing; framing+ngrams for train.")
    String families;

    @ReadsFrom
    @Option(names = "--lexicon", paramLabel = "NAME=FILE",
            description = "A user lexicon (repeatable): plain list (.txt, one term per line), term,category .csv, LIWC .dic, "
                    + "MPQA .tff, or a folder of lists. Each category becomes columns lexicon.NAME.CATEGORY.count/.rate.")
    List<String> lexiconSpecs = new ArrayList<>();

    @ReadsFrom
    @Option(names = "--actors", paramLabel = "LIST|FILE",
            description = "Actors to track: comma-separated names (\"Russia,United States,Kremlin\"), each optionally "
                    + "NAME=alias|alias (\"Russia=Russia|Moscow|Kremlin\"), or a file with one actor per line.")
    String actors;

    @Option(names = "--ngram-range", paramLabel = "MIN-MAX", defaultValue = "1-2",
            description = "Word n-gram sizes, e.g. 1-1 (unigrams) or 1-2 (uni- and bigrams). Default: ${DEFAULT-VALUE}.")
    String ngramRange;

    @Option(names = "--ngram-max-n", paramLabel = "N", description = "Longest word n-gram, 1..3 (alias of --ngram-range 1-N).")
    Integer ngramMaxN;

    @Option(names = "--min-df", paramLabel = "N", defaultValue = "" + NgramOptions.DEFAULT_MIN_DF,
            description = "Keep n-grams found in at least N (training) articles. Default: ${DEFAULT-VALUE}.")
    int minDf;

    @Option(names = "--max-features", paramLabel = "N", defaultValue = "" + NgramOptions.DEFAULT_MAX_FEATURES,
            description = "Keep at most N n-grams, the most frequent (in training). Default: ${DEFAULT-VALUE}.")
    int maxFeatures;

    @Option(names = "--tfidf", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Weight n-grams by TF-IDF (IDF learned at fit time) and L2-normalise them; --no-tfidf for raw counts. Default: on.")
    boolean tfidf;

    @Option(names = "--repeated-lines", paramLabel = "N", defaultValue = "" + NgramOptions.DEFAULT_REPEATED_LINES,
            description = "Leave out of the n-grams every line repeated verbatim in at least N articles (outlet boilerplate: copyright notices, newsletter sign-ups); 0 = keep all lines. Default: ${DEFAULT-VALUE}.")
    int repeatedLines;

    @Option(names = "--keep-outlet-names",
            description = "Keep the names of the outlets in the text; by default the names of outlets with 20+ articles are left out of the features ('told Fox News', 'NPR's' identify the outlet, not its framing).")
    boolean keepOutletNames;

    @Option(names = "--keep-case", description = "Do not lower-case n-grams.")
    boolean keepCase;

    /** The validated options with {@code framing} as the default families; a missing actors file is bad input. */
    public FeatureOptions toFeatureOptions() throws InputException {
        return toFeatureOptions("framing");
    }

    /** The families given, or the command's default. */
    public String families(String defaultFamilies) {
        return families == null ? defaultFamilies : families;
    }

    /** The validated options; {@code defaultFamilies} when no --families was given. */
    public FeatureOptions toFeatureOptions(String defaultFamilies) throws InputException {
        if (ngramMaxN != null) ngramRange = "1-" + ngramMaxN;
        String[] range = ngramRange.strip().split("[-.:]+");
        int lo;
        int hi;
        try {
            lo = Integer.parseInt(range[0].strip());
            hi = range.length > 1 ? Integer.parseInt(range[1].strip()) : lo;
        } catch (NumberFormatException e) {
            throw new OptionException("ngram_range", ngramRange, "write MIN-MAX, e.g. 1-2");
        }
        if (lo < 1 || hi < lo || hi > 3) {
            throw new OptionException("ngram_range", ngramRange, "MIN-MAX with 1 <= MIN <= MAX <= 3, e.g. 1-2");
        }
        NgramOptions ng = new NgramOptions(lo, hi, minDf, maxFeatures, tfidf, !keepCase, repeatedLines, !keepOutletNames);
        return new FeatureOptions(List.of(families(defaultFamilies)), lexicons(), parseActors(actors), ng);
    }

    /** The --lexicon NAME=FILE options in the order given; a value without '=' or with an empty part is bad usage. */
    Map<String, Path> lexicons() {
        Map<String, Path> out = new LinkedHashMap<>();
        for (String spec : lexiconSpecs) {
            int eq = spec.indexOf('=');
            String name = eq < 0 ? "" : spec.substring(0, eq).strip();
            String file = eq < 0 ? "" : spec.substring(eq + 1).strip();
            if (name.isEmpty() || file.isEmpty()) {
                throw new OptionException("lexicon", spec, "write NAME=FILE, e.g. --lexicon "
                        + "bias=bias-lexicon.txt; NAME becomes part of the column names lexicon.NAME.CATEGORY");
            }
            if (out.containsKey(name)) {
                throw new OptionException("lexicon", spec, "the name '" + name + "' is given twice; each lexicon needs its own NAME");
            }
            out.put(name, Path.of(file));
        }
        return out;
    }

    static List<Actor> parseActors(String spec) throws InputException {
        List<Actor> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) return out;
        Path p = Path.of(spec.strip());
        boolean looksLikeFile = !spec.contains(",") && (spec.endsWith(".txt") || spec.endsWith(".csv") || spec.contains("/"));
        if (Files.isRegularFile(p) || looksLikeFile) {
            if (!Files.isRegularFile(p)) {
                throw new InputException(spec + ": actors file not found\n  What to do: give a file with one actor per line, or a comma-separated list.");
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(spec + ": cannot read the actors file: " + e.getMessage(), e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String s = lines.get(i).strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                try {
                    out.add(Actor.parse(s));
                } catch (IllegalArgumentException e) {
                    throw new InputException(spec + ", line " + (i + 1) + ": " + e.getMessage() + "\n  What to do: write NAME or NAME=alias|alias.");
                }
            }
            if (out.isEmpty()) throw new InputException(spec + ": the actors file lists no actor");
            return out;
        }
        for (String part : spec.split(",")) {
            if (!part.isBlank()) out.add(Actor.parse(part));
        }
        return out;
    }
}
