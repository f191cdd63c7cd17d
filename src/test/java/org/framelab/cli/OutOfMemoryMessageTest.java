package org.framelab.cli;

import org.framelab.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A corpus that does not fit in the heap ends with one message, the heap limit and exit code 4, not a stack trace. */
class OutOfMemoryMessageTest {
    @TempDir
    Path dir;

    @Test
    void aCorpusTooLargeForTheHeapGivesOneMessageAndExitCode4() throws Exception {
        Path allsides = SharedData.require("datasets/allsides/articles.jsonl.gz");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("run.log");
        Process p = new ProcessBuilder(List.of(java, "-Xmx96m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.framelab.cli.Main",
                "train", allsides.toString(), "--label", "bias", "-o", dir.resolve("m.model").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(log);
        assertThat(p.exitValue()).as(out).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(out).contains("framelab: not enough memory: the Java heap (at most ").contains("JAVA_OPTS=-Xmx8g")
                .doesNotContain("\tat org.framelab").doesNotContain("Exception in thread");
        assertThat(dir.resolve("m.model")).doesNotExist();
    }
}
