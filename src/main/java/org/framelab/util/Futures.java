package org.framelab.util;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for a task on another thread, and throwing again on the waiting thread what the task threw (the cause of
 * its {@link ExecutionException}).
 */
public final class Futures {
    private Futures() {}

    /**
     * The task's result; interrupted while it waits, the thread keeps its interrupt and the wait ends with a
     * {@link CancellationException} ("interrupted"), the way a cancelled analysis ends.
     *
     * @throws ExecutionException what the task threw
     */
    public static <T> T getOrCancel(Future<T> task) throws ExecutionException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /**
     * The task's result once it has ended, however often this thread is interrupted while it waits: {@code onInterrupt}
     * runs at each interrupt (e.g. to ask the work to stop), and the interrupt is kept for the caller.
     *
     * @throws ExecutionException what the task threw
     */
    public static <T> T getUninterruptibly(Future<T> task, Runnable onInterrupt) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    onInterrupt.run();
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Throws {@code cause} when it is unchecked (a RuntimeException or an Error); else returns it, for the caller to wrap. */
    public static Throwable throwIfUnchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error e) throw e;
        return cause;
    }

    /** Throws {@code cause} when it is an IOException or unchecked; else returns it, for the caller to wrap. */
    public static Throwable throwIfIoOrUnchecked(Throwable cause) throws IOException {
        if (cause instanceof IOException io) throw io;
        return throwIfUnchecked(cause);
    }
}
