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

    @AfterEach
    void cleanUpWindow() {
        if (window != null) window.cleanUp();
    }
}
