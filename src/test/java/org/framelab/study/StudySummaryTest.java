package org.framelab.study;

import org.framelab.corpus.Corpora;
import org.framelab.corpus.CorpusSummary;
import org.framelab.corpus.ReadOptions;
import org.framelab.report.ReportData.OverviewEntry;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook's corpus summary names the articles without a label value as such, not as an empty value. */
class StudySummaryTest {
    @Test
    void articlesWithoutALabelValueAreNamed(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("c.jsonl"), """
                {"id": "1", "text": "Officials said the plan works.", "source": "Reuters"}
                {"id": "2", "text": "Critics accused the minister.", "source": "Daily Planet"}
                {"id": "3", "text": "The council voted.", "source": "Daily Planet"}
                """);
        Path table = Files.writeString(dir.resolve("ratings.csv"), "outlet,leaning\nReuters,center\n");
        List<OverviewEntry> ov = new ArrayList<>();
        StudySummary.add(ov, CorpusSummary.of(Corpora.read(corpus, ReadOptions.defaults().withOutletLabels(table), Progress.NONE)));
        assertThat(ov).extracting(e -> e.key() + ": " + e.value())
                .contains("label 'leaning' = center: 1 (33.3%)", "label 'leaning' without a value: 2 (66.7%)")
                .noneMatch(s -> s.startsWith("label 'leaning' = :"));
    }
}
