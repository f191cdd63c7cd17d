package org.framelab.cli;

import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The PATH parameter ("Corpus file or folder.") with the corpus options and the command's spec (a picocli mixin). */
public class InputArgs extends CorpusInput {
    @Parameters(index = "0", paramLabel = "PATH", description = "Corpus file or folder.")
    Path path;
}
