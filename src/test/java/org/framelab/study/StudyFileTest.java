package org.framelab.study;

import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyFileTest {
    static final Path BASE = Path.of("/data/study");

    static Study parse(String yaml) throws InputException {
        return StudyFile.parse(new StringReader(yaml), "study.yaml", BASE, "fallback");
    }

    @Test
    void outletLabelsAreAnInputPathBesideTheStudyFile() throws Exception {
        Study s = parse("corpus:\n  path: scraped.jsonl.gz\n  outlet_labels: ratings/allsides.csv\n");
        assertThat(s.corpus().outletLabels()).isEqualTo(BASE.resolve("ratings/allsides.csv"));
        assertThat(parse("corpus:\n  path: scraped.jsonl.gz\n").corpus().outletLabels()).isNull();
    }

    @Test
    void fullStudyMapsOntoOptionRecords() throws Exception {
        Study s = parse("""
                name: demo
                seed: 7
                corpus:
                  path: articles.jsonl
                  mapping:
                    id: id
                    labels: [leaning, topic]
                    outlet: outlet
                    date: date
                  skip_bad: true
                features:
                  families: [framing, ngrams]
                  lexicons:
                    mine: lex/mine.txt
                  actors: ["Russia=Russia|Moscow"]
                  ngrams: {min_n: 1, max_n: 1, min_df: 2, mask_outlet_names: false}
                analysis:
                  group_by: leaning
                  alpha: 0.01
                  correction: BH
                classifier:
                  label: leaning
                  protocol: grouped
                  group_field: outlet
                  folds: 4
                charts:
                  formats: [PNG, svg]
                  dpi: 300
                outputs:
                  dir: out
                  notebook: false
                """);
        assertThat(s.name()).isEqualTo("demo");
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.corpus().path()).isEqualTo(BASE.resolve("articles.jsonl"));
        assertThat(s.corpus().labels()).containsExactly("leaning", "topic");
        assertThat(s.corpus().skipBad()).isTrue();
        assertThat(s.corpus().text()).isNull();
        assertThat(s.features().families()).containsExactly("framing", "ngrams");
        assertThat(s.features().lexicons()).containsEntry("mine", BASE.resolve("lex/mine.txt"));
        assertThat(s.features().ngrams().maxN()).isEqualTo(1);
        assertThat(s.features().ngrams().minDf()).isEqualTo(2);
        assertThat(s.features().ngrams().maxFeatures()).isEqualTo(org.framelab.features.NgramOptions.DEFAULT_MAX_FEATURES);
        assertThat(s.features().ngrams().maskOutletNames()).isFalse();
        assertThat(s.features().ngrams().repeatedLines()).isEqualTo(5);
        assertThat(s.analysis().groupBy()).containsExactly("leaning");
        assertThat(s.analysis().alpha()).isEqualTo(0.01);
        assertThat(s.analysis().correction()).isEqualTo("bh");
        assertThat(s.classifier().folds()).isEqualTo(4);
        assertThat(s.classifier().name()).isEqualTo("linear");
        assertThat(s.charts().formats()).containsExactly("png", "svg");
        assertThat(s.charts().dpi()).isEqualTo(300);
        assertThat(s.outputs().dir()).isEqualTo(Path.of("out"));
        assertThat(s.outputs().notebookDir()).isNull();
    }

    @Test
    void minimalStudyGetsDefaults() throws Exception {
        Study s = parse("corpus:\n  path: a.csv\n");
        assertThat(s.name()).isEqualTo("fallback");
        assertThat(s.seed()).isEqualTo(42);
        assertThat(s.features().families()).containsExactly("framing");
        assertThat(s.features().ngrams().maskOutletNames()).isTrue();
        assertThat(s.classifier()).isNull();
        assertThat(s.charts().types()).isEqualTo(Study.ChartSection.TYPES);
        assertThat(s.outputs().notebookDir()).isEqualTo(Path.of("notebooks-export"));
    }

    @Test
    void sectionSeedsOverrideTheStudySeedForTheirStepsOnly() throws Exception {
        Study s = parse("""
                seed: 7
                corpus:
                  path: a.csv
                analysis:
                  seed: 42
                validation:
                  bootstrap: 200
                  seed: 11
                """);
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.analysisSeed()).isEqualTo(42);
        assertThat(s.validationSeed()).isEqualTo(11);
        assertThat(StudyRunner.agreementOptions(s).seed()).isEqualTo(42);
        assertThat(StudyRunner.compareRequest(s, "outlet").seed()).isEqualTo(42);
        Study plain = parse("seed: 7\ncorpus:\n  path: a.csv\nvalidation:\n  bootstrap: 200\n");
        assertThat(plain.analysis().seed()).isNull();
        assertThat(plain.analysisSeed()).isEqualTo(7);
        assertThat(plain.validationSeed()).isEqualTo(7);
        assertThat(StudyRunner.agreementOptions(plain).seed()).as("the agreement bootstrap takes the study's seed").isEqualTo(7);
        assertThat(StudyRunner.agreementOptions(plain).bootstrapSamples()).isEqualTo(org.framelab.stats.AgreementOptions.DEFAULT_BOOTSTRAP);
    }

    @Test
    void classifierExcludeLabelsReachTheRequest() throws Exception {
        Study s = parse("corpus:\n  path: a.csv\nclassifier:\n  label: label_bias\n  exclude_labels: [No agreement]\n");
        assertThat(s.classifier().excludeLabels()).containsExactly("No agreement");
        assertThat(StudyRunner.classifyRequest(s, org.framelab.features.FeatureOptions.defaults()).excludeLabels()).containsExactly("No agreement");
        assertThat(parse("corpus:\n  path: a.csv\nclassifier:\n  label: x\n").classifier().excludeLabels()).isEmpty();
    }

    @Test
    void classifierMergeOutletVariantsReachesTheProtocol() throws Exception {
        Study s = parse("corpus:\n  path: a.csv\nclassifier:\n  label: bias\n  merge_outlet_variants: true\n");
        assertThat(s.classifier().mergeOutletVariants()).isTrue();
        assertThat(StudyRunner.classifyRequest(s, org.framelab.features.FeatureOptions.defaults()).protocol())
                .isEqualTo(new org.framelab.app.Protocol.CrossValidation(org.framelab.app.Protocol.DEFAULT_FOLDS, "outlet", true));
        assertThatThrownBy(() -> parse("corpus:\n  path: a.csv\nclassifier:\n  label: bias\n  protocol: stratified\n  merge_outlet_variants: true\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("'classifier.merge_outlet_variants'");
    }

    @Test
    void misspelledFamilyOrClassifierNamesTheKeyAndLine() {
        assertThatThrownBy(() -> parse("corpus:\n  path: a.csv\nfeatures:\n  families: [framming]\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("study.yaml, line 4: 'features.families'")
                .hasMessageContaining("'framming'");
        assertThatThrownBy(() -> parse("corpus:\n  path: a.csv\nclassifier:\n  label: x\n  name: foobar\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("study.yaml, line 5: 'classifier.name'")
                .hasMessageContaining("foobar");
    }

    @Test
    void agreementFieldsAndLevelReachTheAgreementOptions() throws Exception {
        Study s = parse("corpus:\n  path: a.csv\nanalysis:\n  agreement_fields: [label_bias]\n  agreement_level: Ordinal\n");
        assertThat(s.analysis().agreementFields()).containsExactly("label_bias");
        assertThat(s.analysis().agreementLevel()).isEqualTo("ordinal");
        assertThat(StudyRunner.agreementOptions(s).level()).isEqualTo(org.framelab.stats.MeasurementLevel.ORDINAL);
        assertThat(parse("corpus:\n  path: a.csv\n").analysis().agreementLevel()).isEqualTo("nominal");
        assertThatThrownBy(() -> parse("corpus:\n  path: a.csv\nanalysis:\n  agreement_level: rank\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("study.yaml, line 4: 'analysis.agreement_level'");
    }

    @Test
    void unknownKeyNamesKeyLineAndSuggestion() {
        assertThatThrownBy(() -> parse("""
                corpus:
                  path: a.csv
                charts:
                  dpi: 300
                  fromats: [png]
                """)).isInstanceOf(InputException.class)
                .hasMessageContaining("study.yaml, line 5: unknown key 'charts.fromats'")
                .hasMessageContaining("did you mean 'formats'?");
    }

    @Test
    void figureWidthIsAJournalColumnInMillimetres() throws Exception {
        Study single = parse("corpus:\n  path: a.csv\ncharts:\n  figure_width: single\n");
        assertThat(single.charts().width()).isCloseTo(85 / 25.4 * 72, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(single.charts().height()).isEqualTo(181); // 3/4 of the width when no height is given
        assertThat(parse("corpus:\n  path: a.csv\ncharts:\n  figure_width: 120mm\n").charts().width())
                .isCloseTo(120 / 25.4 * 72, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(parse("corpus:\n  path: a.csv\ncharts:\n  figure_width: double\n  height: 400\n").charts().height()).isEqualTo(400);
        fails("corpus:\n  path: a.csv\ncharts:\n  figure_width: triple\n", "line 4", "'charts.figure_width'", "single, double or millimetres");
        fails("corpus:\n  path: a.csv\ncharts:\n  width: 300\n  figure_width: single\n", "figure_width", "not both");
    }

    @Test
    void unknownTopLevelKey() {
        assertThatThrownBy(() -> parse("corpus:\n  path: a.csv\nclasifier:\n  label: x\n"))
                .hasMessageContaining("line 3: unknown key 'clasifier'").hasMessageContaining("did you mean 'classifier'");
    }

    /** The study text fails to parse with a message containing every expected part. */
    private static void fails(String yaml, String... expected) {
        var t = assertThatThrownBy(() -> parse(yaml));
        for (String e : expected) t.hasMessageContaining(e);
    }

    @Test
    void badValueNamesKeyAndLine() {
        fails("corpus:\n  path: a.csv\ncharts:\n  formats: [png]\n  dpi: 5\n", "study.yaml, line 5: 'charts.dpi': Invalid dpi: 5 (72..1200)");
        fails("corpus:\n  path: a.csv\nanalysis:\n  correction: bonferroni\n", "line 4: 'analysis.correction': Invalid correction: bonferroni (holm or bh)");
        fails("corpus:\n  path: a.csv\nclassifier:\n  label: bias\n  protocol: random\n", "line 5: 'classifier.protocol'");
        // a typed option error (OptionException) carries its key: the study file names the YAML key and line
        fails("corpus:\n  path: a.csv\nfeatures:\n  ngrams:\n    min_df: 0\n", "line 5: 'features.ngrams.min_df': Invalid min_df: '0' (at least 1)");
    }

    @Test
    void wrongTypeNamesKeyAndLine() {
        fails("corpus:\n  path: a.csv\nclassifier:\n  label: bias\n  folds: many\n", "line 5: 'classifier.folds' must be a whole number, not 'many'");
        fails("corpus:\n  path: a.csv\noutputs:\n  workbook: sometimes\n", "line 4: 'outputs.workbook' must be true or false");
        fails("corpus: a.csv\n", "line 1", "'corpus' must be a mapping");
    }

    @Test
    void missingCorpusAndInvalidYaml() {
        assertThatThrownBy(() -> parse("name: x\n")).hasMessageContaining("missing key 'corpus'");
        assertThatThrownBy(() -> parse("corpus:\n  path: a.csv\n  mapping: {id: [\n")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> parse("corpus:\n  path: a.csv\n  path: b.csv\n")).hasMessageContaining("line 3: key 'path' appears twice");
        assertThatThrownBy(() -> parse("name: 'bad name/..'\ncorpus:\n  path: a.csv\n")).hasMessageContaining("line 1: 'name': Invalid study name");
    }

    @Test
    void studyFileNotFound() {
        assertThatThrownBy(() -> StudyFile.read(Path.of("/no/such/study.yaml"))).isInstanceOf(InputException.class)
                .hasMessageContaining("study file not found");
    }

    @Test
    void shippedDemoStudyIsValid() throws Exception {
        Study s = StudyFile.read(Path.of("datasets/demo/study.yaml"));
        assertThat(s.name()).isEqualTo("demo");
        assertThat(s.corpus().path()).isEqualTo(Path.of("datasets/demo/articles.jsonl").toAbsolutePath().normalize());
        assertThat(s.corpus().path()).exists();
        assertThat(s.analysis().groupBy()).containsExactly("leaning", "outlet");
        assertThat(s.classifier().label()).isEqualTo("leaning");
        assertThat(s.classifier().protocol()).isEqualTo("grouped");
        assertThat(s.classifier().groupField()).isEqualTo("outlet");
        assertThat(s.classifier().folds()).isBetween(3, 5);
        assertThat(s.outputs().dir()).isEqualTo(Path.of("reports"));
    }

    @Test
    void closestKey() {
        assertThat(StudyFile.closest("grup_by", List.of("group_by", "features"))).isEqualTo("group_by");
        assertThat(StudyFile.closest("zzzzzz", List.of("group_by", "features"))).isNull();
    }
}
