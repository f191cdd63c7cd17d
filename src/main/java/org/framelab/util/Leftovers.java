package org.framelab.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files and folders being written ({@link AtomicFiles}, {@link AtomicFolder}), deleted when
 * the JVM is stopped before they are moved into place (Ctrl+C, {@code kill}: a shutdown hook), so that an
 * interrupted run leaves neither a half-written output nor its temporary file behind. A run killed
 * outright ({@code kill -9}) cannot run the hook: then {@link AtomicFolder#recover} removes stale
 * temporary folders on the next run, and a temporary file's name ({@code .NAME.<random>.tmp}) shows what
 * it is.
 */
public final class Leftovers {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static boolean hooked;

    private Leftovers() {}

    /** {@code p} is being written and is not yet in place. */
    public static void add(Path p) {
        hook();
        PENDING.add(p);
    }

    /** {@code p} was moved into place or deleted. */
    public static void remove(Path p) {
        PENDING.remove(p);
    }

    /** What would be deleted now (for tests). */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }

    private static synchronized void hook() {
        if (hooked) return;
        Runtime.getRuntime().addShutdownHook(new Thread(Leftovers::deleteAll, "framelab-leftovers"));
        hooked = true;
    }

    /** Deletes every pending file and folder (best effort: what cannot be deleted stays). */
    static void deleteAll() {
        for (Path p : PENDING) {
            try {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) AtomicFolder.deleteTree(p);
                else Files.deleteIfExists(p);
                PENDING.remove(p);
            } catch (IOException | RuntimeException e) {
                // still being written by a thread of the stopping process: left for the next run
            }
        }
    }
}
