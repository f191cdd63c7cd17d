package org.framelab.cli;

import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.Provenance;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureExtraction;
import org.framelab.app.FeatureStep;
import org.framelab.util.Progress;
import org.framelab.features.FeatureFamily;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FittedFeatures;
import org.framelab.features.FramingSpec;
import org.framelab.features.NgramFamily;
import org.framelab.report.tables.FeatureTableFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code framelab features PATH -o FILE}: one row of framing features per article, plus a terms table. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Compute framing features: one row per article (id, outlet, date, labels, every feature column) "
                + "written as .csv, .arff or .xlsx (by the extension of -o), plus a terms table FILE-STEM.terms.csv "
                + "(attribution verbs, scare-quoted terms and actor verbs, counted per outlet).",
                "PATH: .jsonl/.jsonl.gz, .csv/.tsv, .xlsx, a folder of .json or .txt files.",
                "Use --list-features to print every column's name, definition, unit and source."})
public final class FeaturesCommand implements Callable<Integer>, OutputsCheck.Beside {
    @CommandLine.Mixin StandardExitCodes exitCodes;

    @CommandLine.Mixin
    CorpusInput input;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Corpus file or folder.")
    Path path;

    @WritesTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output table: .csv, .arff or .xlsx.")
    Path output;

    @CommandLine.Mixin RawCsvOption csv;

    @Option(names = "--list-features", description = "Print every column (name, family, definition, unit, source) and exit.")
    boolean listFeatures;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--no-terms", description = "Do not write the terms table (a little faster).")
    boolean noTerms;

    @CommandLine.Mixin
    FeatureCliOptions featureOptions;

