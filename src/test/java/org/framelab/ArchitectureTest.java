package org.framelab;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the code (docs/architecture.md): packages import only downwards, third-party
 * libraries stay in their packages, and the front ends (CLI, GUI, study runner) call the application
 * layer instead of orchestrating a step themselves.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/framelab");

    /** Layer of each package: a package may import its own layer's peers listed in {@link #PEERS} and any lower layer. */
    private static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("util", 0), Map.entry("corpus", 1), Map.entry("text", 2), Map.entry("lexicon", 3), Map.entry("features", 4),
            Map.entry("model", 5), Map.entry("stats", 5), Map.entry("validation", 5), Map.entry("chart", 6), Map.entry("report", 6), Map.entry("app", 7),
            Map.entry("study", 8), Map.entry("gui", 9), Map.entry("cli", 10));
    /** Allowed imports within one layer: none. (The GUI exports study files, the CLI launches the GUI: different layers.) */
    private static final Set<String> PEERS = Set.of();

    /** Calls that run a step; only the application layer (and the domain packages) may make them. */
    private static final List<String> ORCHESTRATION = List.of("Evaluation.run(", "Evaluation.score(", "Trainer.train", "FoldPlan.grouped(",
            "FoldPlan.stratified(", "FoldPlan.split(", "FoldPlan.trainTest(", "Ablation.run(", "Comparison.of(", "GroupComparison.analyse(",
            "Agreement.compute(", "FeatureExtraction.stream(", "FeatureExtraction.table(", "FeatureExtraction.terms(", "FeatureImportance.infoGain(",
            ".topWeights(", "Corpora.read(", "Corpora.open(");
    /** Front ends that read a corpus themselves are allowed to (reading is not orchestration), but nothing else above. */
    private static final Set<String> READ_CALLS = Set.of("Corpora.read(", "Corpora.open(");

    record Source(String pkg, Path file, String text) {}

    static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(MAIN)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = MAIN.relativize(p).getName(0).toString();
                out.add(new Source(pkg, p, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        for (Source s : sources()) assertThat(LAYER).as("layer of package %s (%s)", s.pkg(), s.file()).containsKey(s.pkg());
    }

    @Test
    void packagesImportOnlyDownwards() throws IOException {
        Pattern ref = Pattern.compile("org\\.framelab\\.([a-z]+)\\.");
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            Matcher m = ref.matcher(s.text());
            while (m.find()) {
                String target = m.group(1);
                if (target.equals(s.pkg()) || !LAYER.containsKey(target)) continue;
                boolean ok = LAYER.get(target) < LAYER.get(s.pkg()) || PEERS.contains(s.pkg() + "->" + target);
                if (!ok) bad.add(s.file() + " uses org.framelab." + target);
            }
        }
        assertThat(bad).as("upward or sideways references").isEmpty();
    }

    @Test
    void librariesStayInTheirPackages() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            String name = s.file().getFileName().toString();
            check(bad, s, "weka.", Set.of("model"), name);
            if (!name.equals("XlsxReader.java")) check(bad, s, "org.apache.poi.", Set.of("report"), name);
            check(bad, s, "org.jfree.", Set.of("chart", "gui"), name);
            check(bad, s, "javax.swing.", Set.of("gui"), name);
            check(bad, s, "picocli.", Set.of("cli"), name);
        }
        assertThat(bad).as("library used outside its package").isEmpty();
    }

    /**
     * The Spark job is its own build unit (spark/): the core never sees Spark, Hadoop or Scala, and the job reaches
     * Weka, POI, JFreeChart and Swing only through the core's own packages.
     */
    @Test
    void sparkStaysInItsBuildUnit() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            for (String lib : List.of("org.apache.spark.", "org.apache.hadoop.", "scala.")) {
                if (Pattern.compile("(^|[^A-Za-z0-9_.])" + Pattern.quote(lib)).matcher(s.text()).find()) bad.add(s.file() + " uses " + lib + "*");
            }
        }
        Path job = Path.of("spark/src/main/java");
        assertThat(job).isDirectory();
        try (var files = Files.walk(job)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (text.lines().count() > 450) bad.add(f + ": " + text.lines().count() + " lines (files under src/main stay at 450 or fewer)");
                for (String lib : List.of("weka.", "org.apache.poi.", "org.jfree.", "javax.swing.")) {
                    if (Pattern.compile("(^|[^A-Za-z0-9_.])" + Pattern.quote(lib)).matcher(text).find()) bad.add(f + " uses " + lib + "*");
                }
            }
        }
        assertThat(bad).as("Spark outside its build unit, or the job using a library the core keeps inside a package").isEmpty();
    }

    private static void check(List<String> bad, Source s, String prefix, Set<String> allowed, String name) {
        if (!allowed.contains(s.pkg()) && Pattern.compile("(^|[^A-Za-z0-9_.])" + Pattern.quote(prefix)).matcher(s.text()).find()) {
            bad.add(s.file() + " uses " + prefix + "*");
        }
    }

    @Test
    void frontEndsCallTheApplicationLayer() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            if (!Set.of("cli", "gui", "study").contains(s.pkg())) continue;
            for (String call : ORCHESTRATION) {
                if (READ_CALLS.contains(call)) continue;
                if (s.text().contains(call)) bad.add(s.file() + " calls " + call + " (run the step through org.framelab.app)");
            }
        }
        assertThat(bad).as("front ends orchestrating a step themselves").isEmpty();
    }

    @Test
    void mainFilesStayReadable() throws IOException {
        assertThat(sources().stream().filter(s -> s.text().lines().count() > 450).map(s -> s.file() + ": " + s.text().lines().count() + " lines"))
                .as("files under src/main over 450 lines").isEmpty();
    }
}
