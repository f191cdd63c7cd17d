package org.framelab.gui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.framelab.corpus.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Compare view remembers the groups the user unchecked, per corpus file and grouping field: after another grouping
 * field and back, and after a restart with the same settings, the same outlets are unchecked; groups no longer in the
 * data are ignored and new ones come checked.
 */
class CompareGroupMemoryTest extends GuiTestBase {
    @Test
    void uncheckedOutletsSurviveAnotherFieldAndARestart(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("cfg");
        MainWindow app = GuiTestSupport.demoWindow(cfg, 1366, 768);
        window = GuiTestSupport.compareView(app, "outlet");
        Robot robot = window.robot();
        GroupChecklist list = app.compare().groupList();
        List<String> all = GuiActionRunner.execute(list::checked);
        assertThat(all).hasSize(9);
        window.table("compareGroups").cell(TableCell.row(0).column(0)).click();
        window.table("compareGroups").cell(TableCell.row(3).column(0)).click();
        List<String> kept = new ArrayList<>(all);
        kept.remove(all.get(3));
        kept.remove(all.get(0));
        assertThat(GuiActionRunner.execute(list::checked)).containsExactlyElementsOf(kept);

        // another grouping field lists its own groups, all checked; back to outlet: the same two unchecked
        String other = GuiActionRunner.execute(() -> {
            var box = app.compare().groupBox();
            for (int i = 0; i < box.getItemCount(); i++) if (!box.getItemAt(i).equals("outlet")) return box.getItemAt(i);
            return null;
        });
        assertThat(other).isNotNull();
        window.comboBox("groupBy").selectItem(other);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(list::chosen)).isEmpty();
        window.comboBox("groupBy").selectItem("outlet");
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(list::checked)).containsExactlyElementsOf(kept);

        // a restart with the same settings and corpus: outlet chosen again, the same two unchecked
        GuiActionRunner.execute(app::saveState);
        window.cleanUp();
        window = null;
        MainWindow again = GuiTestSupport.demoWindow(cfg, 1366, 768);
        window = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), again);
        assertThat(GuiActionRunner.execute(() -> (String) again.compare().groupBox().getSelectedItem())).isEqualTo("outlet");
        assertThat(GuiActionRunner.execute(() -> again.compare().groupList().checked())).containsExactlyElementsOf(kept);
        // all checked again: nothing left to remember
        window.table("compareGroups").cell(TableCell.row(0).column(0)).click();
        window.table("compareGroups").cell(TableCell.row(3).column(0)).click();
        assertThat(GuiActionRunner.execute(() -> again.compare().groupList().chosen())).isEmpty();
        Path corpus = Path.of("datasets/demo/articles.jsonl");
        assertThat(again.settings().get(GroupChecklist.memoryKey(corpus, "outlet"), null)).isNull();
    }

    @Test
    void groupsNoLongerPresentAreIgnoredAndNewOnesChecked(@TempDir Path dir) throws Exception {
        Settings settings = Settings.load(dir);
        Path corpus = dir.resolve("corpus.jsonl");
        GroupChecklist list = GuiActionRunner.execute(GroupChecklist::new);
        GuiActionRunner.execute(() -> {
            list.fill("outlet", articles("A", "B", "C"), settings, corpus);
            list.table().setValueAt(false, 1, 0); // B unchecked, as a click does
        });
        assertThat(settings.get(GroupChecklist.memoryKey(corpus, "outlet"), null)).isEqualTo("B");
        // the same file read again with other outlets: B still unchecked, D new and checked, C gone
        List<String> checked = GuiActionRunner.execute(() -> {
            list.fill("outlet", articles("A", "B", "D"), settings, corpus);
            return list.checked();
        });
        assertThat(checked).containsExactly("A", "D");
        // another file, or the same file grouped by another field, starts all checked
        assertThat(GuiActionRunner.execute(() -> {
            list.fill("outlet", articles("A", "B", "D"), settings, dir.resolve("other.jsonl"));
            return list.chosen();
        })).isEmpty();
        assertThat(GroupChecklist.memoryKey(corpus, "outlet")).isNotEqualTo(GroupChecklist.memoryKey(corpus, "bias"));
        // remembered across a restart of the settings
        settings.save();
        assertThat(Settings.load(dir).get(GroupChecklist.memoryKey(corpus, "outlet"), null)).isEqualTo("B");
    }

    private static List<Article> articles(String... outlets) {
        List<Article> out = new ArrayList<>();
        int i = 0;
        for (String o : outlets) {
            for (int k = 0; k < 2; k++) {
                out.add(new Article("a" + i++, "", "some text", o, null, "", List.of(), Map.of(), Map.of(), List.of()));
            }
        }
        return out;
    }
}
