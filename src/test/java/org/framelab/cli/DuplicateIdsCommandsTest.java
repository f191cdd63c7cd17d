package org.framelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repeated id stops features and explain as it stops corpus info, train, predict, compare and report
 * (features and explain read the corpus as a stream and accepted two rows a1).
 */
class DuplicateIdsCommandsTest {
    @TempDir
    Path dir;

    private static final String DUP = "dupids.csv, line 4, field 'id': duplicate id 'a1' (first used at line 2)";

    private Path dupids() throws Exception {
        return Files.writeString(dir.resolve("dupids.csv"), "id,text,leaning\na1,The minister said the plan would work.,left\n"
                + "a2,Critics called it a disaster.,right\na1,Another text entirely.,left\na3,It is fine.,right\n");
    }

    private static void stops(Run r) {
        assertThat(r.code).as(r.err() + r.out()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(DUP).contains("What to do: ids must be unique").doesNotContain("Exception");
    }

    @Test
    void theOtherCommandsStop() throws Exception {
        stops(new Run("corpus", "info", dupids().toString()));
    }

    @Test
    void featuresStopsAtARepeatedId() throws Exception {
        Path out = dir.resolve("f.csv");
        stops(new Run("features", dupids().toString(), "-o", out.toString()));
        assertThat(out).doesNotExist();
        Run skip = new Run("features", dupids().toString(), "-o", out.toString(), "--skip-bad");
        assertThat(skip.code).as(skip.err()).isZero();
        assertThat(skip.out()).contains("articles:  3").contains("skipped:   1 rows").contains(DUP.replace(", field 'id':", ":"));
        assertThat(Files.readAllLines(out)).hasSize(4);
    }

    @Test
    void explainStopsAtARepeatedIdWhereverItIs() throws Exception {
        stops(new Run("explain", dupids().toString(), "--id", "a1"));
        stops(new Run("explain", dupids().toString(), "--id", "a2"));
        Run skip = new Run("explain", dupids().toString(), "--id", "a1", "--skip-bad");
        assertThat(skip.code).as(skip.err()).isZero();
        assertThat(skip.out()).contains("speaker: The minister").doesNotContain("Another");
    }

    @Test
    void trainWithATestCorpusStopsAtARepeatedTrainingId() throws Exception {
        Path test = Files.writeString(dir.resolve("test.csv"), "id,text,leaning\nt1,They said it works.,left\nt2,A disaster.,right\n");
        stops(new Run("train", dupids().toString(), "--label", "leaning", "--test", test.toString()));
    }
}
