package org.framelab.gui;

import org.framelab.cli.Main;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureSets;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One analysis run three ways (the {@code report} command, a study file, and the desktop app's
 * steps followed by its export) gives the same rows: metrics, per-class scores, tests,
 * descriptives, evidence, terms, importance, agreement, and the same chart names and captions.
 * Headless: the GUI path calls the same code its views call (no window needed).
 */
class SameNumbersTest {

    /** The analysis: what each path is told. */
    record Analysis(Path corpus, String label, String groupBy, String groupField, int folds, int seed, List<String> extraCli,
                    FieldMapping mapping, boolean agreement) {}

    @Test
    void demoCorpusGivesTheSameRowsOnEveryPath(@TempDir Path dir) throws Exception {
        Analysis a = new Analysis(Path.of("datasets/demo/articles.jsonl"), "leaning", "leaning", "outlet", 3, 7, List.of(),
                new FieldMapping(null, null, null, List.of("leaning"), null, null, null, null), false);
        assertSame(a, dir);
    }

    @Test
    @Tag("slow")
    void babeJudgementsGiveTheSameRowsOnEveryPath(@TempDir Path dir) throws Exception {
        Path raw = Path.of("../shared/datasets/babe/raw_labels_SG2.xlsx");
        if (!Files.exists(raw)) {
            assertThat(System.getenv("CI")).as("shared file missing in CI: " + raw).isNotEqualTo("true");
            org.junit.jupiter.api.Assumptions.abort("shared BABE data missing: " + raw);
        }
        Analysis a = new Analysis(raw, "label_bias", "outlet", "outlet", 3, 11,
                List.of("--item-field", "text", "--annotator-field", "annotator_id", "--label-field", "label_bias", "--skip-bad"),
                new FieldMapping(null, null, null, List.of("label_bias"), null, null, "text", "annotator_id"), true);
        assertSame(a, dir);
    }

    /** The demo corpus with its label, read as the GUI reads it, and the framing families. */
    record Demo(Path path, ReadOptions options, Corpus corpus, Pipelines.Spec spec) {
        static Demo read() throws Exception {
            Path p = Path.of("datasets/demo/articles.jsonl");
            ReadOptions ro = new ReadOptions(new FieldMapping(null, null, null, List.of("leaning"), null, null, null, null), null, null, null, false, 0);
            return new Demo(p, ro, Corpora.read(p, ro, Progress.NONE), new Pipelines.Spec(FeatureSets.FRAMING, Map.of(), List.of()));
        }

        /** What the GUI would export after these steps, grouped by leaning. */
        Analyses.Snapshot snapshot(Analyses.Features f, Analyses.Comparison c, Analyses.Classification k) {
            return new Analyses.Snapshot(path, options, corpus, spec, f, c, k, null, "leaning");
        }
    }

    @Test
    void anExportedStudyFileKeepsTheSeedEachViewUsed(@TempDir Path dir) throws Exception {
        Demo d = Demo.read();
        Analyses.Features f = Pipelines.table(d.spec(), d.corpus(), Progress.NONE);
        // compared with the default seed, then the seed changed to 7 in Classify
        Analyses.Comparison c = Analyses.compare(f.table(), d.corpus(), "leaning", List.of(), 42, Progress.NONE);
        Analyses.Classification k = Analyses.classify(d.corpus(), new Analyses.ClassifyRequest("leaning", "framing", d.spec(), "linear",
                "outlet", 3, 7), Progress.NONE);
        Analyses.Snapshot s = d.snapshot(f, c, k);
        org.framelab.study.Study study = Reports.study(s, dir, null);
        assertThat(study.seed()).isEqualTo(7);
        assertThat(study.analysis().seed()).isEqualTo(42L);
        assertThat(study.analysisSeed()).isEqualTo(42);
        assertThat(study.analysis().features()).as("the default set of features is not listed").isEmpty();
        Path file = Reports.studyFile(s, dir.resolve("session.yaml"));
        String yaml = Files.readString(file);
        assertThat(yaml).contains("\nseed: 7\n").containsPattern("analysis:(\n  .*)*\n  seed: 42\n");
        org.framelab.study.Study back = org.framelab.study.StudyFile.read(file);
        assertThat(back.analysisSeed()).isEqualTo(42);
        assertThat(back.seed()).isEqualTo(7);
        // the same seed everywhere: nothing extra is written
        Analyses.Comparison c7 = Analyses.compare(f.table(), d.corpus(), "leaning", List.of(), 7, Progress.NONE);
        org.framelab.study.Study same = Reports.study(d.snapshot(f, c7, k), dir, null);
        assertThat(same.analysis().seed()).isNull();
        // features picked by hand are listed however many there are
        List<String> picked = f.table().columns().stream().map(FeatureColumn::name).filter(n -> !n.startsWith("text.")).toList();
        Analyses.Comparison cp = Analyses.compare(f.table(), d.corpus(), "leaning", picked, 7, Progress.NONE);
        org.framelab.study.Study listed = Reports.study(d.snapshot(f, cp, k), dir, null);
        assertThat(listed.analysis().features()).containsExactlyElementsOf(picked);
    }

