package org.framelab.features;

import org.framelab.util.Progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An {@link AnalysisStore} on a folder: one file per {@link AnalysisKey} ({@code <key>.analysis},
 * {@link AnalysisFileFormat}). A file of another key is never read, so changed texts, outlets,
 * settings or code always miss. A damaged, truncated or foreign file is ignored with a one-line
 * warning and replaced by the next save; a run never fails because of its cache (a folder that
 * cannot be written costs the time of analysing again, nothing else).
 *
 * <p>Two runs may share a folder: a file is written to a temporary file in the same folder, forced
 * to disk and moved over the old one in one step, so readers only ever open complete files. Saving
 * merges: when the file changed since this store read it (another run saved), it is read into the
 * analysis first and the union is written. Nothing is written when the file already holds every
 * entry of the analysis. Delete the folder to clear the cache.
 */
public final class AnalysisFiles implements AnalysisStore {
    public static final String EXTENSION = ".analysis";
    /** Temporary files older than this are left over from a run that was killed: removed on save. */
    private static final Duration STALE = Duration.ofHours(6);
    private static final java.util.regex.Pattern TEMP = java.util.regex.Pattern.compile("\\.[0-9a-f]{64}\\.[0-9a-z]+\\.tmp");
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Path dir;
    private final Consumer<String> warnings;
    /** Per key: the file as this store last read or wrote it, and what it held. */
    private final Map<String, Known> known = new HashMap<>();
    private Use last;

    /**
     * What the store did for the last analysis it saw: its key and file, whether the file was read
     * ({@code hit}), the file's size, whether it was (re)written, the seconds spent, and the warnings.
     */
    public record Use(String key, Path file, boolean hit, long bytes, double loadSeconds, boolean saved, double saveSeconds,
                      List<String> warnings, double loadCpuSeconds, double saveCpuSeconds) {
        public Use {
            warnings = List.copyOf(warnings);
        }

        Use(String key, Path file, boolean hit, long bytes, double loadSeconds, boolean saved, double saveSeconds, List<String> warnings) {
            this(key, file, hit, bytes, loadSeconds, saved, saveSeconds, warnings, 0, 0);
        }

        /** One line for a log: "analysis cache hit: 12 MB read in 0.4 s from DIR/KEY.analysis". */
        public String describe() {
            StringBuilder b = new StringBuilder("analysis cache ").append(hit ? "hit" : "miss");
            if (hit) b.append(String.format(Locale.ROOT, ": %.1f MB read in %.1f s", bytes / 1e6, loadSeconds));
            if (saved) b.append(String.format(Locale.ROOT, "%s %.1f MB written in %.1f s", hit ? ";" : ":", bytes / 1e6, saveSeconds));
            else if (!hit) b.append(": nothing written");
            return b.append(" (").append(file).append(')').toString();
        }
    }

    /** A file as last seen: its identity, and what it holds (null: unusable). */
    private record Known(Object state, AnalysisFileFormat.Signature signature) {}

