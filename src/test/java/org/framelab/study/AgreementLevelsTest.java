package org.framelab.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.SharedData;
import org.framelab.app.MeasureAgreement;
import org.framelab.cli.ExitCodes;
import org.framelab.cli.Run;
import org.framelab.report.ReportData;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A level of measurement per coded variable: Lena's {@code frame} nominal and {@code tone} ordinal in one run, from
 * the command ({@code --level tone=ordinal}) and from a study file ({@code analysis.agreement_level: {tone: ordinal}}),
 * with the same numbers; mistakes in the study keys are named with their key and line.
 */
class AgreementLevelsTest {
    static final Path LENA = Path.of("src/test/resources/stats/lena-coding.csv").toAbsolutePath();
    static final String OUT = "outputs:\n  dir: %s\n  notebook: false\n  workbook: false\ncharts:\n  formats: [png]\n";

    /*
     * lena-coding.csv: six articles, coders A, B, C; C left the tone of a6 blank (a missing judgement).
     *
     *   tone  a1 -2 -2 -1 | a2 0 0 0 | a3 1 2 1 | a4 -1 -1 -1 | a5 2 2 2 | a6 0 1 .
     *   frame a1 e e e    | a2 c c e | a3 h h h | a4 e c c    | a5 c c c | a6 h h e   (e economic, c conflict, h human interest)
     *
     * Krippendorff (2011): each item with m values adds 1/(m-1) to o[v][w] for every ordered pair of its values.
     * tone (values -2..2): m = 3 everywhere but a6 (m = 2), so
     *   o[-2][-2] = 1, o[-2][-1] = o[-1][-2] = 1, o[-1][-1] = 3 (a1 gives 1, a4 gives 6 * 1/2),
     *   o[0][0] = 3, o[0][1] = o[1][0] = 1 (a6), o[1][1] = 1, o[1][2] = o[2][1] = 1, o[2][2] = 3;
     *   margins n_c: -2: 2, -1: 4, 0: 4, 1: 3, 2: 4; n = 17.
     * Ordinal distance d(c,k) = (sum of n_g for g from c to k - (n_c + n_k)/2)^2:
     *   d(-2,-1) = (2+4 - 3)^2 = 9, d(0,1) = (4+3 - 3.5)^2 = 12.25, d(1,2) = (3+4 - 3.5)^2 = 12.25.
     * D_o sum = sum o[c][k] d(c,k) = 2*9 + 2*12.25 + 2*12.25 = 67.
     * D_e sum = sum n_c n_k d(c,k) over all ordered pairs = 13,277 (all ten distances, e.g. d(-2,2) = (17 - 3)^2 = 196).
     * alpha = 1 - (n - 1) * 67 / 13,277 = 1 - 16 * 67 / 13,277 = 12,205 / 13,277 = 0.919259...
     * frame (nominal, 18 values): o[c][c] = 5, o[e][e] = 3, o[h][h] = 4, o[c][e] = o[e][c] = 2, o[e][h] = o[h][e] = 1;
     *   n_c: c 7, e 6, h 5; D_o = 6, D_e = 2 * (7*6 + 7*5 + 6*5) = 214; alpha = 1 - 17 * 6 / 214 = 56 / 107 = 0.523364...
     * Weighted kappa of coders A and B on tone (linear weights 1 - |i - j| / 4 on the ranks -2..2, the six items):
     *   A = -2 0 1 -1 2 0, B = -2 0 2 -1 2 1: p_o(w) = (4 * 1 + 2 * 0.75) / 6 = 0.916667;
     *   p_e(w) = sum w_ij p_A(i) p_B(j) = 0.597222; kappa_w = (0.916667 - 0.597222) / (1 - 0.597222) = 23/29 = 0.793103...
     * (Computed with exact fractions in a separate script; the unweighted alpha of tone would be 0.579: the ordinal
     * level credits the near misses -2/-1, 0/1, 1/2.)
     */
    static final double TONE_ORDINAL = 12205.0 / 13277.0;
    static final double FRAME_NOMINAL = 56.0 / 107.0;
    static final double TONE_AB_WEIGHTED = 23.0 / 29.0;

