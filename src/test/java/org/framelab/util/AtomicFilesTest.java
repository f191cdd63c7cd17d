package org.framelab.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void failedWriteLeavesPreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.csv");
        AtomicFiles.writeString(target, "old\n");
        assertThatThrownBy(() -> AtomicFiles.writeText(target, w -> {
            w.write("half of the new content");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void outputIsReadableByOthersLikeAnOrdinaryFile() throws IOException {
        Path target = dir.resolve("sub/report.txt");
        AtomicFiles.writeString(target, "x");
        assertThat(Files.readString(target)).isEqualTo("x");
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain))
                    .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }
}