    /** A store in {@code dir} (created on the first save) that reports ignored files to {@code warnings}. */
    public AnalysisFiles(Path dir, Consumer<String> warnings) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.warnings = warnings == null ? w -> {} : warnings;
    }

    public Path dir() {
        return dir;
    }

    /** The file an analysis is kept in. */
    public Path file(CorpusAnalysis analysis) {
        return dir.resolve(AnalysisKey.of(analysis) + EXTENSION);
    }

    /** What the store did for the last analysis it loaded or saved, or null. */
    public synchronized Use lastUse() {
        return last;
    }

    @Override
    public synchronized boolean load(CorpusAnalysis analysis, Progress progress) {
        Call c = call(analysis, progress);
        String key = c.key();
        Path file = c.file();
        List<String> warned = new ArrayList<>();
        boolean hit = false;
        long bytes = 0;
        if (Files.isRegularFile(file)) {
            try {
                Known k = read(file, key, analysis, progress);
                known.put(key, k);
                hit = true;
                bytes = Files.size(file);
            } catch (IOException e) {
                warn(warned, file + ": ignored (" + reason(e) + "); the articles are analysed again and the file is replaced");
                known.put(key, new Known(state(file), null)); // not read again (nor warned about twice) by the save
            }
        }
        last = new Use(key, file, hit, bytes, c.seconds(), false, 0, warned, c.cpuSeconds(), 0);
        return hit;
    }

    /** A load or save: its key, its file, and when it started (wall and CPU clock). */
    private record Call(String key, Path file, long t0, long c0) {
        double seconds() {
            return (System.nanoTime() - t0) / 1e9;
        }

        double cpuSeconds() {
            return (cpu() - c0) / 1e9;
        }
    }

    private Call call(CorpusAnalysis analysis, Progress progress) {
        long t0 = System.nanoTime(), c0 = cpu();
        String key = key(analysis, progress);
        return new Call(key, dir.resolve(key + EXTENSION), t0, c0);
    }

    @Override
    public synchronized void save(CorpusAnalysis analysis, Progress progress) {
        Call c = call(analysis, progress);
        String key = c.key();
        Path file = c.file();
        Use before = last != null && last.key().equals(key) ? last : new Use(key, file, false, 0, 0, false, 0, List.of());
        List<String> warned = new ArrayList<>(before.warnings());
        AnalysisFileFormat.Signature sig = AnalysisFileFormat.Signature.of(analysis.snapshot().entries());
        if (sig.entries() == 0) return;
        Known k = known.get(key);
        Object state = state(file);
        if (state != null && (k == null || !k.state().equals(state))) {
            // another run wrote the file (or this store never read it): keep its entries too
            try {
                k = read(file, key, analysis, progress);
                known.put(key, k);
                sig = AnalysisFileFormat.Signature.of(analysis.snapshot().entries());
            } catch (IOException e) {
                warn(warned, file + ": ignored (" + reason(e) + "); replaced by this run's analyses");
                k = null;
            }
        }
        if (k != null && state != null && sig.equals(k.signature())) {
            last = new Use(key, file, before.hit(), size(file), before.loadSeconds(), false, 0, warned, before.loadCpuSeconds(), 0);
            return; // the file holds every entry already
        }
        CorpusAnalysis.Snapshot snap = analysis.snapshot();
        try {
            long bytes = write(file, key, snap, progress);
            known.put(key, new Known(state(file), AnalysisFileFormat.Signature.of(snap.entries())));
            last = new Use(key, file, before.hit(), bytes, before.loadSeconds(), true, c.seconds(), warned,
                    before.loadCpuSeconds(), c.cpuSeconds());
        } catch (IOException e) {
            warn(warned, "cannot write the analysis cache " + file + " (" + reason(e) + "); this run's results are not affected");
            last = new Use(key, file, before.hit(), 0, before.loadSeconds(), false, 0, warned, before.loadCpuSeconds(), 0);
        }
        removeStale();
    }

    private String key(CorpusAnalysis analysis, Progress progress) {
        progress.start("Checking the analysis cache (hashing " + analysis.size() + " articles)", -1);
        try {
            return AnalysisKey.of(analysis);
        } finally {
            progress.done();
        }
    }

    private Known read(Path file, String key, CorpusAnalysis analysis, Progress progress) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Object state = state(file);
            AnalysisFileFormat.Header h = AnalysisFileFormat.read(ch, key, analysis, progress);
            return new Known(state, h.signature());
        } catch (IllegalArgumentException e) {
            throw new AnalysisFileFormat.Unusable("not readable: " + e.getMessage());
        }
    }

    private long write(Path file, String key, CorpusAnalysis.Snapshot snap, Progress progress) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + key + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        boolean ok = false;
        try {
            long bytes;
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                bytes = AnalysisFileFormat.write(ch, key, snap, progress);
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            ok = true;
            return bytes;
        } finally {
            if (!ok) Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files of runs that were killed while writing. */
    private void removeStale() {
        Instant old = Instant.now().minus(STALE);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : s) {
                if (!TEMP.matcher(p.getFileName().toString()).matches()) continue;
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(old)) Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // another run removed it, or it is not ours to remove
                }
            }
        } catch (IOException ignored) {
            // listing the folder is best effort
        }
    }

    /** Identity of the file as it is now (inode, size, time), or null when there is none. */
    private static Object state(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(String.valueOf(a.fileKey()), a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            return null;
        }
    }

    /** CPU time of this thread (loading and saving run on the caller's thread), in nanoseconds. */
    private static long cpu() {
        java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : 0;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private void warn(List<String> warned, String message) {
        warned.add(message);
        warnings.accept(message);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) return "no such file: " + n.getFile();
        if (e instanceof java.nio.file.AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof java.io.EOFException) return "truncated";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
