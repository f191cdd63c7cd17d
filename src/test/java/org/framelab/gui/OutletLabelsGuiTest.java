package org.framelab.gui;

import org.assertj.swing.edt.GuiActionRunner;
import org.framelab.cli.CorpusOptions;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureSets;
import org.framelab.study.Study;
import org.framelab.study.StudyFile;
import org.framelab.study.StudyRunner;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels per outlet chosen in the mapping dialog (the CLI's --outlet-labels): the corpus the GUI loads has the same
 * labels and the same load note as the CLI's, the choice is remembered for the file, and the exported study file
 * reads the corpus with the same table.
 */
class OutletLabelsGuiTest {
    static final Path DEMO = Path.of("datasets/demo/articles.jsonl");

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
    }

    /** Three of the nine demo outlets: one as written, one in other letter case, one as a name variant. */
    static Path table(Path dir) throws Exception {
        return Files.writeString(dir.resolve("ratings.csv"), "outlet,rating\nThe Tessaro Clarion,A\nthe ardel record,B\n"
                + "Quayside Dispatch (Online),C\n");
    }

    @Test
    void theGuiReadsTheSameLabelsAsTheCliAndKeepsTheTable(@TempDir Path dir) throws Exception {
        Path table = table(dir);
        MappingDialog.Input in = MainWindow.inspect(DEMO, null);
        String[] summary = new String[2];
        ReadOptions chosen = GuiTestSupport.withMappingDialog(in, d -> {
            summary[0] = d.outletLabels().summaryText();
            assertThat(d.options().outletLabels()).isNull();
            assertThat(d.outletLabels().take(table)).isNull();
            summary[1] = d.outletLabels().summaryText();
            d.setSize(Math.max(d.getWidth(), 980), Math.max(d.getHeight(), 640));
            d.validate();
            Path png = Path.of("target", "screenshots", "mapping-outlet-labels.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(Screenshots.paint(d.getRootPane()), "png", png.toFile());
            return d.options();
        });
        assertThat(summary[0]).startsWith("None");
        assertThat(summary[1]).isEqualTo("ratings.csv: adds rating (3 outlets)");
        assertThat(chosen.outletLabels()).isEqualTo(table.toAbsolutePath().normalize());

        // loaded by the main window as File > Open loads it
        MainWindow app = FrameLabApp.launch(Settings.load(dir.resolve("cfg")), null, null, false);
        try {
            GuiActionRunner.execute(() -> {
                app.setInteractive(false);
                app.load(DEMO, chosen);
            });
            assertThat(app.tasks().awaitIdle(Duration.ofMinutes(2))).isTrue();
            assertThat(app.lastError()).isNull();
            Corpus gui = GuiActionRunner.execute(() -> app.session().corpus());

            CorpusOptions cli = new CorpusOptions();
            new CommandLine(cli).parseArgs("--outlet-labels", table.toString());
            Corpus viaCli = Corpora.read(DEMO, cli.toReadOptions(), Progress.NONE);
            assertThat(ratings(gui)).isEqualTo(ratings(viaCli));
            assertThat(ratings(gui).values()).containsOnly("A", "B", "C", "-");
            assertThat(ratings(gui).values().stream().filter(v -> !v.equals("-"))).hasSize(25 + 28 + 27);
            assertThat(gui.provenance().notes()).isEqualTo(viaCli.provenance().notes());
            assertThat(String.join("\n", gui.provenance().notes()))
                    .contains("80 of 233 articles matched", "'Lenn Wire Service' (24)", "'Quayside Dispatch' as 'Quayside Dispatch (Online)'");
            // the note is among the Overview's warnings, and rating is a label field of the session
            List<String> warnings = OverviewData.of(gui, null).warnings();
            assertThat(warnings).anyMatch(w -> w.startsWith("Labels per outlet from ratings.csv (rating): 80 of 233"));
            assertThat(GuiActionRunner.execute(() -> app.session().labelFields())).contains("rating");
            // 80 of 233 is under half: the status bar says so, and the warning stays while later tasks report
            assertThat(GuiActionRunner.execute(() -> app.status().warning())).isEqualTo("⚠ outlet labels: 80 of 233 articles matched; see Overview");
            GuiActionRunner.execute(() -> {
                app.setStatus("a later task's message");
                app.getRootPane().setSize(1366, 768); // the window is not shown: lay out its content at 1366x768
            });
            assertThat(GuiActionRunner.execute(() -> app.status().warning())).startsWith("⚠ outlet labels: 80 of 233");
            Path shots = Path.of(System.getProperty("framelab.buildDir", "target"), "gui-shots");
            Files.createDirectories(shots);
            ImageIO.write(GuiActionRunner.execute(() -> Screenshots.paint(app.getRootPane())), "png", shots.resolve("outlet-labels-poor-match.png").toFile());

            // remembered for the file: reopening offers the same table
            ReadOptions remembered = GuiActionRunner.execute(() -> app.rememberedOptions(DEMO));
            assertThat(remembered.outletLabels()).isEqualTo(chosen.outletLabels());
            String again = GuiTestSupport.withMappingDialog(MainWindow.inspect(DEMO, remembered), d -> d.options().outletLabels() + " | " + d.outletLabels().summaryText());
            assertThat(again).isEqualTo(chosen.outletLabels() + " | ratings.csv: adds rating (3 outlets)");

            // the exported study file names the table and reads the corpus with the same labels
            Pipelines.Spec spec = new Pipelines.Spec(FeatureSets.FRAMING, Map.of(), List.of());
            Analyses.Snapshot s = new Analyses.Snapshot(DEMO, chosen, gui, spec, null, null, null, null, null);
            Path file = Reports.studyFile(s, dir.resolve("session.yaml"));
            assertThat(Files.readString(file)).contains("\n  outlet_labels: ratings.csv\n");
            Study study = StudyFile.read(file);
            Corpus viaStudy = Corpora.read(study.corpus().path(), StudyRunner.readOptions(study), Progress.NONE);
            assertThat(ratings(viaStudy)).isEqualTo(ratings(gui));
        } finally {
            GuiActionRunner.execute(app::dispose);
        }
    }

    @Test
    void aTableThatCannotBeUsedIsReportedAndTheChoiceStays(@TempDir Path dir) throws Exception {
        Path twice = Files.writeString(dir.resolve("twice.csv"), "outlet,rating\nThe Ardel Record,A\nthe ardel record,B\n");
        Path good = table(dir);
        MappingDialog.Input in = MainWindow.inspect(DEMO, null);
        String[] problem = new String[1];
        Path kept = GuiTestSupport.withMappingDialog(in, d -> {
            assertThat(d.outletLabels().take(good)).isNull();
            Throwable e = d.outletLabels().take(twice);
            problem[0] = ErrorDialogs.describe(e)[0] + ": " + ErrorDialogs.describe(e)[1];
            assertThat(d.outletLabels().summaryText()).startsWith("ratings.csv: adds rating");
            return d.options().outletLabels();
        });
        assertThat(kept).isEqualTo(good.toAbsolutePath().normalize());
        assertThat(problem[0]).startsWith("Problem with the input: ").contains("twice.csv", "listed twice");
        // a remembered table that is gone: the dialog says so, and loading reports it as a reading error
        ReadOptions gone = ReadOptions.defaults().withOutletLabels(dir.resolve("moved.csv"));
        String said = GuiTestSupport.withMappingDialog(MainWindow.inspect(DEMO, gone), d -> d.outletLabels().summaryText());
        assertThat(said).startsWith("moved.csv cannot be used: ");
    }

    @Test
    void onlyAPoorMatchIsWarnedOf(@TempDir Path dir) throws Exception {
        Corpus demo = Corpora.read(DEMO, ReadOptions.defaults(), Progress.NONE);
        // half of the articles or more matched: no warning; fewer: the counts
        List<String> outlets = demo.articles().stream().map(Article::outlet).distinct().sorted().toList();
        StringBuilder all = new StringBuilder("outlet,rating\n");
        for (String o : outlets) all.append('"').append(o).append("\",A\n");
        ReadOptions full = ReadOptions.defaults().withOutletLabels(Files.writeString(dir.resolve("all.csv"), all.toString()));
        assertThat(OutletLabelsField.poorMatch(Corpora.read(DEMO, full, Progress.NONE), full)).isNull();
        ReadOptions three = ReadOptions.defaults().withOutletLabels(table(dir));
        assertThat(OutletLabelsField.poorMatch(Corpora.read(DEMO, three, Progress.NONE), three))
                .isEqualTo("outlet labels: 80 of 233 articles matched; see Overview");
        assertThat(OutletLabelsField.poorMatch(demo, ReadOptions.defaults())).isNull(); // no table: nothing to say
    }

    /** Each article's rating, "-" for none, by id in reading order. */
    private static Map<String, String> ratings(Corpus c) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Article a : c.articles()) m.put(a.id(), a.labels().getOrDefault("rating", "-"));
        return m;
    }
}
