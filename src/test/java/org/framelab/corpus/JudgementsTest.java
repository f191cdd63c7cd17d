package org.framelab.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
}
