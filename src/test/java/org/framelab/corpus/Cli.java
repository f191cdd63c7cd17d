package org.framelab.corpus;

import org.framelab.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Runs the CLI in-process and keeps stdout, stderr and the exit code. */
final class Cli {
    final String out;
    final String err;
    final int code;

    Cli(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        code = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString();
        err = e.toString();
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
