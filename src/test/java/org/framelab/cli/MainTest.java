package org.framelab.cli;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

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

    /** picocli prints a warning for an unescaped '%' in any help text: every command's help must render cleanly. */
    @Test
    void everyCommandsHelpRendersWithoutWarnings() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(Main.commandLine()));
            int rendered = 0;
            while (!todo.isEmpty()) {
                picocli.CommandLine cl = todo.pop();
                assertThat(cl.getUsageMessage()).isNotBlank();
                rendered++;
                todo.addAll(cl.getSubcommands().values());
            }
            assertThat(rendered).isGreaterThan(10);
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
    }
}
