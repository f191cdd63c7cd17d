package org.framelab.cli;

import org.framelab.app.LearnLexicon;
import org.framelab.app.LearnVectors;
import org.framelab.lexicon.PpmiSvd;
import org.framelab.app.LexiconTuning;
import org.framelab.app.OutletFilter;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.lexicon.LexiconLearner;
import org.framelab.model.BiasedWordTask;
import org.framelab.util.OptionException;
import org.framelab.validation.SpanValidation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code framelab lexicon learn}: lexicons learned from annotated words. */
@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = "Lexicons learned from annotations. See docs/lexicon-learning.md.",
        subcommands = {LexiconCommand.Learn.class, LexiconCommand.Vectors.class})
public final class LexiconCommand extends CommandGroup {
    /** {@code framelab lexicon learn PATH -o FILE.csv}. */
    @Command(name = "learn", mixinStandardHelpOptions = true,
            description = {"Learn a lexicon of loaded words from annotated words (e.g. BABE's biased_words) in the training part:",
                    "each word (inflections merged) counted inside and outside the annotated spans and scored by the log-odds ratio",
                    "with an informative Dirichlet prior (Monroe et al. 2008). Writes a term,category file for --lexicon NAME=FILE",
                    "with its provenance, and reports on the held-out part: validate's numbers for its hits and the",
                    "'which word is biased' task (Recasens et al. 2013). See docs/lexicon-learning.md."})
    static final class Learn implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin StandardExitCodes exitCodes;

        @CommandLine.Mixin
        InputArgs input;

        @CommandLine.Mixin
        SpanCliOptions spanOptions;

        @CommandLine.Mixin
        GateCliOptions gateOptions;


        @Option(names = "--train-outlets", paramLabel = "LIST", description = "Learn from these outlets (comma-separated); the others are held out.")
        String trainOutlets;

        @Option(names = "--holdout-outlets", paramLabel = "LIST", description = "Hold these outlets out (comma-separated); learn from the others.")
        String holdoutOutlets;

        @Option(names = "--holdout-fraction", paramLabel = "F", defaultValue = "0",
                description = "Hold out a random share of the annotated articles instead of outlets (outlet style then leaks into the score). Default: no held-out part.")
        double holdoutFraction;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the random split and the bootstrap (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--min-annotated", paramLabel = "N", defaultValue = "" + LexiconLearner.Options.DEFAULT_MIN_ANNOTATED,
                description = "Keep lemmas annotated at least N times in training (default: ${DEFAULT-VALUE}).")
        int minAnnotated;

        @Option(names = "--min-log-odds", paramLabel = "D", defaultValue = "" + LexiconLearner.Options.DEFAULT_MIN_LOG_ODDS,
                description = "Keep lemmas whose log-odds (inside vs outside spans) is at least D (default: ${DEFAULT-VALUE}).")
        double minLogOdds;

        @Option(names = "--min-z", paramLabel = "Z", description = "Also require a z-score (log-odds / its standard deviation) of at least Z (default: none).")
        Double minZ;

        @Option(names = "--prior", paramLabel = "A", defaultValue = "" + LexiconLearner.Options.DEFAULT_PRIOR,
                description = "Size of the informative Dirichlet prior (pooled word frequencies), default: ${DEFAULT-VALUE}.")
        double prior;

        @Option(names = "--no-adverbs", description = "Do not add the -ly partner of learned words (bizarre -> bizarrely, dramatically -> dramatic).")
        boolean noAdverbs;

        @Option(names = "--bigrams", description = "Also learn two-word terms (both words inside one span).")
        boolean bigrams;

        @Option(names = "--tune", description = "Choose --min-annotated and --min-log-odds on the training outlets (leave-one-outlet-out): "
                + "the highest span recall at an enrichment of at least --goal-enrichment.")
        boolean tune;

