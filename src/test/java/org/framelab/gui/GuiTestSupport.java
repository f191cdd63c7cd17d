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

    /**
     * The app on a {@code width} x {@code height} window at the screen's corner, not interactive (no dialogs), with the
     * demo corpus opened and read; the settings live in {@code configDir}.
     */
    static MainWindow demoWindow(java.nio.file.Path configDir, int width, int height) throws Exception {
        requireDisplay();
        MainWindow app = FrameLabApp.launch(Settings.load(configDir), null, null, true);
        org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            app.setInteractive(false);
            app.setExtendedState(java.awt.Frame.NORMAL);
            app.setSize(width, height);
            app.setLocation(0, 0);
            app.open(java.nio.file.Path.of("datasets/demo/articles.jsonl"));
        });
        org.assertj.core.api.Assertions.assertThat(app.tasks().awaitIdle(java.time.Duration.ofMinutes(2))).isTrue();
        return app;
    }

    /** A fixture of {@code app} showing the Compare view grouped by {@code groupField} (the caller cleans it up: a GuiTestBase sets it as its window). */
    static org.assertj.swing.fixture.FrameFixture compareView(MainWindow app, String groupField) {
        org.assertj.swing.core.Robot robot = org.assertj.swing.core.BasicRobot.robotWithCurrentAwtHierarchy();
        org.assertj.swing.fixture.FrameFixture window = new org.assertj.swing.fixture.FrameFixture(robot, app);
        window.tabbedPane("views").selectTab("Compare");
        window.comboBox("groupBy").selectItem(groupField);
        robot.waitForIdle();
        return window;
    }

    /** Clicks the Compare view's Run and waits (two minutes at most) until the comparison is done and shown. */
    static void runCompare(MainWindow app, org.assertj.swing.fixture.FrameFixture window) throws InterruptedException {
        window.button("runCompare").click();
        org.assertj.core.api.Assertions.assertThat(app.tasks().awaitIdle(java.time.Duration.ofMinutes(2))).isTrue();
        window.robot().waitForIdle();
    }

    /** What a test does with an open mapping dialog, on the event thread. */
    interface DialogUse<T> {
        T apply(MappingDialog d) throws Exception;
    }

    /** What a test checks in an open mapping dialog, on the event thread. */
    interface DialogCheck {
        void accept(MappingDialog d) throws Exception;
    }

    /** Opens the mapping dialog of {@code in} on the event thread, hands it to {@code use}, disposes of it and returns what {@code use} returned. */
    static <T> T withMappingDialog(MappingDialog.Input in, DialogUse<T> use) {
        return org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            MappingDialog d = new MappingDialog(null, in);
            try {
                return use.apply(d);
            } finally {
                d.dispose();
            }
        });
    }

    /** {@link #withMappingDialog} for a check that returns nothing. */
    static void useMappingDialog(MappingDialog.Input in, DialogCheck check) {
        withMappingDialog(in, d -> {
            check.accept(d);
            return null;
        });
    }

    /** The first component named {@code name} inside {@code c} (depth first), or null. */
    static java.awt.Component find(java.awt.Container c, String name) {
        for (java.awt.Component k : c.getComponents()) {
            if (name.equals(k.getName())) return k;
            if (k instanceof java.awt.Container sub) {
                java.awt.Component f = find(sub, name);
                if (f != null) return f;
            }
        }
        return null;
    }
}
