package org.framelab.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.SharedData;
import org.framelab.cli.ExitCodes;
import org.framelab.cli.Run;
import org.framelab.report.ExternalTools;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StudyRunnerTest {
    static Run cli(String... args) {
        return new Run(args);
    }

    static Study demo(Path out, Path notebooks) throws Exception {
        Study s = StudyFile.read(Path.of("datasets/demo/study.yaml"));
        Study.OutputSection o = s.outputs();
        return new Study(s.name(), s.seed(), s.corpus(), s.features(), s.analysis(), s.classifier(), s.charts(),
                new Study.OutputSection(out, o.workbook(), o.tables(), notebooks, o.evidencePerFeature()));
    }

    @Test
    void demoStudyRunsEndToEndAndTwiceGivesIdenticalTables(@TempDir Path dir) throws Exception {
        StudyRunner.Result a = StudyRunner.run(demo(dir.resolve("a"), dir.resolve("nb")), Path.of("datasets/demo/study.yaml"), Progress.NONE);
        StudyRunner.Result b = StudyRunner.run(demo(dir.resolve("b"), null), Path.of("datasets/demo/study.yaml"), Progress.NONE);
        Path ra = dir.resolve("a/demo"), rb = dir.resolve("b/demo");
        assertThat(a.data().table().rows()).hasSize(233);
        assertThat(a.data().overview()).filteredOn(e -> e.key().equals("label 'leaning' = center"))
                .singleElement().extracting(e -> e.value()).isEqualTo("78 (33.5%)");
        assertThat(a.groupFields()).containsExactly("leaning", "outlet");
        assertThat(a.data().tests()).isNotEmpty();
        assertThat(a.data().model()).isNotNull();
        assertThat(a.data().model().ablation()).isNotEmpty();
        assertThat(a.data().model().protocol()).contains("grouped by outlet");
        assertThat(a.data().model().labelField()).isEqualTo("leaning");
        // the demo is written so that leaning is learnable from outlets the model never saw
        var all = a.data().model().ablation().stream().filter(x -> x.name().equals("all")).findFirst().orElseThrow();
        assertThat(all.macroF1()).isGreaterThan(0.7);
        assertThat(all.macroF1()).isGreaterThan(a.data().model().baseline().value() + 0.3);
        assertThat(a.data().terms()).isNotEmpty();
        assertThat(a.data().evidence()).isNotEmpty();
        assertThat(a.data().monthly()).isNotEmpty();
        for (String t : List.of("articles.csv", "groups.csv", "tests.csv", "terms.csv", "evidence.csv", "monthly.csv",
                "columns.csv", "ngrams.csv", "model_metrics.csv", "model_per_class.csv", "model_confusion.csv", "model_per_group.csv",
                "importance.csv", "ablation.csv")) {
            assertThat(Files.readString(ra.resolve("tables").resolve(t))).as(t).isEqualTo(Files.readString(rb.resolve("tables").resolve(t)));
        }
        assertThat(ra.resolve("demo.xlsx")).exists();
        // the native (editable) Excel charts: titles, and each series reads its column of the data table beside it
        String xl = ExternalTools.python("openpyxl");
        ExternalTools.Result charts = ExternalTools.run(dir, 120, xl, "-c", String.join("\n",
                "import openpyxl, sys, re",
                "ws = openpyxl.load_workbook(sys.argv[1])['Charts']",
                "print('IMAGES', len(ws._images))",
                "for ch in ws._charts:",
                "    title = ch.title.tx.rich.p[0].r[0].t",
                "    for s in ch.series:",
                "        cat = s.cat.strRef.f; val = s.val.numRef.f; name = s.tx.strRef.f",
                "        c = re.match(r'Charts!\\$M\\$(\\d+):\\$M\\$(\\d+)', cat); v = re.match(r'Charts!\\$([A-Z]+)\\$(\\d+):\\$\\1\\$(\\d+)', val)",
                "        ok = c and v and c.group(1) == v.group(2) and c.group(2) == v.group(3) and name == 'Charts!$%s$%d' % (v.group(1), int(c.group(1)) - 1)",
                "        print('SERIES', type(ch).__name__, title, ws[name.split('!')[1].replace('$', '')].value, 'ok' if ok else 'BAD ' + cat + ' ' + val + ' ' + name)"),
                ra.resolve("demo.xlsx").toString());
        assertThat(charts.code()).as(charts.output()).isZero();
        assertThat(charts.output()).doesNotContain("BAD")
                .contains("SERIES BarChart Feature means by leaning (editable) center ok")
                .contains("SERIES BarChart Top attribution verbs by group (editable) right ok")
                .contains("SERIES BarChart Classifier scores per class (editable) F1 ok")
                .containsPattern("SERIES LineChart .* per month \\(editable\\) left ok");
        // each native chart has its picture beside it (and the figures follow)
        assertThat(Integer.parseInt(charts.output().lines().filter(l -> l.startsWith("IMAGES")).findFirst().orElseThrow().split(" ")[1]))
                .isGreaterThanOrEqualTo(4 + 10);
        // per-article tables carry the framing columns; the demo's n-gram vocabulary is one table
        assertThat(Files.readAllLines(ra.resolve("tables/articles.csv")).get(0)).doesNotContain("ngram:").contains("stance.hedge.rate");
        assertThat(Files.readAllLines(ra.resolve("tables/ngrams.csv"))).hasSize(1 + a.data().ngrams().size()).hasSizeGreaterThan(1000);
        for (String chart : List.of("confusion", "roc", "ablation", "top_features", "terms_attribution", "terms_quotation")) {
            for (String ext : List.of("png", "svg", "pdf")) assertThat(ra.resolve("charts/" + chart + "." + ext)).exists();
        }
        try (var s = Files.list(ra.resolve("charts"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.startsWith("means_by_leaning")).anyMatch(n -> n.startsWith("box_"))
                    .anyMatch(n -> n.startsWith("monthly_"));
        }
        JsonNode m = new ObjectMapper().readTree(ra.resolve("manifest.json").toFile());
        assertThat(m.get("inputs").get(0).get("sha256").asText())
                .isEqualTo(StudyOutputs.sha256(Path.of("datasets/demo/articles.jsonl")));
        assertThat(m.get("study_file").get("sha256").asText()).hasSize(64);
        assertThat(m.get("corpus").get("articles").asInt()).isEqualTo(233);
        assertThat(m.get("timings_seconds").has("features")).isTrue();
        // what the n-gram vocabulary left out of the features is on record: the 9 demo outlets' names (23-30 articles each)
        assertThat(m.get("left_out_of_features").get("outlet_names").toString()).contains("Lenn Wire Service", "The Ardel Record");
        assertThat(a.data().overview()).anyMatch(e -> e.section().equals("Left out of the features") && e.value().contains("Lenn Wire Service"));
        // the notebook export is valid nbformat 4 and reads tables that exist
        Path nb = dir.resolve("nb/demo.ipynb");
        assertThat(nb).exists();
        assertThat(dir.resolve("nb/demo/groups.csv")).exists();
        String py = ExternalTools.python("nbformat");
        ExternalTools.Result v = ExternalTools.run(dir, 120, py, "-c",
                "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('VALID')", nb.toString());
        assertThat(v.output()).contains("VALID");
    }

    @Test
    void demoNotebookExecutes(@TempDir Path dir) throws Exception {
        StudyRunner.run(demo(dir.resolve("r"), dir.resolve("nb")), null, Progress.NONE);
        ExternalTools.python("pandas", "matplotlib", "nbformat", "ipykernel");
        String jupyter = ExternalTools.tool("jupyter");
        ExternalTools.Result r = ExternalTools.run(dir.resolve("nb"), 600, jupyter, "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=300", "--output", "executed.ipynb", dir.resolve("nb/demo.ipynb").toString());
        assertThat(r.code()).as(r.output()).isZero();
        String executed = Files.readString(dir.resolve("nb/executed.ipynb"));
        assertThat(executed).contains("233 articles").contains("image/png").doesNotContain("\"output_type\": \"error\"");
    }

    @Test
    void runCommandPrintsSummary(@TempDir Path dir) {
        Run r = cli("run", "datasets/demo/study.yaml", "-o", dir.toString(), "--no-notebook");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Study demo: 233 articles").contains("Classifier macro-F1").contains("Wrote ");
        assertThat(dir.resolve("demo/demo.xlsx")).exists();
    }

    @Test
    void badStudyFileIsBadInputWithLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, "name: x\ncorpus:\n  path: a.csv\ncharts:\n  dpi: 5\n");
        Run r = cli("run", f.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("line 5").contains("'charts.dpi'").doesNotContain("Exception").doesNotContain("\tat ");
        Files.writeString(f, "name: x\ncorpus:\n  path: missing.jsonl\n");
        r = cli("run", f.toString(), "-o", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("missing.jsonl").doesNotContain("\tat ");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("study.yaml");
        }
    }

    @Test
    void reportOnBabe(@TempDir Path dir) throws Exception {
        Path babe = SharedData.require("datasets/babe/final_labels_SG2.csv");
        Run r = cli("report", babe.toString(), "--label", "label_bias", "--group-by", "type", "-o", dir.resolve("babe").toString(),
                "--no-notebook", "--formats", "png");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Study babe: 3674 articles").contains("grouped by type");
        assertThat(dir.resolve("babe/babe.xlsx")).exists();
        assertThat(dir.resolve("babe/charts/confusion.png")).exists();
        assertThat(r.out()).contains("Classifier macro-F1");
        List<String> groups = Files.readAllLines(dir.resolve("babe/tables/groups.csv"));
        assertThat(groups).anyMatch(l -> l.contains(",type,left,")).anyMatch(l -> l.contains(",type,right,"));
    }

    @Test
    void reportLeavesOutExcludedLabelsAsTrainDoes(@TempDir Path dir) throws Exception {
        Path babe = SharedData.require("datasets/babe/final_labels_SG2.csv");
        Run r = cli("report", babe.toString(), "--label", "label_bias", "--exclude-label", "No agreement", "--group-field", "outlet",
                "--families", "framing", "--folds", "3", "--seed", "5", "-o", dir.resolve("babe").toString(), "--no-notebook", "--formats", "png");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("articles left out: 1 with label_bias 'No agreement'");
        Run t = cli("train", babe.toString(), "--label", "label_bias", "--exclude-label", "No agreement", "--group-by", "outlet",
                "--features", "framing", "--cv", "3", "--seed", "5");
        assertThat(t.code()).as(t.err()).isZero();
        String f1 = java.util.regex.Pattern.compile("macro-F1\\s+(0\\.\\d{4})").matcher(t.out()).results().findFirst().orElseThrow().group(1);
        List<String> metrics = Files.readAllLines(dir.resolve("babe/tables/model_metrics.csv"));
        String reported = metrics.stream().filter(l -> l.startsWith("macro-F1,")).findFirst().orElseThrow().split(",")[1];
        assertThat(String.format(java.util.Locale.ROOT, "%.4f", Double.parseDouble(reported))).isEqualTo(f1);
        assertThat(Files.readAllLines(dir.resolve("babe/tables/model_confusion.csv"))).noneMatch(l -> l.contains("No agreement"));
        assertThat(Files.readString(dir.resolve("babe/manifest.json"))).contains("\"classifier.exclude_labels\" : \"No agreement\"");
    }

    @Test
    void aFieldTheCorpusLacksIsNamedByItsStudyKeyAndLine(@TempDir Path dir) throws Exception {
        Path corpus = Path.of("datasets/demo/articles.jsonl").toAbsolutePath();
        Path label = dir.resolve("label.yaml");
        Files.writeString(label, "name: x\ncorpus:\n  path: " + corpus + "\nclassifier:\n  label: bias\n");
        Run r = cli("run", label.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("label.yaml, line 5: 'classifier.label' names the field 'bias', which articles.jsonl does not have")
                .contains("available fields: id, title, text, outlet, leaning").doesNotContain("--label-field").doesNotContain("\tat ");
        Path group = dir.resolve("group.yaml");
        Files.writeString(group, "name: x\ncorpus:\n  path: " + corpus + "\nclassifier:\n  label: leaning\n  group_field: outlett\n");
        Run g = cli("run", group.toString());
        assertThat(g.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(g.err()).contains("group.yaml, line 6: 'classifier.group_field' is 'outlett'").doesNotContain("--group-by");
        // the same mistake on the command line names the option the user gave (report reads it as a label field)
        Run c = cli("report", corpus.toString(), "--label", "bias", "-o", dir.resolve("out").toString());
        assertThat(c.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(c.err()).contains("field 'bias': the field given with --label does not exist").doesNotContain("--label-field");
    }

    @Test
    void rowsSkippedWithSkipBadAreCountedOnTheConsoleAndInTheManifest(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "id,text,leaning,outlet\na1,\"The minister said the plan works.\",left,O1\n"
                + "a2,\"Bad row\na3,\"Critics accused the minister.\",right,O2\n");
        Run r = cli("report", csv.toString(), "--skip-bad", "-o", dir.resolve("rep").toString(), "--no-notebook", "--formats", "png");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Rows skipped by the reader (--skip-bad): 1 of").contains("bad.csv, line 3: field 'text'");
        String manifest = Files.readString(dir.resolve("rep/manifest.json"));
        assertThat(manifest).contains("\"rows_skipped\" : 1").contains("\"skipped_rows\" : [ \"").contains(", line 3: field 'text'");
    }

    @Test
    void theOutletColumnByItsOwnNameGroupsEveryCommandAsTrain(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src.jsonl"); // the demo with its outlet column called 'source'
        Files.writeString(src, Files.readString(Path.of("datasets/demo/articles.jsonl")).replace("\"outlet\":", "\"source\":"));
        Run c = cli("compare", src.toString(), "--group-by", "source", "-o", dir.resolve("c.csv").toString());
        assertThat(c.code()).as(c.err()).isZero();
        Run r = cli("report", src.toString(), "--label", "leaning", "--group-field", "source", "--group-by", "source", "--folds", "3",
                "-o", dir.resolve("r").toString(), "--no-notebook", "--formats", "png");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("whole outlets held out (each of the 9 outlets");
        Run t = cli("train", src.toString(), "--label", "leaning", "--group-by", "source", "--cv", "3", "--seed", "42",
                "--features", "framing");
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).contains("each of the 9 outlets");
    }

    @Test
    void articlesWithoutTextAreNamedOnceInTheReportAndByTrain(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("datasets/demo/articles.jsonl"));
        ObjectMapper om = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) om.readTree(lines.get(i));
            if (i == 3 || i == 10) node.put("text", i == 3 ? "" : "   ").put("title", "");
            sb.append(om.writeValueAsString(node)).append('\n');
        }
        Path corpus = dir.resolve("empty.jsonl");
        Files.writeString(corpus, sb.toString());
        String warning = "2 articles have no text (e.g. demo-004, demo-011): they stay in the analysis with every count 0";
        Run r = cli("report", corpus.toString(), "--label", "leaning", "--folds", "3", "-o", dir.resolve("r").toString(), "--no-notebook",
                "--formats", "png");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().split(java.util.regex.Pattern.quote(warning), -1)).as("the tests and the classifier both see it; said once").hasSize(2);
        Run t = cli("train", corpus.toString(), "--label", "leaning", "--group-by", "outlet", "--cv", "3", "--features", "framing");
        assertThat(t.out()).contains(warning);
        assertThat(org.framelab.corpus.Corpora.emptyTextWarning(List.of())).isEmpty();
    }

    @Test
    void judgementLevelStudyReportsAgreement(@TempDir Path dir) throws Exception {
        Path raw = SharedData.require("datasets/babe/raw_labels_SG2.xlsx");
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, """
                name: raw
                corpus:
                  path: %s
                  mapping: {text: text, item: text, annotator: annotator_id, labels: [label_bias], outlet: outlet}
                  skip_bad: true
                analysis: {group_by: [outlet]}
                charts: {types: [means], formats: [png]}
                outputs: {dir: %s, notebook: false, tables: true, workbook: true}
                """.formatted(raw.toAbsolutePath(), dir.resolve("reports")));
        StudyRunner.Result r = StudyRunner.run(StudyFile.read(f), f, Progress.NONE);
        var alpha = r.data().agreement().stream().filter(a -> a.measure().equals("Krippendorff's alpha")).findFirst().orElseThrow();
        assertThat(alpha.variable()).isEqualTo("label_bias");
        assertThat(alpha.value()).isBetween(0.39, 0.41); // Spinde et al. 2021 report 0.40 for SG2
        assertThat(alpha.ciLow()).isLessThan(alpha.value());
        assertThat(Files.readString(dir.resolve("reports/raw/tables/agreement.csv"))).contains("label_bias,Krippendorff's alpha,nominal,0.39");
        assertThat(r.warnings()).anyMatch(w -> w.contains("single judgement"));
    }

    @Test
    @Tag("slow")
    void reportOnAllSides(@TempDir Path dir) throws Exception {
        Path all = SharedData.require("datasets/allsides/articles.jsonl.gz");
        Run r = cli("report", all.toString(), "--label", "bias", "--group-by", "bias", "-o", dir.resolve("allsides").toString(),
                "--no-notebook", "--formats", "png", "--classifier", "none");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Study allsides: 3").contains("grouped by bias");
        Path xlsx = dir.resolve("allsides/allsides.xlsx");
        assertThat(xlsx).exists();
        String py = ExternalTools.python("openpyxl");
        ExternalTools.Result o = ExternalTools.run(dir, 600, py, "-c",
                "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1], read_only=True); print('ROWS', wb['Articles'].max_row)", xlsx.toString());
        assertThat(o.output()).contains("ROWS 3");
    }
}
