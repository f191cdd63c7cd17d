package org.framelab.corpus;

import org.framelab.cli.Run;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Runs the CLI in-process ({@link Run}) and keeps stdout, stderr and the exit code as text; files and resources for the corpus tests. */
final class Cli {
    final String out;
    final String err;
    final int code;

    Cli(String... args) {
        Run r = new Run(args);
        code = r.code();
        out = r.out();
        err = r.err();
    }

    /** Writes {@code content} to {@code dir/name}. */
    static Path write(Path dir, String name, String content) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve(name), content);
    }

    static Path resource(String name) {
        try {
            return Path.of(Cli.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
