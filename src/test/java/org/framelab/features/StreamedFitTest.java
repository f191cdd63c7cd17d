package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A spec fitted on articles read as a stream equals the fit on the list of the same articles. */
class StreamedFitTest {
    @Test
    void streamedFitEqualsTheFitOnTheList() throws Exception {
        List<Article> all = CorpusAnalysisTest.corpus();
        for (String families : List.of("framing+ngrams", "ngrams", "framing")) {
            FeatureSpec spec = FeatureSets.parse(families, FeatureOptions.defaults().withNgrams(new NgramOptions(1, 2, 2, 5000, true, true, 3)));
            FramingFeatures fromList = (FramingFeatures) spec.fit(all);
            List<String> seen = new ArrayList<>();
            try (StreamedFit s = StreamedFit.fit(spec, each -> all.forEach(each), a -> seen.add(a.id()), Progress.NONE)) {
                assertThat(seen).hasSize(all.size());
                FramingFeatures fromStream = (FramingFeatures) s.fitted();
                assertThat(fromStream.vocabulary()).isEqualTo(fromList.vocabulary());
                assertThat(fromStream.columns()).isEqualTo(fromList.columns());
                List<SparseVector> vectors = new ArrayList<>();
                s.vectors((v, i) -> {
                    assertThat(i).isEqualTo(vectors.size());
                    vectors.add(v);
                });
                assertThat(vectors).hasSize(all.size());
                // every training article's length, as text.tokens of the fitted features counts it, once
                java.util.TreeMap<Integer, Long> expected = new java.util.TreeMap<>();
                int tokens = fromList.columns().indexOf(fromList.columns().stream()
                        .filter(c -> c.name().equals(FramingFeatures.TOKENS)).findFirst().orElseThrow());
                for (Article a : all) expected.merge((int) fromList.transform(a).get(tokens), 1L, Long::sum);
                assertThat(s.tokenCounts()).as(families).isEqualTo(expected);
                assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.size());
                for (int i = 0; i < all.size(); i++) {
                    SparseVector b = fromList.transform(all.get(i));
                    assertThat(vectors.get(i).indices()).as("%s row %d", families, i).isEqualTo(b.indices());
                    assertThat(vectors.get(i).values()).as("%s row %d", families, i).isEqualTo(b.values());
                }
            }
        }
    }
}
