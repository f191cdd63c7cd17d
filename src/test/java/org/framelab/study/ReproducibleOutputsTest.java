package org.framelab.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Running the demo study twice gives the same bytes in every output file (charts in PNG, SVG and PDF,
 * CSV tables, workbook, notebook and its tables); the manifests differ only by {@code created} and
 * {@code timings_seconds}. The two runs write into different folders, so no output may depend on
 * where it is written.
 */
class ReproducibleOutputsTest {
    static final Path STUDY = Path.of("datasets/demo/study.yaml");

    static Study demo(Path root) throws Exception {
        Study s = StudyFile.read(STUDY);
        Study.OutputSection o = s.outputs();
        return s.withOutputs(new Study.OutputSection(root.resolve("reports"), o.workbook(), o.tables(), root.resolve("nb"), o.evidencePerFeature()));
    }

    static List<String> files(Path root) throws Exception {
        try (var s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    static JsonNode manifestWithoutRunFacts(Path file) throws Exception {
        ObjectNode n = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        n.remove("created");
        n.remove("timings_seconds");
        return n;
    }

    @Test
    void demoStudyTwiceGivesByteIdenticalOutputs(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("first"), b = dir.resolve("second-run");
        StudyRunner.run(demo(a), STUDY, Progress.NONE);
        StudyRunner.run(demo(b), STUDY, Progress.NONE);

        List<String> files = files(a);
        assertThat(files).isEqualTo(files(b));
        assertThat(files).contains("reports/demo/demo.xlsx", "reports/demo/manifest.json", "reports/demo/tables/groups.csv",
                "reports/demo/charts/roc.png", "reports/demo/charts/roc.svg", "reports/demo/charts/roc.pdf",
                "reports/demo/tables/validation.csv", "reports/demo/charts/validation.png", "reports/demo/charts/validation.svg",
                "nb/demo.ipynb", "nb/demo/groups.csv");
        for (String f : files) {
            if (f.equals("reports/demo/manifest.json")) continue;
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        JsonNode ma = manifestWithoutRunFacts(a.resolve("reports/demo/manifest.json"));
        assertThat(manifestWithoutRunFacts(b.resolve("reports/demo/manifest.json"))).isEqualTo(ma);

        // the manifest names its outputs relative to the report folder, and lists every file in it
        List<String> listed = ma.get("outputs").findValuesAsText("path");
        assertThat(listed).contains("demo.xlsx", "tables/groups.csv", "charts/roc.png", "../../nb/demo.ipynb", "tables/validation.csv");
        assertThat(ma.get("validation").get("span_file").asText()).isEqualTo("spans.csv");
        assertThat(ma.get("validation").get("distinct_spans").asInt()).isEqualTo(26);
        List<String> inFolder = files.stream().filter(f -> f.startsWith("reports/demo/") && !f.endsWith("/manifest.json"))
                .map(f -> f.substring("reports/demo/".length())).toList();
        assertThat(listed.stream().filter(p -> !p.startsWith("../")).sorted().toList()).isEqualTo(inFolder);
        for (JsonNode o : ma.get("outputs")) {
            Path p = a.resolve("reports/demo").resolve(o.get("path").asText());
            assertThat(StudyOutputs.sha256(p)).as(o.get("path").asText()).isEqualTo(o.get("sha256").asText());
        }
        assertThat(ma.toString()).doesNotContain(dir.toString());
    }
}