        @Option(names = "--tune-for", paramLabel = "evidence|lexicon", defaultValue = "evidence",
                description = "What the tuning maximises: the loaded-language evidence (the lexicon with the built-in subjective and loaded "
                        + "categories, as used beside the subjective family) or the lexicon alone. Default: ${DEFAULT-VALUE}.")
        String tuneFor;

        @Option(names = "--goal-enrichment", paramLabel = "X", defaultValue = "" + LexiconTuning.DEFAULT_MIN_ENRICHMENT,
                description = "Enrichment the tuning must keep (default: ${DEFAULT-VALUE}).")
        double goal;

        @Option(names = "--calibrate-goal", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "With --tune: check the choice on the training outlets it was not made on (nested: chosen without one "
                        + "outlet, measured on it) and raise the enrichment it is made at, in steps of 0.25, until it reaches "
                        + "--goal-enrichment there, less --goal-margin standard errors (default). --no-calibrate-goal: choose at "
                        + "--goal-enrichment itself.")
        boolean calibrateGoal;

        @Option(names = "--goal-margin", paramLabel = "SE", defaultValue = "" + org.framelab.app.GoalCheck.DEFAULT_GOAL_MARGIN,
                description = "With the nested check: standard errors (delete-one-outlet jackknife over the training outlets) "
                        + "by which the pooled left-out enrichment must clear --goal-enrichment (default: ${DEFAULT-VALUE}, the "
                        + "estimate itself; 1: the one-standard-error rule, conservative: on BABE it costs span recall on new outlets).")
        double goalMargin;

        @Option(names = "--expand-vectors", paramLabel = "FILE",
                description = "Word vectors (framelab lexicon vectors) to add words never or seldom seen in training by the mean log-odds of "
                        + "their nearest neighbours; with --tune the expansion threshold is tuned too (no expansion is a choice).")
        Path expandVectors;

        @Option(names = "--expand-min-score", paramLabel = "D", defaultValue = "1.5",
                description = "Without --tune: add words whose neighbours' mean log-odds is at least D (default: ${DEFAULT-VALUE}).")
        double expandMinScore;

        @Option(names = "--expand-method", paramLabel = "METHOD", defaultValue = "both",
                description = "How a word is scored for the expansion: neighbours (the mean log-odds of its nearest neighbours), regression "
                        + "(a logistic regression on the vectors: predicted enrichment), or both (with --tune the tuning chooses between them; "
                        + "without --tune, both scores by the neighbours) (default: ${DEFAULT-VALUE}).")
        String expandMethod;

        @Option(names = "--expand-neighbours", paramLabel = "K", defaultValue = "" + org.framelab.lexicon.VectorExpansion.DEFAULT_NEIGHBOURS,
                description = "Nearest neighbours per word (default: ${DEFAULT-VALUE}).")
        int expandNeighbours;

        @Option(names = "--expand-max-seen", paramLabel = "N", defaultValue = "" + org.framelab.lexicon.VectorExpansion.DEFAULT_MAX_SEEN,
                description = "Only words seen at most N times in training are expanded (default: ${DEFAULT-VALUE}).")
        int expandMaxSeen;

