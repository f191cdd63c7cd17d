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

    /** Progress of a long step, shown on standard error. */
    ConsoleProgress progress() {
        return new ConsoleProgress(err());
    }
}
