package org.framelab.cli;

import org.framelab.corpus.Corpus;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The PATH parameter ("Corpus file or folder.") with the corpus options and the command's spec (a picocli mixin). */
public class InputArgs extends CorpusInput {
    @Parameters(index = "0", paramLabel = "PATH", description = "Corpus file or folder.")
    Path path;

    /** The corpus at PATH with the command's corpus options; what the reader noted goes to standard error. */
    Corpus read(Progress progress) throws InputException {
        return read(path, progress);
    }
}
