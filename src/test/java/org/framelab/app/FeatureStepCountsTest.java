package org.framelab.app;

import org.framelab.SharedData;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.CorpusAnalysis;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.features.FeatureTable;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feature step from one analysis's counts gives the table, terms and evidence the step from the texts gives. */
class FeatureStepCountsTest {
    @Test
    void tableTermsAndEvidenceFromCountsEqualThoseFromTheTexts() throws Exception {
        List<Article> all = new ArrayList<>(Corpora.read(SharedData.require("datasets/allsides/jsons-sample"), ReadOptions.defaults(), null).articles());
        all.addAll(Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), null).articles());
        for (String families : List.of("framing+ngrams", "framing")) {
            FeatureSpec spec = FeatureSets.parse(families, FeatureOptions.defaults());
            CorpusAnalysis analysis = CorpusAnalysis.of(all, spec);
            FeatureStep.Result counted = FeatureStep.run(all, spec, analysis, "outlet", 3, Progress.NONE);
            FeatureStep.Result texts = FeatureStep.run(all, spec, null, "outlet", 3, Progress.NONE);
            assertThat(analysis.analyses()).isEqualTo(all.size());
            FeatureTable a = counted.table(), b = texts.table();
            assertThat(a.columns()).isEqualTo(b.columns());
            assertThat(a.rows()).hasSameSizeAs(b.rows());
            for (int i = 0; i < a.rows().size(); i++) {
                assertThat(a.rows().get(i).id()).isEqualTo(b.rows().get(i).id());
                assertThat(a.rows().get(i).values().indices()).as("row %d", i).isEqualTo(b.rows().get(i).values().indices());
                assertThat(a.rows().get(i).values().values()).as("row %d", i).isEqualTo(b.rows().get(i).values().values());
            }
            assertThat(counted.terms()).isNotEmpty().isEqualTo(texts.terms());
            assertThat(counted.evidence()).isEqualTo(texts.evidence());
        }
    }
}
