package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.Provenance;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.model.ClassifierSpec;
import org.framelab.model.EvaluationResult;
import org.framelab.model.MetricsJson;
import org.framelab.model.PredictionsCsv;
import org.framelab.model.TrainConfig;
import org.framelab.model.TrainedModel;
import org.framelab.model.Trainer;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stream forms of predict and evaluate hold a batch, not the corpus: a generated corpus of
 * {@value #N} articles is predicted {@value #BATCH} at a time while the source counts the articles it
 * handed out and, every batch, how many of them are still reachable (after a full collection). Holding
 * the whole corpus, or reading it ahead, fails these tests; the outputs equal those of the list forms.
 */
class ApplyModelStreamTest {
    private static final int N = 3000;
    private static final int BATCH = 200;
    private static List<Article> demo;
    private static TrainedModel model;

    @BeforeAll
    static void trainOnTheDemo() throws Exception {
        demo = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), Progress.NONE).articles();
        model = Trainer.train(demo, TrainConfig.of("leaning", FeatureSets.parse("framing+ngrams", FeatureOptions.defaults()),
                ClassifierSpec.defaults(), 1), Progress.NONE);
    }

    /** Article {@code i} of the generated corpus: a demo article under a new id. */
    private static Article article(int i, String leaning) {
        Article a = demo.get(i % demo.size());
        Map<String, String> labels = new HashMap<>(a.labels());
        if (leaning == null) labels.remove("leaning");
        else labels.put("leaning", leaning);
        return new Article("g" + i, a.title(), a.text(), a.outlet(), a.date(), a.url(), a.authors(), labels, a.metadata(), a.annotations());
    }

    private static String leaningOf(int i) {
        return demo.get(i % demo.size()).labels().get("leaning");
    }

    /** Generates articles on demand, counting them and checking, once per batch, how many are still reachable. */
    private static class CountingSource implements ArticleStream {
        final int n;
        final String[] leanings;
        final List<WeakReference<Article>> handedOut = new ArrayList<>();
        int maxReachable;

        CountingSource(int n, String[] leanings) {
            this.n = n;
            this.leanings = leanings;
        }

        @Override public boolean hasNext() { return handedOut.size() < n; }

        @Override public Article next() { return nextArticle(); }

        @Override
        public Article nextArticle() {
            int i = handedOut.size();
            if (i % BATCH == 0) maxReachable = Math.max(maxReachable, reachable());
            Article a = article(i, leanings[i]);
            handedOut.add(new WeakReference<>(a));
            return a;
        }

        /** Articles handed out and still strongly reachable after full collections. */
        int reachable() {
            int live = Integer.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                System.gc();
                int c = 0;
                for (WeakReference<Article> r : handedOut) if (r.get() != null) c++;
                if (c >= live) break;
                live = c;
            }
            return live == Integer.MAX_VALUE ? 0 : live;
        }

        @Override public Provenance provenance() { return new Provenance(List.of("generated"), "test", FieldMapping.auto(), handedOut.size(), 0, List.of()); }

        @Override public void close() { }
    }

    private static String[] gold(int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = leaningOf(i);
        return out;
    }

    private static List<Article> list(String[] leanings) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < leanings.length; i++) out.add(article(i, leanings[i]));
        return out;
    }

    @Test
    void predictHoldsOneBatchAndWritesWhatTheListFormWrites(@TempDir Path dir) throws Exception {
        CountingSource src = new CountingSource(N, gold(N));
        List<String> ids = new ArrayList<>();
        int[] maxAhead = {0};
        ApplyModel.Predicted r = ApplyModel.predict(model, src, BATCH, p -> {
            maxAhead[0] = Math.max(maxAhead[0], src.handedOut.size() - ids.size());
            ids.add(p.id());
        }, Progress.NONE);
        assertThat(r.articles()).isEqualTo(N);
        assertThat(r.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(N);
        assertThat(ids).hasSize(N).startsWith("g0", "g1", "g2").endsWith("g" + (N - 1));
        assertThat(maxAhead[0]).as("articles read but not yet predicted").isLessThanOrEqualTo(BATCH);
        assertThat(src.maxReachable).as("articles reachable while reading").isLessThanOrEqualTo(2 * BATCH).isGreaterThan(0);

        // the CSV of the stream form (default batch) equals the list form's, byte for byte
        List<Article> all = list(gold(600));
        Path streamed = dir.resolve("streamed.csv"), listed = dir.resolve("listed.csv");
        ApplyModel.predictToCsv(model, new CountingSource(600, gold(600)), streamed, false, Progress.NONE);
        PredictionsCsv.write(listed, model.labels(), ApplyModel.predict(model, all, Progress.NONE), false, false);
        assertThat(Files.readAllBytes(streamed)).isEqualTo(Files.readAllBytes(listed));
    }

    @Test
    void evaluateKeepsPredictionsNotArticlesAndScoresLikeTheListForm() throws Exception {
        CountingSource src = new CountingSource(N, gold(N));
        EvaluationResult streamed = ApplyModel.evaluate(model, src, BATCH, "leaning", null, 50, 1, Progress.NONE);
        assertThat(src.handedOut).hasSize(N);
        assertThat(src.maxReachable).as("articles reachable while reading").isLessThanOrEqualTo(2 * BATCH).isGreaterThan(0);
        assertThat(streamed.predictions()).hasSize(N);
        EvaluationResult listed = ApplyModel.evaluate(model, list(gold(N)), "leaning", null, 50, 1, Progress.NONE);
        assertThat(MetricsJson.toJson(MetricsJson.tree(streamed))).isEqualTo(MetricsJson.toJson(MetricsJson.tree(listed)));
        assertThat(streamed.predictions().get(0).group()).as("group: the outlet (every article has one)").isEqualTo(demo.get(0).outlet());
    }

    @Test
    void labelErrorsCountEveryBatchLikeTheListForm() {
        String[] leanings = gold(700);
        leanings[650] = null;   // in the fourth batch
        leanings[20] = "far-out";
        assertThatThrownBy(() -> ApplyModel.evaluate(model, new CountingSource(700, leanings), BATCH, "leaning", null, 0, 1, Progress.NONE))
                .isInstanceOf(InputException.class).hasMessageStartingWith("1 of 700 articles have no value for label field 'leaning' (first ids: g650)");
        assertThatThrownBy(() -> ApplyModel.evaluate(model, list(leanings), "leaning", null, 0, 1, Progress.NONE))
                .hasMessageStartingWith("1 of 700 articles have no value for label field 'leaning' (first ids: g650)");
        leanings[650] = leaningOf(650);
        assertThatThrownBy(() -> ApplyModel.evaluate(model, new CountingSource(700, leanings), BATCH, "leaning", null, 0, 1, Progress.NONE))
                .hasMessageStartingWith("Labels not known to the model in field 'leaning': {far-out=1}");
    }

    @Test
    void badDataMidStreamLeavesNoOutputFile(@TempDir Path dir) throws Exception {
        ArticleStream failing = new CountingSource(1000, gold(1000)) {
            @Override
            public boolean hasNext() {   // as the readers do: bad data travels wrapped through the iterator method
                if (handedOut.size() == 700) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("bad row",
                            new CorpusException("corpus.jsonl", 701, "text", "invalid JSON", "fix the line")));
                }
                return super.hasNext();
            }
        };
        Path out = dir.resolve("p.csv");
        assertThatThrownBy(() -> ApplyModel.predictToCsv(model, failing, out, false, Progress.NONE))
                .isInstanceOf(CorpusException.class).hasMessageContaining("corpus.jsonl, line 701");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no output and no temporary file").isEmpty();
        }
    }
}
