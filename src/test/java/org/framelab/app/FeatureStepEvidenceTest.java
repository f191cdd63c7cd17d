package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.Actor;
import org.framelab.features.FeatureFamily;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FramingFeatures;
import org.framelab.features.Hit;
import org.framelab.report.ReportData.EvidenceRow;
import org.framelab.stats.GroupKey;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence found in parallel batches gives the rows of a plain scan in article order. */
class FeatureStepEvidenceTest {
    /** The evidence rows at each number per feature equal those of a sequential scan, and there are some. */
    private static void sameAsSequential(FeatureStep.Fitted f, List<Article> articles, int... perFeature) throws Exception {
        for (int per : perFeature) {
            List<EvidenceRow> got = FeatureStep.evidence(f.features(), articles, "leaning", per, Progress.NONE);
            assertThat(got).as("%d per feature", per).isEqualTo(sequential(f, articles, "leaning", per)).isNotEmpty();
        }
    }

    @Test
    void parallelBatchesGiveTheRowsOfASequentialScan() throws Exception {
        List<Article> articles = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), Progress.NONE).articles();
        FeatureStep.Fitted f = FeatureStep.fit(articles, FeatureOptions.defaults(), Progress.NONE);
        sameAsSequential(f, articles, 1, 3, 40);
    }

    @Test
    void familiesWhoseFeaturesAreFullAreNotRunAndTheRowsStayTheSame() throws Exception {
        List<Article> articles = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), Progress.NONE).articles();
        FeatureOptions options = FeatureOptions.defaults().withFamilies(List.of("framing", "ngrams"))
                .withActors(List.of(Actor.parse("Ardel=Ardel|Ardel Harbour Holdings"), Actor.parse("PTWU=PTWU|Port and Transport Workers' Union")));
        FeatureStep.Fitted f = FeatureStep.fit(articles, options, Progress.NONE);
        sameAsSequential(f, articles, 1, 2, 5, 12, 1000);
    }

    @Test
    void everyHitCarriesAFeatureItsFamilyDeclares() throws Exception {
        List<Article> articles = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), Progress.NONE).articles();
        FeatureOptions options = FeatureOptions.defaults().withFamilies(List.of("framing", "ngrams"))
                .withActors(List.of(Actor.parse("Ardel=Ardel|Ardel Harbour Holdings"), Actor.parse("PTWU=PTWU|Jonas Reyk")));
        FramingFeatures ff = (FramingFeatures) FeatureStep.fit(articles, options, Progress.NONE).features();
        Map<String, Set<String>> declared = new TreeMap<>();
        for (FeatureFamily fam : ff.families()) declared.put(fam.name(), fam.hitFeatures());
        assertThat(declared).doesNotContainValue(null);
        Set<String> seen = new TreeSet<>();
        Set<String> all = new TreeSet<>(declared.keySet());
        for (Article a : articles) {
            List<Hit> hits = ff.explain(a);
            for (Hit h : hits) {
                assertThat(declared.get(h.family())).as("family %s", h.family()).contains(h.feature());
                seen.add(h.feature());
            }
            // the hits of some families: those of explain, in the same order
            for (Set<String> some : List.of(all, Set.of("quotation"), Set.of("attribution", "subjective"), Set.of("actors", "stance"), Set.<String>of())) {
                assertThat(ff.explain(a, some)).isEqualTo(hits.stream().filter(h -> some.contains(h.family())).toList());
            }
        }
        assertThat(seen).contains("attribution.neutral", "quotation.direct", "stance.hedge", "subjective.loaded", "actor.ardel.mentions");
    }

    /** The scan as it was written before the batches: one article after another, stopping when every feature has its rows. */
    private static List<EvidenceRow> sequential(FeatureStep.Fitted f, List<Article> articles, String groupField, int perFeature) {
        List<EvidenceRow> out = new ArrayList<>();
        Map<String, Integer> count = new TreeMap<>();
        long features = f.features().columns().stream().filter(c -> !c.isNgram()).count();
        for (Article a : articles.subList(0, Math.min(articles.size(), FeatureStep.EVIDENCE_SCAN))) {
            String g = GroupKey.of(a, groupField);
            for (Hit h : f.features().explain(a)) {
                if (h.family().startsWith("ngram") || h.span().end() > a.text().length()) continue;
                int c = count.getOrDefault(h.feature(), 0);
                if (c >= perFeature) continue;
                count.put(h.feature(), c + 1);
                out.add(new EvidenceRow(h.feature(), h.category(), a.id(), g == null ? "" : g, h.span().begin(), h.span().end(),
                        h.text(), FeatureStep.context(a.text(), h.span().begin(), h.span().end())));
            }
            if (count.size() >= features && count.values().stream().allMatch(x -> x >= perFeature)) break;
        }
        out.sort(Comparator.comparing(EvidenceRow::feature));
        return out;
    }
}
