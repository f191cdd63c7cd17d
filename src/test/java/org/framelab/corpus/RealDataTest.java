package org.framelab.corpus;

import org.framelab.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts on the shared corpora (computed independently with Python's csv/json modules). */
class RealDataTest {
    private static ReadOptions opts() {
        return ReadOptions.defaults();
    }

    @Test
    @Tag("slow")
    void allSidesFull() throws Exception {
        Corpus c = Corpora.read(SharedData.require("datasets/allsides/articles.jsonl.gz"), opts(), null);
        CorpusSummary s = CorpusSummary.of(c);
        assertThat(s.documents()).isEqualTo(36_254);
        assertThat(s.labels().get("bias")).containsExactly(Map.entry("right", 13_135L), Map.entry("left", 12_603L),
                Map.entry("center", 10_516L));
        assertThat(s.distinctOutlets()).isEqualTo(491);
        assertThat(s.chars().total()).isEqualTo(215_818_524L); // code points, as Python's len()
        assertThat(s.duplicateIds()).isZero();
        assertThat(c.articles().get(0).id()).isEqualTo("004Gt3gcsotuiYmz");
    }

    @Test
    void allSidesStreamingFirstArticles() throws Exception {
        Path p = SharedData.require("datasets/allsides/articles.jsonl.gz");
        try (ArticleStream s = Corpora.open(p, new ReadOptions(FieldMapping.auto(), null, null, null, false, 100))) {
            int n = 0;
            while (s.hasNext()) {
                Article a = s.nextArticle();
                assertThat(a.text()).isNotBlank();
                assertThat(a.label("bias")).isIn("left", "center", "right");
                n++;
            }
            assertThat(n).isEqualTo(100);
        }
    }

    @Test
    void allSidesJsonsSample() throws Exception {
        Corpus c = Corpora.read(SharedData.require("datasets/allsides/jsons-sample"), opts(), null);
        CorpusSummary s = CorpusSummary.of(c);
        assertThat(s.documents()).isEqualTo(300);
        assertThat(s.mapping().textField()).isEqualTo("content");
        assertThat(s.labels().get("bias_text")).containsExactly(Map.entry("right", 123L), Map.entry("left", 99L),
                Map.entry("center", 78L));
    }

    @Test
    void babeCsvAndXlsxAgree() throws Exception {
        CorpusSummary csv = CorpusSummary.of(Corpora.read(SharedData.require("datasets/babe/final_labels_SG2.csv"), opts(), null));
        CorpusSummary xlsx = CorpusSummary.of(Corpora.read(SharedData.require("datasets/babe/final_labels_SG2.xlsx"), opts(), null));
        for (CorpusSummary s : List.of(csv, xlsx)) {
            assertThat(s.documents()).isEqualTo(3_674);
            assertThat(s.labels().get("label_bias")).containsExactly(Map.entry("Non-biased", 1_863L), Map.entry("Biased", 1_810L),
                    Map.entry("No agreement", 1L));
            assertThat(s.labels().get("type")).containsEntry("left", 989L).containsEntry("right", 993L).containsEntry("center", 692L);
        }
        assertThat(xlsx.labels()).isEqualTo(csv.labels());
        assertThat(xlsx.chars()).isEqualTo(csv.chars());
        assertThat(xlsx.topOutlets()).isEqualTo(csv.topOutlets());
    }

    @Test
    void babeRawJudgementsFold() throws Exception {
        ReadOptions o = new ReadOptions(new FieldMapping(null, null, null, List.of(), null, null, "text", "annotator_id"),
                null, null, null, true, 0);
        Corpus c = Corpora.read(SharedData.require("datasets/babe/raw_labels_SG2.xlsx"), o, null);
        CorpusSummary s = CorpusSummary.of(c);
        // 18,362 judgement rows; one has an empty text (sheet row 16478) and is skipped and reported
        assertThat(s.rowsRead()).isEqualTo(18_362);
        assertThat(s.rowsSkipped()).isEqualTo(1);
        assertThat(s.skipped().get(0).line()).isEqualTo(16_478);
        assertThat(s.documents()).isEqualTo(3_699);
        assertThat(s.judgements().judgements()).isEqualTo(18_361);
        assertThat(s.judgements().annotators()).isEqualTo(8);
        assertThat(s.labels().get("label_bias")).containsEntry("Biased", 1_828L).containsEntry("Non-biased", 1_871L);
        Article a = c.articles().get(0);
        assertThat(a.annotations()).filteredOn(x -> x.field().equals("label_bias")).hasSize(Integer.parseInt(a.metadata().get("judgements")));
    }

    @Test
    void newsMtscLoads() throws Exception {
        Corpus c = Corpora.read(SharedData.require("datasets/newsmtsc/train.jsonl"), opts(), null);
        assertThat(c.provenance().mapping().textField()).isEqualTo("sentence_normalized");
        assertThat(c.provenance().mapping().idField()).isEqualTo("primary_gid");
        assertThat(c.size()).isEqualTo(7_758);
        assertThat(c.articles().get(0).metadata().get("targets")).contains("\"polarity\"");
    }
}
