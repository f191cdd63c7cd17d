package org.framelab.util;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work on another thread to end, without giving up when this thread is interrupted meanwhile. */
public final class Uninterruptibles {
    private Uninterruptibles() {}

    /**
     * The task's result once it has ended, however often this thread is interrupted while it waits: {@code onInterrupt}
     * runs at each interrupt (e.g. to ask the work to stop), and the interrupt is kept for the caller.
     *
     * @throws ExecutionException what the task threw
     */
    public static <T> T get(Future<T> task, Runnable onInterrupt) throws ExecutionException {
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
}