    /** The terms table written beside the output (unless --no-terms). */
    @Override
    public java.util.Map<Path, String> besideOutputs() {
        if (output == null || noTerms || output.getFileName() == null) return java.util.Map.of();
        return java.util.Map.of(FeatureTableFiles.termsPathFor(output), "the terms table (written beside --output; --no-terms leaves it out)");
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = input.out();
        PrintWriter err = input.err();
        FeatureOptions options = featureOptions.toFeatureOptions();
        FramingSpec fs = (FramingSpec) FeatureSets.parse(options);
        if (listFeatures) {
            printColumns(out, fs);
            return ExitCodes.OK;
        }
        if (path == null) throw new CommandLine.ParameterException(input.spec.commandLine(), "Missing required parameter: 'PATH'");
        if (output == null) throw new CommandLine.ParameterException(input.spec.commandLine(), "Missing required option: '--output=FILE'");
        FeatureTableFiles.formatOf(output); // fail before reading when the extension is wrong
        int nThreads = threads == null ? FeatureExtraction.allCores() : threads;
        org.framelab.util.OptionException.check(nThreads >= 1, "threads", nThreads, "at least 1");
        ConsoleProgress progress = new ConsoleProgress(err);
        long t0 = System.nanoTime();
        Written w = fs.needsFit() ? inMemory(fs, nThreads, progress, err) : streamed(fs, nThreads, progress);
        Path termsPath = null;
        if (!noTerms) {
            termsPath = FeatureTableFiles.termsPathFor(output);
            FeatureTableFiles.writeTerms(termsPath, w.result().terms(), csv.raw);
        }
        summary(out, w, fs.describe(), termsPath, (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }

    /** What was written: the extraction's result, the fitted pipeline and the reader's provenance. */
    private record Written(FeatureExtraction.Result result, FittedFeatures fitted, Provenance provenance) {}

    /** N-grams: the vocabulary is fitted on this corpus first (two passes; the corpus is held in memory). */
    private Written inMemory(FramingSpec fs, int nThreads, ConsoleProgress progress, PrintWriter err) throws Exception {
        Corpus c = Corpora.read(path, input.corpus.toReadOptions(), progress);
        FittedFeatures fitted = FeatureStep.fit(c.articles(), fs, progress).features();
        err.println("framelab: n-gram vocabulary fitted on all " + c.size() + " articles of this corpus ("
                + ((org.framelab.features.FramingFeatures) fitted).vocabulary().size() + " n-grams); the model command "
                + "fits it inside each training fold instead.");
        List<String> labels = c.provenance().labelFields();
        FeatureExtraction.Result[] result = new FeatureExtraction.Result[1];
        FeatureTableFiles.write(output, fitted.columns(), labels.isEmpty() ? labelsOf(c) : labels, csv.raw, sink -> {
            result[0] = FeatureStep.stream(fitted, c.articles(), nThreads, !noTerms, sink, progress);
            if (!noTerms) sink.terms(result[0].terms());
        });
        return new Written(result[0], fitted, c.provenance());
    }

    /**
     * Without n-grams nothing is fitted: the corpus is streamed in bounded memory, with the duplicate-id check of
     * every other command ({@link Corpora#openUnique}).
     */
    private Written streamed(FramingSpec fs, int nThreads, ConsoleProgress progress) throws Exception {
        FittedFeatures fitted = FeatureStep.fit(List.of(), fs, Progress.NONE).features();
        FeatureExtraction.Result[] result = new FeatureExtraction.Result[1];
        try (ArticleStream s = Corpora.openUnique(path, input.corpus.toReadOptions())) {
            List<String> labels = s.provenance().labelFields();
            FeatureTableFiles.write(output, fitted.columns(), labels, csv.raw, sink -> {
                result[0] = FeatureStep.stream(fitted, s, nThreads, !noTerms, sink, progress);
                if (!noTerms) sink.terms(result[0].terms());
            });
            return new Written(result[0], fitted, s.provenance());
        }
    }

    private void summary(PrintWriter out, Written w, String described, Path termsPath, double secs) {
        FittedFeatures fitted = w.fitted();
        out.printf("articles:  %,d%n", w.result().articles());
        out.printf("columns:   %,d feature columns (%s)%n", fitted.columns().size(), described);
        if (fitted instanceof org.framelab.features.FramingFeatures ff && ff.vocabulary() != null && !ff.vocabulary().repeatedLines().isEmpty()) {
            out.printf("boilerplate: %,d lines repeated in %d+ articles left out (outlet boilerplate; --repeated-lines 0 keeps them)%n",
                    ff.vocabulary().repeatedLines().size(), ff.vocabulary().options().repeatedLines());
        }
        if (fitted instanceof org.framelab.features.FramingFeatures ff && ff.vocabulary() != null && !ff.vocabulary().outletNames().isEmpty()) {
            out.printf("outlet names: %d names of outlets with %d+ articles left out (--keep-outlet-names keeps them)%n",
                    ff.vocabulary().outletNames().size(), org.framelab.features.NgramOptions.OUTLET_NAME_MIN_ARTICLES);
        }
        out.printf("output:    %s%n", output);
        if (termsPath != null) out.printf("terms:     %s (%,d rows)%n", termsPath, w.result().terms().size());
        Provenance prov = w.provenance();
        input.reportNotes(path, prov);
        if (prov.rowsSkipped() > 0) {
            out.printf("skipped:   %,d rows (--skip-bad); first ones:%n", prov.rowsSkipped());
            prov.skippedSample().forEach(r -> out.println("  " + r));
        }
        out.printf("time:      %.1f s%n", secs);
        out.flush();
    }

    private static List<String> labelsOf(Corpus c) {
        java.util.LinkedHashSet<String> l = new java.util.LinkedHashSet<>();
        c.articles().forEach(a -> l.addAll(a.labels().keySet()));
        return List.copyOf(l);
    }

    static void printColumns(PrintWriter out, FramingSpec fs) {
        FittedFeatures f = fs.fit(List.of());   // n-grams (if any) are described below, not fitted
        out.println("# FrameLab feature columns (" + fs.describe() + "): name | label | family | unit | definition | source"
                + " (a ratio or rate is missing, an empty cell, when its denominator is 0, never 0: its definition gives the rule)");
        for (FeatureColumn c : f.columns()) {
            out.println(c.name() + " | " + org.framelab.features.ColumnLabels.label(c) + " | " + c.family() + " | " + c.unit() + " | " + c.fullDefinition()
                    + (c.source().isEmpty() ? "" : " | " + c.source()));
        }
        for (FeatureFamily fam : fs.families()) {
            if (fam instanceof NgramFamily n) {
                out.println("ngram:<n-gram> | N-gram “<n-gram>” | ngrams | " + (n.options().tfidf() ? "TF-IDF weight (L2-normalised per article)" : "count")
                        + " | One column per word " + n.options().minN() + "- to " + n.options().maxN()
                        + "-gram of the vocabulary fitted on the training articles (min document frequency "
                        + n.options().minDf() + ", at most " + n.options().maxFeatures() + " n-grams"
                        + (n.options().lowercase() ? ", lower-cased" : "") + "). | FrameLab tokenizer");
            }
        }
        out.flush();
    }
}
