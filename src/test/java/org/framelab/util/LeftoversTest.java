package org.framelab.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The temporary files of outputs being written are known until they are in place, so that a stopped JVM deletes them. */
class LeftoversTest {

    @Test
    void aFileBeingWrittenIsPendingUntilItIsInPlace(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.csv");
        AtomicReference<Path> during = new AtomicReference<>();
        AtomicFiles.write(out, o -> {
            List<Path> mine = Leftovers.pending().stream().filter(p -> dir.equals(p.getParent())).toList();
            assertThat(mine).hasSize(1);
            during.set(mine.get(0));
            assertThat(mine.get(0).getFileName().toString()).startsWith(".out.csv.").endsWith(".tmp");
            o.write("a,b\n".getBytes());
        });
        assertThat(out).hasContent("a,b");
        assertThat(Leftovers.pending()).doesNotContain(during.get());
        assertThat(during.get()).doesNotExist();
    }

    @Test
    void theStopHookDeletesATemporaryFileAndFolderStillBeingWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.csv");
        assertThatThrownBy(() -> AtomicFiles.write(out, o -> {
            o.write("half".getBytes());
            Leftovers.deleteAll(); // what the shutdown hook does when the user stops the run here
            try (var s = Files.list(dir)) {
                assertThat(s.toList()).as("nothing left beside the output").isEmpty();
            }
            throw new IOException("stopped");
        })).hasMessageContaining("stopped");
        assertThat(out).doesNotExist();

        Path tmp = AtomicFolder.begin(dir.resolve("report"), p -> true, "a report folder");
        Files.writeString(tmp.resolve("tests.csv"), "x");
        assertThat(Leftovers.pending()).contains(tmp);
        Leftovers.deleteAll();
        assertThat(tmp).doesNotExist();
        assertThat(Leftovers.pending()).doesNotContain(tmp);
    }

    @Test
    void aCommittedOrAbortedFolderIsNoLongerPending(@TempDir Path dir) throws IOException {
        Path tmp = AtomicFolder.begin(dir.resolve("a"), p -> true, "a report folder");
        AtomicFolder.commit(tmp, dir.resolve("a"));
        assertThat(Leftovers.pending()).doesNotContain(tmp);
        Path tmp2 = AtomicFolder.begin(dir.resolve("b"), p -> true, "a report folder");
        AtomicFolder.abort(tmp2);
        assertThat(Leftovers.pending()).doesNotContain(tmp2);
        assertThat(tmp2).doesNotExist();
    }
}
