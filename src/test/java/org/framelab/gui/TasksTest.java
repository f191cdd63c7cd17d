package org.framelab.gui;

import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Background tasks: work off the EDT, results on it, cancel reaches the work, errors reach the handler. */
class TasksTest {
    /** What reached the error handler (JUnit makes a new instance, so new lists and tasks, per test). */
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final Tasks tasks = new Tasks(errors::add);

    private void awaitIdle() throws InterruptedException {
        assertThat(tasks.awaitIdle(Duration.ofSeconds(10))).as("tasks finished").isTrue();
    }

    @Test
    void workRunsOffTheEdtAndResultsArriveOnIt() throws Exception {
        AtomicBoolean workOnEdt = new AtomicBoolean(true), resultOnEdt = new AtomicBoolean(false);
        tasks.run("t", p -> {
            workOnEdt.set(SwingUtilities.isEventDispatchThread());
            return 42;
        }, r -> resultOnEdt.set(SwingUtilities.isEventDispatchThread() && r == 42));
        awaitIdle();
        assertThat(workOnEdt).isFalse();
        assertThat(resultOnEdt).isTrue();
        assertThat(errors).isEmpty();
    }

    @Test
    void cancelStopsTheWorkAndIsNotReportedAsAnError() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean succeeded = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Tasks.Handle h = tasks.run("long", p -> {
            p.start("looping", 1_000_000);
            started.countDown();
            for (int i = 0; i < 1_000_000; i++) {
                p.checkCancelled();
                p.step(1);
                Thread.sleep(1);
            }
            return "finished";
        }, r -> succeeded.set(true), failure::set);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        h.cancel();
        awaitIdle();
        assertThat(failure.get()).as("the failure handler hears of the cancel").isInstanceOf(CancellationException.class);
        assertThat(succeeded).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void failuresReachTheErrorHandler() throws Exception {
        tasks.run("bad", p -> {
            throw new org.framelab.util.InputException("data.csv, line 3: broken");
        }, r -> { });
        awaitIdle();
        assertThat(errors).hasSize(1);
        String[] d = ErrorDialogs.describe(errors.get(0));
        assertThat(d[0]).isEqualTo("Problem with the input");
        assertThat(d[1]).isEqualTo("data.csv, line 3: broken");
    }

    @Test
    void progressSaysItsUnit() {
        TaskProgress p = new TaskProgress("t");
        p.start("Computing features", 36_254, "articles");
        p.step(12_345);
        assertThat(p.amount()).isEqualTo("12,345 of 36,254 articles");
        assertThat(p.permille()).isEqualTo(340);
        p.start("Reading", 185L << 20, "bytes");
        p.step(45L << 20);
        assertThat(p.amount()).isEqualTo("45 of 185 MB");
        p.start("Fitting", -1);
        assertThat(p.amount()).isEmpty();
        assertThat(p.permille()).isEqualTo(-1);
    }

    @Test
    void errorsInPlainWords() {
        assertThat(ErrorDialogs.describe(new java.nio.file.NoSuchFileException("x.csv"))[1]).contains("x.csv").contains("What to do");
        assertThat(ErrorDialogs.isInternal(new NullPointerException())).isTrue();
        assertThat(ErrorDialogs.isInternal(new org.framelab.util.OptionException("folds", 1, "2..20"))).isFalse();
        // an IllegalArgumentException that is not a setting's is a bug, shown with its details
        assertThat(ErrorDialogs.isInternal(new IllegalArgumentException("index out of range"))).isTrue();
        // bad input wrapped by a lower layer is still the user's input problem
        var wrapped = new java.io.UncheckedIOException(new java.io.IOException("x", new org.framelab.util.InputException("a.csv, line 2: bad")));
        assertThat(ErrorDialogs.describe(wrapped)).containsExactly("Problem with the input", "a.csv, line 2: bad");
    }
}
