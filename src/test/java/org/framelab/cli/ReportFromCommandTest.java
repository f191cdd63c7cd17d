package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.app.CompareGroups;
import org.framelab.app.FeatureStep;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;
import org.framelab.report.CsvTables;
import org.framelab.report.ReportData;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report --from DIR} on a folder laid out as the Spark job writes it, built here from the LOCAL pipeline: the
 * demo corpus's {@code features} table split into two part files, its terms table, a manifest, and the predictions of
 * a local {@code train --cv 3 --group-by outlet --predictions-out}. The report must give the numbers of a local
 * {@code report} on the same corpus (up to the 6 decimals the features CSV carries), the classifier's numbers of the
 * local evaluation, the same bytes twice, and a clear message (exit 3, no output) for every kind of broken folder.
 */
class ReportFromCommandTest {
    static final String DEMO = "datasets/demo/articles.jsonl";
    static final String[] MAPPING = {"--id-field", "id", "--text-field", "text", "--title-field", "title", "--outlet-field", "outlet",
            "--date-field", "date", "--label-field", "leaning,topic"};
    static final String GROUP_BY = "leaning,outlet";

    @TempDir
    static Path tmp;
    static Path job, local, fromA, fromB, metricsJson;
    static Run runA;

    @BeforeAll
    static void buildJobFolderAndReports() throws Exception {
        job = tmp.resolve("job");
        Files.createDirectories(job.resolve("features"));
        Files.createDirectories(job.resolve("train"));
        Path table = tmp.resolve("local-features.csv");
        Run f = new Run(concat(new String[]{"features", DEMO}, MAPPING, new String[]{"-o", table.toString()}));
        assertThat(f.code).as(f.err()).isZero();
        List<String> lines = Files.readAllLines(table);
        String header = lines.get(0);
        int cut = 120;
        Files.writeString(job.resolve("features/part-00000.csv"), header + "\n" + String.join("\n", lines.subList(1, cut)) + "\n");
        Files.writeString(job.resolve("features/part-00001.csv"), header + "\n" + String.join("\n", lines.subList(cut, lines.size())) + "\n");
        Files.writeString(job.resolve("features/part-00002.csv"), header + "\n"); // a part may hold only the header
        Files.copy(tmp.resolve("local-features.terms.csv"), job.resolve("terms.csv"));
        writeDemoManifest(job);
        metricsJson = tmp.resolve("local-metrics.json");
        Run t = new Run(concat(new String[]{"train", DEMO}, MAPPING, new String[]{"--label", "leaning", "--group-by", "outlet", "--cv", "3",
                "--seed", "1", "--predictions-out", job.resolve("train/predictions.csv").toString(), "--metrics-json", metricsJson.toString(),
                "-o", tmp.resolve("m.model").toString()}));
        assertThat(t.code).as(t.err()).isZero();
        Files.writeString(job.resolve("train/manifest.json"), """
                {"job": "train", "label": "leaning", "group_field": "outlet", "folds": 3, "seed": 1,
                 "classifier": "linear (local FrameLab train, standing in for the Spark job)", "families": "framing+ngrams"}
                """);

        local = tmp.resolve("reports/local");
        Run l = new Run(concat(new String[]{"report", DEMO}, MAPPING, new String[]{"--group-by", GROUP_BY, "--classifier", "none",
                "--formats", "png", "--no-notebook", "-o", local.toString()}));
        assertThat(l.code).as(l.err()).isZero();
        fromA = tmp.resolve("reports/fromjob");
        String[] args = {"report", "--from", job.toString(), "--group-by", GROUP_BY, "--label", "leaning", "--formats", "png",
                "--notebook", tmp.resolve("nb").toString(), "-o", fromA.toString()};
        runA = new Run(args);
        assertThat(runA.code).as(runA.err()).isZero();
        // a copy of the first run; the second run replaces the folder (and the notebook) in place
        fromB = tmp.resolve("first-run");
        copyTree(fromA, fromB);
        Files.copy(tmp.resolve("nb/fromjob.ipynb"), tmp.resolve("first-run.ipynb"));
        Run b = new Run(args);
        assertThat(b.code).as(b.err()).isZero();
    }

