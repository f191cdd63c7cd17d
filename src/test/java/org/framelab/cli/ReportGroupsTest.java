package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report --groups} (a corpus, and {@code --from} a Spark job's folder) compares the chosen groups as
 * {@code compare --groups} and a study's {@code analysis.groups} do: only they are in the tests, descriptives and monthly
 * means; the report says which groups were compared and how many articles of the others were left out (console,
 * manifest warnings) and records the choice in the manifest's settings. Before, {@code report} had no way to choose groups.
 */
class ReportGroupsTest {
    static final String DEMO = "datasets/demo/articles.jsonl";
    static final String[] MAPPING = ReportFromCommandTest.MAPPING;
    static final String TWO = "Quayside Dispatch,The Ardel Record";
    static final String SAID = "Groups of 'outlet' compared (chosen): Quayside Dispatch, The Ardel Record";

    @Test
    void aReportFromTheCorpusAndFromAJobFolderCompareTheChosenGroupsAndSaySo(@TempDir Path dir) throws Exception {
        Path job = dir.resolve("job");
        Files.createDirectories(job.resolve("features"));
        Path table = dir.resolve("features.csv");
        assertThat(run(concat(new String[]{"features", DEMO}, MAPPING, "-o", table.toString())).code).isZero();
        Files.copy(table, job.resolve("features/part-00000.csv"));
        Files.copy(dir.resolve("features.terms.csv"), job.resolve("terms.csv"));
        ReportFromCommandTest.writeDemoManifest(job);
        Path local = dir.resolve("local"), from = dir.resolve("from");
        Run l = run(concat(new String[]{"report", DEMO}, MAPPING, "--group-by", "outlet", "--groups", TWO, "--classifier", "none",
                "--formats", "png", "--no-notebook", "-o", local.toString()));
        Run f = run("report", "--from", job.toString(), "--group-by", "outlet", "--groups", TWO, "--formats", "png", "--no-notebook",
                "-o", from.toString());
        for (Run r : List.of(l, f)) {
            assertThat(r.code).as(r.err()).isZero();
            assertThat(r.out()).contains("Warning: " + SAID).contains("180 articles of the other groups left out");
        }
        for (Path report : List.of(local, from)) {
            JsonNode m = new ObjectMapper().readTree(report.resolve("manifest.json").toFile());
            assertThat(m.get("settings").get("analysis.groups.outlet").asText()).isEqualTo("Quayside Dispatch, The Ardel Record");
            assertThat(m.get("warnings").toString()).contains(SAID);
            for (String t : List.of("groups.csv", "monthly.csv")) {
                try (Stream<String> rows = Files.lines(report.resolve("tables/" + t)).skip(1)) {
                    assertThat(rows.map(x -> x.split(",")[2]).distinct().sorted().toList()).as("%s %s", report, t)
                            .containsExactly("Quayside Dispatch", "The Ardel Record");
                }
            }
            assertThat(Files.readString(report.resolve("tables/tests.csv"))).contains("Welch t-test").doesNotContain("Welch ANOVA");
        }
        assertThat(Files.readString(from.resolve("tables/groups.csv")).lines().count())
                .isEqualTo(Files.readString(local.resolve("tables/groups.csv")).lines().count());

        Run two = run("report", "--from", job.toString(), "--group-by", "outlet,leaning", "--groups", TWO, "-o", dir.resolve("x").toString());
        assertThat(two.code).isEqualTo(2);
        assertThat(two.err()).contains("--groups chooses groups of one field");
        Run missing = run("report", "--from", job.toString(), "--group-by", "outlet", "--groups", "Quayside Dispatch,Daily Nowhere",
                "-o", dir.resolve("y").toString());
        assertThat(missing.code).as("values the data lacks are bad input, as for compare --groups: %s", missing.err()).isEqualTo(3);
        assertThat(missing.err()).contains("Invalid --groups: 'Daily Nowhere'");
        assertThat(dir.resolve("y")).doesNotExist();
        // from a corpus (and a study file's analysis.groups, the same runner) the values are checked before the features are computed
        Run early = run(concat(new String[]{"report", DEMO}, MAPPING, "--group-by", "outlet", "--groups", "Quayside Dispatch,Daily Nowhere",
                "--classifier", "none", "-o", dir.resolve("z").toString()));
        assertThat(early.code).as(early.err()).isEqualTo(3);
        assertThat(early.err()).contains("Invalid --groups: 'Daily Nowhere'").doesNotContain("Fitting features");
        assertThat(dir.resolve("z")).doesNotExist();
    }

    static Run run(String... args) {
        return new Run(args);
    }

    static String[] concat(String[] a, String[] b, String... c) {
        return Stream.of(a, b, c).flatMap(Stream::of).toArray(String[]::new);
    }
}
