package org.framelab.gui;

import org.assertj.swing.edt.GuiActionRunner;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.report.ReportData;
import org.framelab.study.Study;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComboBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Lena measures her two coded variables in the Agreement view, frame (nominal) and tone (ordinal): each keeps its
 * level when she switches between them, the export holds both (before, only the last one measured: the workbook and
 * the study file lost frame without a word), at the levels measured and with the command's numbers
 * ({@code agreement --level tone=ordinal}, {@code AgreementLevelsTest}), and tone is ordinal again after a restart.
 */
class AgreementLevelsGuiTest {
    static final Path LENA = Path.of("src/test/resources/stats/lena-coding.csv").toAbsolutePath();
    static final ReadOptions CODING = new ReadOptions(new FieldMapping(null, "text", null, List.of("frame", "tone"), null, null,
            "article_id", "coder", null), null, null, null, false, 0);

    @SuppressWarnings("unchecked")
    private static JComboBox<String> box(AgreementView v, String name) {
        return (JComboBox<String>) GuiTestSupport.find(v, name);
    }

    private static AgreementView open(MainWindow app) throws Exception {
        GuiActionRunner.execute(() -> {
            app.setInteractive(false);
            app.load(LENA, CODING);
        });
        assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
        AgreementView view = app.agreement();
        GuiActionRunner.execute(() -> app.showView(view));
        assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
        return view;
    }

    private static String levelOf(AgreementView v, String field) {
        return GuiActionRunner.execute(() -> {
            box(v, "agreementField").setSelectedItem(field);
            return (String) box(v, "agreementLevel").getSelectedItem();
        });
    }

    @Test
    void eachVariableKeepsItsLevelInTheExportAndAfterARestart(@TempDir Path dir) throws Exception {
        GuiTestSupport.requireDisplay();
        Path cfg = dir.resolve("cfg");
        MainWindow app = FrameLabApp.launch(Settings.load(cfg), null, null, true);
        try {
            AgreementView view = open(app);
            assertThat(view.result().field()).isEqualTo("frame"); // measured on opening, nominal
            GuiActionRunner.execute(() -> {
                box(view, "agreementField").setSelectedItem("tone");
                box(view, "agreementLevel").setSelectedItem("ordinal");
                view.run();
            });
            assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
            assertThat(levelOf(view, "frame")).isEqualTo("nominal");
            assertThat(levelOf(view, "tone")).isEqualTo("ordinal");

            GuiActionRunner.execute(() -> app.features().compute()); // an export computes the features first
            assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
            Analyses.Snapshot s = GuiActionRunner.execute(() -> Analyses.snapshot(app));
            assertThat(s.agreements()).extracting(a -> a.field() + "=" + a.level()).containsExactly("frame=nominal", "tone=ordinal");
            Study study = Reports.study(s, dir.resolve("reports"), null);
            assertThat(study.analysis().agreementFields()).containsExactly("frame", "tone");
            ReportData d = Reports.data(s, study, Progress.NONE);
            Map<String, Double> alpha = d.agreement().stream().filter(r -> r.measure().equals("Krippendorff's alpha"))
                    .collect(Collectors.toMap(r -> r.variable() + "/" + r.level(), ReportData.AgreementRow::value));
            assertThat(alpha).containsOnlyKeys("frame/nominal", "tone/ordinal");
            assertThat(alpha.get("frame/nominal")).isCloseTo(56.0 / 107.0, within(1e-12));
            assertThat(alpha.get("tone/ordinal")).isCloseTo(12205.0 / 13277.0, within(1e-12));
            String yaml = Files.readString(Reports.studyFile(s, dir.resolve("lena.yaml")));
            assertThat(yaml).contains("agreement_fields:").contains("tone: ordinal").contains("frame: nominal");
            GuiActionRunner.execute(app::saveState);
        } finally {
            GuiActionRunner.execute(app::dispose);
        }

        MainWindow again = FrameLabApp.launch(Settings.load(cfg), null, null, true);
        try {
            AgreementView view = open(again);
            assertThat(levelOf(view, "tone")).as("remembered across sessions").isEqualTo("ordinal");
            assertThat(levelOf(view, "frame")).isEqualTo("nominal");
        } finally {
            GuiActionRunner.execute(again::dispose);
        }
    }
}