    /**
     * groups.csv and tests.csv against a local report on the corpus: the same rows, the same texts (features, groups, tests,
     * significance, levels) and the same numbers up to what the job's CSV keeps. The part files carry the values as
     * {@code framelab features} writes them, rounded to 6 decimals; counts are exact, rates move by at most 5e-7, so the
     * statistics agree to about 1e-5 relative (measured: at most 1.3e-5). {@link #sameBytesAsLocalCodeOnTheSixDecimalValues}
     * shows the rounding is the only difference.
     */
    @Test
    void groupsAndTestsAgreeWithALocalReport() throws IOException {
        for (String name : List.of("groups.csv", "tests.csv", "pooled-ratios.csv", "design.csv", "icc.csv", "permutation.csv", "monthly.csv")) {
            List<CSVRecord> a = csv(local.resolve("tables/" + name)), b = csv(fromA.resolve("tables/" + name));
            assertThat(b).as(name).hasSameSizeAs(a);
            assertThat(a.size()).as(name).isGreaterThan(1);
            for (int i = 0; i < a.size(); i++) {
                for (int c = 0; c < a.get(i).size(); c++) {
                    String x = a.get(i).get(c), y = b.get(i).get(c);
                    if (x.equals(y)) continue;
                    double dx = Double.parseDouble(x), dy = Double.parseDouble(y); // only numbers may differ
                    assertThat(Math.abs(dx - dy)).as("%s row %d column %d: %s vs %s", name, i, c, x, y)
                            .isLessThanOrEqualTo(5e-5 * Math.max(1, Math.max(Math.abs(dx), Math.abs(dy))));
                }
            }
        }
        for (String exact : List.of("articles.csv", "columns.csv", "terms.csv")) {
            assertThat(Files.readString(fromA.resolve("tables/" + exact))).as(exact).isEqualTo(Files.readString(local.resolve("tables/" + exact)));
        }
    }

    /** The same local code (CompareGroups) on the local feature values rounded to the CSV's 6 decimals gives groups.csv and tests.csv byte for byte. */
    @Test
    void sameBytesAsLocalCodeOnTheSixDecimalValues() throws Exception {
        ReadOptions ro = ReadOptions.parse(new FieldMapping("id", "text", "title", List.of("leaning", "topic"), "outlet", "date", null, null),
                null, null, null, false, 0);
        List<Article> articles = Corpora.read(Path.of(DEMO), ro, Progress.NONE).articles();
        FeatureTable t = FeatureStep.run(articles, FeatureOptions.defaults(), null, 0, Progress.NONE).table();
        List<FeatureTable.Row> rounded = new ArrayList<>();
        for (FeatureTable.Row r : t.rows()) {
            double[] v = r.values().values().clone();
            for (int i = 0; i < v.length; i++) {
                if (Double.isFinite(v[i])) v[i] = BigDecimal.valueOf(v[i]).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
            }
            rounded.add(new FeatureTable.Row(r.id(), r.outlet(), r.date(), r.labels(), new SparseVector(r.values().indices(), v)));
        }
        FeatureTable rt = new FeatureTable(t.columns(), rounded);
        List<ReportData.GroupRow> groups = new ArrayList<>();
        List<ReportData.TestRow> tests = new ArrayList<>();
        for (String gf : GROUP_BY.split(",")) {
            CompareGroups.Result c = CompareGroups.run(rt, articles, new CompareGroups.Request(gf, List.of(), 0.05, "holm", null, 42), Progress.NONE);
            groups.addAll(c.groups());
            tests.addAll(c.tests());
        }
        Path dir = tmp.resolve("rounded-local");
        CsvTables.write(new ReportData("x", List.of(), rt, rt.columns(), groups, tests, List.of(), List.of(), List.of(), null, List.of(),
                List.of(), List.of()), dir);
        assertThat(Files.readString(fromA.resolve("tables/groups.csv"))).isEqualTo(Files.readString(dir.resolve("groups.csv")));
        assertThat(Files.readString(fromA.resolve("tables/tests.csv"))).isEqualTo(Files.readString(dir.resolve("tests.csv")));
    }

    /** The classifier's numbers are the local evaluation's (the same predictions scored by the same metric code). */
    @Test
    void classifierNumbersAreTheLocalEvaluations() throws IOException {
        JsonNode m = new ObjectMapper().readTree(metricsJson.toFile());
        List<CSVRecord> rows = csv(fromA.resolve("tables/model_metrics.csv"));
        assertThat(value(rows, "macro-F1", "value")).isEqualTo(m.get("macroF1").asDouble());
        assertThat(value(rows, "accuracy", "value")).isEqualTo(m.get("accuracy").asDouble());
        assertThat(value(rows, "macro-F1", "ci_low")).isEqualTo(m.get("ci95").get("macroF1").get(0).asDouble());
        assertThat(value(rows, "macro-F1", "ci_high")).isEqualTo(m.get("ci95").get("macroF1").get(1).asDouble());
        assertThat(value(rows, "baseline macro-F1 (majority class of the training data)", "value")).isEqualTo(m.get("baseline").get("macroF1").asDouble());
        assertThat(value(rows, "Cohen's kappa", "value")).isEqualTo(m.get("kappa").asDouble());
        // the probabilities in predictions.csv have 6 decimals: the AUC moves a little
        assertThat(value(rows, "ROC AUC (macro, one-vs-rest)", "value")).isCloseTo(m.get("rocAuc").asDouble(), org.assertj.core.api.Assertions.within(1e-4));
        List<CSVRecord> perGroup = csv(fromA.resolve("tables/model_per_group.csv"));
        assertThat(perGroup).hasSize(m.get("perGroup").size() + 1);
        for (int i = 0; i < m.get("perGroup").size(); i++) {
            assertThat(perGroup.get(i + 1).get(0)).isEqualTo(m.get("perGroup").get(i).get("group").asText());
            assertThat(Double.parseDouble(perGroup.get(i + 1).get(3))).isEqualTo(m.get("perGroup").get(i).get("macroF1").asDouble());
        }
        assertThat(runA.out()).contains("Classifier macro-F1: " + String.format(java.util.Locale.ROOT, "%.3f", m.get("macroF1").asDouble()));
    }

