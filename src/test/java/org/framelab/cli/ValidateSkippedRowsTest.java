package org.framelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate --skip-bad} names the rows it skipped, as {@code compare}, a study's manifest and the GUI's overview do;
 * before, the rows were left out of the validation without a word on the console.
 */
class ValidateSkippedRowsTest {

    @Test
    void skippedRowsAreCountedAndNamed(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(String.format("{\"id\":\"s%d\",\"outlet\":\"Post\",\"text\":\"The minister reportedly claimed that the plan was a "
                    + "disaster, critics said.\",\"words\":\"['disaster']\"}", i));
        }
        lines.add(3, "{\"id\":\"broken\",\"text\":"); // not a JSON object: a bad row
        Path corpus = Files.write(dir.resolve("spans.jsonl"), lines);
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "validate", corpus.toString(), "--span-words", "words", "--skip-bad",
                "--bootstrap", "0");
        assertThat(code).as(e.toString()).isZero();
        assertThat(o.toString()).contains("Rows skipped by the reader (--skip-bad): 1\n").containsPattern("  .*spans\\.jsonl, line 4");
        assertThat(o.toString()).contains("6 annotated articles of 6");
    }
}
