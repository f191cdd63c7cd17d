package org.framelab.cli;

import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.Provenance;
import org.framelab.corpus.ReadOptions;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The corpus-reading options plus the command's spec (a picocli mixin): what every command that reads a corpus
 * declares. Commands whose PATH parameter is the plain "Corpus file or folder." use {@link InputArgs}.
 */
public class CorpusInput {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    /** The command's standard output. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The command's standard error. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * What the reader did to values that the user should know (cells filled from merged regions, slash dates read
     * month-first without evidence of the order), on standard error; nothing when there is nothing to say.
     */
    void reportNotes(Path path, Provenance p) {
        for (String n : p.notes()) err().println("framelab: note: " + path + ": " + n);
    }

    /**
     * The rows {@code --skip-bad} left out, counted and then named one per line, on {@code out} (the console report of
     * {@code compare} and {@code validate}); nothing when none was skipped. Returns whether it wrote.
     */
    static boolean printSkippedRows(PrintWriter out, Provenance p) {
        if (p.rowsSkipped() == 0) return false;
        out.printf(java.util.Locale.ROOT, "Rows skipped by the reader (--skip-bad): %,d%n", p.rowsSkipped());
        p.skippedSample().forEach(r -> out.println("  " + r));
        return true;
    }

    /** Reads the corpus at {@code path} with {@code options}; what the reader noted goes to standard error ({@link #reportNotes}). */
    Corpus read(Path path, ReadOptions options, Progress progress) throws InputException {
        Corpus c = Corpora.read(path, options, progress);
        reportNotes(path, c.provenance());
        return c;
    }

    /** {@link #read(Path, ReadOptions, Progress)} with the command's corpus options. */
    Corpus read(Path path, Progress progress) throws InputException {
        return read(path, corpus.toReadOptions(), progress);
    }

    /** Progress of a long step, shown on standard error. */
    ConsoleProgress progress() {
        return new ConsoleProgress(err());
    }
}
