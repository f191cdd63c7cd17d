package org.framelab.cli;

import org.framelab.model.ModelSelection;
import org.framelab.util.OptionException;
import java.util.List;

import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.Provenance;
import org.framelab.model.TrainConfig;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Shared pieces of the train / evaluate / predict / bench train commands. */
final class ModelCli {
    private ModelCli() {}

    /** Options of the training step alone, shared by train and bench train (a picocli mixin, part of {@link ClassifierCliOptions}). */
    static class TrainArgs {
        @Option(names = "--dense-weight", paramLabel = "auto|W", defaultValue = "auto",
                description = "How framing and n-grams are combined. auto (default): a framing model and an n-gram model, their decision values added at weights a and 1-a, "
                        + "a in 0, 0.1, ..., 1 (each block alone included) chosen by 3-fold outlet-grouped cross-validation inside each training part. "
                        + "W: one model on both blocks, every framing column divided by its training maximum, then multiplied by W (0 = n-grams alone).")
        String denseWeight;

        @Option(names = "--keep-templates",
                description = "Keep n-grams that are page templates of one training outlet (by default they are left out inside each training part: docs/model.md).")
        boolean keepTemplates;

        @Option(names = "--min-outlets", paramLabel = "N", defaultValue = "1",
                description = "Keep only n-grams used by at least N distinct outlets of the training part (outlet-specific words identify the outlet, not the framing); 1 = keep all (default: ${DEFAULT-VALUE}).")
        int minOutlets;
    }

    /** The selection these options ask for. */
    static ModelSelection selection(TrainArgs a) {
        String w = a.denseWeight == null ? "auto" : a.denseWeight.trim();
        if (w.equalsIgnoreCase("auto")) {
            ModelSelection t = ModelSelection.tuned(List.of());
            return new ModelSelection(!a.keepTemplates, t.blends(), t.costs(), t.innerFolds());
        }
        double d;
        try {
            d = Double.parseDouble(w);
        } catch (NumberFormatException e) {
            throw new OptionException("--dense-weight", w, "auto or a number of 0 or more, e.g. 0.3");
        }
        OptionException.check(d >= 0 && !Double.isInfinite(d), "--dense-weight", w, "auto or a number of 0 or more, e.g. 0.3");
        return ModelSelection.fixed(d, !a.keepTemplates);
    }

    /**
     * The article field for a user-given input field name: an input field the reader mapped to a
     * role (e.g. AllSides {@code source} -> outlet) is found under the role name ({@code outlet}).
     */
    static String field(String name, Corpus c) {
        return field(name, c.provenance().mapping());
    }

    /** {@link #field(String, Corpus)} with the reader's mapping (of a stream). */
    static String field(String name, org.framelab.corpus.FieldMapping m) {
        return m == null ? name : m.role(name);
    }

    /**
     * The corpus at {@code path} as a stream that can be read again (a training corpus read twice and
     * never held), with the checks of {@link #read} (unique ids); rows skipped by --skip-bad are reported once, on standard error.
     */
    static org.framelab.features.StreamedFit.Pass pass(Path path, CorpusInput input) {
        boolean[] reported = {false};
        return each -> {
            try (org.framelab.corpus.ArticleStream s = Corpora.openUnique(path, input.corpus.toReadOptions())) {
                org.framelab.corpus.ReadAheadArticles.forEach(s, each);
                Provenance p = s.provenance();
                if (!reported[0]) input.reportNotes(path, p);
                if (p.rowsSkipped() > 0 && !reported[0]) printSkipped(path, p, input);
                reported[0] = true;
            }
        };
    }

    /** Reads a corpus with the command's corpus options; rows skipped by --skip-bad are reported on standard error. */
    static Corpus read(Path path, CorpusInput input, Progress progress) throws InputException {
        Corpus c = input.read(path, progress);
        if (c.provenance().rowsSkipped() > 0) printSkipped(path, c.provenance(), input);
        return c;
    }

    /** Opens a corpus as a stream with the command's corpus options and the checks of {@link #read} (unique ids). */
    static ArticleStream open(Path path, CorpusInput input) throws InputException {
        return Corpora.openUnique(path, input.corpus.toReadOptions());
    }

    /** What a command does with a corpus opened by {@link #streamed}. */
    interface StreamStep<T> {
        T apply(ArticleStream s) throws Exception;
    }

    /**
     * Runs {@code step} on the corpus at {@code path} opened as a stream ({@link #open}: unique ids), then reports
     * the rows skipped by --skip-bad on standard error; the stream is closed either way.
     */
    static <T> T streamed(Path path, CorpusInput input, StreamStep<T> step) throws Exception {
        try (ArticleStream s = open(path, input)) {
            T result = step.apply(s);
            reportSkipped(path, s.provenance(), input);
            return result;
        }
    }

    /** Rows skipped by --skip-bad, on standard error. */
    static void reportSkipped(Path path, Provenance p, CorpusInput input) {
        input.reportNotes(path, p);
        if (p.rowsSkipped() > 0) printSkipped(path, p, input);
    }

    /** The count of skipped rows, then the first ones one per line, as {@code features} and {@code corpus info} list them. */
    private static void printSkipped(Path path, Provenance p, CorpusInput input) {
        input.err().println("framelab: " + path + ": skipped " + p.rowsSkipped() + " bad rows (--skip-bad)"
                + (p.skippedSample().size() < p.rowsSkipped() ? "; the first " + p.skippedSample().size() + ":" : ":"));
        p.skippedSample().forEach(r -> input.err().println("  " + r));
    }
}
