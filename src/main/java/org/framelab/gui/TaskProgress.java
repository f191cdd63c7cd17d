package org.framelab.gui;

import org.framelab.util.Progress;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link Progress} for a background task: worker threads write, the status bar polls it from the
 * event thread on a timer (so a million {@code step} calls never flood the EDT). Thread-safe.
 */
final class TaskProgress implements Progress {
    private final AtomicReference<String> task = new AtomicReference<>("");
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicLong done = new AtomicLong();
    private final AtomicBoolean cancel = new AtomicBoolean();

    TaskProgress(String title) {
        task.set(title);
    }

    private final AtomicReference<String> unit = new AtomicReference<>(null);

    @Override
    public void start(String name, long units) {
        start(name, units, null);
    }

    @Override
    public void start(String name, long units, String unitName) {
        task.set(name);
        unit.set(unitName);
        total.set(units);
        done.set(0);
    }

    /** e.g. "12,345 of 36,254 articles" or "45 of 185 MB"; empty when the total is unknown. */
    String amount() {
        long t = total.get(), d = Math.min(done.get(), Math.max(t, 0));
        if (t <= 0) return "";
        String u = unit.get();
        if ("bytes".equals(u)) return String.format(java.util.Locale.ROOT, "%,d of %,d MB", d >> 20, Math.max(1, t >> 20));
        return String.format(java.util.Locale.ROOT, "%,d of %,d%s", d, t, u == null ? "" : " " + u);
    }

    @Override
    public void step(long n) {
        done.addAndGet(n);
    }

    @Override
    public void done() {
        long t = total.get();
        if (t > 0) done.set(t);
    }

    @Override
    public boolean cancelled() {
        return cancel.get() || Thread.currentThread().isInterrupted();
    }

    void requestCancel() {
        cancel.set(true);
    }

    boolean cancelRequested() {
        return cancel.get();
    }

    String task() {
        return task.get();
    }

    long total() {
        return total.get();
    }

    long doneUnits() {
        return done.get();
    }

    /** 0..1000 or -1 when indeterminate. */
    int permille() {
        long t = total.get();
        if (t <= 0) return -1;
        return (int) Math.max(0, Math.min(1000, done.get() * 1000 / t));
    }
}
