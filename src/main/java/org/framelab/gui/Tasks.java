package org.framelab.gui;

import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs long work (loading, feature extraction, statistics, training, export) off the event thread
 * with progress and cancel. Results and errors come back on the event thread. The status bar
 * listens to know which task to show; tests call {@link #awaitIdle(Duration)}.
 */
public final class Tasks {
    /** Work done in the background; reports to and checks cancellation on the given progress. */
    @FunctionalInterface
    public interface Work<T> {
        T run(org.framelab.util.Progress progress) throws Exception;
    }

    /** A running task as the status bar sees it. */
    public static final class Handle {
        final String title;
        final TaskProgress progress;
        final long startedNanos = System.nanoTime();

        Handle(String title) {
            this.title = title;
            this.progress = new TaskProgress(title);
        }

        public void cancel() {
            progress.requestCancel();
        }

        public String title() {
            return title;
        }
    }

    interface Listener {
        void started(Handle h);

        void finished(Handle h, String outcome);
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Handle> running = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private final Consumer<Throwable> errorHandler;

    /** @param errorHandler shows errors to the user (on the EDT) */
    Tasks(Consumer<Throwable> errorHandler) {
        this.errorHandler = errorHandler;
    }

    void addListener(Listener l) {
        listeners.add(l);
    }

    /** Starts {@code work} in the background; {@code onSuccess} runs on the EDT with the result. */
    public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess) {
        return run(title, work, onSuccess, null);
    }

    /**
     * Like {@link #run(String, Work, Consumer)}; {@code onFailure} (EDT, may be null) runs after a
     * failure or cancellation, before the error dialog.
     */
    public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Handle h = new Handle(title);
        active.incrementAndGet();
        running.add(h);
        for (Listener l : listeners) l.started(h);
        new SwingWorker<T, Void>() {
            @Override
            protected T doInBackground() throws Exception {
                return work.run(h.progress);
            }

            @Override
            protected void done() {
                String outcome;
                try {
                    T result = get();
                    if (h.progress.cancelRequested()) throw new CancellationException("cancelled by the user");
                    outcome = "done in " + seconds(h);
                    if (onSuccess != null) onSuccess.accept(result);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    outcome = "interrupted";
                } catch (ExecutionException | RuntimeException e) {
                    Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                    boolean cancelled = t instanceof CancellationException || h.progress.cancelRequested();
                    outcome = cancelled ? "cancelled" : "failed";
                    if (onFailure != null) {
                        try {
                            onFailure.accept(t);
                        } catch (RuntimeException ignored) {
                            // the failure handler must not hide the original problem
                        }
                    }
                    if (!cancelled) errorHandler.accept(t);
                } finally {
                    running.remove(h);
                }
                for (Listener l : listeners) l.finished(h, outcome);
                active.decrementAndGet();
            }
        }.execute();
        return h;
    }

    private static String seconds(Handle h) {
        double s = (System.nanoTime() - h.startedNanos) / 1e9;
        return s < 10 ? String.format("%.1f s", s) : String.format("%.0f s", s);
    }

    /** True while any task runs. */
    public boolean busy() {
        return active.get() > 0;
    }

    /** The most recently started task still running, or null. */
    Handle current() {
        Handle last = null;
        for (Handle h : running) last = h;
        return last;
    }

    /** Cancels every running task. */
    void cancelAll() {
        for (Handle h : running) h.cancel();
    }

    /**
     * Waits (not on the EDT) until no task runs and the event queue has processed their results.
     * Returns false on timeout.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread()) throw new IllegalStateException("awaitIdle must not be called on the EDT");
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (active.get() == 0) {
                try {
                    SwingUtilities.invokeAndWait(() -> { });
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
                if (active.get() == 0) return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
