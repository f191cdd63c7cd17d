package org.framelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --cache DIR} and {@code --no-cache}: {@code train} with the cache gives the same metrics as
 * without it (a miss, then a hit), {@code run} uses the default folder unless {@code --no-cache},
 * which writes nothing, and wrong settings exit 2 naming the option.
 */
class CacheOptionsTest {
    static final String DEMO = "datasets/demo/articles.jsonl";

    static String[] train(Path metrics, String... extra) {
        String[] base = {"train", DEMO, "--label", "leaning", "--group-by", "outlet", "--cv", "3", "--bootstrap", "200",
                "--metrics-json", metrics.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    static String withoutTimings(Path metrics) throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(metrics.toFile());
        assertThat(node.remove("timing")).isNotNull();
        return node.toPrettyString();
    }

    @Test
    void trainWithTheCacheGivesTheSameMetricsOnAMissAndOnAHit(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        Run plain = new Run(train(dir.resolve("plain.json")));
        Run miss = new Run(train(dir.resolve("miss.json"), "--cache", cache.toString()));
        Run hit = new Run(train(dir.resolve("hit.json"), "--cache", cache.toString()));
        for (Run r : new Run[]{plain, miss, hit}) assertThat(r.code).as(r.err()).isZero();
        assertThat(plain.err()).doesNotContain("analysis cache");
        assertThat(miss.err()).contains("analysis cache miss:").contains("MB written");
        assertThat(hit.err()).contains("analysis cache hit:").contains("MB read");
        // every number but the timings
        String expected = withoutTimings(dir.resolve("plain.json"));
        assertThat(withoutTimings(dir.resolve("miss.json"))).isEqualTo(expected).contains("macroF1");
        assertThat(withoutTimings(dir.resolve("hit.json"))).isEqualTo(expected);
        assertThat(hit.out().replaceAll("[0-9.]+ s\\b", "T s").replace("hit.json", "X"))
                .isEqualTo(plain.out().replaceAll("[0-9.]+ s\\b", "T s").replace("plain.json", "X"));
        try (var s = Files.list(cache)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).singleElement().asString().matches("[0-9a-f]{64}\\.analysis");
        }
    }

    @Test
    void runUsesTheDefaultFolderAndNoCacheWritesNothing(@TempDir Path dir) throws Exception {
        Path study = dir.resolve("study.yaml");
        Files.writeString(study, "name: small\ncorpus:\n  path: " + Path.of(DEMO).toAbsolutePath() + "\n  mapping: {labels: [leaning]}\n"
                + "features: {families: [framing, ngrams]}\nanalysis: {group_by: [leaning], monthly: false}\n"
                + "classifier: {label: leaning, folds: 2, ablation: false, bootstrap: 50}\n"
                + "charts: {types: [means], formats: [png], dpi: 72}\noutputs: {workbook: false, notebook: false}\n");
        Path defaultFolder = dir.resolve("default-cache");
        String before = System.getProperty("framelab.cache.dir");
        System.setProperty("framelab.cache.dir", defaultFolder.toString());
        try {
            Run off = new Run("run", study.toString(), "-o", dir.resolve("off").toString(), "--no-cache");
            assertThat(off.code).as(off.err()).isZero();
            assertThat(defaultFolder).doesNotExist();
            assertThat(Files.readString(dir.resolve("off/small/manifest.json"))).contains("\"analysis_cache\" : {\n    \"enabled\" : false");

            Run on = new Run("run", study.toString(), "-o", dir.resolve("on").toString());
            assertThat(on.code).as(on.err()).isZero();
            assertThat(on.out()).contains("Cache: analysis cache miss");
            try (var s = Files.list(defaultFolder)) {
                assertThat(s.count()).isEqualTo(1);
            }
            assertThat(Files.readAllBytes(dir.resolve("on/small/tables/model_metrics.csv")))
                    .isEqualTo(Files.readAllBytes(dir.resolve("off/small/tables/model_metrics.csv")));
        } finally {
            if (before == null) System.clearProperty("framelab.cache.dir");
            else System.setProperty("framelab.cache.dir", before);
        }
    }

    @Test
    void wrongCacheSettingsExit2NamingTheOption(@TempDir Path dir) throws Exception {
        Run both = new Run(train(dir.resolve("m.json"), "--cache", dir.toString(), "--no-cache"));
        assertThat(both.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(both.err()).contains("Invalid --cache").contains("not both").doesNotContain("Exception");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run notFolder = new Run(train(dir.resolve("m.json"), "--cache", file.toString()));
        assertThat(notFolder.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(notFolder.err()).contains("Invalid --cache").contains("is a file").doesNotContain("Exception");
        assertThat(dir.resolve("m.json")).doesNotExist();
    }
}
