package org.framelab.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JudgementsTest {
    static ReadOptions judgements() {
        return new ReadOptions(new FieldMapping(null, null, null, List.of(), null, null, "sentence", "annotator"),
                null, null, null, false, 0);
    }

    @Test
    void foldsRowsIntoItemsKeepingEveryJudgement() throws Exception {
        Corpus c = Corpora.read(Cli.resource("judgements.csv"), judgements(), null);
        assertThat(c.size()).isEqualTo(2);
        Article a = c.articles().get(0);
        assertThat(a.text()).isEqualTo("The plan is a disaster.");
        assertThat(a.id()).isEqualTo("judgements:1");
        assertThat(a.outlet()).isEqualTo("Daily Ledger");
        assertThat(a.labels()).containsExactly(Map.entry("label_bias", "Biased")); // 2 of 3
        assertThat(a.annotations()).containsExactly(
                Annotation.document("A1", "label_bias", "Biased"),
                Annotation.document("A2", "label_bias", "Biased"),
                Annotation.document("A3", "label_bias", "Non-biased"));
        assertThat(a.metadata()).containsEntry("judgements", "3").doesNotContainKey("tie:label_bias");
    }

    @Test
    void tieTakesAlphabeticallyFirstValueAndIsMarked() throws Exception {
        Corpus c = Corpora.read(Cli.resource("judgements.csv"), judgements(), null);
        Article b = c.articles().get(1);
        assertThat(b.id()).isEqualTo("judgements:4");
        // Non-biased 1, Biased 1, one empty judgement (ignored): tie -> "Biased"
        assertThat(b.label("label_bias")).isEqualTo("Biased");
        assertThat(b.metadata()).containsEntry("tie:label_bias", "true");
        assertThat(b.annotations()).hasSize(3);
        assertThat(b.annotations().get(2)).isEqualTo(Annotation.document("A3", "label_bias", ""));
    }

    @Test
    void summaryReportsJudgementsPerItem() throws Exception {
        CorpusSummary s = CorpusSummary.of(Corpora.read(Cli.resource("judgements.csv"), judgements(), null));
        assertThat(s.judgements()).isNotNull();
        assertThat(s.judgements().items()).isEqualTo(2);
        assertThat(s.judgements().judgements()).isEqualTo(6);
        assertThat(s.judgements().annotators()).isEqualTo(3);
        assertThat(s.judgements().perItem().min()).isEqualTo(3);
        assertThat(s.judgements().fields()).containsExactly("label_bias");
    }

    static ReadOptions coding(String item, boolean skipBad) {
        return new ReadOptions(new FieldMapping(null, null, null, List.of("frame"), null, null, item, "coder"),
                null, null, null, skipBad, 0);
    }

    static Path write(Path dir, String csv) throws Exception {
        Path p = dir.resolve("coding.csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void rowWithoutAnnotatorIsABadRowNotACoderOfItsOwn(@TempDir Path dir) throws Exception {
        Path p = write(dir, "item,text,coder,frame\n1,A text.,c1,conflict\n1,A text.,,economic\n1,A text.,c2,conflict\n");
        assertThatThrownBy(() -> Corpora.read(p, coding("item", false), null))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("line 3").hasMessageContaining("'coder'")
                .hasMessageContaining("the annotator field is empty");
        Corpus c = Corpora.read(p, coding("item", true), null);
        assertThat(c.provenance().rowsSkipped()).isEqualTo(1);
        assertThat(c.provenance().skippedSample().get(0).line()).isEqualTo(3);
        Article a = c.articles().get(0);
        assertThat(a.annotations()).extracting(Annotation::annotator).containsExactly("c1", "c2");
        assertThat(a.metadata()).containsEntry("judgements", "2");
        assertThat(CorpusSummary.of(c).judgements().annotators()).isEqualTo(2);
    }

    @Test
    void itemValuesThatDifferOnlyInSpacingOrQuotesAreNoted(@TempDir Path dir) throws Exception {
        Path p = write(dir, "text,coder,frame\n"
                + "\"The plan is \"\"reckless\"\", critics say.\",c1,conflict\n"
                + "\"The plan is \"\"reckless\"\", critics say. \",c2,conflict\n"
                + "\"The plan is \u201creckless\u201d, critics say.\",c3,economic\n");
        Corpus c = Corpora.read(p, coding("text", false), null);
        // kept as written (the published BABE alpha is computed that way), but the user is told
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.provenance().notes()).anySatisfy(n -> assertThat(n)
                .contains("2 item values of field 'text' differ")
                .contains("line 2 'The plan is \"reckless\", critics say.' and line 3 'The plan is \"reckless\", critics say. ', from character 37: (end) vs ' '"));
    }

    @Test
    void textThatDiffersBetweenTheJudgementsOfAnItemIsNoted(@TempDir Path dir) throws Exception {
        Path p = write(dir, "item,text,coder,frame\n1,First article.,c1,conflict\n1,First article. ,c2,conflict\n"
                + "2,Second article.,c1,economic\n2,Another article.,c2,economic\n");
        Corpus c = Corpora.read(p, coding("item", false), null);
        assertThat(c.articles().get(1).text()).isEqualTo("Second article.");
        assertThat(c.provenance().notes()).anySatisfy(n -> assertThat(n)
                .startsWith("1 item has judgement rows that differ in field 'text'")
                .contains("item '2': line 4 'Second article.', line 5 'Another article.'"));
    }
}
