package org.framelab.util;

/**
 * Progress of long work, shared by the CLI (progress bar or log lines) and the GUI (progress
 * bar plus cancel). Implementations must be thread-safe: work may report from several threads.
 */
public interface Progress {
    /** Starts a (sub)task; {@code total} is the number of units, or -1 when unknown. */
    void start(String task, long total);

    /**
     * Starts a (sub)task counted in a named unit ({@code "bytes"}, {@code "articles"}, {@code "rows"}),
     * so a display can say what the numbers are. Defaults to {@link #start(String, long)}.
     */
    default void start(String task, long total, String unit) {
        start(task, total);
    }

    /** {@code n} more units done. */
    void step(long n);

    /** The current task is finished. */
    void done();

    /** True when the user asked to stop; long loops check it and throw {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }

    default void checkCancelled() {
        if (cancelled()) throw new java.util.concurrent.CancellationException("cancelled by the user");
    }

    /**
     * {@code p}'s cancellation and nothing else: for work that runs beside a task that reports on
     * {@code p} (one display shows one task), and must still stop when the user cancels.
     */
    static Progress cancelOnly(Progress p) {
        return new Progress() {
            @Override public void start(String task, long total) {}
            @Override public void step(long n) {}
            @Override public void done() {}
            @Override public boolean cancelled() {
                return p.cancelled();
            }
        };
    }

    /** {@code p}, cancelled also when {@code stop} says so (work its caller may give up on). */
    static Progress cancelledAlsoWhen(Progress p, java.util.function.BooleanSupplier stop) {
        return new Progress() {
            @Override public void start(String task, long total) { p.start(task, total); }
            @Override public void start(String task, long total, String unit) { p.start(task, total, unit); }
            @Override public void step(long n) { p.step(n); }
            @Override public void done() { p.done(); }
            @Override public boolean cancelled() {
                return stop.getAsBoolean() || p.cancelled();
            }
        };
    }

    Progress NONE = new Progress() {
        @Override public void start(String task, long total) {}
        @Override public void step(long n) {}
        @Override public void done() {}
    };
}
