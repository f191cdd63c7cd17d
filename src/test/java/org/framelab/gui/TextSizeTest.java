package org.framelab.gui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.UIManager;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View > Larger Text for a projector: the text grows a step at a time, the size is remembered for the next start, and
 * Normal Text Size goes back. Writes target/gui-shots/articles-text-150.png for a look.
 */
class TextSizeTest {
    private FrameFixture window;

    @AfterEach
    void stop() {
        if (window != null) window.cleanUp();
        GuiActionRunner.execute(() -> Theme.stepText(0));
    }

    @Test
    void largerTextIsRememberedAndNormalGoesBack(@TempDir Path dir) throws Exception {
        MainWindow app = GuiTestSupport.demoWindow(dir.resolve("cfg"), 1366, 768);
        Settings settings = app.settings();
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        window = new FrameFixture(robot, app);
        float normal = GuiActionRunner.execute(() -> UIManager.getFont("defaultFont").getSize2D());
        for (int i = 0; i < 3; i++) GuiActionRunner.execute(() -> app.textSize(1)); // 115, 130, 150
        float larger = GuiActionRunner.execute(() -> UIManager.getFont("defaultFont").getSize2D());
        assertThat(larger).isCloseTo(normal * 1.5f, org.assertj.core.data.Offset.offset(0.01f));
        float tabs = GuiActionRunner.execute(() -> window.tabbedPane("views").target().getFont().getSize2D());
        assertThat(tabs).isCloseTo(larger, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(settings.getInt("text.percent", 0)).isEqualTo(150);
        window.tabbedPane("views").selectTab("Articles");
        robot.waitForIdle();
        Path shots = Path.of(System.getProperty("framelab.buildDir", "target"), "gui-shots");
        Files.createDirectories(shots);
        ImageIO.write(GuiActionRunner.execute(() -> Screenshots.paint(app.getRootPane())), "png", shots.resolve("articles-text-150.png").toFile());
        GuiActionRunner.execute(() -> app.textSize(0));
        assertThat(GuiActionRunner.execute(() -> UIManager.getFont("defaultFont").getSize2D())).isEqualTo(normal);
        assertThat(settings.getInt("text.percent", 0)).isEqualTo(100);
        assertThat(app.lastError()).isNull();
    }
}
