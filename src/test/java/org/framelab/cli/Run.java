package org.framelab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process, as picocli's testing guide suggests: captured stdout, stderr and exit code. */
final class Run {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int code;

    Run(String... args) {
        code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    String out() { return out.toString(); }

    String err() { return err.toString(); }

    /** Standard output parsed as JSON (for --json runs). */
    com.fasterxml.jackson.databind.JsonNode json() throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    }
}
