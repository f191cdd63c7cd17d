package org.framelab.gui;

import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;

/**
 * A GUI test that drives one main window through {@link #window}: the fixture (its robot and windows) is cleaned up
 * after each test. A subclass's own {@code @AfterEach} runs first (JUnit runs a superclass's after a subclass's).
 */
abstract class GuiTestBase {
    /** The fixture the test opened, or null; a test that cleans it up itself sets it to null. */
    protected FrameFixture window;

    /** The demo corpus in a 1366x768 main window with the Compare view open and grouped by {@code field} (the fixture: {@link #window}). */
    protected MainWindow demoCompareView(java.nio.file.Path dir, String field) throws Exception {
        MainWindow app = GuiTestSupport.demoWindow(dir.resolve("cfg"), 1366, 768);
        window = GuiTestSupport.compareView(app, field);
        return app;
    }

    /** {@link #demoCompareView} with the comparison run (and the screen settled). */
    protected MainWindow demoCompared(java.nio.file.Path dir, String field) throws Exception {
        MainWindow app = demoCompareView(dir, field);
        GuiTestSupport.runCompare(app, window);
        return app;
    }

    @AfterEach
    void cleanUpWindow() {
        if (window != null) window.cleanUp();
    }
}
