package org.framelab.gui;

import org.junit.jupiter.api.Assumptions;

import java.awt.GraphicsEnvironment;

import static org.junit.jupiter.api.Assertions.fail;

/** GUI tests need a display (CI runs them under xvfb-run); without one they skip locally and fail in CI. */
final class GuiTestSupport {
    private GuiTestSupport() {}

    static void requireDisplay() {
        if (!GraphicsEnvironment.isHeadless()) return;
        String msg = "no display for the GUI tests (run them under xvfb-run -a)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg + "; CI=true: GUI tests must not skip");
        Assumptions.abort(msg);
    }
}