    static Map<String, JsonNode> byField(JsonNode json) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode r : json.get("results")) out.put(r.get("field").asText(), r);
        return out;
    }

    @Test
    void theCommandTakesALevelPerField() throws Exception {
        Run r = StudyRunnerTest.cli("agreement", LENA.toString(), "--item-field", "article_id", "--annotator-field", "coder",
                "--label-field", "frame,tone", "--level", "tone=ordinal", "--bootstrap", "0", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, JsonNode> res = byField(new ObjectMapper().readTree(r.out()));
        assertThat(res.get("frame").get("level").asText()).isEqualTo("nominal");
        assertThat(res.get("frame").get("krippendorffAlpha").get("value").asDouble()).isCloseTo(FRAME_NOMINAL, within(1e-12));
        assertThat(res.get("frame").get("meanWeightedCohenKappa").isNull()).isTrue();
        assertThat(res.get("tone").get("level").asText()).isEqualTo("ordinal");
        assertThat(res.get("tone").get("krippendorffAlpha").get("value").asDouble()).isCloseTo(TONE_ORDINAL, within(1e-12));
        JsonNode ab = res.get("tone").get("cohenKappa").get(0);
        assertThat(ab.get("annotatorA").asText() + ab.get("annotatorB").asText()).isEqualTo("AB");
        assertThat(ab.get("weightedKappa").asDouble()).isCloseTo(TONE_AB_WEIGHTED, within(1e-12));
        // the readable form shows the weighted kappa for the ordinal field only
        Run text = StudyRunnerTest.cli("agreement", LENA.toString(), "--item-field", "article_id", "--annotator-field", "coder",
                "--label-field", "frame,tone", "--level", "tone=ordinal", "--bootstrap", "0");
        assertThat(text.out()).contains("Krippendorff's alpha (nominal)     0.523").contains("Krippendorff's alpha (ordinal)     0.919")
                .contains("Mean weighted Cohen's kappa").containsOnlyOnce("Mean weighted Cohen's kappa");
        // a level given alone is every field's (as before); a per-field level overrides it
        Run both = StudyRunnerTest.cli("agreement", LENA.toString(), "--item-field", "article_id", "--annotator-field", "coder",
                "--label-field", "frame,tone", "--level", "ordinal,frame=nominal", "--bootstrap", "0", "--json");
        assertThat(byField(new ObjectMapper().readTree(both.out())).get("tone").get("krippendorffAlpha").get("value").asDouble())
                .isCloseTo(TONE_ORDINAL, within(1e-12));
    }

    @Test
    void theCommandRefusesBadPerFieldSettings() {
        String[] base = {"agreement", LENA.toString(), "--item-field", "article_id", "--annotator-field", "coder", "--label-field", "frame,tone"};
        Run bad = StudyRunnerTest.cli(concat(base, "--level", "tone=ordnal"));
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(bad.err()).contains("Invalid --level: 'tone=ordnal' (choose nominal, ordinal or interval for 'tone')").doesNotContain("\tat ");
        Run typo = StudyRunnerTest.cli(concat(base, "--level", "tonne=ordinal"));
        assertThat(typo.code()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(typo.err()).contains("'tonne' is not one of --label-field frame,tone");
        Run order = StudyRunnerTest.cli(concat(base, "--order", "frame=economic,conflict"));
        assertThat(order.code()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(order.err()).contains("Invalid --order: frame=... (only used for an ordinal field: add --level frame=ordinal)");
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String study(Path corpus, String fields, String labels, String analysis) {
        return """
                name: lena
                corpus:
                  path: %s
                  mapping:
                    item: %s
                    annotator: %s
                    labels: [%s]
                analysis:
                %s""".formatted(corpus, fields.split(",")[0], fields.split(",")[1], labels, analysis.indent(2));
    }

    static List<ReportData.AgreementRow> runStudy(Path dir, String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve("study.yaml"), yaml + OUT.formatted(dir.resolve("out")));
        return StudyRunner.run(StudyFile.read(f), f, Progress.NONE).data().agreement();
    }

    static double value(List<ReportData.AgreementRow> rows, String field, String measure) {
        return rows.stream().filter(r -> r.variable().equals(field) && r.measure().equals(measure)).findFirst().orElseThrow().value();
    }

    @Test
    void aStudyFileSaysTheLevelPerFieldWithTheCommandsNumbers(@TempDir Path dir) throws Exception {
        List<ReportData.AgreementRow> rows = runStudy(dir, study(LENA, "article_id,coder", "frame, tone",
                "agreement_fields: [frame, tone]\nagreement_level: {frame: nominal, tone: ordinal}\n"));
        assertThat(value(rows, "frame", "Krippendorff's alpha")).isCloseTo(FRAME_NOMINAL, within(1e-12));
        assertThat(value(rows, "tone", "Krippendorff's alpha")).isCloseTo(TONE_ORDINAL, within(1e-12));
        String weighted = MeasureAgreement.weightedName(org.framelab.stats.MeasurementLevel.ORDINAL);
        // the level each measure is computed at: alpha and the weighted kappa at tone's ordinal level; Fleiss' kappa, the
        // unweighted kappa and percent agreement count exact matches only, whatever the variable's level
        assertThat(rows.stream().filter(r -> r.variable().equals("tone")).map(r -> r.measure() + "=" + r.level())).containsExactly(
                "Krippendorff's alpha=ordinal", "Fleiss' kappa=nominal", "mean Cohen's kappa (pairs)=nominal", weighted + "=ordinal",
                "percent agreement=nominal");
        assertThat(rows.stream().filter(r -> r.measure().equals(weighted)).map(ReportData.AgreementRow::variable)).containsExactly("tone");
        // the same rows as the command's numbers: mean of the three pairs' weighted kappas
        Run r = StudyRunnerTest.cli("agreement", LENA.toString(), "--item-field", "article_id", "--annotator-field", "coder",
                "--label-field", "frame,tone", "--level", "tone=ordinal", "--json");
        Map<String, JsonNode> res = byField(new ObjectMapper().readTree(r.out()));
        assertThat(value(rows, "tone", weighted)).isEqualTo(res.get("tone").get("meanWeightedCohenKappa").asDouble());
        for (String f : List.of("frame", "tone")) {
            ReportData.AgreementRow alpha = rows.stream().filter(x -> x.variable().equals(f) && x.measure().equals("Krippendorff's alpha")).findFirst().orElseThrow();
            JsonNode ka = res.get(f).get("krippendorffAlpha");
            assertThat(alpha.value()).isEqualTo(ka.get("value").asDouble());
            assertThat(alpha.ciLow()).as("the same bootstrap (seed 42)").isEqualTo(ka.get("ciLow").asDouble());
            assertThat(value(rows, f, "mean Cohen's kappa (pairs)")).isEqualTo(res.get(f).get("meanCohenKappa").asDouble());
        }
        // without agreement_fields (every coded label field), a level for one field and the other at the default
        List<ReportData.AgreementRow> some = runStudy(dir, study(LENA, "article_id,coder", "frame, tone", "agreement_level: {tone: ordinal}\n"));
        assertThat(value(some, "tone", "Krippendorff's alpha")).isCloseTo(TONE_ORDINAL, within(1e-12));
        assertThat(value(some, "frame", "Krippendorff's alpha")).isCloseTo(FRAME_NOMINAL, within(1e-12));
    }

    @Test
    void theWorkbooksOverviewSettingsListTheLevelOfEachVariable(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("study.yaml"), study(LENA, "article_id,coder", "frame, tone",
                "agreement_fields: [frame, tone]\nagreement_level: {frame: nominal, tone: ordinal}\n")
                + "outputs:\n  dir: %s\n  notebook: false\ncharts:\n  formats: [png]\n  types: [means]\n".formatted(dir.resolve("out")));
        StudyRunner.Result result = StudyRunner.run(StudyFile.read(f), f, Progress.NONE);
        Path xlsx;
        try (var files = Files.walk(dir.resolve("out"))) {
            xlsx = files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            String section = null;
            for (var row : wb.getSheet("Overview")) {
                var key = row.getCell(0);
                var value = row.getCell(1);
                if (key == null) continue;
                if (value == null) section = key.getStringCellValue(); // a section heading stands alone on its row
                else if ("Settings".equals(section)) settings.put(key.getStringCellValue(), value.getStringCellValue());
            }
        }
        // the level of each variable's alpha in the Agreement table, with the order of the ordinal one
        assertThat(settings).containsEntry("analysis.agreement_level.frame", "nominal")
                .containsEntry("analysis.agreement_level.tone", "ordinal (order: -2 < -1 < 0 < 1 < 2)");
        for (ReportData.AgreementRow r : result.data().agreement()) {
            if (r.measure().equals("Krippendorff's alpha")) assertThat(settings.get("analysis.agreement_level." + r.variable())).startsWith(r.level());
        }
        // and the manifest's settings say the same
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(xlsx.resolveSibling("manifest.json")));
        assertThat(manifest.path("settings").path("analysis.agreement_level.tone").asText()).isEqualTo("ordinal (order: -2 < -1 < 0 < 1 < 2)");
    }

    @Test
    void mistakesInTheStudyKeysNameKeyAndLine(@TempDir Path dir) throws Exception {
        String head = study(LENA, "article_id,coder", "frame, tone", "");
        int analysisLine = (int) head.lines().count();   // the line of 'analysis:'
        Run bad = run(dir, head + "  agreement_fields: [frame, tone]\n  agreement_level:\n    frame: nominal\n    tone: ordnal\n");
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("study.yaml, line " + (analysisLine + 4) + ": 'analysis.agreement_level.tone' is 'ordnal', which is no level"
                + " of measurement").contains("choose nominal, ordinal or interval").doesNotContain("\tat ");
        Run notListed = run(dir, head + "  agreement_fields: [frame]\n  agreement_level: {tone: ordinal}\n");
        assertThat(notListed.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(notListed.err()).contains("line " + (analysisLine + 2) + ": 'analysis.agreement_level.tone' names the field 'tone', which is not in"
                + " 'analysis.agreement_fields' (frame)");
        Run nominalOrder = run(dir, head + "  agreement_order:\n    frame: [economic, conflict]\n");
        assertThat(nominalOrder.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(nominalOrder.err()).contains("line " + (analysisLine + 2) + ": 'analysis.agreement_order.frame' gives an order, but 'frame' is nominal");
        // found only when the corpus is read (no agreement_fields): a field without judgements, at its line
        Run stray = run(dir, head + "  agreement_level:\n    frame: nominal\n    tonne: ordinal\n");
        assertThat(stray.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stray.err()).contains("study.yaml, line " + (analysisLine + 3) + ": 'analysis.agreement_level.tonne' names the field 'tonne',"
                + " whose agreement is not measured").contains("name one of the fields measured: frame, tone").doesNotContain("\tat ");
    }

    static Run run(Path dir, String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve("study.yaml"), yaml + OUT.formatted(dir.resolve("out")));
        return StudyRunnerTest.cli("run", f.toString());
    }

    /**
     * BABE SG2 raw judgements (Spinde et al. 2021): {@code label_bias} nominal and {@code label_opinion} ordinal (its three
     * word categories in order) in one run. Reference for label_opinion computed independently in Python (the xlsx parsed
     * with zipfile/ElementTree, items keyed by the sentence, the first judgement of an annotator per item kept, a
     * coincidence matrix with Krippendorff's ordinal distance): 0.605435070797212. label_bias keeps its published 0.40
     * (0.39880062302463193, AgreementCommandTest).
     */
    @Test
    @Tag("slow")
    void babeBiasNominalAndOpinionOrdinalFromBothPaths(@TempDir Path dir) throws Exception {
        Path p = SharedData.require("datasets/babe/raw_labels_SG2.xlsx");
        String order = "Entirely factual,Somewhat factual but also opinionated,Expresses writer’s opinion";
        Run r = StudyRunnerTest.cli("agreement", p.toString(), "--item-field", "text", "--annotator-field", "annotator_id",
                "--label-field", "label_bias,label_opinion", "--level", "label_opinion=ordinal", "--order", "label_opinion=" + order, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, JsonNode> res = byField(new ObjectMapper().readTree(r.out()));
        assertThat(res.get("label_bias").get("krippendorffAlpha").get("value").asDouble()).isCloseTo(0.39880062302463193, within(1e-12));
        assertThat(res.get("label_opinion").get("krippendorffAlpha").get("value").asDouble()).isCloseTo(0.605435070797212, within(1e-12));
        assertThat(res.get("label_opinion").get("categories").fieldNames()).toIterable().containsExactly(order.split(","));
        List<ReportData.AgreementRow> rows = runStudy(dir, study(p, "text,annotator_id", "label_bias, label_opinion", """
                agreement_fields: [label_bias, label_opinion]
                agreement_level: {label_bias: nominal, label_opinion: ordinal}
                agreement_order:
                  label_opinion: [Entirely factual, Somewhat factual but also opinionated, Expresses writer’s opinion]
                """).replace("  mapping:", "  skip_bad: true   # the one row without a sentence, as the command skips it\n  mapping:"));
        for (String f : List.of("label_bias", "label_opinion")) {
            JsonNode ka = res.get(f).get("krippendorffAlpha");
            assertThat(value(rows, f, "Krippendorff's alpha")).as(f).isEqualTo(ka.get("value").asDouble());
            assertThat(rows.stream().filter(x -> x.variable().equals(f)).findFirst().orElseThrow().ciHigh()).isEqualTo(ka.get("ciHigh").asDouble());
        }
        assertThat(value(rows, "label_opinion", MeasureAgreement.weightedName(org.framelab.stats.MeasurementLevel.ORDINAL)))
                .isEqualTo(res.get("label_opinion").get("meanWeightedCohenKappa").asDouble());
    }
}
