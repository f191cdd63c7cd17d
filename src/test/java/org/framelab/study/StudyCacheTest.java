package org.framelab.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.framelab.app.AnalysisCache;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo study with the analysis cache gives the same bytes as without it, whether the cache
 * misses (first run) or hits (second run); the manifest says what the cache did. And the study
 * file's {@code outputs.cache} key.
 */
class StudyCacheTest {
    static final Path STUDY = Path.of("datasets/demo/study.yaml");

    static Study demo(Path root, AnalysisCache cache) throws Exception {
        Study s = StudyFile.read(STUDY);
        Study.OutputSection o = s.outputs();
        Study.ChartSection c = s.charts();
        return new Study(s.name(), s.seed(), s.corpus(), s.features(), s.analysis(), s.classifier(),
                new Study.ChartSection(c.types(), List.of("png"), 100, c.width(), c.height(), c.features(), c.maxFeatures(), c.topTerms(),
                        c.maxGroups()),
                new Study.OutputSection(root.resolve("reports"), o.workbook(), o.tables(), root.resolve("nb"), o.evidencePerFeature(), false, cache));
    }

    static JsonNode cacheFacts(Path root) throws Exception {
        return new ObjectMapper().readTree(root.resolve("reports/demo/manifest.json").toFile()).get("analysis_cache");
    }

    @Test
    void theDemoStudyGivesTheSameBytesWithoutTheCacheOnAMissAndOnAHit(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        Path off = dir.resolve("off"), miss = dir.resolve("miss"), hit = dir.resolve("hit");
        StudyRunner.run(demo(off, AnalysisCache.OFF), STUDY, Progress.NONE);
        StudyRunner.run(demo(miss, AnalysisCache.in(cache)), STUDY, Progress.NONE);
        StudyRunner.Result r = StudyRunner.run(demo(hit, AnalysisCache.in(cache)), STUDY, Progress.NONE);

        List<String> files = ReproducibleOutputsTest.files(off);
        assertThat(files).contains("reports/demo/demo.xlsx", "reports/demo/tables/model_metrics.csv", "reports/demo/charts/ablation.png");
        for (Path other : List.of(miss, hit)) {
            assertThat(ReproducibleOutputsTest.files(other)).isEqualTo(files);
            // the tables first, as text: when the bytes differ, the message then shows which values did
            List<String> ordered = new java.util.ArrayList<>(files);
            ordered.sort(java.util.Comparator.comparing((String f) -> !f.endsWith(".csv")));
            for (String f : ordered) {
                if (f.equals("reports/demo/manifest.json")) continue;
                if (f.endsWith(".csv")) {
                    assertThat(Files.readAllLines(other.resolve(f))).as("%s of %s", f, other.getFileName()).isEqualTo(Files.readAllLines(off.resolve(f)));
                }
                assertThat(Files.readAllBytes(other.resolve(f))).as("%s of %s", f, other.getFileName()).isEqualTo(Files.readAllBytes(off.resolve(f)));
            }
            ObjectNode a = (ObjectNode) ReproducibleOutputsTest.manifestWithoutRunFacts(off.resolve("reports/demo/manifest.json"));
            ObjectNode b = (ObjectNode) ReproducibleOutputsTest.manifestWithoutRunFacts(other.resolve("reports/demo/manifest.json"));
            a.remove("analysis_cache");
            b.remove("analysis_cache");
            assertThat(b).isEqualTo(a);
        }
        assertThat(cacheFacts(off).toString()).isEqualTo("{\"enabled\":false}");
        JsonNode m = cacheFacts(miss), h = cacheFacts(hit);
        assertThat(m.get("hit").asBoolean()).isFalse();
        assertThat(m.get("written").asBoolean()).isTrue();
        assertThat(h.get("hit").asBoolean()).isTrue();
        assertThat(h.get("written").asBoolean()).as("nothing new to write").isFalse();
        assertThat(h.get("key").asText()).isEqualTo(m.get("key").asText()).hasSize(64);
        assertThat(cache.resolve(h.get("key").asText() + ".analysis")).exists();
        assertThat(h.get("file_bytes").asLong()).isEqualTo(Files.size(cache.resolve(h.get("key").asText() + ".analysis")));
        assertThat(r.cache().use().hit()).isTrue();
        try (var s = Files.list(cache)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }

    static Study parse(String outputs) throws InputException {
        String yaml = "corpus:\n  path: articles.jsonl\noutputs:\n" + outputs;
        return StudyFile.parse(new StringReader(yaml), "s.yaml", Path.of("datasets/demo").toAbsolutePath(), "s");
    }

    @Test
    void theStudyFileKeyTurnsTheCacheOffOrPointsItAtAFolder(@TempDir Path dir) throws Exception {
        assertThat(StudyFile.parse(new StringReader("corpus:\n  path: a.jsonl\n"), "s.yaml", dir, "s").outputs().cache())
                .as("default: on, in the default folder").isEqualTo(AnalysisCache.DEFAULT);
        assertThat(parse("  cache: false\n").outputs().cache()).isEqualTo(AnalysisCache.OFF);
        assertThat(parse("  cache: true\n").outputs().cache()).isEqualTo(AnalysisCache.DEFAULT);
        assertThat(parse("  cache: " + dir.resolve("c") + "\n").outputs().cache()).isEqualTo(AnalysisCache.in(dir.resolve("c")));
        assertThat(parse("  cache: " + dir.resolve("c") + "\n").outputs().cache().folder()).isEqualTo(dir.resolve("c"));
        assertThatThrownBy(() -> parse("  cache: [a, b]\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("s.yaml, line 4").hasMessageContaining("'outputs.cache' must be true, false or a folder");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> parse("  cache: " + file + "\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("line 4").hasMessageContaining("outputs.cache").hasMessageContaining("is a file");
        assertThatThrownBy(() -> parse("  cahce: false\n")).isInstanceOf(InputException.class).hasMessageContaining("did you mean 'cache'");
    }
}
