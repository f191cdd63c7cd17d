package org.framelab.spark;

import org.apache.spark.sql.Row;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureTable;
import org.framelab.features.FittedFeatures;
import org.framelab.app.FeatureStep;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framelab.spark.SparkTestSupport.csvParts;
import static org.framelab.spark.SparkTestSupport.local;
import static org.framelab.spark.SparkTestSupport.shared;
import static org.framelab.spark.SparkTestSupport.spark;

/** The Spark job's features equal {@code framelab features} on the same input: demo, BABE, compressed, broken lines. */
class SparkFeaturesTest {
    static final Path DEMO = Path.of("datasets/demo/articles.jsonl");

    @TempDir
    Path tmp;

    @Test
    void demoCsvIsByteForByteTheLocalFeaturesTable() throws IOException {
        SparkTestSupport.Run r = spark("features", DEMO.toString(), "-o", tmp.resolve("job").toString(), "--format", "csv", "--master", "local[2]");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("articles:  233 (of 233 records; 0 bad rows left out)");
        SparkTestSupport.Run l = local("features", DEMO.toString(), "-o", tmp.resolve("local.csv").toString());
        assertThat(l.code()).as(l.err()).isZero();
        // plain JSON lines are split so that each core gets a part, in input order: the concatenation is the local file
        assertThat(Files.list(tmp.resolve("job/features")).count()).isEqualTo(2);
        assertThat(String.join("\n", csvParts(tmp.resolve("job/features"))))
                .isEqualTo(String.join("\n", Files.readAllLines(tmp.resolve("local.csv"))));
        assertThat(Files.readString(tmp.resolve("job/terms.csv"))).isEqualTo(Files.readString(tmp.resolve("local.terms.csv")));
        String mf = Files.readString(tmp.resolve("job/manifest.json"));
        assertThat(mf).contains("\"job\" : \"features\"", "\"bad_rows\" : 0", "\"families\" : \"framing\"", "\"paths\" : [ \"datasets/demo/articles.jsonl\" ]")
                .doesNotContain(tmp.toString());
        assertThat(tmp.resolve("job/bad-rows.csv")).doesNotExist();
    }

    @Test
    void demoParquetHoldsTheLocalValuesToOneInABillion() throws Exception {
        SparkTestSupport.Run r = spark("features", DEMO.toString(), "-o", tmp.resolve("job").toString(), "--families", "framing");
        assertThat(r.code()).as(r.err()).isZero();
        assertEqualToLocal(tmp.resolve("job/features"), DEMO, ReadOptions.defaults());
    }

