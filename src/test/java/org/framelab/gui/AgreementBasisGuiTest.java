package org.framelab.gui;

import org.assertj.swing.edt.GuiActionRunner;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.JTable;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Agreement view on a 1366x768 window: the statement of what the mean Cohen's kappa is based on (long when pairs
 * are left out) is shown in full under the summary table, and its cell, too narrow for it, has it as its tooltip.
 * Writes target/gui-shots/agreement-basis.png for a look.
 */
class AgreementBasisGuiTest {
    @Test
    void theMeanKappaBasisIsReadableInFull(@TempDir Path dir) throws Exception {
        GuiTestSupport.requireDisplay();
        Path csv = AgreementFewPairsEverywhereTest.coding(dir);
        MainWindow app = FrameLabApp.launch(Settings.load(dir.resolve("cfg")), null, null, true);
        try {
            GuiActionRunner.execute(() -> {
                app.setInteractive(false);
                app.setExtendedState(java.awt.Frame.NORMAL);
                app.setSize(1366, 768);
                app.setLocation(0, 0);
                app.load(csv, new ReadOptions(new FieldMapping(null, "text", null, List.of("frame"), null, null, "item", "coder", null),
                        null, null, null, false, 0));
            });
            assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
            AgreementView view = app.agreement();
            GuiActionRunner.execute(() -> app.showView(view));
            assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
            assertThat(view.result()).isNotNull();
            String statement = AgreementView.meanBasis(view.result().summary());
            assertThat(statement).startsWith("mean over 3 annotator pairs; 2 sharing fewer than 10 items left out, all pairs: ");
            assertThat(GuiActionRunner.execute(view::basisText)).isEqualTo("Mean Cohen's kappa: " + statement + ".");

            JTable summary = GuiActionRunner.execute(() -> (JTable) GuiTestSupport.find(view, "agreementTable"));
            String tip = GuiActionRunner.execute(() -> {
                view.validate();
                int row = -1;
                for (int r = 0; r < summary.getRowCount(); r++) if ("mean Cohen's kappa (pairs)".equals(summary.getValueAt(r, 0))) row = r;
                int col = summary.getColumnModel().getColumnIndex("Based on");
                Rectangle cell = summary.getCellRect(row, col, false);
                boolean cut = summary.prepareRenderer(summary.getCellRenderer(row, col), row, col).getPreferredSize().width > cell.width;
                assertThat(cut).as("the cell is narrower than the statement at 1366x768").isTrue();
                return summary.getToolTipText(new MouseEvent(summary, MouseEvent.MOUSE_MOVED, 0, 0, cell.x + 5, cell.y + 2, 0, false));
            });
            assertThat(tip).isEqualTo(statement);

            Path shots = Path.of(System.getProperty("framelab.buildDir", "target"), "gui-shots");
            Files.createDirectories(shots);
            ImageIO.write(GuiActionRunner.execute(() -> Screenshots.paint(app.getRootPane())), "png", shots.resolve("agreement-basis.png").toFile());
        } finally {
            GuiActionRunner.execute(app::dispose);
        }
    }
}
