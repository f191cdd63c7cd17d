package org.framelab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the CLI in-process, as picocli's testing guide suggests: captured stdout, stderr and exit code. The one runner
 * of the tests in every package ({@code code()}, {@code out()} and {@code err()} read like a record's accessors).
 */
public final class Run {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int code;

    public Run(String... args) {
        code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    public int code() { return code; }

    public String out() { return out.toString(); }

    public String err() { return err.toString(); }

    /** Standard output parsed as JSON (for --json runs). */
    public com.fasterxml.jackson.databind.JsonNode json() throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    }
}