    @Test
    void babeEqualsTheLocalFeaturesTable() throws Exception {
        Path babe = shared("datasets/babe/final_labels_SG2.csv");
        SparkTestSupport.Run r = spark("features", babe.toString(), "-o", tmp.resolve("csv").toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        SparkTestSupport.Run l = local("features", babe.toString(), "-o", tmp.resolve("local.csv").toString());
        assertThat(l.code()).as(l.err()).isZero();
        List<String> job = csvParts(tmp.resolve("csv/features"));
        List<String> loc = Files.readAllLines(tmp.resolve("local.csv"));
        // one CSV file is one task, spread over the cores afterwards: the same lines, the order of the spread
        assertThat(job.get(0)).isEqualTo(loc.get(0));
        assertThat(job).hasSize(loc.size());
        assertThat(job.subList(1, job.size())).containsExactlyInAnyOrderElementsOf(loc.subList(1, loc.size()));
        assertThat(Files.readString(tmp.resolve("csv/terms.csv"))).isEqualTo(Files.readString(tmp.resolve("local.terms.csv")));

        SparkTestSupport.Run p = spark("features", babe.toString(), "-o", tmp.resolve("pq").toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertEqualToLocal(tmp.resolve("pq/features"), babe, ReadOptions.defaults());
    }

    @Test
    void compressedInputGivesTheSameRows() throws IOException {
        Path gz = tmp.resolve("demo.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(DEMO, o);
        }
        SparkTestSupport.Run r = spark("features", gz.toString(), "-o", tmp.resolve("job").toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        SparkTestSupport.Run l = local("features", DEMO.toString(), "-o", tmp.resolve("local.csv").toString());
        assertThat(l.code()).isZero();
        List<String> loc = Files.readAllLines(tmp.resolve("local.csv"));
        List<String> job = csvParts(tmp.resolve("job/features"));
        assertThat(job).containsExactlyInAnyOrderElementsOf(loc);
    }

    @Test
    void parquetFoldersAndGlobsGiveTheSameRows() throws IOException {
        SparkTestSupport.Run l = local("features", DEMO.toString(), "-o", tmp.resolve("local.csv").toString());
        assertThat(l.code()).isZero();
        List<String> loc = Files.readAllLines(tmp.resolve("local.csv"));

        // Parquet written by Spark from the JSON lines (its columns in Spark's order, the date a string)
        Path pq = tmp.resolve("demo.parquet");
        spark().read().json(DEMO.toString()).write().parquet(pq.toString());
        SparkTestSupport.Run p = spark("features", pq.toString(), "-o", tmp.resolve("pq").toString(), "--format", "csv");
        assertThat(p.code()).as(p.err()).isZero();
        List<String> fromParquet = csvParts(tmp.resolve("pq/features"));
        assertThat(fromParquet.get(0)).isEqualTo(loc.get(0));
        assertThat(fromParquet).containsExactlyInAnyOrderElementsOf(loc);
        assertThat(Files.readString(tmp.resolve("pq/manifest.json"))).contains("\"format\" : \"parquet\"");

        // a folder of two files and a glob over them: the same rows
        List<String> lines = Files.readAllLines(DEMO, StandardCharsets.UTF_8);
        Path dir = Files.createDirectories(tmp.resolve("split"));
        Files.write(dir.resolve("a.jsonl"), lines.subList(0, 100), StandardCharsets.UTF_8);
        Files.write(dir.resolve("b.jsonl"), lines.subList(100, lines.size()), StandardCharsets.UTF_8);
        for (String in : List.of(dir.toString(), dir + "/*.jsonl")) {
            Path o = tmp.resolve("out" + in.length());
            SparkTestSupport.Run r = spark("features", in, "-o", o.toString(), "--format", "csv");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(String.join("\n", csvParts(o.resolve("features")))).as(in).isEqualTo(String.join("\n", loc));
            assertThat(Files.readString(o.resolve("manifest.json"))).contains("\"files\" : 2");
        }
    }

    @Test
    void brokenLinesAreCountedNamedAndLeftOutUnlessStrict() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(DEMO, StandardCharsets.UTF_8));
        lines.set(4, lines.get(4).substring(0, 40));          // line 5: cut short
        lines.set(16, "{\"id\": \"x\", \"text\": }");            // line 17: no value
        lines.add(100, "");                                     // a blank line: not a record, not bad
        lines.set(150, "not json at all");                       // line 151
        Path broken = tmp.resolve("broken.jsonl");
        Files.write(broken, lines, StandardCharsets.UTF_8);

        SparkTestSupport.Run r = spark("features", broken.toString(), "-o", tmp.resolve("job").toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("articles:  230 (of 233 records; 3 bad rows left out");
        List<String> bad = Files.readAllLines(tmp.resolve("job/bad-rows.csv"));
        assertThat(bad.get(0)).isEqualTo("file,line,reason");
        assertThat(bad.subList(1, bad.size())).extracting(s -> s.split(",")[0] + "," + s.split(",")[1])
                .containsExactly(broken + ",5", broken + ",17", broken + ",151");
        assertThat(Files.readString(tmp.resolve("job/manifest.json"))).contains("\"bad_rows\" : 3", "\"articles\" : 230",
                "\"bad_rows_sample\" : \"bad-rows.csv\"");
        assertThat(csvParts(tmp.resolve("job/features"))).hasSize(231);

        // the local reader with --skip-bad skips the same lines
        Corpus c = Corpora.read(broken, ReadOptions.parse(org.framelab.corpus.FieldMapping.auto(), null, null, null, true, 0), Progress.NONE);
        assertThat(c.provenance().skippedSample()).extracting(x -> x.line()).containsExactly(5L, 17L, 151L);
        assertThat(c.size()).isEqualTo(230);

        SparkTestSupport.Run strict = spark("features", broken.toString(), "-o", tmp.resolve("strict").toString(), "--strict");
        assertThat(strict.code()).isEqualTo(3);
        assertThat(strict.err()).contains(broken + ", line 5", "3 bad rows in all", "What to do").doesNotContain("Exception");
        assertThat(tmp.resolve("strict/features")).doesNotExist();
    }

    @Test
    void aBadCsvRowIsCountedWithItsLineAsTheLocalReaderReportsIt() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "id,text,outlet\n1,\"The minister said the plan works.\",A\n2,\"unterminated,B\n", StandardCharsets.UTF_8);
        SparkTestSupport.Run r = spark("features", csv.toString(), "-o", tmp.resolve("job").toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("articles:  1 (of 2 records; 1 bad rows left out");
        Corpus c = Corpora.read(csv, ReadOptions.parse(org.framelab.corpus.FieldMapping.auto(), null, null, null, true, 0), Progress.NONE);
        {
            List<String> bad = Files.readAllLines(tmp.resolve("job/bad-rows.csv"));
            assertThat(bad).hasSize(2);
            assertThat(bad.get(1)).startsWith(csv + ",3,").contains("unterminated quote");
            assertThat(c.provenance().skippedSample()).extracting(x -> x.line()).containsExactly(3L);
        }
        assertThat(csvParts(tmp.resolve("job/features"))).hasSize(2);
        SparkTestSupport.Run strict = spark("features", csv.toString(), "-o", tmp.resolve("strict").toString(), "--strict");
        assertThat(strict.code()).isEqualTo(3);
        assertThat(strict.err()).contains(csv + ", line 3", "What to do").doesNotContain("\tat ");
    }

    @Test
    void dayFirstDatesStopTheJobAsTheyStopALocalRead() throws Exception {
        // a day-first file read without --date-format: the local reader stops at line 3 ('13/01/2024'), since
        // '05/03/2024' on line 1 would otherwise be read as 3 May; the Spark job stops with the same message
        Path dates = tmp.resolve("dates.jsonl");
        Files.writeString(dates, "{\"id\":\"a\",\"text\":\"The minister said the plan works.\",\"date\":\"05/03/2024\"}\n"
                + "{\"id\":\"b\",\"text\":\"Critics accused the minister.\",\"date\":\"07/03/2024\"}\n"
                + "{\"id\":\"c\",\"text\":\"The mayor told reporters it was over.\",\"date\":\"13/01/2024\"}\n", StandardCharsets.UTF_8);
        String local;
        try {
            Corpora.read(dates, ReadOptions.defaults(), Progress.NONE);
            throw new AssertionError("the local read should stop at line 3");
        } catch (org.framelab.corpus.CorpusException e) {
            local = e.getMessage();
        }
        assertThat(local).contains(dates + ", line 3", "'13/01/2024' can only be a day-first date");
        SparkTestSupport.Run r = spark("features", dates.toString(), "-o", tmp.resolve("dates-job").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(local).doesNotContain("\tat ");
        assertThat(tmp.resolve("dates-job/features")).doesNotExist();
        // with the order given, both read the file
        SparkTestSupport.Run dmy = spark("features", dates.toString(), "-o", tmp.resolve("dates-dmy").toString(), "--date-format", "dmy",
                "--format", "csv");
        assertThat(dmy.code()).as(dmy.err()).isZero();
        assertThat(dmy.out()).contains("articles:  3 (of 3 records; 0 bad rows left out");
        assertThat(dmy.err()).doesNotContain("note:");
        // only dates whose day and month are both 12 or less: read month-first, with the local read's note
        Path ambiguous = tmp.resolve("ambiguous.jsonl");
        Files.writeString(ambiguous, Files.readString(dates).replace("13/01/2024", "11/01/2024"), StandardCharsets.UTF_8);
        String note = Corpora.read(ambiguous, ReadOptions.defaults(), Progress.NONE).provenance().notes().stream()
                .filter(n -> n.contains("month-first")).findFirst().orElseThrow();
        SparkTestSupport.Run amb = spark("features", ambiguous.toString(), "-o", tmp.resolve("ambiguous-job").toString(), "--format", "csv");
        assertThat(amb.code()).as(amb.err()).isZero();
        assertThat(amb.err()).contains("framelab: note: " + note);
        assertThat(Files.readString(tmp.resolve("ambiguous-job/manifest.json"))).contains("\"notes\"", "3 slash dates in field 'date'");
    }

    @Test
    void userMistakesAreOneMessageAndExitCode() {
        SparkTestSupport.Run missing = spark("features", tmp.resolve("nope.jsonl").toString(), "-o", tmp.resolve("o").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("no such file or folder", "What to do").doesNotContain("\tat ");
        SparkTestSupport.Run field = spark("features", DEMO.toString(), "-o", tmp.resolve("o").toString(), "--text-field", "body");
        assertThat(field.code()).isEqualTo(3);
        assertThat(field.err()).contains("--text-field", "does not exist", "available fields").doesNotContain("\tat ");
        SparkTestSupport.Run ngrams = spark("features", DEMO.toString(), "-o", tmp.resolve("o").toString(), "--families", "framing+ngrams");
        assertThat(ngrams.code()).isEqualTo(2);
        assertThat(ngrams.err()).contains("spark train");
        SparkTestSupport.Run format = spark("features", DEMO.toString(), "-o", tmp.resolve("o").toString(), "--format", "xlsx");
        assertThat(format.code()).isEqualTo(2);
    }

    /** Every Parquet row equals the local table's row of the same id, every column, to 1e-9 (missing = null). */
    static void assertEqualToLocal(Path parquet, Path corpus, ReadOptions ro) throws Exception {
        Corpus c = Corpora.read(corpus, ro, Progress.NONE);
        FittedFeatures f = FeatureStep.fit(List.of(), FeatureSets.parse(FeatureOptions.defaults()), Progress.NONE).features();
        FeatureTable t = FeatureExtraction.table(f, c, 2, Progress.NONE);
        List<FeatureColumn> cols = f.columns();
        List<Row> rows = spark().read().parquet(parquet.toString()).collectAsList();
        assertThat(rows).hasSize(t.rows().size());
        Map<String, Row> byId = new HashMap<>();
        for (Row r : rows) byId.put(r.getString(r.fieldIndex("id")), r);
        for (FeatureTable.Row lr : t.rows()) {
            Row sr = byId.get(lr.id());
            assertThat(sr).as(lr.id()).isNotNull();
            assertThat(sr.getString(sr.fieldIndex("outlet"))).isEqualTo(lr.outlet());
            double[] dense = new double[cols.size()];
            int[] idx = lr.values().indices();
            double[] val = lr.values().values();
            for (int k = 0; k < idx.length; k++) dense[idx[k]] = val[k];
            for (int i = 0; i < cols.size(); i++) {
                Object v = sr.get(sr.fieldIndex(cols.get(i).name()));
                if (Double.isNaN(dense[i])) assertThat(v).as(lr.id() + " " + cols.get(i).name()).isNull();
                else assertThat((Double) v).as(lr.id() + " " + cols.get(i).name()).isCloseTo(dense[i], org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}
