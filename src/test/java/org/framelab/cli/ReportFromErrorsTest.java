package org.framelab.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report --from DIR} on broken job folders: every problem is exit 3 (exit 2 for a wrong command line) with a
 * message that names the file (and line) and says what to do, no stack trace, and no report folder left behind.
 * Each case copies a good folder (the demo corpus's {@code framelab features} table in two parts) and breaks one thing.
 */
class ReportFromErrorsTest {
    @TempDir
    static Path tmp;
    static Path good;

    static final String MANIFEST = """
            {"job": "features", "framelab_version": "0.1.0", "spark_version": "3.5.1", "master": "local[2]",
             "input": {"paths": ["articles.jsonl"], "format": "jsonl",
                       "mapping": {"id": "id", "text": "text", "title": null, "outlet": "outlet", "date": "date", "labels": ["leaning", "topic"]}},
             "features": {"families": "FAMILIES"}, "counts": {"records": 233, "articles": 233, "bad_rows": 0},
             "bad_rows_sample": null, "created": "2025-01-01T00:00:00Z"}
            """;

    @BeforeAll
    static void goodFolder() throws IOException {
        Path table = tmp.resolve("t.csv");
        Run f = new Run(ReportFromCommandTest.concat(new String[]{"features", ReportFromCommandTest.DEMO}, ReportFromCommandTest.MAPPING,
                new String[]{"-o", table.toString()}));
        assertThat(f.code).as(f.err()).isZero();
        List<String> lines = Files.readAllLines(table);
        good = tmp.resolve("good");
        Files.createDirectories(good.resolve("features"));
        Files.writeString(good.resolve("features/part-00000.csv"), String.join("\n", lines.subList(0, 100)) + "\n");
        Files.writeString(good.resolve("features/part-00001.csv"), lines.get(0) + "\n" + String.join("\n", lines.subList(100, lines.size())) + "\n");
        Files.writeString(good.resolve("manifest.json"), MANIFEST.replace("FAMILIES", "framing"));
    }

    /** A copy of the good folder to break. */
    static Path copy(String name) throws IOException {
        Path d = tmp.resolve(name);
        ReportFromCommandTest.copyTree(good, d);
        return d;
    }

    /** Rewrites line {@code index} (from 0) of {@code file} with {@code edit}. */
    static void editLine(Path file, int index, java.util.function.UnaryOperator<String> edit) throws IOException {
        List<String> lines = Files.readAllLines(file);
        lines.set(index, edit.apply(lines.get(index)));
        Files.write(file, lines);
    }

    /** Runs report --from and checks the common rules of a refused folder; returns standard error. */

    static String refused(Path dir, int code, String... more) {
        Path out = tmp.resolve("out-" + dir.getFileName());
        String[] args = ReportFromCommandTest.concat(new String[]{"report", "--from", dir.toString(), "--no-notebook", "-o", out.toString()}, more);
        Run r = new Run(args);
        assertThat(r.code).as(r.err()).isEqualTo(code);
        assertThat(r.err()).doesNotContain("\tat org.").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out-"))).as("temporary report folders").isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return r.err();
    }

    @Test
    void theGoodFolderIsAccepted() {
        Path out = tmp.resolve("out-good");
        Run r = new Run("report", "--from", good.toString(), "--no-notebook", "--formats", "png", "-o", out.toString());
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("233 articles, 47 feature columns, grouped by leaning");
        assertThat(out.resolve("tables/groups.csv")).exists();
        assertThat(out.resolve("tables/model_metrics.csv")).doesNotExist(); // no train/ folder
    }

    @Test
    void missingFolder() {
        assertThat(refused(tmp.resolve("nowhere"), 3)).contains("nowhere: no such folder", "What to do: point --from at the folder the Spark job wrote");
    }

    @Test
    void noManifest() throws IOException {
        Path d = copy("no-manifest");
        Files.delete(d.resolve("manifest.json"));
        assertThat(refused(d, 3)).contains("manifest.json: missing: this is not a folder the Spark job wrote");
    }

    @Test
    void malformedManifest() throws IOException {
        Path d = copy("bad-json");
        Files.writeString(d.resolve("manifest.json"), "{\"job\": \"features\",\n \"counts\": {\"records\": 3,,}}\n");
        assertThat(refused(d, 3)).contains("manifest.json, line 2: not valid JSON");
        Files.writeString(d.resolve("manifest.json"), MANIFEST.replace("\"counts\": {\"records\": 233, ", "\"counts\": {"));
        assertThat(refused(d, 3)).contains("manifest.json, field 'counts.records': missing");
        Files.writeString(d.resolve("manifest.json"), MANIFEST.replace("\"job\": \"features\"", "\"job\": \"train\""));
        assertThat(refused(d, 3)).contains("field 'job': is 'train', expected 'features'");
    }

    @Test
    void missingFeatures() throws IOException {
        Path d = copy("no-features");
        for (String p : List.of("part-00000.csv", "part-00001.csv")) Files.delete(d.resolve("features").resolve(p));
        assertThat(refused(d, 3)).contains("no part-*.csv files", "--format csv");
        Files.delete(d.resolve("features"));
        assertThat(refused(d, 3)).contains("features: no features folder");
    }

    @Test
    void parquetOnly() throws IOException {
        Path d = copy("parquet");
        for (String p : List.of("part-00000.csv", "part-00001.csv")) Files.delete(d.resolve("features").resolve(p));
        Files.write(d.resolve("features/part-00000-abc.snappy.parquet"), new byte[]{'P', 'A', 'R', '1'});
        assertThat(refused(d, 3)).contains("the features are in Parquet only", "What to do: run the Spark job with --format csv --full-precision");
    }

    @Test
    void partHeaderDiffers() throws IOException {
        Path d = copy("header");
        editLine(d.resolve("features/part-00001.csv"), 0, l -> l.replace("text.sentences", "text.sentence"));
        assertThat(refused(d, 3)).contains("part-00001.csv, line 1: the header differs from that of part-00000.csv (column 7 is 'text.sentence' here, "
                + "'text.sentences' there)", "What to do: every part file of one job has the same header");
    }

    @Test
    void rowWithTheWrongNumberOfCells() throws IOException {
        Path d = copy("cells");
        editLine(d.resolve("features/part-00001.csv"), 2, l -> l.substring(0, l.lastIndexOf(',')));
        assertThat(refused(d, 3)).contains("part-00001.csv, line 3: 51 cells where the header has 52", "What to do: run the Spark job again");
    }

    @Test
    void badValue() throws IOException {
        Path d = copy("value");
        editLine(d.resolve("features/part-00000.csv"), 4, l -> l.substring(0, l.lastIndexOf(',')) + ",abc");
        assertThat(refused(d, 3)).contains("part-00000.csv, line 5, field 'subjective.loaded.rate': 'abc' is not a number");
    }

    @Test
    void unknownFamilyAndUnknownColumn() throws IOException {
        Path d = copy("family");
        Files.writeString(d.resolve("manifest.json"), MANIFEST.replace("FAMILIES", "framing+sentiment"));
        assertThat(refused(d, 3)).contains("manifest.json, field 'features.families': Invalid feature family: 'sentiment'", "What to do: the spec is the job's --families");
        // the table has every framing column, the manifest says only attribution: the first quotation column is unknown
        Files.writeString(d.resolve("manifest.json"), MANIFEST.replace("FAMILIES", "attribution"));
        assertThat(refused(d, 3)).contains("part-00000.csv, line 1, field 'quotation.direct.count': unknown column: not a feature column of the families 'attribution'",
                "framelab features --list-features --families attribution");
    }

    @Test
    void unknownLabelColumn() throws IOException {
        Path d = copy("label");
        Files.writeString(d.resolve("manifest.json"), MANIFEST.replace("FAMILIES", "framing").replace("[\"leaning\", \"topic\"]", "[\"leaning\"]"));
        assertThat(refused(d, 3)).contains("field 'topic': unknown column: neither a label field of the job's mapping ([leaning])");
    }

    @Test
    void pathAndFromTogetherOrNeither() throws IOException {
        Path d = copy("usage");
        Path out = tmp.resolve("out-usage");
        Run both = new Run("report", ReportFromCommandTest.DEMO, "--from", d.toString(), "-o", out.toString());
        assertThat(both.code).isEqualTo(2);
        assertThat(both.err()).contains("Give either the corpus PATH or --from DIR, not both");
        Run neither = new Run("report", "-o", out.toString());
        assertThat(neither.code).isEqualTo(2);
        assertThat(neither.err()).contains("Give the corpus PATH or --from DIR");
        assertThat(refused(d, 2, "--families", "framing+ngrams")).contains("--families does not go with --from");
        // a table of labels per outlet the job did not join: the job's features carry no such label (0 tests, exit 0 otherwise)
        assertThat(refused(d, 2, "--outlet-labels", "ratings.csv")).contains("--outlet-labels ratings.csv: the Spark job that wrote")
                .contains("joined no table of labels per outlet").contains("run the Spark job again with --outlet-labels ratings.csv");
        assertThat(refused(d, 2, "--date-format", "dmy")).contains("--date-format does not go with --from");
        // a group field the table does not have is bad input, as in a local report (not a warning and a report of 0 tests)
        assertThat(refused(d, 3, "--group-by", "leanings")).contains("'leanings'").contains("no article has a value for it");
        assertThat(out).doesNotExist();
    }

    @Test
    void trainFolderProblems() throws IOException {
        Path d = copy("train");
        Files.createDirectories(d.resolve("train"));
        Files.writeString(d.resolve("train/manifest.json"), "{\"job\": \"train\", \"label\": \"leaning\", \"group_field\": \"outlet\", "
                + "\"folds\": 3, \"seed\": 1, \"classifier\": \"Spark MLlib logistic regression\"}");
        assertThat(refused(d, 3)).contains("predictions.csv: missing: the train step wrote a manifest but no predictions");
        Files.writeString(d.resolve("train/predictions.csv"), "id,gold,predicted,fold,group,p_center,p_left,p_right\r\n"
                + "demo-001,left,left,0,A,0.1,0.8,0.1\r\ndemo-002,left,middle,1,B,0.1,0.8,0.1\r\n");
        assertThat(refused(d, 3)).contains("predictions.csv, line 3, field 'predicted': 'middle' is not one of the labels of the header");
        assertThat(refused(d, 2, "--label", "topic")).contains("the job's classifier predicts 'leaning'");
    }
}
