package org.framelab.spark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Spark command's help prints cleanly (no picocli format warnings) and names its outputs. */
class SparkHelpTest {
    @Test
    void helpOfEveryCommand() {
        PrintStream saved = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            for (String[] args : new String[][]{{"--help"}, {"features", "--help"}, {"aggregate", "--help"}, {"train", "--help"}}) {
                StringWriter o = new StringWriter(), e = new StringWriter();
                int code = SparkMain.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
                assertThat(code).isZero();
                assertThat(o.toString()).contains("Usage: framelab spark").doesNotContain("%n");
                if (args.length == 1) assertThat(o.toString()).contains("Exit codes:", "3   bad input data");
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }
}
