package org.framelab.gui;

import org.framelab.corpus.ReadOptions;

import javax.swing.SwingUtilities;
import javax.swing.ToolTipManager;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/** Starts the desktop application: look and feel, the main window, and optionally a corpus. */
public final class FrameLabApp {
    private FrameLabApp() {}

    /** True when no window can be shown (no display, or java.awt.headless=true). */
    public static boolean headless() {
        return GraphicsEnvironment.isHeadless();
    }

    /**
     * Creates and shows the main window on the event thread and returns it. When {@code corpus}
     * is given it is loaded in the background with {@code options} (null = auto-detect, or the
     * options remembered for that file), after the inspection File > Open makes ({@link MainWindow#openGiven}).
     */
    public static MainWindow launch(Settings settings, Path corpus, ReadOptions options, boolean visible) {
        return launch(settings, corpus, options, visible, org.framelab.app.AnalysisCache.DEFAULT);
    }

    /** The same, with classifications keeping their article analyses as {@code cache} says (default: the default folder). */
    public static MainWindow launch(Settings settings, Path corpus, ReadOptions options, boolean visible, org.framelab.app.AnalysisCache cache) {
        if (headless()) throw new IllegalStateException("No display available: the desktop application needs a display "
                + "(set DISPLAY, or run it under xvfb-run).");
        AtomicReference<MainWindow> ref = new AtomicReference<>();
        Runnable create = () -> {
            boolean dark = "dark".equals(settings.get("theme", "light"));
            Theme.install(dark);
            Theme.applyText(settings.getInt("text.percent", 100));
            ToolTipManager.sharedInstance().setInitialDelay(350);
            ToolTipManager.sharedInstance().setDismissDelay(20_000);
            MainWindow w = new MainWindow(settings);
            w.session().useCache(cache);
            ref.set(w);
            if (visible) w.setVisible(true);
            if (corpus != null) w.openGiven(corpus, options); // as File > Open: a file that is not UTF-8 asks for its encoding
        };
        if (SwingUtilities.isEventDispatchThread()) create.run();
        else {
            try {
                SwingUtilities.invokeAndWait(create);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            }
        }
        return ref.get();
    }

    /** Blocks until the window is closed (for the CLI command). */
    public static void awaitClosed(MainWindow w) throws InterruptedException {
        Object lock = new Object();
        w.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                synchronized (lock) {
                    lock.notifyAll();
                }
            }
        });
        synchronized (lock) {
            while (w.isDisplayable()) lock.wait(500);
        }
    }
}
