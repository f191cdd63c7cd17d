package org.framelab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;

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
    void reportNotes(java.nio.file.Path path, org.framelab.corpus.Provenance p) {
        for (String n : p.notes()) err().println("framelab: note: " + path + ": " + n);
    }

    /** Progress of a long step, shown on standard error. */
    ConsoleProgress progress() {
        return new ConsoleProgress(err());
    }
}
