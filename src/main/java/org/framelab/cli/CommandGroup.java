package org.framelab.cli;

import picocli.CommandLine;

/**
 * A command that only groups subcommands ({@code framelab}, {@code framelab lexicon}, {@code framelab spark}, ...):
 * run without one, it prints its usage on standard output.
 */
public abstract class CommandGroup implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
