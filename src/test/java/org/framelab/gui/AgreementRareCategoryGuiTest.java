package org.framelab.gui;

import org.assertj.swing.edt.GuiActionRunner;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.JTextArea;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Agreement view's hint for a rare category (a coder's typo, "econmic" once in 1,200 judgements): the GUI has no
 * --recode, so the hint says what to do here (correct the data and read it again) and gives the agreement command
 * whole, to type in a terminal; no option stands alone as if the view had it. Saves a screenshot of the view
 * ({@code target/screenshots/agreement-rare-category.png}) to look at.
 */
class AgreementRareCategoryGuiTest {
    @Test
    void theHintSaysWhatToDoInTheGuiAndGivesTheCommandWhole(@TempDir Path dir) throws Exception {
        GuiTestSupport.requireDisplay();
        List<String> rows = new ArrayList<>(List.of("article_id,coder,frame,text"));
        String[] frames = {"economic", "conflict", "human interest"};
        for (int i = 0; i < 400; i++) {
            for (String coder : new String[]{"A", "B", "C"}) {
                String f = i == 17 && coder.equals("B") ? "econmic" : frames[(i + (coder.equals("C") && i % 5 == 0 ? 1 : 0)) % 3];
                rows.add("a" + i + "," + coder + "," + f + ",Article " + i + " text.");
            }
        }
        Path csv = Files.write(dir.resolve("coding.csv"), rows);
        ReadOptions coding = new ReadOptions(new FieldMapping(null, "text", null, List.of("frame"), null, null,
                "article_id", "coder", null), null, null, null, false, 0);
        MainWindow app = FrameLabApp.launch(Settings.load(dir.resolve("cfg")), null, null, true);
        try {
            GuiActionRunner.execute(() -> {
                app.setInteractive(false);
                app.setSize(1100, 760);
                app.load(csv, coding);
            });
            assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
            AgreementView view = app.agreement();
            GuiActionRunner.execute(() -> app.showView(view));
            assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
            String shown = GuiActionRunner.execute(() -> ((JTextArea) GuiTestSupport.find(view, "agreementWarnings")).getText());
            assertThat(shown).contains("category 'econmic' has only 1 judgement(s): if it is a typo or variant, correct it in the data and"
                    + " read the corpus again, or run the agreement command in a terminal: framelab agreement PATH --item-field ITEM"
                    + " --annotator-field CODER --label-field FIELD --recode 'econmic=OTHER' (with your file and its item, coder and variable columns)")
                    .doesNotContain("use --recode").doesNotContain("corpus mapping dialog");
            String outside = shown.replaceAll("framelab agreement [^()]*", "").replaceAll("\\(or --missing [^)]*\\)", "");
            assertThat(outside).doesNotContain("--");
            Path png = Path.of("target", "screenshots", "agreement-rare-category.png");
            Files.createDirectories(png.getParent());
            java.awt.image.BufferedImage img = Screenshots.onEdt(() -> Screenshots.paint(app.getRootPane()));
            ImageIO.write(img, "png", png.toFile());
        } finally {
            GuiActionRunner.execute(app::dispose);
        }
    }
}
