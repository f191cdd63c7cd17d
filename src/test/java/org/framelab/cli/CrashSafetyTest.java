package org.framelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.framelab.study.StudyOutputs;
import org.framelab.util.AtomicFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills {@code framelab report} at random moments and checks that the report folder always holds one
 * complete report: every file of a complete run and nothing else, never a mix of two runs or a half
 * written file.
 */
class CrashSafetyTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int KILLS = 20;

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    int runs;

    /** Starts {@code report} on the demo corpus in a child JVM (small configuration: no classifier, low-resolution PNG). */
    Process start(Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.framelab.cli.Main",
                "report", "datasets/demo/articles.jsonl", "--label", "leaning", "--group-by", "leaning", "--no-notebook",
                "--classifier", "none", "--formats", "png", "--dpi", "72", "-o", out.toString()));
        Path log = logs.resolve("run-" + (runs++) + ".log");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    String log(int run) throws IOException {
        return Files.readString(logs.resolve("run-" + run + ".log"));
    }

    /**
     * Every file below {@code folder} (and every folder, so that empty extra folders count) with the
     * SHA-256 of its bytes; manifest.json without {@code created} and {@code timings_seconds}, the two
     * entries that legitimately change between runs.
     */
    static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (var s = Files.walk(folder)) {
            for (Path p : s.toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    m.put(rel + "/", "folder");
                } else if (rel.equals("manifest.json")) {
                    ObjectNode n = (ObjectNode) JSON.readTree(p.toFile());
                    n.remove("created");
                    n.remove("timings_seconds");
                    m.put(rel, sha256(n.toString().getBytes(StandardCharsets.UTF_8)));
                } else {
                    m.put(rel, StudyOutputs.sha256(p));
                }
            }
        }
        return m;
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void killedReportLeavesThePreviousCompleteReport() throws Exception {
        Path out = dir.resolve("demo");
        long t0 = System.nanoTime();
        Process first = start(out);
        assertThat(first.waitFor(300, TimeUnit.SECONDS)).as("first run finished").isTrue();
        assertThat(first.exitValue()).as(log(0)).isZero();
        long durationMs = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> complete = snapshot(out);
        assertThat(complete).containsKeys("manifest.json", "demo.xlsx", "tables/groups.csv", "charts/");
        assertThat(complete.keySet().stream().filter(k -> k.endsWith(".png"))).isNotEmpty();

        Random random = new Random(20240607L);
        int killed = 0, restored = 0;
        for (int i = 0; i < KILLS; i++) {
            // spread over the run: the i-th kill falls somewhere in the i-th twentieth of a run's duration
            long delay = (long) (durationMs * (i + random.nextDouble()) / KILLS);
            int run = runs;
            Process p = start(out);
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                killed++;
            } else {
                assertThat(p.exitValue()).as(log(run)).isZero();
            }
            if (!Files.exists(out)) {
                // killed between the two renames of the swap: the next run puts the previous report back first
                assertThat(AtomicFolder.recover(out)).as("kill %d after %d ms: previous report restored", i, delay).isTrue();
                restored++;
            }
            assertThat(snapshot(out)).as("kill %d after %d ms (run of %d ms)", i, delay, durationMs).isEqualTo(complete);
        }
        assertThat(killed).as("runs killed before they finished").isGreaterThanOrEqualTo(KILLS / 2);

        int last = runs;
        Process p = start(out);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log(last)).isZero();
        assertThat(snapshot(out)).isEqualTo(complete);
        try (var s = Files.list(dir)) {
            assertThat(s.map(x -> x.getFileName().toString())).as("no temporary folders left beside the report").containsExactly("demo");
        }
        System.out.printf("CrashSafetyTest: run %d ms, %d of %d runs killed, %d restored after a kill between the renames%n",
                durationMs, killed, KILLS, restored);
    }
}
