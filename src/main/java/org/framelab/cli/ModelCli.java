package org.framelab.cli;

import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.Provenance;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.features.NgramOptions;
import org.framelab.model.ClassifierSpec;
import org.framelab.model.TrainConfig;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Shared pieces of the train / evaluate / predict / bench train commands. */
final class ModelCli {
    private ModelCli() {}

    /** Feature pipeline options shared by train and bench train (a picocli mixin). */
    static class FeatureArgs {
        @Option(names = "--features", paramLabel = "SPEC", defaultValue = "framing+ngrams",
                description = "Feature families joined by '+': framing, ngrams, framing+ngrams, or family names such as attribution+quotation (default: ${DEFAULT-VALUE}).")
        String features;

        @Option(names = "--ngram-max-n", paramLabel = "N", defaultValue = "2", description = "Longest word n-gram, 1..3 (default: ${DEFAULT-VALUE}).")
        int ngramMaxN;

        @Option(names = "--min-df", paramLabel = "N", defaultValue = "3", description = "Keep n-grams found in at least N training articles (default: ${DEFAULT-VALUE}).")
        int minDf;

        @Option(names = "--max-features", paramLabel = "N", defaultValue = "100000", description = "Keep at most N n-grams, the most frequent in training (default: ${DEFAULT-VALUE}).")
        int maxFeatures;

        @Option(names = "--repeated-lines", paramLabel = "N", defaultValue = "" + NgramOptions.DEFAULT_REPEATED_LINES,
                description = "Leave out of the n-grams every line repeated verbatim in at least N training articles: outlet boilerplate such as copyright notices, newsletter sign-ups, 'Story Continued Below' (learned on the training part only); 0 = keep all lines (default: ${DEFAULT-VALUE}).")
        int repeatedLines;

        @Option(names = "--keep-outlet-names",
                description = "Keep the names of the training outlets in the text. By default they are left out of the features: an article naming its own outlet ('told Fox News', 'NPR's') identifies the outlet, not its framing (names learned from the outlet field of the training part).")
        boolean keepOutletNames;

        @Option(names = "--no-tfidf", description = "Raw n-gram counts instead of L2-normalised TF-IDF.")
        boolean noTfidf;

        @Option(names = "--lexicon", paramLabel = "NAME=FILE", description = "User lexicon (repeatable), counted by the subjective family.")
        Map<String, Path> lexicons = new LinkedHashMap<>();

        @Option(names = "--dense-weight", paramLabel = "W", defaultValue = "0.3",
                description = "Scale of each framing column relative to n-gram TF-IDF values; every framing column is divided by its training maximum, then multiplied by W (default: ${DEFAULT-VALUE}).")
        double denseWeight;

        @Option(names = "--min-outlets", paramLabel = "N", defaultValue = "1",
                description = "Keep only n-grams used by at least N distinct outlets of the training part (outlet-specific words identify the outlet, not the framing); 1 = keep all (default: ${DEFAULT-VALUE}).")
        int minOutlets;

        FeatureOptions options() {
            return FeatureOptions.defaults().withLexicons(lexicons)
                    .withNgrams(new NgramOptions(1, ngramMaxN, minDf, maxFeatures, !noTfidf, true, repeatedLines, !keepOutletNames));
        }

        FeatureSpec spec() throws InputException {
            return spec(features);
        }

        FeatureSpec spec(String s) throws InputException {
            return FeatureSets.parse(s, options());
        }

        /** The families of a spec, expanded ({@code framing} -> its families), for ablation. */
        List<String> families(String spec) {
            Set<String> out = new LinkedHashSet<>();
            for (String part : spec.split("[+,\\s]+")) {
                String p = part.strip().toLowerCase(Locale.ROOT);
                if (p.isEmpty()) continue;
                if (p.equals("framing")) out.addAll(FeatureSets.FRAMING);
                else if (p.equals("all")) out.addAll(FeatureSets.familyNames());
                else out.add(p.equals("ngram") || p.equals("n-grams") ? "ngrams" : p);
            }
            out.remove("actors"); // no actors are configured from the train command: the family has no columns
            return new ArrayList<>(out);
        }

        /** Settings recorded in the model file. */
        Map<String, String> settings() {
            Map<String, String> m = new TreeMap<>();
            m.put("features", features);
            m.put("ngramMaxN", Integer.toString(ngramMaxN));
            m.put("minDf", Integer.toString(minDf));
            m.put("maxFeatures", Integer.toString(maxFeatures));
            m.put("tfidf", Boolean.toString(!noTfidf));
            m.put("repeatedLines", Integer.toString(repeatedLines));
            m.put("maskOutletNames", Boolean.toString(!keepOutletNames));
            for (Map.Entry<String, Path> e : lexicons.entrySet()) {
                m.put("lexicon." + e.getKey(), e.getValue().toString());
                m.put("lexicon." + e.getKey() + ".sha256", sha256(e.getValue()));
            }
            return m;
        }
    }

    static String sha256(Path p) {
        try {
            if (java.nio.file.Files.isDirectory(p)) return "folder";
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(p)));
        } catch (Exception e) {
            return "unreadable";
        }
    }

    /** The other side of {@code --compare-with}: {@code features=SPEC} or {@code classifier=NAME[:OPTIONS]}. */
    static TrainConfig compareConfig(String spec, TrainConfig base, FeatureArgs features) throws InputException {
        int eq = spec.indexOf('=');
        String kind = eq < 0 ? "" : spec.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = eq < 0 ? "" : spec.substring(eq + 1).strip();
        switch (kind) {
            case "features":
                return base.withFeatures(features.spec(value));
            case "classifier":
                int colon = value.indexOf(':');
                return base.withClassifier(colon < 0 ? new ClassifierSpec(value, "") : new ClassifierSpec(value.substring(0, colon), value.substring(colon + 1)));
            default:
                throw new IllegalArgumentException("Invalid --compare-with: '" + spec + "' (use features=SPEC or classifier=NAME[:OPTIONS], e.g. features=ngrams or classifier=nbm)");
        }
    }

    /**
     * The article field for a user-given input field name: an input field the reader mapped to a
     * role (e.g. AllSides {@code source} -> outlet) is found under the role name ({@code outlet}).
     */
    static String field(String name, Corpus c) {
        if (name == null) return null;
        org.framelab.corpus.FieldMapping m = c.provenance().mapping();
        if (m == null) return name;
        if (name.equalsIgnoreCase(String.valueOf(m.outletField()))) return "outlet";
        if (name.equalsIgnoreCase(String.valueOf(m.titleField()))) return "title";
        if (name.equalsIgnoreCase(String.valueOf(m.dateField()))) return "date";
        if (name.equalsIgnoreCase(String.valueOf(m.idField()))) return "id";
        if (name.equalsIgnoreCase(String.valueOf(m.textField()))) return "text";
        return name;
    }

    static Corpus read(Path path, CorpusOptions options, Progress progress, PrintWriter err) throws InputException {
        Corpus c = Corpora.read(path, options.toReadOptions(), progress);
        Provenance p = c.provenance();
        if (p.rowsSkipped() > 0) {
            err.println("framelab: " + path + ": skipped " + p.rowsSkipped() + " bad rows (--skip-bad); first: " + p.skippedSample());
        }
        return c;
    }
}
