package org.framelab.gui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Classify view on a corpus with copies of five articles under new ids: the result shows a line
 * with the overlap and its pairs in the Overlap tab; "Drop test texts that duplicate training texts"
 * drops them from the test side, and the session's study file keeps the choice.
 */
class ClassifyOverlapTest extends GuiTestBase {
    @Test
    void theResultShowsTheOverlapAndTheCheckboxDropsIt(@TempDir Path dir) throws Exception {
        GuiTestSupport.requireDisplay();
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("datasets/demo/articles.jsonl")));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < 5; i++) {
            var a = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(lines.get(i));
            a.put("id", "copy-" + i).put("text", a.get("text").asText().toUpperCase(Locale.ROOT));
            lines.add(json.writeValueAsString(a));
        }
        Path corpus = Files.write(dir.resolve("copies.jsonl"), lines);
        MainWindow app = FrameLabApp.launch(Settings.load(dir.resolve("cfg")), null, null, true);
        GuiActionRunner.execute(() -> app.setInteractive(false));
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        window = new FrameFixture(robot, app);
        GuiActionRunner.execute(() -> app.open(corpus));
        assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
        window.tabbedPane("views").selectTab("Classify");
        window.comboBox("protocol").selectItem(ClassifyView.STRATIFIED);
        window.checkBox("dedupe").requireNotSelected();
        window.button("runClassify").click();
        assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
        robot.waitForIdle();
        assertThat(app.lastError()).isNull();
        Analyses.Classification r = GuiActionRunner.execute(() -> app.classify().result());
        int pairs = r.result().evaluation().overlap().total();
        assertThat(pairs).as("copies tested in another fold than their original").isPositive();
        window.label("classifyOverlap").requireText(r.result().evaluation().overlap().headline() + " - pairs in the Overlap tab");
        window.tabbedPane("classifyDetail").selectTab(5);
        window.table("overlapTable").requireRowCount(pairs);
        assertThat(GuiActionRunner.execute(() -> app.classify().detailTabs().getTitleAt(5))).isEqualTo("Overlap (" + pairs + ")");

        window.checkBox("dedupe").check();
        window.button("runClassify").click();
        assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
        robot.waitForIdle();
        Analyses.Classification d = GuiActionRunner.execute(() -> app.classify().result());
        assertThat(d.request().dedupe()).isTrue();
        assertThat(d.result().evaluation().overlap().dropped()).isEqualTo(pairs);
        assertThat(d.result().evaluation().n()).isEqualTo(r.result().evaluation().n() - pairs);
        window.label("classifyOverlap").requireText(java.util.regex.Pattern.compile(".*" + pairs + " dropped from the test side.*"));
        Path study = dir.resolve("study.yaml");
        GuiActionRunner.execute(() -> app.export().exportStudyTo(study));
        assertThat(app.tasks().awaitIdle(Duration.ofMinutes(1))).isTrue();
        assertThat(org.framelab.study.StudyFile.read(study).classifier().dedupe()).isTrue();
    }
}
