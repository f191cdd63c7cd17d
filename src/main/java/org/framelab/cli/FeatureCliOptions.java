package org.framelab.cli;

import org.framelab.features.Actor;
import org.framelab.features.FeatureOptions;
import org.framelab.features.NgramOptions;
import org.framelab.util.InputException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Feature options shared by {@code features}, {@code explain} and {@code bench features} (a picocli mixin). */
public class FeatureCliOptions {
    @Option(names = "--families", paramLabel = "SPEC", defaultValue = "framing",
            description = "Feature families: framing (all but n-grams), ngrams, all, or names joined by + or , "
                    + "(attribution, quotation, stance, subjective, actors, ngrams). Default: ${DEFAULT-VALUE}.")
    String families;

    @Option(names = "--lexicon", paramLabel = "NAME=FILE",
            description = "A user lexicon (repeatable): plain list (.txt, one term per line), term,category .csv, LIWC .dic, "
                    + "MPQA .tff, or a folder of lists. Each category becomes columns lexicon.NAME.CATEGORY.count/.rate.")
    Map<String, Path> lexicons = new LinkedHashMap<>();

    @Option(names = "--actors", paramLabel = "LIST|FILE",
            description = "Actors to track: comma-separated names (\"Russia,United States,Kremlin\"), each optionally "
                    + "NAME=alias|alias (\"Russia=Russia|Moscow|Kremlin\"), or a file with one actor per line.")
    String actors;

    @Option(names = "--ngram-range", paramLabel = "MIN-MAX", defaultValue = "1-2",
            description = "Word n-gram sizes, e.g. 1-1 (unigrams) or 1-2 (uni- and bigrams). Default: ${DEFAULT-VALUE}.")
    String ngramRange;

    @Option(names = "--min-df", paramLabel = "N", defaultValue = "5",
            description = "Keep n-grams found in at least N documents. Default: ${DEFAULT-VALUE}.")
    int minDf;

    @Option(names = "--max-features", paramLabel = "N", defaultValue = "20000",
            description = "Keep at most N n-grams (the most frequent). Default: ${DEFAULT-VALUE}.")
    int maxFeatures;

    @Option(names = "--tfidf", description = "Weight n-grams by TF-IDF (IDF learned at fit time) and L2-normalise them.")
    boolean tfidf;

    @Option(names = "--keep-case", description = "Do not lower-case n-grams.")
    boolean keepCase;

    /** The validated options; a missing actors file is bad input. */
    public FeatureOptions toFeatureOptions() throws InputException {
        String[] range = ngramRange.strip().split("[-.:]+");
        NgramOptions ng;
        try {
            int lo = Integer.parseInt(range[0].strip());
            int hi = range.length > 1 ? Integer.parseInt(range[1].strip()) : lo;
            ng = new NgramOptions(lo, hi, minDf, maxFeatures, tfidf, !keepCase);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid --ngram-range: '" + ngramRange + "' (write MIN-MAX, e.g. 1-2)");
        }
        return new FeatureOptions(List.of(families), lexicons, parseActors(actors), ng);
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