    @Test
    void labelsLeftOutInClassifyAreLeftOutByTrainAndTheExportedStudy(@TempDir Path dir) throws Exception {
        Demo d = Demo.read();
        Analyses.Classification k = Analyses.classify(d.corpus(), new Analyses.ClassifyRequest("leaning", "framing", d.spec(), "linear",
                "outlet", 3, 7, false, ClassifyView.excludedLabels(" center , ")), Progress.NONE);
        assertThat(k.result().excluded()).containsEntry("center", 78);
        assertThat(k.result().statement().text()).contains("articles left out: 78 with leaning 'center'");
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "train", d.path().toString(), "--label", "leaning", "--exclude-label", "center",
                "--group-by", "outlet", "--cv", "3", "--seed", "7", "--features", "framing");
        assertThat(code).as(e.toString()).isZero();
        String gui = k.headline().stream().filter(h -> h[0].equals("Macro-F1")).findFirst().orElseThrow()[1];
        assertThat(o.toString()).contains("macro-F1   " + gui);
        org.framelab.study.Study study = Reports.study(d.snapshot(Pipelines.table(d.spec(), d.corpus(), Progress.NONE), null, k), dir, null);
        assertThat(study.classifier().excludeLabels()).containsExactly("center");
    }

    private static void assertSame(Analysis a, Path dir) throws Exception {
        Path cli = runCli(a, dir.resolve("cli"));
        Path study = runStudy(a, dir.resolve("study"));
        Path gui = runGui(a, dir.resolve("gui"));
        for (String table : List.of("groups.csv", "tests.csv", "design.csv", "icc.csv", "permutation.csv", "mixed_model.csv", "terms.csv", "evidence.csv", "monthly.csv", "model_metrics.csv",
                "model_per_class.csv", "model_confusion.csv", "model_per_group.csv", "importance.csv", "agreement.csv", "columns.csv")) {
            Path c = cli.resolve("tables").resolve(table);
            assertThat(Files.exists(c)).as("CLI wrote %s", table).isEqualTo(Files.exists(gui.resolve("tables").resolve(table)));
            if (!Files.exists(c)) continue;
            String expected = Files.readString(c);
            assertThat(Files.readString(study.resolve("tables").resolve(table))).as("study file: %s", table).isEqualTo(expected);
            assertThat(Files.readString(gui.resolve("tables").resolve(table))).as("GUI export: %s", table).isEqualTo(expected);
        }
        assertThat(Files.readString(cli.resolve("tables/model_metrics.csv"))).contains("macro-F1").contains("ROC AUC (macro, one-vs-rest)");
        if (a.agreement()) assertThat(Files.readString(cli.resolve("tables/agreement.csv"))).contains("Krippendorff's alpha");
        List<String> charts = chartNames(cli);
        assertThat(chartNames(study)).isEqualTo(charts).isNotEmpty();
        assertThat(chartNames(gui)).isEqualTo(charts);
        for (String chart : charts) { // SVG text holds every title, axis label, caption and value: the same bytes
            String svg = Files.readString(cli.resolve("charts").resolve(chart + ".svg"));
            assertThat(Files.readString(study.resolve("charts").resolve(chart + ".svg"))).as("study chart %s", chart).isEqualTo(svg);
            assertThat(Files.readString(gui.resolve("charts").resolve(chart + ".svg"))).as("GUI chart %s", chart).isEqualTo(svg);
        }
    }

    private static List<String> chartNames(Path report) throws IOException {
        try (Stream<Path> s = Files.list(report.resolve("charts"))) {
            return s.map(p -> p.getFileName().toString().replaceFirst("\\.[a-z]+$", "")).distinct().sorted().toList();
        }
    }

    private static Path runCli(Analysis a, Path out) {
        List<String> args = new ArrayList<>(List.of("report", a.corpus().toString(), "--label", a.label(), "--group-by", a.groupBy(),
                "--families", "framing", "--protocol", "grouped", "--group-field", a.groupField(), "--folds", String.valueOf(a.folds()),
                "--seed", String.valueOf(a.seed()), "--formats", "png,svg", "--no-notebook", "-o", out.resolve("r").toString()));
        args.addAll(a.extraCli());
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args.toArray(String[]::new));
        assertThat(code).as("report: %s %s", o, e).isZero();
        return out.resolve("r");
    }

    private static Path runStudy(Analysis a, Path out) throws IOException {
        Files.createDirectories(out);
        FieldMapping m = a.mapping();
        String mapping = "  mapping:\n    labels: [" + a.label() + "]\n"
                + (m.itemField() != null ? "    item: " + m.itemField() + "\n    annotator: " + m.annotatorField() + "\n" : "");
        String yaml = "name: r\nseed: " + a.seed() + "\ncorpus:\n  path: " + a.corpus().toAbsolutePath() + "\n" + mapping
                + (a.extraCli().contains("--skip-bad") ? "  skip_bad: true\n" : "")
                + "features:\n  families: [framing]\nanalysis:\n  group_by: [" + a.groupBy() + "]\n"
                + "classifier:\n  label: " + a.label() + "\n  protocol: grouped\n  group_field: " + a.groupField() + "\n  folds: " + a.folds()
                + "\n  ablation: false\ncharts:\n  formats: [png, svg]\noutputs:\n  dir: " + out.toAbsolutePath() + "\n  notebook: false\n";
        Path f = out.resolve("study.yaml");
        Files.writeString(f, yaml);
        StringWriter o = new StringWriter(), e = new StringWriter();
        assertThat(Main.run(new PrintWriter(o), new PrintWriter(e), "run", f.toString())).as("run: %s %s", o, e).isZero();
        return out.resolve("r");
    }

    /** What the GUI does: read, compute features, compare, (agreement), classify, then export the report. */
    private static Path runGui(Analysis a, Path out) throws Exception {
        ReadOptions ro = new ReadOptions(a.mapping(), null, null, null, a.extraCli().contains("--skip-bad"), 0);
        Corpus corpus = Corpora.read(a.corpus(), ro, Progress.NONE);
        Pipelines.Spec spec = new Pipelines.Spec(FeatureSets.FRAMING, Map.of(), List.of());
        Analyses.Features f = Pipelines.table(spec, corpus, Progress.NONE);
        // the Compare view with nothing selected: the default set of features, as the CLI and the study test them
        Analyses.Comparison c = Analyses.compare(f.table(), corpus, a.groupBy(), List.of(), a.seed(), Progress.NONE);
        Analyses.Agreement ag = a.agreement() ? Analyses.agreement(corpus, a.label(), "nominal", a.seed(), Progress.NONE) : null;
        Analyses.Classification k = Analyses.classify(corpus, new Analyses.ClassifyRequest(a.label(), "framing", spec, "linear",
                a.groupField(), a.folds(), a.seed()), Progress.NONE);
        Analyses.Snapshot s = new Analyses.Snapshot(a.corpus(), ro, corpus, spec, f, c, k, ag, a.groupBy());
        Path dir = Reports.writeAll(s, out, null, Progress.NONE).dir();
        return dir;
    }
}
