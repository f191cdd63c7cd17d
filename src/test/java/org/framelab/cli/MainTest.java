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
}
