package org.framelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Regressions found by trying the commands as a user would, with bad input and bad paths. */
class QaRegressionTest {
    static final String DEMO = "datasets/demo/articles.jsonl";

    @TempDir
    Path dir;


    @Test
    void outputUnderAFileIsABadPathNotACrash() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Run r = new Run("features", DEMO, "-o", file.resolve("features.csv").toString());
        assertThat(r.code).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(file.resolve("features.csv") + ": cannot write the output file")
                .contains(file + " exists and is not a folder")
                .contains("What to do").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void outputThatIsAFolderIsRefusedBeforeWriting() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out.csv"));
        Run r = new Run("features", DEMO, "-o", folder.toString(), "--no-terms");
        assertThat(r.code).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("cannot write the output file (it is a folder, not a file)")
                .doesNotContain("Exception");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(folder);   // no temporary file left behind
        }
    }

    @Test
    void explainHtmlAndCompareCsvUnderAFileAreBadPaths() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Run e = new Run("explain", DEMO, "--id", "demo-001", "--html", file.resolve("a.html").toString());
        assertThat(e.code).as(e.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(e.err()).contains("cannot write the output file").doesNotContain("Exception");
        Run c = new Run("compare", DEMO, "--group-by", "leaning", "--features", "text.tokens",
                "-o", file.resolve("t.csv").toString());
        assertThat(c.code).as(c.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(c.err()).contains("cannot write the output file").doesNotContain("Exception");
    }

    @Test
    void crosstabFieldThatNoArticleHasIsAnError() {
        Run r = new Run("compare", DEMO, "--group-by", "leaning", "--features", "text.tokens", "--crosstab", "nope");
        assertThat(r.code).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Invalid --crosstab: 'nope' (no article has a value for it").contains("topic");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void agreementHelpHasNoFormatWarnings() {
        Run r = new Run("agreement", "--help");
        assertThat(r.code).isZero();
        assertThat(r.out() + r.err()).contains("for the 95% CI").doesNotContain("picocli WARN");
    }

    @Test
    void lexiconWithoutNameOrFileIsExplained() {
        Run r = new Run("features", DEMO, "-o", dir.resolve("f.csv").toString(), "--lexicon", "bias-lexicon.txt");
        assertThat(r.code).as(r.err()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(r.err()).contains("Invalid --lexicon: 'bias-lexicon.txt' (write NAME=FILE").doesNotContain("option option");
        Run twice = new Run("features", DEMO, "-o", dir.resolve("f.csv").toString(),
                "--lexicon", "a=x.txt", "--lexicon", "a=y.txt");
        assertThat(twice.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(twice.err()).contains("the name 'a' is given twice");
        assertThat(dir.resolve("f.csv")).doesNotExist();
    }

    @Test
    void ngramRangeErrorsNameTheOption() {
        Run r = new Run("features", DEMO, "-o", dir.resolve("f.csv").toString(), "--families", "all", "--ngram-range", "3-1");
        assertThat(r.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(r.err()).contains("Invalid --ngram-range: '3-1' (MIN-MAX with 1 <= MIN <= MAX <= 3");
        Run m = new Run("features", DEMO, "-o", dir.resolve("f.csv").toString(), "--families", "all", "--min-df", "0");
        assertThat(m.err()).contains("Invalid --min-df: '0' (at least 1)");
    }

    @Test
    void labelFieldNamedLikeAFixedColumnGetsAUniqueHeader() throws Exception {
        Path out = dir.resolve("f.csv");
        Run r = new Run("features", DEMO, "-o", out.toString(), "--label-field", "outlet,leaning", "--no-terms");
        assertThat(r.code).as(r.err()).isZero();
        String header = Files.readAllLines(out).get(0);
        assertThat(header).startsWith("id,outlet,date,label:outlet,leaning,text.tokens,");
        assertThat(Files.readAllLines(out).get(1)).startsWith("demo-001,Quayside Dispatch,2024-01-08,Quayside Dispatch,left,");
    }

    @Test
    void emptyJsonLinesFileHintFitsTheFormatAndEmptyFamiliesAreNamed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Run r = new Run("corpus", "info", empty.toString());
        assertThat(r.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("empty.jsonl: the file is empty").contains("JSON lines: one object per line");
        Run f = new Run("features", DEMO, "-o", dir.resolve("f.csv").toString(), "--families", " ");
        assertThat(f.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(f.err()).contains("Invalid feature family: empty (give framing, all");
    }

    @Test
    void compareAndBenchFeaturesReportRowsSkippedByTheReader() throws Exception {
        Path csv = Files.writeString(dir.resolve("c.csv"), "id,text,outlet\n1,Officials said it.,A\n2,They claimed it.,B\n"
                + "3,short row\n4,Critics said so.,A\n5,He denied it.,B\n");
        Run r = new Run("compare", csv.toString(), "--group-by", "outlet", "--features", "text.tokens", "--skip-bad");
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("Rows skipped by the reader (--skip-bad): 1").contains("c.csv, line 4: wrong number of columns");
        Run j = new Run("compare", csv.toString(), "--group-by", "outlet", "--features", "text.tokens", "--skip-bad", "--json");
        assertThat(j.code).as(j.err()).isZero();
        assertThat(j.out()).contains("\"rowsSkipped\" : 1").contains("line 4: wrong number of columns");
        Run b = new Run("bench", "features", csv.toString(), "--skip-bad", "--rounds", "1", "--no-stream");
        assertThat(b.code).as(b.err()).isZero();
        assertThat(b.out()).contains("skipped:     1 rows (--skip-bad)").doesNotContain("Infinity");
    }

    @Test
    void explainUnknownIdMentionsRowsSkippedAsBad() throws Exception {
        Path csv = Files.writeString(dir.resolve("e.csv"), "id,text,outlet\n1,Officials said it.,A\n2,short row\n");
        Run r = new Run("explain", csv.toString(), "--id", "2", "--skip-bad");
        assertThat(r.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no article with id '2' among 1 articles")
                .contains("1 row(s) were skipped as bad (--skip-bad), first: ").contains("e.csv, line 3");
    }
}
