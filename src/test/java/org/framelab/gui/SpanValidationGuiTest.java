package org.framelab.gui;

import org.assertj.swing.edt.GuiActionRunner;
import org.framelab.app.Validate;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.features.FeatureOptions;
import org.framelab.util.Progress;
import org.framelab.validation.SpanValidation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import javax.swing.JTable;
import javax.swing.JToggleButton;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Span annotations in the desktop app: the demo corpus with datasets/demo/spans.csv attached, the
 * spans drawn in the article view as their own layer (legend toggle, tooltip with label and
 * annotators), the Validate view's rows equal to {@link Validate#run} on the same request, and span
 * annotations kept out of the coded variables (Agreement, Overview).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpanValidationGuiTest {
    static final Path DEMO = Path.of("datasets/demo/articles.jsonl");
    static final Path SPANS = Path.of("datasets/demo/spans.csv");
    static final Duration WAIT = Duration.ofMinutes(3);

    MainWindow app;
    Path config;

    @BeforeAll
    void start() throws Exception {
        GuiTestSupport.requireDisplay();
        config = Files.createTempDirectory("framelab-span-gui-cfg");
        Settings settings = Settings.load(config);
        app = FrameLabApp.launch(settings, null, null, true);
        GuiActionRunner.execute(() -> {
            app.setInteractive(false);
            app.load(DEMO, ReadOptions.defaults());
        });
        idle();
        GuiActionRunner.execute(() -> SpanFiles.load(app, SPANS));
        idle();
    }

    @AfterAll
    void stop() throws java.io.IOException {
        if (app != null) GuiActionRunner.execute(() -> app.dispose());
        if (config != null && Files.exists(config)) {
            try (var walk = Files.walk(config)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private void idle() throws InterruptedException {
        assertThat(app.tasks().awaitIdle(WAIT)).as("background work finished").isTrue();
        Thread.sleep(200);
        assertThat(app.tasks().awaitIdle(WAIT)).isTrue();
        assertThat(app.lastError()).as("no error reported").isNull();
    }

    @Test
    @Order(1)
    void spansAreAttachedAndNotCodedVariables() {
        SpanAnnotations.Attached a = GuiActionRunner.execute(() -> app.session().spans());
        assertThat(a).isNotNull();
        assertThat(a.spans()).isEqualTo(41);            // 20 of annotator a, 21 of b
        assertThat(a.annotated()).isEqualTo(6);
        assertThat(GuiActionRunner.execute(() -> app.session().readCorpus().articles().get(0).annotations())).isEmpty();
        // span annotations are not coded variables: no Agreement field, no annotated articles in the Overview
        assertThat(AgreementView.codedFields(GuiActionRunner.execute(() -> app.session().corpus().articles()))).isEmpty();
        var corpus = GuiActionRunner.execute(() -> app.session().corpus());
        assertThat(OverviewData.of(corpus, new int[corpus.size()]).annotated()).isZero();
        assertThat(org.framelab.corpus.CorpusSummary.of(corpus).judgements()).isNull();
    }

    @Test
    @Order(2)
    void articleViewShowsTheSpansAsTheirOwnLayer() throws Exception {
        GuiActionRunner.execute(() -> {
            app.showView(app.browser());
            app.browser().showArticle("demo-034");
        });
        idle();
        // demo-034: boasted, 'the rule of law', 'modernisation', chaos by both; The powerful (a) and Clearly (b)
        List<EvidencePane.SpanMark> marks = GuiActionRunner.execute(() -> ((EvidencePane) app.browser().textPane()).spanMarks());
        assertThat(marks).hasSize(6);
        assertThat(marks.stream().filter(EvidencePane.SpanMark::everyone).count()).isEqualTo(4);
        String text = GuiActionRunner.execute(() -> app.browser().textPane().getText());
        EvidencePane.SpanMark powerful = marks.stream().filter(m -> text.substring(m.begin(), m.end()).equals("The powerful")).findFirst().orElseThrow();
        assertThat(powerful.annotators()).containsExactly("a");
        assertThat(powerful.labels()).containsExactly("loaded");
        String tip = GuiActionRunner.execute(() -> {
            var pane = app.browser().textPane();
            var r = pane.modelToView2D(powerful.begin() + 2);
            return pane.getToolTipText(new MouseEvent(pane, 0, 0, 0, (int) r.getCenterX(), (int) r.getCenterY(), 0, false));
        });
        assertThat(tip).contains("Annotated span").contains("loaded").contains("marked by a").contains("not by every annotator");
        // the legend's toggle hides the span layer and shows it again
        int with = GuiActionRunner.execute(() -> app.browser().highlightCount());
        JToggleButton toggle = GuiActionRunner.execute(() -> (JToggleButton) GuiTestSupport.find(app.browser().legendPanel(), "legend:spans"));
        assertThat(toggle).isNotNull();
        assertThat(toggle.getText()).contains("Annotated spans").contains("6");
        GuiActionRunner.execute(() -> { toggle.doClick(); });
        assertThat(GuiActionRunner.execute(() -> app.browser().highlightCount())).isEqualTo(with - 6);
        GuiActionRunner.execute(() -> { toggle.doClick(); });
        assertThat(GuiActionRunner.execute(() -> app.browser().highlightCount())).isEqualTo(with);
    }

    @Test
    @Order(3)
    void validateViewShowsTheNumbersOfValidateRun() throws Exception {
        GuiActionRunner.execute(() -> {
            app.showView(app.validation());
            app.validation().run();
        });
        idle();
        Analyses.Validation v = GuiActionRunner.execute(() -> app.validation().result());
        assertThat(v).isNotNull();
        assertThat(GuiActionRunner.execute(() -> app.session().validation())).isSameAs(v);
        // the CLI's call: the corpus as read, the span file, framing families, default bootstrap and seed
        Validate.Result direct = Validate.run(new Validate.Request(Corpora.read(DEMO, ReadOptions.defaults(), Progress.NONE),
                new SpanAnnotations.Source(null, SPANS), FeatureOptions.defaults().withFamilies(List.of("framing")),
                SpanValidation.Options.defaults()), Progress.NONE);
        assertThat(v.result().validation().rows()).isEqualTo(direct.validation().rows());
        // the table shows those rows: the evaluative verbs of annotator b, 8 hits, 5 in b's spans (hand count in SpanValidationTest)
        JTable t = GuiActionRunner.execute(() -> app.validation().table());
        assertThat(t.getRowCount()).isEqualTo(direct.validation().rows().size());
        boolean found = false;
        for (int r = 0; r < t.getRowCount(); r++) {
            int m = t.convertRowIndexToModel(r);
            if ("b".equals(t.getModel().getValueAt(m, 0)) && "Evaluative reporting verbs".equals(t.getModel().getValueAt(m, 2))) {
                assertThat(((Number) t.getModel().getValueAt(m, 4)).longValue()).isEqualTo(8);
                assertThat(((Number) t.getModel().getValueAt(m, 5)).longValue()).isEqualTo(5);
                assertThat(((Number) t.getModel().getValueAt(m, 8)).doubleValue())
                        .isEqualTo(direct.validation().row("b", "attribution.evaluative").enrichment().value());
                found = true;
            }
        }
        assertThat(found).isTrue();
        assertThat(GuiActionRunner.execute(() -> GuiTestSupport.find(app.validation(), "validationChart"))).isNotNull();
    }
}
