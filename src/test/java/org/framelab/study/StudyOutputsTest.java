package org.framelab.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.report.ReportData;
import org.framelab.report.ReportFixtures;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StudyOutputsTest {
    static Study study(Path dir) {
        return new Study("sample", 1, Study.CorpusSection.of(dir.resolve("corpus.jsonl")), null,
                new Study.AnalysisSection(List.of("leaning"), List.of(), 0.05, "holm", true, 5), null,
                null, new Study.OutputSection(dir.resolve("reports"), true, true, dir.resolve("nb"), 5));
    }

    @Test
    void writesChartsTablesWorkbookNotebookAndManifest(@TempDir Path dir) throws Exception {
        ReportData d = ReportFixtures.sample(null, true);
        StudyOutputs.Written w = StudyOutputs.write(study(dir), d, List.of("leaning"), Map.of("inputs", List.of()),
                new StudyOutputs.Timings(), Progress.NONE);
        Path out = dir.resolve("reports/sample");
        assertThat(w.dir()).isEqualTo(out);
        assertThat(out.resolve("sample.xlsx")).exists();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(out.resolve("tables/tests.csv")).exists();
        assertThat(dir.resolve("nb/sample.ipynb")).exists();
        assertThat(dir.resolve("nb/sample/groups.csv")).exists();
        for (String chart : List.of("means_by_leaning", "confusion", "roc", "top_features", "ablation", "terms_scare_quotes")) {
            for (String ext : List.of("png", "svg", "pdf")) assertThat(out.resolve("charts/" + chart + "." + ext)).as(chart + "." + ext).exists();
        }
        assertThat(Files.list(out.resolve("charts")).filter(p -> p.toString().endsWith(".png") && p.getFileName().toString().startsWith("box_")).count())
                .isEqualTo(4);
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(m.get("study").asText()).isEqualTo("sample");
        assertThat(m.get("outputs").size()).isGreaterThan(20);
        assertThat(m.get("outputs").get(0).get("sha256").asText()).hasSize(64);
        try (var s = Files.walk(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void workbookBesideTheTablesStopsWhenTheTablesFailAndReportsItsOwnFailure() throws Exception {
        // abandoned: the side work sees the cancel, and abandon() returns only once it has stopped
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        StudyOutputs.SideTask side = StudyOutputs.SideTask.start("test-side", Progress.NONE, p -> {
            running.countDown();
            long until = System.nanoTime() + 30_000_000_000L;
            while (!p.cancelled() && System.nanoTime() < until) Thread.onSpinWait();
            stopped.set(p.cancelled());
        });
        running.await();
        side.abandon();
        assertThat(stopped).isTrue();
        // its own failure reaches the caller as what it threw
        StudyOutputs.SideTask failing = StudyOutputs.SideTask.start("test-side", Progress.NONE, p -> {
            throw new java.io.IOException("disk full");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(failing::await).isInstanceOf(java.io.IOException.class).hasMessage("disk full");
        // and a user's cancel reaches it through the progress it was given
        Progress cancelled = new Progress() {
            @Override public void start(String task, long total) {}
            @Override public void step(long n) {}
            @Override public void done() {}
            @Override public boolean cancelled() { return true; }
        };
        StudyOutputs.SideTask c = StudyOutputs.SideTask.start("test-side", cancelled, Progress::checkCancelled);
        org.assertj.core.api.Assertions.assertThatThrownBy(c::await).isInstanceOf(java.util.concurrent.CancellationException.class);
        // the caller interrupted while it waits (the GUI's cancel): the work is stopped before await returns
        java.util.concurrent.atomic.AtomicBoolean sawStop = new java.util.concurrent.atomic.AtomicBoolean();
        StudyOutputs.SideTask spin = StudyOutputs.SideTask.start("test-side", Progress.NONE, p -> {
            long until = System.nanoTime() + 30_000_000_000L;
            while (!p.cancelled() && System.nanoTime() < until) Thread.onSpinWait();
            sawStop.set(p.cancelled());
            p.checkCancelled();
        });
        Thread.currentThread().interrupt();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(spin::await).isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(sawStop).isTrue();
    }

    @Test
    void chartFeaturesPreferSignificantResults(@TempDir Path dir) {
        ReportData d = ReportFixtures.sample(null, false);
        List<String> f = StudyCharts.chartFeatures(study(dir), d);
        assertThat(f).hasSize(4);
        assertThat(f.get(3)).isEqualTo(d.table().columns().get(3).name()); // the only non-significant one is last
    }

    @Test
    void svgOnlyStudyLeavesNoPngBehind(@TempDir Path dir) throws Exception {
        Study s0 = study(dir);
        Study s = new Study(s0.name(), s0.seed(), s0.corpus(), s0.features(), s0.analysis(), null,
                new Study.ChartSection(List.of("means"), List.of("svg"), 150, 468, 300, List.of(), 8, 15, 10),
                new Study.OutputSection(dir.resolve("reports"), true, false, null, 5));
        StudyOutputs.write(s, ReportFixtures.sample(null, false), List.of("leaning"), Map.of(), new StudyOutputs.Timings(), Progress.NONE);
        try (var files = Files.list(dir.resolve("reports/sample/charts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("means_by_leaning.svg");
        }
        assertThat(dir.resolve("reports/sample/tables")).doesNotExist();
    }
}