    @Test
    void workbookAndManifestSayTheFeaturesCameFromTheSparkJob() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(fromA.resolve("fromjob.xlsx")))) {
            assertThat(wb.getSheet("Articles").getLastRowNum()).isEqualTo(233);
            assertThat(wb.getSheet("Model")).isNotNull();
            Sheet ev = wb.getSheet("Evidence");
            assertThat(ev.getRow(0).getCell(0).getStringCellValue()).isEqualTo("feature");
            assertThat(ev.getRow(2).getCell(0).getStringCellValue()).startsWith("No evidence spans: the features were computed by the Spark job");
            StringBuilder overview = new StringBuilder();
            for (var row : wb.getSheet("Overview")) for (var cell : row) overview.append(cell.toString()).append('|');
            assertThat(overview.toString()).contains("Features from the Spark job", "Spark version|3.5.1", "master|local[2]", "bad rows|0",
                    "datasets/demo/articles.jsonl (jsonl)");
        }
        JsonNode mf = new ObjectMapper().readTree(fromA.resolve("manifest.json").toFile());
        assertThat(mf.at("/features_from_spark_job/manifest/spark_version").asText()).isEqualTo("3.5.1");
        assertThat(mf.at("/features_from_spark_job/manifest/counts/bad_rows").asInt()).isZero();
        assertThat(mf.at("/corpus/reader").asText()).isEqualTo("Spark job features (3 CSV part files)");
        assertThat(mf.get("inputs")).hasSize(7); // manifest, 3 parts, terms, train manifest, predictions
        assertThat(Files.exists(tmp.resolve("nb/fromjob.ipynb"))).isTrue();
    }

    /** The job's table has no texts by design (the features were computed from them by the job): no "articles have no text" warning. */
    @Test
    void noWarningAboutMissingTexts() throws IOException {
        assertThat(runA.out()).doesNotContain("no text");
        assertThat(Files.readString(fromA.resolve("manifest.json"))).doesNotContain("no text");
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(fromA.resolve("fromjob.xlsx")))) {
            for (Sheet sh : wb) for (var row : sh) for (var cell : row) all.append(cell.toString()).append('|');
        }
        assertThat(all.toString()).doesNotContain("have no text");
        // a real corpus whose articles have no text keeps the warning
        List<Article> blank = List.of(new Article("a", "", "", "X", null, "", List.of(), java.util.Map.of("g", "1"), java.util.Map.of(), List.of()),
                new Article("b", "", "", "Y", null, "", List.of(), java.util.Map.of("g", "2"), java.util.Map.of(), List.of()));
        assertThat(Corpora.emptyTextWarning(blank)).contains("2 articles have no text");
    }

    /** Same folder, same bytes: every table, chart, the workbook and the notebook of two runs (the manifest differs only in its date and timings). */
    @Test
    void sameFolderSameBytes() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(fromA)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("manifest.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path a : files) {
            String rel = fromA.relativize(a).toString();
            assertThat(Files.readAllBytes(fromB.resolve(rel))).as(rel).isEqualTo(Files.readAllBytes(a));
        }
        assertThat(Files.readAllBytes(tmp.resolve("nb/fromjob.ipynb"))).isEqualTo(Files.readAllBytes(tmp.resolve("first-run.ipynb")));
        JsonNode a = new ObjectMapper().readTree(fromA.resolve("manifest.json").toFile()), b = new ObjectMapper().readTree(fromB.resolve("manifest.json").toFile());
        for (JsonNode m : List.of(a, b)) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) m).remove(List.of("created", "timings_seconds"));
        }
        assertThat(b).isEqualTo(a);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    static List<CSVRecord> csv(Path p) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(Files.readString(p))).getRecords();
    }

    static double value(List<CSVRecord> rows, String metric, String column) {
        int c = rows.get(0).toList().indexOf(column);
        return rows.stream().filter(r -> r.get(0).equals(metric)).map(r -> Double.parseDouble(r.get(c))).findFirst().orElseThrow();
    }

    static String[] concat(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
    }

    /** The manifest of a Spark features job over the demo corpus (framing families, the demo's mapping). */
    static void writeDemoManifest(Path job) throws java.io.IOException {
        Files.writeString(job.resolve("manifest.json"), """
                {"job": "features", "framelab_version": "0.1.0", "spark_version": "3.5.1", "master": "local[2]",
                 "input": {"paths": ["datasets/demo/articles.jsonl"], "format": "jsonl",
                           "mapping": {"id": "id", "text": "text", "title": "title", "outlet": "outlet", "date": "date", "labels": ["leaning", "topic"]}},
                 "features": {"families": "framing"}, "counts": {"records": 233, "articles": 233, "bad_rows": 0},
                 "bad_rows_sample": null, "created": "2025-01-01T00:00:00Z"}
                """);
    }
}
