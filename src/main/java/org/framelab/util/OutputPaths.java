package org.framelab.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses an output path that is one of the inputs ({@code framelab predict m.model data.csv -o data.csv} replaced
 * the corpus with the predictions). Two paths are the same file when both exist and {@link Files#isSameFile} says so
 * (links, {@code ./}, {@code ..}); otherwise their normalised absolute paths, with the existing part resolved to its
 * real path, are compared.
 */
public final class OutputPaths {
    private OutputPaths() {}

    /**
     * An input of a command.
     *
     * @param path the path given
     * @param role how a message names it, e.g. "input corpus", "input of --spans"
     */
    public record Input(Path path, String role) {}

    /**
     * Throws an {@link OptionException} (bad usage) when {@code output} is the same file or folder as one of
     * {@code inputs}, or, when {@code replacesFolder} (the output folder is replaced as a whole), when an input
     * lies inside it.
     *
     * @param what how the message names the output, e.g. "the output (--output)"
     */
    public static void check(String what, Path output, boolean replacesFolder, List<Input> inputs) {
        if (output == null) return;
        for (Input in : inputs) {
            if (in.path() == null) continue;
            if (sameFile(output, in.path())) {
                throw OptionException.whole("output", output + ": " + what + " would overwrite the " + in.role()
                        + (sameText(output, in.path()) ? "" : " " + in.path()) + "; write to another "
                        + (Files.isDirectory(in.path()) ? "folder" : "file"));
            }
            if (replacesFolder && inside(output, in.path())) {
                throw OptionException.whole("output", output + ": " + what + " is a folder replaced as a whole, and it holds the "
                        + in.role() + " " + in.path() + "; write to another folder");
            }
        }
    }

    /** Whether {@code a} and {@code b} name the same file or folder (which need not exist). */
    public static boolean sameFile(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // unreadable: compare the paths
            }
        }
        return resolved(a).equals(resolved(b));
    }

    /** Whether {@code p} lies inside the folder {@code folder} (at any depth; not the folder itself). */
    public static boolean inside(Path folder, Path p) {
        Path f = resolved(folder), q = resolved(p);
        return !f.equals(q) && q.startsWith(f);
    }

    private static boolean sameText(Path a, Path b) {
        return a.normalize().toString().equals(b.normalize().toString());
    }

    /** The absolute, normalised path with its longest existing prefix replaced by its real path (symbolic links resolved). */
    static Path resolved(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
