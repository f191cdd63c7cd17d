package org.framelab.util;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a whole output folder at once, so that a crash or kill never leaves a mix of old and new
 * files in it: the new content is built in a temporary sibling folder and swapped in by renames in
 * the same parent folder (so on the same file system, where a rename is atomic).
 *
 * <p>For a target {@code P/N} the steps are:
 * <ol>
 *   <li>{@link #begin}: clean up what an earlier killed run left (see {@link #recover}), then create
 *       {@code P/.N.tmp-<pid>}; the caller writes everything into it.</li>
 *   <li>{@link #commit}: rename {@code P/N} to {@code P/.N.old-<pid>} (if it exists); rename
 *       {@code P/.N.tmp-<pid>} to {@code P/N}; rename {@code P/.N.old-<pid>} to {@code P/.N.del-<pid>}
 *       and delete that.</li>
 * </ol>
 * A {@code .N.old-*} folder is therefore always a complete previous folder, a {@code .N.tmp-*} or
 * {@code .N.del-*} folder may be partial. After a kill: during 1, {@code P/N} is the previous folder
 * and the next run deletes the stale temporary folder; between the two renames, {@code P/N} is missing
 * and the next run (or {@link #recover}) renames {@code .N.old-<pid>} back; after the second rename,
 * {@code P/N} is the new folder and the next run deletes the leftover. Folders of another process that
 * is still running (by the pid in the name) are left alone.
 *
 * <p>Guards against a kill or crash of the process, not against power loss (nothing is fsync'ed).
 */
public final class AtomicFolder {
    private static final String TMP = "tmp", OLD = "old", DEL = "del";

    private AtomicFolder() {}

    /**
     * Prepares to replace {@code target}: creates its parent folders, recovers leftovers of an
     * interrupted earlier run and creates the empty temporary folder to write into.
     *
     * @param ours     whether an existing, non-empty {@code target} is one this writer may replace
     *                 (a folder it wrote before); anything else is refused, so a mistyped output path never
     *                 deletes a user's folder
     * @param whatOurs what {@code ours} accepts, for the error message (e.g. "a FrameLab report folder with manifest.json")
     * @return the temporary folder ({@code P/.N.tmp-<pid>})
     */
    public static Path begin(Path target, Predicate<Path> ours, String whatOurs) throws IOException {
        Path abs = absolute(target);
        Path parent = abs.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw cannotWrite(target, AtomicFiles.reason(e));
        }
        recover(abs);
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(abs)) throw cannotWrite(target, abs + " exists and is not a folder");
            if (!isEmpty(abs) && !ours.test(abs)) {
                String msg = target + ": will not replace this folder: it is not empty and not " + whatOurs
                        + "\n  What to do: choose a new or empty output folder, or delete or rename this one if you no longer need it.";
                throw new IOException(msg, new InputException(msg));
            }
        }
        Path tmp = sibling(abs, TMP, ProcessHandle.current().pid());
        try {
            Files.createDirectory(tmp);
        } catch (IOException e) {
            throw cannotWrite(target, AtomicFiles.reason(e));
        }
        Leftovers.add(tmp);
        return tmp;
    }

    /**
     * Swaps the completely written {@code tmp} (from {@link #begin}) in as {@code target}. On an
     * error the previous {@code target} is put back.
     */
    public static void commit(Path tmp, Path target) throws IOException {
        Path abs = absolute(target);
        long pid = ProcessHandle.current().pid();
        Path old = sibling(abs, OLD, pid);
        boolean hadOld = false;
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            rename(abs, old, target);
            hadOld = true;
        }
        try {
            rename(tmp, abs, target);
            Leftovers.remove(tmp);
        } catch (IOException e) {
            if (hadOld) {
                try {
                    Files.move(old, abs, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e2) {
                    e.addSuppressed(e2);
                }
            }
            throw e;
        }
        if (hadOld) {
            Path del = sibling(abs, DEL, pid);
            try {
                Files.move(old, del, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(del);
            } catch (IOException e) {
                // the new folder is in place; the next run removes what is left of the old one
            }
        }
    }

    /** Deletes the temporary folder of a run that failed before {@link #commit} (best effort). */
    public static void abort(Path tmp) {
        try {
            deleteTree(tmp);
            Leftovers.remove(tmp);
        } catch (IOException e) {
            // the next run removes it
        }
    }

    /**
     * Repairs what an interrupted run left beside {@code target}: if {@code target} is missing but a
     * complete previous folder was set aside ({@code .N.old-<pid>}), it is renamed back; stale
     * temporary ({@code .N.tmp-*}) and half-deleted ({@code .N.del-*}) folders are deleted. Leftovers
     * of a process that is still running are not touched.
     *
     * @return true if a previous folder was restored
     */
    public static boolean recover(Path target) throws IOException {
        Path abs = absolute(target);
        Path parent = abs.getParent();
        if (!Files.isDirectory(parent)) return false;
        Pattern p = Pattern.compile(Pattern.quote("." + abs.getFileName() + ".") + "(" + TMP + "|" + OLD + "|" + DEL + ")-(\\d+)");
        long me = ProcessHandle.current().pid();
        List<Path> old = new ArrayList<>(), stale = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent)) {
            for (Path x : ds) {
                Matcher m = p.matcher(x.getFileName().toString());
                if (!m.matches()) continue;
                long pid;
                try {
                    pid = Long.parseLong(m.group(2));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != me && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue; // another run's
                (m.group(1).equals(OLD) ? old : stale).add(x);
            }
        } catch (IOException e) {
            throw cannotWrite(target, AtomicFiles.reason(e));
        }
        boolean restored = false;
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !old.isEmpty()) {
            old.sort(Comparator.comparing(AtomicFolder::modified).reversed());
            Path back = old.remove(0);
            try {
                Files.move(back, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                String msg = target + ": an earlier run was interrupted while replacing this folder and the previous version, "
                        + back + ", cannot be put back (" + AtomicFiles.reason(e) + ")"
                        + "\n  What to do: rename " + back.getFileName() + " to " + abs.getFileName() + " yourself, or delete it and run again.";
                throw new IOException(msg, new InputException(msg));
            }
            restored = true;
        }
        stale.addAll(old);
        for (Path x : stale) abort(x);
        return restored;
    }

    /** The temporary, set-aside or to-be-deleted sibling of {@code target} for process {@code pid}. */
    static Path sibling(Path target, String kind, long pid) {
        return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + pid);
    }

    private static Path absolute(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null || abs.getFileName() == null) {
            throw cannotWrite(target, "it is a file system root");
        }
        return abs;
    }

    private static void rename(Path from, Path to, Path target) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw cannotWrite(target, "the file system cannot rename " + from.getFileName() + " to " + to.getFileName() + " atomically");
        } catch (IOException e) {
            throw cannotWrite(target, AtomicFiles.reason(e));
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            return !ds.iterator().hasNext();
        } catch (IOException e) {
            throw cannotWrite(dir, AtomicFiles.reason(e));
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Deletes a folder and everything in it (symbolic links are deleted, not followed). */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Creates the output folder {@code dir} (and its parents) when missing; a path that cannot be a folder (a file
     * is there, no permission, a read-only place) is an IOException carrying an {@link InputException}: exit 3
     * with what to do, never a bug's stack trace.
     */
    public static Path createFolder(Path dir) throws IOException {
        try {
            return Files.createDirectories(dir);
        } catch (FileSystemException e) {
            throw cannotWrite(dir, AtomicFiles.reason(e));
        }
    }

    private static IOException cannotWrite(Path target, String reason) {
        String msg = target + ": cannot write the output folder (" + reason + ")"
                + "\n  What to do: choose an output folder in a place you can write to.";
        return new IOException(msg, new InputException(msg));
    }
}
