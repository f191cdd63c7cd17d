package org.framelab.gui;

import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import java.awt.Container;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Compare view on a 1366×768 screen (a projector laptop): the chart bar's feature picker and Export button are
 * inside the chart pane, whole; the chart's right-click menu offers Export too. Writes the view to
 * target/gui-shots/compare-1366x768.png for a look.
 */
class CompareChartBarTest extends GuiTestBase {
    @Test
    void theChartBarFitsA1366PixelWindow(@TempDir Path dir) throws Exception {
        MainWindow app = demoCompared(dir, "outlet");
        Robot robot = window.robot();
        assertThat(app.lastError()).isNull();

        for (String name : new String[]{"chartKind", "chartFeature", "exportChart"}) {
            Rectangle[] r = GuiActionRunner.execute(() -> {
                JComponent c = (JComponent) robot.finder().findByName(app, name);
                Container pane = c.getParent().getParent(); // the bar, then the chart pane beside the descriptives
                return new Rectangle[]{SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), pane),
                        new Rectangle(0, 0, pane.getWidth(), pane.getHeight())};
            });
            assertThat(r[0].width).as(name + " width").isGreaterThan(40);
            assertThat(r[1].contains(r[0])).as(name + " " + r[0] + " inside the chart pane " + r[1]).isTrue();
        }
        window.button("exportChart").requireVisible().requireEnabled();

        // the chart's right-click menu: Export chart…
        String[] items = GuiActionRunner.execute(() -> {
            ChartPanel cp = (ChartPanel) robot.finder().find(app, c -> c instanceof ChartPanel && c.isShowing()
                    && SwingUtilities.isDescendingFrom(c, app.compare()));
            return Arrays.stream(cp.getPopupMenu().getComponents()).filter(c -> c instanceof JMenuItem)
                    .map(c -> ((JMenuItem) c).getText()).toArray(String[]::new);
        });
        assertThat(items).containsExactly("Export chart…");

        Path shots = Path.of(System.getProperty("framelab.buildDir", "target"), "gui-shots");
        Files.createDirectories(shots);
        ImageIO.write(GuiActionRunner.execute(() -> Screenshots.paint(app.getRootPane())), "png",
                shots.resolve("compare-1366x768.png").toFile());
    }
}
