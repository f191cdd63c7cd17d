package org.framelab.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.framelab.util.Progress;

import java.io.PrintWriter;

/**
 * Progress on the terminal: a progress bar when stderr is a terminal, otherwise plain log lines
 * (at most one every few seconds) so batch logs stay readable.
 */
public final class ConsoleProgress implements Progress {
    private final PrintWriter log;
    private final boolean tty;
    private ProgressBar bar;
    private String task;
    private long total;
    private long done;
    private long started;
    private long lastLog;
    private String unit = "";

    public ConsoleProgress(PrintWriter log) {
        this.log = log;
        this.tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public synchronized void start(String task, long total) {
        start(task, total, "");
    }

    @Override
    public synchronized void start(String task, long total, String unit) {
        finishBar();
        this.unit = unit == null || unit.isEmpty() ? "" : " " + unit;
        this.task = task;
        this.total = total;
        this.done = 0;
        this.started = System.nanoTime();
        this.lastLog = started;
        if (tty) {
            ProgressBarBuilder b = new ProgressBarBuilder();
            if (this.unit.equals(" bytes")) b.setUnit(" MB", 1_000_000);
            bar = b.setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .build();
        } else {
            log.println("[framelab] " + task + (total > 0 ? " (" + n(total) + this.unit + ")" : "") + " ...");
            log.flush();
        }
    }

    @Override
    public synchronized void step(long n) {
        done += n;
        if (bar != null) {
            bar.stepBy(n);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLog > 5_000_000_000L) {
            lastLog = now;
            log.println("[framelab] " + task + ": " + n(done) + (total > 0 ? " / " + n(total) : "") + unit
                    + String.format(java.util.Locale.ROOT, " (%.0f s)", (now - started) / 1e9));
            log.flush();
        }
    }

    @Override
    public synchronized void done() {
        if (bar != null) {
            finishBar();
        } else if (task != null) {
            log.println("[framelab] " + task + ": done" + (done > 0 ? ", " + n(done) + unit : "")
                    + String.format(java.util.Locale.ROOT, " in %.1f s", (System.nanoTime() - started) / 1e9));
            log.flush();
        }
        task = null;
    }

    private static String n(long v) {
        return String.format(java.util.Locale.ROOT, "%,d", v);
    }

    private void finishBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
