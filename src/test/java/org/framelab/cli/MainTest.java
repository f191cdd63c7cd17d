package org.framelab.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    static final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int code;

        Run(String... args) {
            code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        }
    }

    @Test
    void helpListsExitCodes() {
        Run r = new Run("--help");
        assertThat(r.code).isZero();
        assertThat(r.out.toString()).contains("Exit codes").contains("bad input data");
    }

    @Test
    void unknownOptionIsBadUsage() {
        Run r = new Run("--no-such-option");
        assertThat(r.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(r.err.toString()).contains("no-such-option").doesNotContain("Exception");
    }

    @Test
    void versionPrintsVersion() {
        Run r = new Run("--version");
        assertThat(r.code).isZero();
        assertThat(r.out.toString()).startsWith("FrameLab ");
    }
}
