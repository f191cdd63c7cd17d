package org.framelab.gui;

import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.framelab.report.ReportData.PairRow;
import org.framelab.report.ReportData.TestRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Compare view's "Which groups differ" tab on the demo by leaning (nested in the 9 outlets): the outlet-level pairs
 * (Games-Howell on the outlet means) first, then the article-level ones; the same rows as the CLI's. Writes
 * target/gui-shots/compare-pairs-nested.png for a look.
 */
class CompareNestedPairsGuiTest extends GuiTestBase {
    @Test
    void outletLevelPairsComeFirstInThePairsTab(@TempDir Path dir) throws Exception {
        MainWindow app = demoCompared(dir, "leaning");
        Robot robot = window.robot();
        Analyses.Comparison c = app.compare().result();
        window.tabbedPane("testTabs").selectTab("Which groups differ");
        robot.waitForIdle();
        String feature = GuiActionRunner.execute(() -> (String) window.comboBox("chartFeature").target().getSelectedItem());
        List<PairRow> ofFeature = c.result().pairwise().stream().filter(p -> p.feature().equals(feature)).toList();
        assertThat(ofFeature).hasSize(9); // 3 outlet-level (Games-Howell), 3 article-level Games-Howell + 3 Dunn
        window.table("pairwiseTable").requireRowCount(6);
        String[][] cells = window.table("pairwiseTable").contents();
        int level = List.of(GuiActionRunner.execute(() -> {
            javax.swing.JTable t = window.table("pairwiseTable").target();
            String[] names = new String[t.getColumnCount()];
            for (int i = 0; i < names.length; i++) names[i] = t.getColumnName(i);
            return names;
        })).indexOf("Level");
        assertThat(level).isZero(); // first, so the two kinds of rows are told apart without scrolling
        for (int r = 0; r < 3; r++) assertThat(cells[r][level]).isEqualTo(TestRow.CLUSTER);
        for (int r = 3; r < 6; r++) assertThat(cells[r][level]).isEqualTo(TestRow.ARTICLE);
        assertThat(cells[0][1]).isEqualTo("center");
        assertThat(cells[0][2]).isEqualTo("left");
        Path shots = Path.of(System.getProperty("framelab.buildDir", "target"), "gui-shots");
        Files.createDirectories(shots);
        ImageIO.write(GuiActionRunner.execute(() -> Screenshots.paint(app.getRootPane())), "png", shots.resolve("compare-pairs-nested.png").toFile());
    }
}