        @Option(names = "--category", paramLabel = "NAME", defaultValue = LexiconLearner.Options.DEFAULT_CATEGORY,
                description = "Category written for every term (default: ${DEFAULT-VALUE}).")
        String category;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "learned",
                description = "Lexicon name in the held-out validation's columns, lexicon.NAME.CATEGORY (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "" + SpanValidation.Options.DEFAULT_BOOTSTRAP,
                description = "Bootstrap resamples for the held-out 95%% intervals; 0 = none (default: ${DEFAULT-VALUE}).")
        int bootstrap;

        @WritesTo
        @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", required = true, description = "The lexicon file to write (term,category CSV).")
        Path output;

        @WritesTo
        @Option(names = "--json", paramLabel = "FILE", description = "Also write the held-out numbers as JSON.")
        Path json;

        @Override
        public Integer call() throws Exception {
            if (bootstrap < 0) throw new OptionException("--bootstrap", "" + bootstrap, "give 0 (no intervals) or a number of resamples, e.g. 1000");
            LexiconTuning.ExpandMethod method = LexiconTuning.ExpandMethod.parse(expandMethod);
            if (expandVectors == null) {
                // the expansion's settings mean nothing without vectors: say so rather than learn without the expansion asked for
                for (String o : List.of("--expand-method", "--expand-min-score", "--expand-neighbours", "--expand-max-seen")) {
                    if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                        throw new OptionException(o, spec.commandLine().getParseResult().matchedOptionValue(o, (Object) "").toString(),
                                "give the word vectors with --expand-vectors FILE (framelab lexicon vectors writes them), or leave " + o + " out");
                    }
                }
            }
            org.framelab.lexicon.LearnedLexiconFile.checkOutput(output); // before the corpus is read
            ConsoleProgress progress = input.progress();
            Corpus c = input.read(progress);
            LexiconLearner.Options o = new LexiconLearner.Options(minAnnotated, minLogOdds, minZ == null ? Double.NEGATIVE_INFINITY : minZ,
                    prior, bigrams, category, !noAdverbs);
            LearnLexicon.Split split = new LearnLexicon.Split(OutletFilter.parse(trainOutlets), OutletFilter.parse(holdoutOutlets), holdoutFraction, seed);
            org.framelab.app.EvidenceGate gate = gateOptions.gate();
            LexiconTuning.ExpandOptions expand = expandVectors == null ? null
                    : new LexiconTuning.ExpandOptions(expandVectors, expandNeighbours, expandMaxSeen, expandMinScore,
                    method);
            LearnLexicon.Result r = LearnLexicon.run(new LearnLexicon.Request(c, spanOptions.source(), split, o,
                    tune, goal, tuneEvidence(tuneFor), output, name, new SpanValidation.Options(bootstrap, seed, null), LocalDate.now(),
                    gate, expand, calibrateGoal, goalMargin), progress);
            PrintWriter out = input.out();
            out.print(text(r, input.path, name));
            if (json != null) {
                LexiconJson.write(r, json);
                out.println("Wrote " + json);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code framelab lexicon vectors CORPUS -o FILE}. */
    @Command(name = "vectors", mixinStandardHelpOptions = true,
            description = {"Learn word vectors from the text of an unlabelled corpus (no label is read): PPMI of word-context co-occurrence",
                    "with context-distribution smoothing, factorised by a truncated (randomised) SVD (Levy, Goldberg & Dagan 2015).",
                    "For lexicon learn --expand-vectors FILE. The same corpus and settings give the same bytes. See docs/lexicon-learning.md."})
    static final class Vectors implements Callable<Integer> {
        @CommandLine.Mixin StandardExitCodes exitCodes;

        @CommandLine.Mixin
        InputArgs input;

        @WritesTo
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The vectors file to write (.gz: compressed).")
        Path output;

        @Option(names = "--vocabulary", paramLabel = "N", defaultValue = "25000", description = "Words with vectors: the N most frequent (default: ${DEFAULT-VALUE}).")
        int vocabulary;

        @Option(names = "--contexts", paramLabel = "N", defaultValue = "10000", description = "Context words: the N most frequent (default: ${DEFAULT-VALUE}).")
        int contexts;

        @Option(names = "--window", paramLabel = "N", defaultValue = "4", description = "Words on each side counted as context (default: ${DEFAULT-VALUE}).")
        int window;

        @Option(names = "--dimensions", paramLabel = "N", defaultValue = "200", description = "Vector length, at most 1000 (default: ${DEFAULT-VALUE}).")
        int dimensions;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the randomised SVD (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            PpmiSvd.Settings d = PpmiSvd.Settings.DEFAULTS;
            if (vocabulary < 2) throw new OptionException("--vocabulary", "" + vocabulary, "at least 2, e.g. 25000");
            if (contexts < 1) throw new OptionException("--contexts", "" + contexts, "at least 1, e.g. 10000");
            if (dimensions < 1 || dimensions > 1000) throw new OptionException("--dimensions", "" + dimensions, "between 1 and 1000, e.g. 200");
            if (dimensions + d.oversample() > Math.min(vocabulary, contexts)) {
                throw new OptionException("--dimensions", "" + dimensions, "at most --contexts and --vocabulary minus " + d.oversample());
            }
            if ((long) vocabulary * Math.min(contexts, vocabulary) >= Integer.MAX_VALUE) {
                throw new OptionException("--contexts", "" + contexts, "--vocabulary × --contexts below 2^31 (the counts are a dense table)");
            }
            if (window < 1) throw new OptionException("--window", "" + window, "at least 1, e.g. 4");
            PpmiSvd.Settings s = new PpmiSvd.Settings(vocabulary, Math.min(contexts, vocabulary), window, d.smoothing(), dimensions,
                    d.eigenPower(), d.oversample(), d.powerIterations(), seed);
            LearnVectors.Result r = LearnVectors.run(new LearnVectors.Request(input.path, input.corpus.toReadOptions(), s, output), input.progress());
            PrintWriter out = input.out();
            out.printf(Locale.ROOT, "Read %,d texts, %,d word tokens, %,d distinct words; vectors for %,d words (%,d contexts, %d dimensions), "
                    + "%,d non-zero PPMI cells, %.0f s%n", r.texts(), r.tokens(), r.distinctWords(), r.words(), r.contexts(), dimensions, r.nonZero(), r.seconds());
            out.println("Wrote " + r.output());
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static boolean tuneEvidence(String v) {
        if (v.equalsIgnoreCase("evidence")) return true;
        if (v.equalsIgnoreCase("lexicon")) return false;
        throw new OptionException("--tune-for", v, "evidence or lexicon");
    }

    /** The readable report. */
    /** A goal as written: 8, 8.25. */
    static String num(double x) {
        return x == Math.rint(x) ? String.format(Locale.ROOT, "%.0f", x) : String.valueOf(x);
    }

    /** The tuning's nested check of the goal, one line per inner goal tried; empty when it was not run. */
    static String calibration(LexiconTuning.Result tu) {
        if (tu.calibration().isEmpty()) return "";
        double m = tu.margin();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Nested check of the goal (each training outlet in turn: the point chosen on the others, measured on it; pooled;%n"
                        + "  SE: delete-one-outlet jackknife, how far the enrichment may move on other outlets%s):%n",
                m == 0 ? "" : "; the goal must be reached by the enrichment less " + num(m) + " SE"));
        sb.append(String.format(Locale.ROOT, "  %10s %8s %11s %6s%s %12s%n", "chosen at", "hits", "enrichment", "SE",
                m == 0 ? "" : String.format(Locale.ROOT, " %12s", "less " + num(m) + " SE"), "span recall"));
        for (org.framelab.app.GoalCheck.Calibration c : tu.calibration()) {
            sb.append(String.format(Locale.ROOT, "  %9sx %8d %10.2fx %6.2f%s %12.3f%s%n", num(c.innerGoal()), c.hits(), c.enrichment(), c.se(),
                    m == 0 ? "" : String.format(Locale.ROOT, " %11.2fx", c.lower(m)), c.recall(),
                    c.innerGoal() == tu.innerGoal() ? "  <- used" : ""));
        }
        org.framelab.app.GoalCheck.Calibration last = tu.calibration().get(tu.calibration().size() - 1);
        if (!last.reaches(tu.goal(), m)) {
            sb.append(String.format(Locale.ROOT, "  no inner goal up to %sx reached %sx on the outlets left out%s: the one that came closest is used%n",
                    num(last.innerGoal()), num(tu.goal()), m == 0 ? "" : " with the margin"));
        }
        return sb.toString();
    }

    static String text(LearnLexicon.Result r, Path corpus, String name) {
        StringBuilder sb = new StringBuilder();
        LexiconLearner.Learned l = r.learned();
        LexiconLearner.Options o = l.options();
        sb.append(String.format(Locale.ROOT, "Learned %,d lemmas (%,d forms, category '%s') from %,d annotated articles of %d outlet(s): %s%n",
                l.terms().size(), l.forms().size(), o.category(), r.trainArticles(), r.trainOutlets().size(), String.join(", ", r.trainOutlets())));
        sb.append(String.format(Locale.ROOT, "  spans: %s; %,d word tokens inside spans, %,d outside%n", r.spans(),
                l.counts().annotatedTokens(), l.counts().unannotatedTokens()));
        sb.append(String.format(Locale.ROOT, "  thresholds: annotated >= %d, log-odds >= %.2f%s (prior %s)%n", o.minAnnotated(), o.minLogOdds(),
                o.minZ() == Double.NEGATIVE_INFINITY ? "" : String.format(Locale.ROOT, ", z >= %.2f", o.minZ()), o.priorSize()));
        StringBuilder top = new StringBuilder();
        for (int i = 0; i < Math.min(15, l.terms().size()); i++) {
            LexiconLearner.Term t = l.terms().get(i);
            top.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s (%d/%d)", t.lemma(), t.annotated(), t.annotated() + t.unannotated()));
        }
        if (top.length() > 0) sb.append("  strongest (annotated/all): ").append(top).append('\n');
        if (!Double.isNaN(r.expandThreshold()) || r.tuning() != null && r.tuning().grid().stream().anyMatch(LexiconTuning.Point::expanded)) {
            StringBuilder ex = new StringBuilder();
            for (int i = 0; i < Math.min(15, r.expanded().size()); i++) ex.append(i == 0 ? "" : ", ").append(r.expanded().get(i).word());
            sb.append(Double.isNaN(r.expandThreshold()) ? "  expansion by word vectors: none (the tuning chose none)\n"
                    : String.format(Locale.ROOT, "  expansion by word vectors: %,d words with a %s >= %.2f%s%n", r.expanded().size(),
                    r.expandRegression() ? "predicted enrichment (regression)" : "neighbour score", r.expandThreshold(), ex.length() == 0 ? "" : " (strongest: " + ex + ")"));
        }
        sb.append("Wrote ").append(r.file()).append('\n');
        if (r.tuning() != null) {
            LexiconTuning.Result tu = r.tuning();
            sb.append(String.format(Locale.ROOT, "%nTuning on the training outlets (%s; highest span recall of the %s at enrichment >= %s%s):%n",
                    tu.protocol(), tu.evidence() ? "loaded-language evidence" : "lexicon", num(tu.innerGoal()),
                    tu.calibration().isEmpty() || tu.innerGoal() == tu.goal() ? ""
                            : ", the goal " + num(tu.goal()) + " raised by the nested check below"));
            boolean gated = tu.grid().stream().anyMatch(LexiconTuning.Point::gated);
            boolean expanded = tu.grid().stream().anyMatch(LexiconTuning.Point::expanded);
            sb.append(String.format(Locale.ROOT, "  %13s %13s%s%s %8s %11s %12s %20s %15s%n", "min annotated", "min log-odds", expanded ? "   expand" : "",
                    gated ? "      gate" : "", "hits", "enrichment",
                    "span recall", "evidence enrichment", "evidence recall"));
            for (LexiconTuning.Point p : tu.grid()) {
                String g = !gated ? "" : p.gated() ? String.format(Locale.ROOT, " %9.2f", p.gateThreshold()) : String.format(Locale.ROOT, " %9s", "none");
                String x = !expanded ? "" : p.expanded() ? String.format(Locale.ROOT, " %8s", (p.expandRegression() ? "r " : "")
                        + String.format(Locale.ROOT, "%.2f", p.expandThreshold())) : String.format(Locale.ROOT, " %8s", "none");
                sb.append(String.format(Locale.ROOT, "  %13d %13.1f%s%s %8d %10.1fx %12.3f %19.1fx %15.3f%s%n", p.minAnnotated(), p.minLogOdds(), x, g, p.hits(),
                        p.enrichment(), p.spanRecall(), p.evidenceEnrichment(), p.evidenceRecall(), tu.isChosen(p) ? "  <- chosen" : ""));
            }
            sb.append(calibration(tu));
        }
        if (r.heldOut() == null) {
            sb.append("\nNo held-out part: give --holdout-outlets, --train-outlets or --holdout-fraction to measure the lexicon.\n");
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "%nHeld out: %s (%,d annotated articles). Built-in subjective family and lexicon.%s on them:%n",
                r.byOutlets() ? String.join(", ", r.heldOutOutlets()) : r.split(), r.heldOutArticles(), name));
        if (r.gate() != null) {
            LearnLexicon.GateUse g = r.gate();
            if (g.report() == null) sb.append("Gate: ").append(g.model()).append(" not applied (the tuning chose no gate)\n");
            else sb.append(ValidateCommand.gateText(g.report()));
            if (g.heldOutInModel() > 0) {
                sb.append(String.format(Locale.ROOT, "  WARNING: %,d held-out texts duplicate training texts of the gate model: train the gate without the held-out outlets%n",
                        g.heldOutInModel()));
            }
        }
        sb.append(ValidateCommand.text(r.heldOut(), true));
        if (r.combined() != null && !r.combined().rows().isEmpty()) {
            SpanValidation.Row row = r.combined().rows().get(0);
            sb.append(String.format(Locale.ROOT, "  %-44s %7d %9s %18s %21s %6s %6s %6s%n", "loaded-language evidence (learned + built-in",
                    row.hits(), ValidateCommand.pct(row.shareInSpans().value()), ValidateCommand.times(row.enrichment()),
                    ValidateCommand.ci(row.spanRecall()), ValidateCommand.dec(row.tokenPrecision().value()),
                    ValidateCommand.dec(row.tokenRecall().value()), ValidateCommand.dec(row.tokenF1().value())));
            sb.append("    subjective+loaded categories; each word counted once)\n");
        }
        if (r.byOutlets()) {
            LearnLexicon.GateUse g = r.gate();
            String gate = g == null || g.report() == null ? "" : String.format(Locale.ROOT, " --gate-model %s --gate-label %s --gate-threshold %s",
                    g.model(), g.label(), g.threshold());
            sb.append(String.format(Locale.ROOT, "  (the same numbers: framelab validate %s --families subjective --lexicon %s=%s --outlets \"%s\"%s)%n",
                    corpus, name, r.file(), String.join(",", r.heldOutOutlets()), gate));
        }
        sb.append(String.format(Locale.ROOT, "%nWhich word is biased (the task of Recasens et al. 2013) on %,d held-out biased sentences with annotated words:%n",
                r.rankedSentences()));
        sb.append(String.format(Locale.ROOT, "  %-34s %9s %7s %7s%n", "ranker", "sentences", "top-1", "top-3"));
        for (BiasedWordTask.Accuracy a : r.ranking()) {
            sb.append(String.format(Locale.ROOT, "  %-34s %9d %6.1f%% %6.1f%%%n", a.ranker(), a.sentences(), 100 * a.top1(), 100 * a.top3()));
        }
        sb.append("  Beside, not comparable: Recasens et al. 2013 report top-1 34.35% and top-3 58.70% (humans on AMT about 37% top-1)\n"
                + "  on Wikipedia NPOV edits, not on BABE.\n");
        return sb.toString();
    }
}
