package org.framelab.fuzz;

import org.framelab.fuzz.Mutations.Mutation;
import org.framelab.util.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A small property runner for fuzzing readers and parsers. Each target runs {@code -Dfuzz.tries}
 * tries (default 60; the {@code fuzz} Maven profile runs thousands); try {@code t} of a target with seed
 * {@code s} draws its mutations and its parameters from {@code new Random(s + t * GOLDEN)}, so every run
 * is deterministic and a failure names the seed and try that reproduce it.
 *
 * <p>The property: the action ends normally or with an {@link InputException} (the CLI's exit 3) within
 * {@code -Dfuzz.timeout.seconds} (default 20). Anything else — a RuntimeException, an Error such as
 * OutOfMemoryError or StackOverflowError, a hang — fails the target; the failing mutation list is first
 * shrunk (mutations dropped one at a time while the same kind of failure remains) and then reported.
 */
public final class FuzzHarness implements AutoCloseable {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long TIMEOUT = Long.getLong("fuzz.timeout.seconds", 20);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 60);

    /** One try: mutations to apply to the target's seed file, and a generator for any other parameters. */
    public interface Property {
        void run(List<Mutation> mutations, Random params) throws Exception;
    }

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-try");
        t.setDaemon(true);
        return t;
    });
    private final Path root;
    private final AtomicLong dirs = new AtomicLong();

    public FuzzHarness(String name) {
        try {
            root = Files.createTempDirectory("framelab-fuzz-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int tries() {
        return TRIES;
    }

    /** Runs {@link #tries()} tries of the property; fails with the shrunk input on the first bad outcome. */
    public void check(String target, long seed, int maxMutations, Property p) {
        for (int t = 0; t < TRIES; t++) {
            Random gen = new Random(seed + t * GOLDEN);
            List<Mutation> ms = Mutations.random(gen, maxMutations);
            long paramSeed = gen.nextLong();
            Throwable bad = attempt(p, ms, paramSeed);
            if (bad == null) continue;
            List<Mutation> small = shrink(p, ms, paramSeed, bad);
            Throwable cause = attempt(p, small, paramSeed);
            if (cause == null) cause = bad;
            throw new AssertionError(target + " (seed " + seed + ", try " + t + "): " + describe(cause)
                    + "\n  input: the seed file with mutations " + small + " (before shrinking: " + ms + ")", cause);
        }
    }

    private static String describe(Throwable t) {
        if (t instanceof TimeoutException) return "no result within " + TIMEOUT + " s (a hang or a runaway loop)";
        return t + " escaped (the CLI would exit 1, not 3)";
    }

    private List<Mutation> shrink(Property p, List<Mutation> ms, long paramSeed, Throwable bad) {
        List<Mutation> cur = new ArrayList<>(ms);
        boolean progress = true;
        while (progress && cur.size() > 1 && !(bad instanceof TimeoutException)) {
            progress = false;
            for (int i = 0; i < cur.size() && cur.size() > 1; i++) {
                List<Mutation> fewer = new ArrayList<>(cur);
                fewer.remove(i);
                Throwable again = attempt(p, fewer, paramSeed);
                if (again != null && again.getClass() == bad.getClass()) {
                    cur = fewer;
                    progress = true;
                    i--;
                }
            }
        }
        return cur;
    }

    /** Null when the try ended normally or with an input error; else what went wrong (TimeoutException for a hang). */
    private Throwable attempt(Property p, List<Mutation> ms, long paramSeed) {
        Future<?> f = pool.submit(() -> {
            p.run(ms, new Random(paramSeed));
            return null;
        });
        try {
            f.get(TIMEOUT, TimeUnit.SECONDS);
            return null;
        } catch (TimeoutException e) {
            f.cancel(true);
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof InputException && t.getMessage() != null && !t.getMessage().isBlank()) return null;
            return t;
        }
    }

    /** A new empty folder for one try (remove it with {@link #clean}). */
    public Path newDir() {
        try {
            return Files.createDirectories(root.resolve("t" + dirs.incrementAndGet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder and everything in it. */
    public void clean(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        clean(root);
    }
}
