package org.framelab.gui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV saved by Excel on a German Windows (Windows-1252, semicolons, German headers) opens in the GUI: its bytes
 * are not UTF-8, so the fields are read as Windows-1252, the mapping dialog opens with that encoding chosen and a
 * line saying so, and the corpus is read with the encoding chosen in the dialog.
 */
class EncodingFallbackTest extends GuiTestBase {
    static final Charset CP1252 = Charset.forName("windows-1252");

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
    }

    private DialogFixture dialog;

    @AfterEach
    void stop() {
        if (dialog != null) dialog.cleanUp(); // the window after it, in GuiTestBase
    }

    /** {@code rows} rows; the umlauts in the header and in every text, or (umlautRow > 0) only in that row. */
    static Path germanCsv(Path dir, int rows, int umlautRow) throws Exception {
        StringBuilder sb = new StringBuilder("Nr;Zeitung;\u00dcberschrift;Datum;Artikeltext;Ausrichtung\r\n");
        if (umlautRow > 0) sb = new StringBuilder("Nr;Zeitung;Titel;Datum;Artikeltext;Ausrichtung\r\n");
        for (int i = 1; i <= rows; i++) {
            boolean umlaut = umlautRow <= 0 || i == umlautRow;
            String text = umlaut ? "Die Regierung pr\u00fcft die Vorschl\u00e4ge f\u00fcr Stra\u00dfen, sagte der Minister." : "Die Regierung sagte etwas.";
            sb.append(i).append(";Zeitung ").append(i % 3).append(";Titel ").append(i).append(";10.02.2018;\"")
                    .append(text).append("\";").append(i % 2 == 0 ? "links" : "rechts").append("\r\n");
        }
        return Files.write(dir.resolve("de-cp1252.csv"), sb.toString().getBytes(CP1252));
    }

    @Test
    void aFileThatIsNotUtf8IsInspectedAsWindows1252() throws Exception {
        Path csv = germanCsv(Files.createTempDirectory("framelab-enc"), 30, 0);
        MappingDialog.Input in = MainWindow.inspect(csv, null);
        assertThat(in.fields()).contains("\u00dcberschrift", "Artikeltext", "Zeitung");
        assertThat(in.current().encoding()).isEqualTo(CP1252);
        assertThat(in.encodingNote()).isEqualTo(CorpusInspection.FALLBACK_NOTE);
        assertThat(in.preview().get(0).get("Artikeltext")).contains("Vorschl\u00e4ge f\u00fcr Stra\u00dfen");
        // valid UTF-8 is read as before, without a note
        Path utf8 = Files.writeString(csv.resolveSibling("utf8.csv"), new String(Files.readAllBytes(csv), CP1252), StandardCharsets.UTF_8);
        MappingDialog.Input u = MainWindow.inspect(utf8, null);
        assertThat(u.current().encoding()).isNull();
        assertThat(u.encodingNote()).isNull();
    }

    @Test
    void bytesAfterThePreviewRowsCountToo() throws Exception {
        Path csv = germanCsv(Files.createTempDirectory("framelab-enc"), 40, 35);
        MappingDialog.Input in = MainWindow.inspect(csv, null);
        assertThat(in.current().encoding()).isEqualTo(CP1252);
        assertThat(in.encodingNote()).isNotNull();
    }

    @Test
    void aSequenceCutAtTheEndOfTheCheckedBytesIsNotAnError() {
        byte[] b = "gr\u00fc".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(b, b.length - 1);
        assertThat(CorpusInspection.isUtf8(cut, false)).isTrue();
        assertThat(CorpusInspection.isUtf8(cut, true)).isFalse();
        assertThat(CorpusInspection.isUtf8("gr\u00fc".getBytes(CP1252), false)).isFalse();
    }

    @Test
    void theDialogShowsTheEncodingAndTheCorpusIsReadWithTheChosenOne() throws Exception {
        Path csv = germanCsv(Files.createTempDirectory("framelab-enc"), 30, 0);
        MappingDialog.Input in = MainWindow.inspect(csv, null);
        ReadOptions[] chosen = new ReadOptions[2];
        GuiTestSupport.useMappingDialog(in, d -> {
            assertThat(d.encodingBox().getSelectedItem()).isEqualTo("windows-1252");
            assertThat(d.encodingNoteText()).isEqualTo(CorpusInspection.FALLBACK_NOTE);
            chosen[0] = d.options();
            d.encodingBox().setSelectedItem("UTF-8"); // the preview cannot be read as UTF-8: the dialog says so
            assertThat(d.encodingNoteText()).contains("cannot be read as UTF-8");
            chosen[1] = d.options();
            d.encodingBox().setSelectedItem("windows-1252");
            assertThat(d.encodingNoteText()).isEqualTo(CorpusInspection.FALLBACK_NOTE);
        });
        assertThat(chosen[0].encoding()).isEqualTo(CP1252);
        assertThat(chosen[0].delimiter()).isNull();
        Corpus c = Corpora.read(csv, chosen[0], null);
        assertThat(c.size()).isEqualTo(30);
        assertThat(c.articles().get(0).text()).contains("Vorschl\u00e4ge f\u00fcr Stra\u00dfen");
        assertThat(chosen[1].encoding()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void fileOpenShowsTheMappingDialogAndLoadsTheCorpus(@TempDir Path dir) throws Exception {
        Path csv = germanCsv(dir, 30, 0);
        MainWindow app = FrameLabApp.launch(Settings.load(dir.resolve("cfg")), null, null, true);
        Robot robot = fixture(app);
        GuiActionRunner.execute(() -> {
            app.setInteractive(true);
            app.open(csv);
        });
        findFallbackDialog(robot);
        dialog.comboBox("textField").requireSelection("Artikeltext");
        loadAndWait(app, robot);
        GuiActionRunner.execute(() -> app.setInteractive(false));
        assertThat(app.tasks().awaitIdle(Duration.ofMinutes(1))).isTrue();
        assertThat(app.lastError()).isNull();
        Corpus c = app.session().corpus();
        assertThat(c.size()).isEqualTo(30);
        Article a = c.articles().get(0);
        assertThat(a.text()).contains("f\u00fcr Stra\u00dfen");
        assertThat(app.session().readOptions().encoding()).isEqualTo(CP1252);
        // the remembered options bring the encoding back the next time the file is opened, without the note
        MappingDialog.Input again = MainWindow.inspect(csv, app.rememberedOptions(csv));
        assertThat(again.current().encoding()).isEqualTo(CP1252);
        assertThat(again.encodingNote()).isNull();
    }

    /** {@code framelab gui file.csv}: the file named at start goes through File > Open's inspection, so the dialog asks for the encoding. */
    @Test
    void aFileGivenAtStartOpensTheMappingDialogAsFileOpenDoes(@TempDir Path dir) throws Exception {
        Path csv = germanCsv(dir, 30, 0);
        MainWindow app = FrameLabApp.launch(Settings.load(dir.resolve("cfg")), csv, null, true);
        Robot robot = fixture(app);
        findFallbackDialog(robot);
        dialog.comboBox("encoding").requireSelection("windows-1252");
        loadAndWait(app, robot);
        assertThat(app.lastError()).isNull();
        assertThat(app.session().corpus().articles().get(0).text()).contains("f\u00fcr Stra\u00dfen");
        assertThat(app.session().readOptions().encoding()).isEqualTo(CP1252);
    }

    /** A UTF-8 file named at start loads straight away, with no dialog, as before. */
    @Test
    void aUtf8FileGivenAtStartLoadsWithoutTheDialog(@TempDir Path dir) throws Exception {
        Path csv = germanCsv(dir, 30, 0);
        Path utf8 = Files.writeString(dir.resolve("utf8.csv"), new String(Files.readAllBytes(csv), CP1252), StandardCharsets.UTF_8);
        MainWindow app = FrameLabApp.launch(Settings.load(dir.resolve("cfg")), utf8, null, true);
        fixture(app);
        assertThat(app.tasks().awaitIdle(Duration.ofMinutes(1))).isTrue(); // the inspection, then the loading it started
        assertThat(app.lastError()).isNull();
        assertThat(GuiActionRunner.execute(() -> app.session().corpus().size())).isEqualTo(30);
        assertThat(GuiActionRunner.execute(() -> app.session().readOptions().encoding())).isNull();
    }

    /** Drives {@code app} through {@link #window}; gives its robot. */
    private Robot fixture(MainWindow app) {
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        window = new org.assertj.swing.fixture.FrameFixture(robot, app);
        return robot;
    }

    /** Waits for the mapping dialog and checks that it says the file was read as Windows-1252. */
    private void findFallbackDialog(Robot robot) {
        dialog = WindowFinder.findDialog(MappingDialog.class).withTimeout(30_000).using(robot);
        dialog.label("encodingNote").requireText(CorpusInspection.FALLBACK_NOTE);
    }

    /** Clicks the dialog's Load corpus and waits until the corpus is loaded, with no error on the way. */
    private void loadAndWait(MainWindow app, Robot robot) throws InterruptedException {
        dialog.button("loadCorpus").click();
        robot.waitForIdle();
        long until = System.currentTimeMillis() + 60_000;
        while (GuiActionRunner.execute(() -> app.session().corpus()) == null && System.currentTimeMillis() < until) {
            assertThat(app.tasks().awaitIdle(Duration.ofMinutes(1))).isTrue();
            assertThat(app.lastError()).as("no error reported").isNull();
            Thread.sleep(50);
        }
    }
}
