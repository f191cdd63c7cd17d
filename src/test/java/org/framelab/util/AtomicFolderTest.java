package org.framelab.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The folder swap and what the next run does with the leftovers of a run killed at each point. */
class AtomicFolderTest {
    /** A pid no process has (above Linux's pid_max), standing for a run that was killed. */
    static final long DEAD = 999_999_999L;

    @TempDir
    Path dir;

    Path target() {
        return dir.resolve("demo");
    }

    static Path folder(Path p, String... files) throws IOException {
        Files.createDirectories(p);
        for (String f : files) {
            Path x = p.resolve(f);
            Files.createDirectories(x.getParent());
            Files.writeString(x, f);
        }
        return p;
    }

    List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static List<String> files(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).map(x -> p.relativize(x).toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheWholeFolderAndLeavesNothingBeside() throws Exception {
        folder(target(), "manifest.json", "charts/old.png");
        Path tmp = AtomicFolder.begin(target(), p -> true, "ours");
        assertThat(tmp.getFileName().toString()).isEqualTo(".demo.tmp-" + ProcessHandle.current().pid());
        assertThat(tmp.getParent()).isEqualTo(dir.toAbsolutePath().normalize());
        folder(tmp, "manifest.json", "charts/new.png");
        AtomicFolder.commit(tmp, target());
        assertThat(files(target())).containsExactly("charts/new.png", "manifest.json");
        assertThat(names()).containsExactly("demo");
    }

    @Test
    void firstRunCreatesTheFolderAndItsParents() throws Exception {
        Path t = dir.resolve("a/b/demo");
        Path tmp = AtomicFolder.begin(t, p -> false, "ours");
        folder(tmp, "x.csv");
        AtomicFolder.commit(tmp, t);
        assertThat(files(t)).containsExactly("x.csv");
    }

    @Test
    void abortKeepsThePreviousFolder() throws Exception {
        folder(target(), "manifest.json");
        Path tmp = AtomicFolder.begin(target(), p -> true, "ours");
        folder(tmp, "half.csv");
        AtomicFolder.abort(tmp);
        assertThat(files(target())).containsExactly("manifest.json");
        assertThat(names()).containsExactly("demo");
    }

    @Test
    void killedWhileWritingStaleTemporaryFolderIsDeleted() throws Exception {
        folder(target(), "manifest.json");
        folder(dir.resolve(".demo.tmp-" + DEAD), "half.csv");
        Path tmp = AtomicFolder.begin(target(), p -> true, "ours");
        assertThat(names()).containsExactly(".demo.tmp-" + ProcessHandle.current().pid(), "demo");
        AtomicFolder.abort(tmp);
        assertThat(files(target())).containsExactly("manifest.json");
    }

    @Test
    void killedBetweenTheTwoRenamesThePreviousFolderIsRestored() throws Exception {
        folder(dir.resolve(".demo.old-" + DEAD), "manifest.json", "charts/a.png");
        folder(dir.resolve(".demo.tmp-" + DEAD), "manifest.json", "charts/b.png");
        assertThat(AtomicFolder.recover(target())).isTrue();
        assertThat(files(target())).containsExactly("charts/a.png", "manifest.json");
        assertThat(names()).containsExactly("demo");
    }

    @Test
    void killedAfterTheSwapTheOldFolderIsDeleted() throws Exception {
        folder(target(), "manifest.json", "new.csv");
        folder(dir.resolve(".demo.old-" + DEAD), "manifest.json", "old.csv");
        folder(dir.resolve(".demo.del-" + (DEAD - 1)), "half-deleted.csv");
        assertThat(AtomicFolder.recover(target())).isFalse();
        assertThat(files(target())).containsExactly("manifest.json", "new.csv");
        assertThat(names()).containsExactly("demo");
    }

    @Test
    void leftoversOfARunningProcessAreLeftAlone() throws Exception {
        long running = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        folder(dir.resolve(".demo.tmp-" + running), "busy.csv");
        folder(dir.resolve(".demo.old-" + running), "manifest.json");
        assertThat(AtomicFolder.recover(target())).isFalse();
        assertThat(names()).containsExactly(".demo.old-" + running, ".demo.tmp-" + running);
    }

    @Test
    void otherFoldersWithSimilarNamesAreNotTouched() throws Exception {
        folder(dir.resolve(".demo2.tmp-" + DEAD), "x");
        folder(dir.resolve(".demo.tmp-backup"), "x");
        AtomicFolder.recover(target());
        assertThat(names()).containsExactly(".demo.tmp-backup", ".demo2.tmp-" + DEAD);
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws Exception {
        folder(target(), "thesis.docx");
        assertThatThrownBy(() -> AtomicFolder.begin(target(), p -> Files.exists(p.resolve("manifest.json")), "a FrameLab report folder"))
                .hasMessageContaining(target() + ": will not replace this folder: it is not empty and not a FrameLab report folder")
                .hasMessageContaining("What to do")
                .hasCauseInstanceOf(InputException.class);
        assertThat(files(target())).containsExactly("thesis.docx");
        assertThat(names()).containsExactly("demo");
    }

    @Test
    void aFileInTheWayIsABadPath() throws Exception {
        Files.writeString(target(), "x");
        assertThatThrownBy(() -> AtomicFolder.begin(target(), p -> true, "ours"))
                .hasMessageContaining("cannot write the output folder").hasMessageContaining("exists and is not a folder")
                .hasMessageContaining("What to do");
        assertThat(names()).containsExactly("demo");
    }
}
