package org.framelab.util;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes output files so that a crash or error never leaves a half-written file behind: content
 * goes to a temporary file beside the target, which is moved over the target only when complete.
 */
public final class AtomicFiles {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {}

    /** Writes with a body that receives an output stream. */
    public static void write(Path target, IOConsumer<OutputStream> body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) throw cannotWrite(target, "it is a folder, not a file");
        // Not Files.createTempFile: that creates the file owner-only (0600); a report must get the
        // usual permissions (umask), so co-authors on a shared server can read it.
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        OutputStream opened;
        try {
            Files.createDirectories(dir);
            opened = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw cannotWrite(target, reason(e));
        }
        Leftovers.add(tmp);
        boolean ok = false;
        try {
            try (OutputStream out = opened) {
                body.accept(out);
            }
            try {
                move(tmp, abs);
            } catch (FileSystemException e) {
                throw cannotWrite(target, reason(e));
            }
            ok = true;
        } finally {
            try {
                if (!ok) Files.deleteIfExists(tmp);
            } finally {
                Leftovers.remove(tmp);
            }
        }
    }

    /** Writes UTF-8 text with a body that receives a buffered writer. */
    public static void writeText(Path target, IOConsumer<Writer> body) throws IOException {
        write(target, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.accept(w);
            w.flush();
        });
    }

    public static void writeString(Path target, String content) throws IOException {
        writeText(target, w -> w.write(content));
    }

    /**
     * The output path cannot be written (its folder is a file, read-only, missing permissions):
     * an IOException carrying an {@link InputException}, so the CLI prints the message and exits 3.
     */
    static IOException cannotWrite(Path target, String reason) {
        String msg = target + ": cannot write the output file (" + reason + ")"
                + "\n  What to do: choose an output path in a folder you can write to.";
        return new IOException(msg, new InputException(msg));
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof FileAlreadyExistsException f) return f.getFile() + " exists and is not a folder";
        if (e instanceof NoSuchFileException n) return "cannot create a file in " + Path.of(n.getFile()).getParent();
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() != null ? ": " + f.getFile() : "");
        }
        return String.valueOf(e.getMessage());
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T t) throws IOException;
    }
}
