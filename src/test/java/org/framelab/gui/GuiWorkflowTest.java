package org.framelab.gui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.framelab.corpus.Article;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.Hit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import javax.swing.JToggleButton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo study through the GUI, as a researcher would click it: open the demo corpus, read an
 * article with its evidence highlighted, toggle a family, search, classify, open a misclassified
 * article, export the workbook and the study file. Runs under Xvfb in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuiWorkflowTest {
    static final Path DEMO = Path.of("datasets/demo/articles.jsonl");
    static final Duration WAIT = Duration.ofMinutes(3);

    Path config;
    Path out;
    MainWindow app;
    Robot robot;
    FrameFixture window;

    @BeforeAll
    void start() throws Exception {
        GuiTestSupport.requireDisplay();
        assertThat(DEMO).exists();
        config = Files.createTempDirectory("framelab-gui-test-cfg");
        out = Files.createTempDirectory("framelab-gui-test-out");
        Settings settings = Settings.load(config);
        app = FrameLabApp.launch(settings, null, null, true);
        GuiActionRunner.execute(() -> app.setInteractive(false));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        window = new FrameFixture(robot, app);
    }

    @AfterAll
    void stop() throws java.io.IOException {
        if (window != null) window.cleanUp();
        // the workbook, reports and settings the tour wrote: a test leaves nothing in the system's temporary folder
        for (Path d : new Path[]{out, config}) {
            if (d == null || !Files.exists(d)) continue;
            try (var walk = Files.walk(d)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private void idle() throws InterruptedException {
        assertThat(app.tasks().awaitIdle(WAIT)).as("background work finished").isTrue();
        robot.waitForIdle();
        assertThat(app.lastError()).as("no error reported").isNull();
    }

    @Test
    @Order(1)
    void opensTheDemoCorpus() throws Exception {
        // File > Open's path: the mapping dialog appears with the detected fields; the user clicks "Load corpus"
        GuiActionRunner.execute(() -> {
            app.setInteractive(true);
            app.open(DEMO);
        });
        org.assertj.swing.fixture.DialogFixture dialog = org.assertj.swing.finder.WindowFinder.findDialog(MappingDialog.class)
                .withTimeout(30_000).using(robot);
        dialog.comboBox("textField").requireSelection("text");
        dialog.comboBox("outletField").requireSelection("outlet");
        dialog.table("previewTable").requireRowCount(20);
        dialog.button("loadCorpus").click();
        // the dialog returns on the event thread, then the load starts in the background: wait for both
        robot.waitForIdle();
        long until = System.currentTimeMillis() + 60_000;
        while (GuiActionRunner.execute(() -> app.session().corpus()) == null && System.currentTimeMillis() < until) {
            idle();
            Thread.sleep(50);
        }
        GuiActionRunner.execute(() -> app.setInteractive(false));
        idle();
        assertThat(app.session().corpus().size()).isEqualTo(233);
        assertThat(app.getTitle()).contains("articles.jsonl");
        window.label("card:Articles").requireText("233");
        window.tabbedPane("views").selectTab("Articles");
        window.table("articleTable").requireRowCount(233);
        OverviewData d = app.overview().data();
        assertThat(d.outlets()).isEqualTo(9);
        assertThat(d.labels()).containsKey("leaning");
        assertThat(app.settings().recentFiles()).contains(DEMO.toAbsolutePath().normalize());
    }

    @Test
    @Order(2)
    void selectedArticleShowsItsEvidenceHighlighted() throws Exception {
        window.tabbedPane("views").selectTab("Articles");
        // pick an article whose text has a direct quote and an attribution (the demo is written so most do)
        int row = GuiActionRunner.execute(() -> {
            List<Article> arts = app.session().corpus().articles();
            for (int i = 0; i < arts.size(); i++) if (arts.get(i).text().contains("\u201c") || arts.get(i).text().contains("\"")) return i;
            return 0;
        });
        window.table("articleTable").selectRows(row);
        idle();
        Article a = app.session().corpus().articles().get(row);
        window.label("articleTitle").requireText(a.title());
        window.textBox("articleText").requireText(a.text());
        Evidence.ForArticle ev = GuiActionRunner.execute(() -> app.browser().shownEvidence());
        assertThat(ev).isNotNull();
        assertThat(ev.article().id()).isEqualTo(a.id());
        assertThat(ev.hits()).isNotEmpty();
        int before = GuiActionRunner.execute(() -> app.browser().highlightCount());
        assertThat(before).isGreaterThan(0);
        // every highlight covers the text of its hit
        for (Hit h : ev.hits()) assertThat(a.text().substring(h.span().begin(), h.span().end())).isEqualTo(h.text());
        // the tooltip over a hit names its class and category
        Hit first = ev.hits().get(0);
        String tip = GuiActionRunner.execute(() -> {
            var pane = app.browser().textPane();
            var r = pane.modelToView2D(first.span().begin() + Math.min(1, first.span().length() - 1));
            return pane.getToolTipText(new java.awt.event.MouseEvent(pane, 0, 0, 0, (int) r.getCenterX(), (int) r.getCenterY(), 0, false));
        });
        assertThat(tip).contains(Theme.familyTitle(Theme.highlightClass(first)).replace("&", "&amp;"));   // HTML tooltip
        // the feature values beside it
        assertThat(ev.values()).isNotEmpty();
        window.table("featureValues").requireRowCount(ev.values().size());
        // toggling a family in the legend removes its highlights, toggling again restores them
        String cls = Theme.highlightClass(first);
        long ofClass = ev.hits().stream().filter(h -> Theme.highlightClass(h).equals(cls) && h.span().length() > 0).count();
        JToggleButton toggle = (JToggleButton) window.robot().finder().findByName(app.browser().legendPanel(), "legend:" + cls, true);
        window.toggleButton("legend:" + cls).click();
        robot.waitForIdle();
        assertThat(toggle.isSelected()).isFalse();
        assertThat(GuiActionRunner.execute(() -> app.browser().highlightCount())).isEqualTo(before - (int) ofClass);
        window.toggleButton("legend:" + cls).click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> app.browser().highlightCount())).isEqualTo(before);
    }

    @Test
    @Order(3)
    void searchAndFiltersNarrowTheList() throws Exception {
        window.tabbedPane("views").selectTab("Articles");
        String word = "strike";
        long expected = app.session().corpus().articles().stream()
                .filter(x -> x.title().toLowerCase().contains(word) || x.text().toLowerCase().contains(word)).count();
        assertThat(expected).isBetween(1L, 232L);
        // Ctrl+F focuses the search field from anywhere
        window.tabbedPane("views").selectTab("Overview");
        window.focus();
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(java.awt.event.KeyEvent.VK_F)
                .modifiers(ctrl()));
        robot.waitForIdle();
        assertThat(app.tabs().getSelectedComponent()).isSameAs(app.browser());
        window.textBox("searchField").requireFocused();
        window.textBox("searchField").enterText(word);
        waitUntil(() -> GuiActionRunner.execute(() -> app.browser().table().getRowCount()) == expected);
        // outlet filter on top of the search
        window.comboBox("outletFilter").selectItem(1);
        robot.waitForIdle();
        String outlet = GuiActionRunner.execute(() -> app.browser().outletFilter().getSelectedItem().toString());
        String name = outlet.substring(0, outlet.lastIndexOf(" ("));
        int rows = GuiActionRunner.execute(() -> app.browser().table().getRowCount());
        long both = app.session().corpus().articles().stream().filter(x -> x.outlet().equals(name)
                && (x.title().toLowerCase().contains(word) || x.text().toLowerCase().contains(word))).count();
        assertThat(rows).isEqualTo((int) both);
        window.comboBox("outletFilter").selectItem(0);
        window.textBox("searchField").deleteText();
        waitUntil(() -> GuiActionRunner.execute(() -> app.browser().table().getRowCount()) == 233);
    }

    @Test
    @Order(4)
    void comparesGroupsAndExportsAChart() throws Exception {
        window.tabbedPane("views").selectTab("Compare");
        window.comboBox("groupBy").selectItem("leaning");
        window.button("runCompare").click();
        idle();
        Analyses.Comparison c = GuiActionRunner.execute(() -> app.compare().result());
        assertThat(c).isNotNull();
        assertThat(c.groupField()).isEqualTo("leaning");
        assertThat(c.tests().rows()).isNotEmpty();
        // nothing picked: the features compare, report and a study file test (the length counts included)
        assertThat(c.features()).containsExactlyInAnyOrderElementsOf(org.framelab.app.CompareGroups.defaultFeatures(c.table()))
                .contains("text.tokens");
        // leaning is constant within each outlet: the warning, and the outlet-level tests in the first tab
        assertThat(c.clustered()).isTrue();
        assertThat(window.textBox("compareWarning").text()).contains("leaning is constant within each of the 9 outlets");
        window.table("clusterTestsTable").requireRowCount(c.clusterTests().rows().size());
        assertThat(c.clusterTests().rows().get(0).get(2).toString()).endsWith("on outlet means");
        assertThat(c.clusterTests().rows().get(0).get(1)).isEqualTo(org.framelab.features.ColumnLabels.label(c.clusterTests().rows().get(0).get(0).toString()));
        window.tabbedPane("testTabs").requireTitle("Outlet-level tests (n = 9 outlets)", org.assertj.swing.data.Index.atIndex(0));
        window.tabbedPane("testTabs").selectTab(1);
        window.table("testsTable").requireRowCount(c.tests().rows().size());
        // the pooled ratios of the tested ratio features, the same rows as compare and the workbook
        window.tabbedPane("testTabs").requireTitle("Pooled ratios", org.assertj.swing.data.Index.atIndex(2));
        window.tabbedPane("testTabs").selectTab(2);
        window.table("pooledRatiosTable").requireRowCount(c.result().pooled().size());
        assertThat(c.result().pooled()).anyMatch(x -> x.feature().equals("attribution.said_ratio"));
        window.tabbedPane("testTabs").selectTab(1);
        assertThat(GuiActionRunner.execute(() -> app.compare().chart())).isNotNull();
        // box plots, then export the chart as SVG
        window.comboBox("chartKind").selectItem(1);
        idle();
        Path svg = out.resolve("box.svg");
        GuiActionRunner.execute(() -> app.compare().exportChartTo(svg));
        idle();
        assertThat(Files.readString(svg)).contains("<svg");
    }

    @Test
    @Order(5)
    void runsAClassificationAndOpensAMisclassifiedArticle() throws Exception {
        window.tabbedPane("views").selectTab("Classify");
        window.comboBox("protocol").requireSelection(ClassifyView.GROUPED);
        // the defaults on the demo: predict leaning with whole outlets held out
        window.comboBox("classifyLabel").requireSelection("leaning");
        window.button("runClassify").click();
        idle();
        Analyses.Classification r = GuiActionRunner.execute(() -> app.classify().result());
        assertThat(r).isNotNull();
        assertThat(r.headline()).isNotEmpty();
        assertThat(r.request().label()).isEqualTo("leaning");
        assertThat(r.request().groupBy()).isEqualTo("outlet");
        // ... and it learns leaning from outlets it never saw: well above chance (1/3)
        assertThat(Double.parseDouble(r.headline().get(0)[1])).as("macro-F1").isGreaterThan(0.6);
        assertThat(r.confusion().rows()).hasSize(3);
        window.table("confusionTable").requireRowCount(3);
        int mis = r.misclassified().rows().size();
        if (mis > 0) {
            window.tabbedPane("classifyDetail").selectTab(4);
            String id = String.valueOf(window.table("misclassifiedTable").valueAt(org.assertj.swing.data.TableCell.row(0).column(0)));
            window.table("misclassifiedTable").cell(org.assertj.swing.data.TableCell.row(0).column(0)).doubleClick();
            idle();
            assertThat(app.tabs().getSelectedComponent()).isSameAs(app.browser());
            Evidence.ForArticle ev = GuiActionRunner.execute(() -> app.browser().shownEvidence());
            assertThat(ev.article().id()).isEqualTo(id);
        }
    }

    @Test
    @Order(6)
    void exportsTheWorkbookAndTheStudyFile() throws Exception {
        Path xlsx = out.resolve("demo.xlsx");
        Path study = out.resolve("demo-study.yaml");
        GuiActionRunner.execute(() -> app.export().exportWorkbookTo(xlsx));
        idle();
        GuiActionRunner.execute(() -> app.export().exportStudyTo(study));
        idle();
        assertThat(xlsx).exists();
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            String wb = new String(z.getInputStream(z.getEntry("xl/workbook.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(wb).contains("Articles").contains("Tests").contains("Model");
        }
        // the study file reads back as the session: same corpus, label, protocol and families
        org.framelab.study.Study st = org.framelab.study.StudyFile.read(study);
        assertThat(st.corpus().path()).isEqualTo(DEMO.toAbsolutePath().normalize());
        assertThat(st.classifier().label()).isEqualTo("leaning");
        assertThat(st.classifier().protocol()).isEqualTo("grouped");
        assertThat(st.analysis().groupBy()).isNotEmpty();
        assertThat(app.export().logText()).contains("demo.xlsx").contains("demo-study.yaml");
        // re-running the exported study in batch reproduces the session's classification exactly
        java.io.StringWriter so = new java.io.StringWriter(), se = new java.io.StringWriter();
        int code = org.framelab.cli.Main.run(new java.io.PrintWriter(so, true), new java.io.PrintWriter(se, true),
                "run", study.toString(), "-o", out.resolve("batch").toString(), "--no-notebook");
        assertThat(code).as(se.toString()).isZero();
        Analyses.Classification gui = GuiActionRunner.execute(() -> app.classify().result());
        String macro = gui.headline().get(0)[1];
        assertThat(so.toString()).contains("macro-F1: " + macro);
        // the full report: what ./framelab run writes
        Path reports = out.resolve("reports");
        GuiActionRunner.execute(() -> app.export().exportReportTo(reports));
        idle();
        Path dir = reports.resolve(st.name());
        assertThat(dir.resolve("manifest.json")).exists();
        assertThat(dir.resolve(st.name() + ".xlsx")).exists();
        try (var files = Files.list(dir.resolve("charts"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".svg")).count()).isGreaterThan(0);
        }
        // the session's report and the batch run of its study file: the same rows, table by table
        Path batch = out.resolve("batch").resolve(st.name()).resolve("tables");
        for (String table : List.of("model_metrics.csv", "model_per_class.csv", "model_confusion.csv", "model_per_group.csv",
                "importance.csv", "tests.csv", "groups.csv", "evidence.csv", "terms.csv")) {
            assertThat(dir.resolve("tables").resolve(table)).as(table).exists();
            assertThat(Files.readString(dir.resolve("tables").resolve(table))).as("GUI report vs batch run: %s", table)
                    .isEqualTo(Files.readString(batch.resolve(table)));
        }
    }

    @Test
    @Order(7)
    void badInputBecomesAReadableError() throws Exception {
        Path bad = out.resolve("broken.jsonl");
        Files.writeString(bad, "{\"id\":\"a\",\"text\":\"fine\"}\n{\"id\":\"b\",\"text\": oops}\n");
        GuiActionRunner.execute(() -> app.load(bad, ReadOptions.defaults()));
        assertThat(app.tasks().awaitIdle(WAIT)).isTrue();
        Throwable t = app.lastError();
        assertThat(t).isInstanceOf(CorpusException.class);
        String[] d = ErrorDialogs.describe(t);
        assertThat(d[1]).contains("broken.jsonl").contains("line 2");
        assertThat(window.label("statusMessage").text()).contains("Problem with the input");
        // the previous corpus stays open
        assertThat(app.session().corpus().size()).isEqualTo(233);
        GuiActionRunner.execute(() -> app.clearLastError());
    }

    @Test
    @Order(8)
    void stateIsRememberedAcrossSessions() {
        GuiActionRunner.execute(() -> {
            app.showView(2);
            app.saveState();
        });
        Settings again = Settings.load(config);
        assertThat(again.getInt("view", -1)).isEqualTo(2);
        assertThat(again.recentFiles()).contains(DEMO.toAbsolutePath().normalize());
        assertThat(app.rememberedOptions(DEMO)).isNotNull();
        assertThat(app.rememberedOptions(DEMO).mapping().textField()).isEqualTo("text");
    }

    @Test
    @Order(9)
    void droppingAFileOpensIt() throws Exception {
        java.awt.datatransfer.Transferable files = new java.awt.datatransfer.Transferable() {
            @Override public java.awt.datatransfer.DataFlavor[] getTransferDataFlavors() {
                return new java.awt.datatransfer.DataFlavor[]{java.awt.datatransfer.DataFlavor.javaFileListFlavor};
            }
            @Override public boolean isDataFlavorSupported(java.awt.datatransfer.DataFlavor f) {
                return f.equals(java.awt.datatransfer.DataFlavor.javaFileListFlavor);
            }
            @Override public Object getTransferData(java.awt.datatransfer.DataFlavor f) {
                return List.of(DEMO.toFile());
            }
        };
        boolean accepted = GuiActionRunner.execute(() -> {
            var support = new javax.swing.TransferHandler.TransferSupport(app.getRootPane(), files);
            return app.getTransferHandler().canImport(support) && app.getTransferHandler().importData(support);
        });
        assertThat(accepted).isTrue();
        Thread.sleep(200);
        idle();
        assertThat(app.session().corpus().size()).isEqualTo(233);
        assertThat(app.session().classification() == null).as("a reload starts a fresh session").isTrue();
    }

    /** The menu shortcut modifier in the old-style mask AssertJ Swing's robot expects (Ctrl; Cmd on macOS). */
    @SuppressWarnings("deprecation")
    private static int ctrl() {
        return java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMask();
    }

    private static void waitUntil(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("condition not met in time");
            Thread.sleep(50);
        }
    }
}
