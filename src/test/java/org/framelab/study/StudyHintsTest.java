package org.framelab.study;

import org.framelab.cli.ExitCodes;
import org.framelab.cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a study file's run tells the user to do names what a study file has (its keys), not only the options of
 * one command: shared code (model, stats) words its hints for every path that reaches it.
 */
class StudyHintsTest {
    private static final String OUT = "outputs:\n  dir: %s\n  notebook: false\n  workbook: false\ncharts:\n  formats: [png]\n";

    private static Run run(Path dir, String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve("study.yaml"), yaml + OUT.formatted(dir.resolve("out")));
        return StudyRunnerTest.cli("run", f.toString());
    }

    /** A study of the demo corpus (framing features, leaning compared) with {@code rest} after {@code analysis.group_by}. */
    private static String demo(String name, String rest) {
        return """
                name: %s
                corpus:
                  path: %s
                  mapping: {outlet: outlet, labels: [leaning]}
                features:
                  families: [framing]
                analysis:
                  group_by: [leaning]
                """.formatted(name, Path.of("datasets/demo/articles.jsonl").toAbsolutePath()) + rest;
    }

    /** Stratified folds on labels fixed per outlet: the hint gives the study keys, not train's --group-by alone. */
    @Test
    void groupedFoldsHintNamesTheStudyKeys(@TempDir Path dir) throws Exception {
        Run r = run(dir, demo("strat", """
                classifier:
                  label: leaning
                  protocol: stratified
                  folds: 3
                  ablation: false
                  bootstrap: 0
                """));
        assertThat(r.code()).as(r.err()).isZero();
        String all = r.out() + r.err();
        assertThat(all).contains("Random folds put the same outlet in training and test")
                .contains("also occur in the training part").contains("Random folds with labels that are properties of the outlet")
                .contains("classifier.protocol: grouped with classifier.group_field: outlet")
                .contains("report --protocol grouped --group-field outlet")
                .contains("GUI: Classify, Evaluation 'Grouped CV by outlet'")
                .doesNotContain("Use --group-by").doesNotContain("use --group-by");
    }

    private static final String JUDGEMENTS = """
            name: agr
            corpus:
              path: j.csv
              mapping:
                item: item
                annotator: coder
                labels: [tone]
            analysis:
              agreement_fields: [tone]
              agreement_level: %s
            """;

    /** j.csv: items u1 and u2 judged by coders A and B, with these tones (u1 by A, u1 by B, u2 by A, u2 by B). */
    private static void judgements(Path dir, String u1a, String u1b, String u2a, String u2b) throws Exception {
        Files.writeString(dir.resolve("j.csv"), """
                item,coder,tone,text
                u1,A,%s,The minister said the plan works.
                u1,B,%s,The minister said the plan works.
                u2,A,%s,Critics accused the minister of lying.
                u2,B,%s,Critics accused the minister of lying.
                """.formatted(u1a, u1b, u2a, u2b));
    }

    /** An agreement field without judgements and a sheet the workbook lacks are named by their study keys and lines. */
    @Test
    void agreementFieldAndSheetMistakesNameTheStudyKey(@TempDir Path dir) throws Exception {
        judgements(dir, "low", "high", "low", "low");
        Run r = run(dir, JUDGEMENTS.formatted("nominal").replace("agreement_fields: [tone]", "agreement_fields: [tonality]"));
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("study.yaml, line 9: 'analysis.agreement_fields' names the field 'tonality', of which j.csv has no judgements")
                .contains("coded fields found: tone");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(dir.resolve("j.xlsx"))) {
            var sheet = wb.createSheet("Coding");
            String[][] rows = {{"item", "coder", "tone", "text"}, {"u1", "A", "low", "The minister said."}, {"u1", "B", "low", "The minister said."}};
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int c = 0; c < 4; c++) row.createCell(c).setCellValue(rows[i][c]);
            }
            wb.write(out);
        }
        Run x = run(dir, JUDGEMENTS.formatted("nominal").replace("path: j.csv", "path: j.xlsx\n  sheet: Codierung"));
        assertThat(x.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(x.err()).contains("study.yaml, line 4: 'corpus.sheet' is 'Codierung', but").contains("has the sheets Coding");
    }

    /** Non-numeric values at interval level: the error names analysis.agreement_level, not --level/--recode as if they were there. */
    @Test
    void agreementLevelErrorNamesTheStudyKey(@TempDir Path dir) throws Exception {
        judgements(dir, "low", "high", "low", "mid");
        Run r = run(dir, JUDGEMENTS.formatted("interval"));
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("needs numeric values").contains("analysis.agreement_level")
                .contains("GUI: Agreement, Level of measurement").contains("framelab agreement PATH --item-field ITEM --annotator-field CODER --label-field FIELD --level interval --recode VALUE=NUMBER")
                .doesNotContain("use --level nominal").doesNotContain("What to do: use --level");
        // two spellings of one number: write them one way (or the agreement command's --recode)
        judgements(dir, "1", "1.0", "2", "2");
        Run same = run(dir, JUDGEMENTS.formatted("ordinal"));
        assertThat(same.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(same.err()).contains("the same number written differently").contains("write them one way in the data")
                .contains("framelab agreement").doesNotContain("What to do: recode one to the other with --recode");
    }

    /** Every item judged once: the warning names corpus.mapping.item (and the GUI's mapping dialog), not only --item-field. */
    @Test
    void noPairableItemsWarningNamesTheMappingKeys(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("j.csv"), """
                item,coder,tone,text
                u1,A,low,The minister said the plan works.
                u2,B,high,Critics accused the minister of lying.
                u3,A,low,The government announced new measures.
                u4,B,high,Officials claimed the reform would help.
                """);
        Run r = run(dir, JUDGEMENTS.formatted("nominal"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out() + r.err()).contains("alpha is undefined: no item has 2 or more judgements")
                .contains("study file: corpus.mapping.item and corpus.mapping.annotator")
                .contains("Item field and Annotator field in the corpus mapping dialog");
    }

    /** Reading errors: the hint names the study key (and the GUI's mapping dialog) beside the reading option. */
    @Test
    void readingErrorsNameTheCorpusKeys(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("c.csv"), """
                id,text,leaning
                a1,The minister said the plan works.,left
                a2,Critics accused the minister,of lying.,right
                """);
        String study = "name: read\ncorpus:\n  path: c.csv\n%sanalysis:\n  group_by: [leaning]\n";
        Run bad = run(dir, study.formatted(""));
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("wrong number of columns")
                .contains("--skip-bad (study file: corpus.skip_bad: true; GUI: 'Skip bad rows' in the corpus mapping dialog)")
                .contains("check --delimiter (study file: corpus.delimiter;");
        Run field = run(dir, study.formatted("  mapping:\n    text: body\n"));
        assertThat(field.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(field.err()).contains("the field given with --text-field (study file: corpus.mapping.text) does not exist");
    }

    /** Classifier hints (folds, duplicated texts, labels left out) name the study's classifier keys. */
    @Test
    void classifierHintsNameTheClassifierKeys(@TempDir Path dir) throws Exception {
        String[] texts = {"The minister said the plan works and critics disagree about the budget.",
                "Critics accused the minister of lying about the budget and the plan.",
                "The government announced new measures on Tuesday after a long debate.",
                "Officials claimed the reform would help families across the country.",
                "Unions warned that the reform would hurt workers and their families.",
                "Campaigners said the harbour plan threatens the river and its fishermen."};
        StringBuilder csv = new StringBuilder("id,text,outlet,leaning\n");
        int id = 0;
        for (int o = 0; o < 4; o++) {
            for (int t = 0; t < 6; t++) {
                String text = t < 3 ? texts[(t + o) % 6] : texts[t] + " Outlet " + o + " reports."; // three texts shared across outlets
                csv.append("a").append(++id).append(",").append(text).append(",O").append(o).append(",").append(o % 2 == 0 ? "left" : "right").append("\n");
            }
        }
        Files.writeString(dir.resolve("d.csv"), csv);
        String study = "name: dup\ncorpus:\n  path: d.csv\nfeatures:\n  families: [framing]\nanalysis:\n  group_by: [leaning]\n"
                + "classifier:\n  label: leaning\n  folds: %d\n  ablation: false\n  bootstrap: 0\n%s";
        Run folds = run(dir, study.formatted(5, ""));
        assertThat(folds.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(folds.err()).contains("Only 4 distinct values of 'outlet' for 5 folds")
                .contains("use 4 or fewer folds (train --cv, report --folds; study file: classifier.folds)");
        Run dup = run(dir, study.formatted(2, ""));
        assertThat(dup.code()).as(dup.err()).isZero();
        assertThat(dup.out() + dup.err()).contains("test articles duplicate a training article")
                .contains("Use --dedupe (study file: classifier.dedupe: true; GUI: the Classify view's 'Drop test texts that duplicate training texts')");
        Run one = run(dir, study.formatted(2, "  exclude_labels: [right]\n"));
        assertThat(one.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(one.err()).contains("has only one class")
                .contains("--exclude-label; study file: classifier.exclude_labels; GUI: Classify, Leave out labels");
    }

    /** Spans whose ids match no article: the hint names corpus.mapping.id and validation.span_words beside the options. */
    @Test
    void validationHintNamesTheStudyKeys(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("spans.csv"), "id,begin,end,label\nnobody,0,5,loaded\n");
        Run r = run(dir, """
                name: val
                corpus:
                  path: %s
                features:
                  families: [framing]
                validation:
                  spans: spans.csv
                  bootstrap: 0
                """.formatted(Path.of("datasets/demo/articles.jsonl").toAbsolutePath()));
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no article of the corpus is annotated with spans")
                .contains("--id-field; study file: corpus.mapping.id").contains("--span-words (study file: validation.span_words)");
    }

    /** A cluster field the data does not have stops the run at its key (it was a warning per group field and no tests, exit 0). */
    @Test
    void aClusterFieldTheDataLacksStopsTheRunAtItsKey(@TempDir Path dir) throws Exception {
        Run r = run(dir, demo("clu", "  cluster_by: outlte\n"));
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("study.yaml, line 9: Invalid analysis.cluster_by: 'outlte'").contains("fields found: outlet")
                .contains("What to do").doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
        // report: its own flags, the same exit code
        Run rep = StudyRunnerTest.cli("report", "datasets/demo/articles.jsonl", "--group-by", "leaning", "--cluster-by", "outlte",
                "--formats", "png", "--no-notebook", "-o", dir.resolve("rep").toString());
        assertThat(rep.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(rep.err()).contains("Invalid --cluster-by: 'outlte'");
        assertThat(dir.resolve("rep")).doesNotExist();
        // report --group-by with a field the data lacks names --group-by, not the --label-field it is read through
        Run grp = StudyRunnerTest.cli("report", "datasets/demo/articles.jsonl", "--group-by", "leanin",
                "--formats", "png", "--no-notebook", "-o", dir.resolve("grp").toString());
        assertThat(grp.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(grp.err()).contains("field 'leanin': the field given with --group-by does not exist; available fields: id, title")
                .doesNotContain("--label-field");
    }
}
