package org.framelab.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.framelab.app.CompareGroups;
import org.framelab.cli.Main;
import org.framelab.stats.TestResult;
import org.framelab.study.Study;
import org.framelab.study.StudyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Compare view's groups to compare: every outlet listed with its count and checked; one checked is a clear
 * message; two checked compare those two (Welch t and Mann-Whitney), with the numbers {@code compare --groups} gives and
 * a saved study file that lists the same groups; three checked show which groups differ. Writes the view with two
 * chosen outlets to target/gui-shots/compare-two-groups.png and the pairs to compare-pairs.png for a look.
 */
class CompareChosenGroupsTest extends GuiTestBase {
    static final List<String> TWO = List.of("Quayside Dispatch", "The Ardel Record");
    @Test
    void twoCheckedOutletsAreComparedAsTheCliAndAStudyCompareThem(@TempDir Path dir) throws Exception {
        MainWindow app = demoCompareView(dir, "outlet");
        Robot robot = window.robot();
        GroupChecklist list = app.compare().groupList();
        assertThat(GuiActionRunner.execute(list::listed)).isEqualTo(9);
        assertThat(GuiActionRunner.execute(list::chosen)).isEmpty(); // all checked: every group, as a study without analysis.groups
        assertThat(GuiActionRunner.execute(list::describe)).contains("Quayside Dispatch (25)", "The Ardel Record (28)");

        // uncheck every outlet but one by clicking its box: a clear message, no comparison
        List<String> names = GuiActionRunner.execute(() -> list.checked());
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(TWO.get(0))) window.table("compareGroups").cell(TableCell.row(i).column(0)).click();
        }
        assertThat(GuiActionRunner.execute(list::checked)).containsExactly(TWO.get(0));
        window.button("runCompare").click();
        assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
        assertThat(app.lastError()).isNotNull();
        assertThat(app.lastError().getMessage()).contains("check at least 2 groups");
        assertThat(app.compare().result()).isNull();

        window.table("compareGroups").cell(TableCell.row(names.indexOf(TWO.get(1))).column(0)).click();
        GuiTestSupport.runCompare(app, window);
        Analyses.Comparison c = app.compare().result();
        assertThat(c).isNotNull();
        assertThat(c.result().choice().chosen()).containsExactlyElementsOf(TWO);
        assertThat(c.result().choice().articlesLeftOut()).isEqualTo(233 - 25 - 28);
        assertThat(c.result().report().groups()).containsExactlyElementsOf(TWO);
        assertThat(c.result().report().tests()).extracting(TestResult::test).contains("Welch t-test", "Mann-Whitney U").doesNotContain("Welch ANOVA");
        assertThat(c.result().pairwise()).isEmpty();
        assertThat(window.textBox("compareChoice").text()).contains("Groups of 'outlet' compared (chosen): Quayside Dispatch, The Ardel Record")
                .contains("180 articles of the other groups left out");
        // the counts come after the rates, under their heading
        List<Object> firstCol = GuiActionRunner.execute(() -> c.tests().rows().stream().map(r -> r.get(0)).toList());
        int heading = firstCol.indexOf("— " + CompareGroups.Result.COUNTS_HEADING + " —");
        assertThat(heading).isPositive();
        assertThat(firstCol.subList(0, heading)).noneMatch(f -> c.result().counts().contains(f));
        assertThat(firstCol.subList(heading + 1, firstCol.size())).allMatch(f -> c.result().counts().contains(f)).contains("text.tokens");
        shoot(app, "compare-two-groups.png");

        // the CLI with --groups gives the same numbers
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "compare", "datasets/demo/articles.jsonl",
                "--group-by", "outlet", "--groups", String.join(",", TWO), "--json");
        assertThat(code).isZero();
        JsonNode cli = new ObjectMapper().readTree(out.toString());
        assertThat(cli.get("articlesNotChosen").asInt()).isEqualTo(180);
        for (JsonNode t : cli.get("tests")) {
            TestResult g = c.result().report().tests().stream().filter(x -> x.feature().equals(t.get("feature").asText())
                    && x.test().equals(t.get("test").asText())).findFirst().orElseThrow();
            if (t.get("p").isNull()) assertThat(g.p()).isNaN();
            else assertThat(g.p()).as(g.feature() + " " + g.test()).isCloseTo(t.get("p").asDouble(), within(1e-12));
        }

        // the saved study lists the two outlets and reads back to the same request
        Path file = Reports.studyFile(Analyses.snapshot(app), dir.resolve("study.yaml"));
        assertThat(Files.readString(file)).contains("groups:");
        Study study = StudyFile.read(file);
        assertThat(study.analysis().groupsOf("outlet")).containsExactlyElementsOf(TWO);

        // three checked: which groups differ, for the feature of the chart
        window.table("compareGroups").cell(TableCell.row(names.indexOf("Lenn Wire Service")).column(0)).click();
        GuiTestSupport.runCompare(app, window);
        Analyses.Comparison three = app.compare().result();
        assertThat(three.result().report().groups()).hasSize(3);
        window.tabbedPane("testTabs").selectTab("Which groups differ");
        String feature = GuiActionRunner.execute(() -> (String) window.comboBox("chartFeature").target().getSelectedItem());
        window.table("pairwiseTable").requireRowCount(3);
        long expected = three.result().pairwise().stream().filter(p -> p.feature().equals(feature)).count();
        assertThat(expected).isEqualTo(6); // Games-Howell and Dunn for each of the 3 pairs, shown side by side
        // the tab names the feature, and follows the chart's feature picker
        assertThat(GuiActionRunner.execute(() -> app.compare().pairsFeatureText()))
                .startsWith("Pairs for: " + org.framelab.features.ColumnLabels.label(feature) + " (the chart's feature");
        String next = GuiActionRunner.execute(() -> (String) window.comboBox("chartFeature").target().getItemAt(1));
        window.comboBox("chartFeature").selectItem(1);
        assertThat(GuiActionRunner.execute(() -> app.compare().pairsFeatureText())).contains(org.framelab.features.ColumnLabels.label(next));
        window.comboBox("chartFeature").selectItem(0);
        assertThat(app.tasks().awaitIdle(Duration.ofMinutes(1))).isTrue();
        robot.waitForIdle();
        shoot(app, "compare-pairs.png");
    }

    private static void shoot(MainWindow app, String name) throws Exception {
        Path shots = Path.of(System.getProperty("framelab.buildDir", "target"), "gui-shots");
        Files.createDirectories(shots);
        ImageIO.write(GuiActionRunner.execute(() -> Screenshots.paint(app.getRootPane())), "png", shots.resolve(name).toFile());
    }
}
