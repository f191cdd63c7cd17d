package org.framelab.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.features.FramingFeatures;
import org.framelab.model.ClassifierSpec;
import org.framelab.model.Evaluation;
import org.framelab.model.EvaluationResult;
import org.framelab.model.FoldPlan;
import org.framelab.model.Metrics;
import org.framelab.model.ModelSelection;
import org.framelab.model.TrainConfig;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spark's outlet-grouped cross-validation against the local linear model on the same folds and
 * features (framing+ngrams, framing x0.3, outlet templates removed): macro-F1 within 0.02, the same
 * folds, no outlet on both sides, each fold's vocabulary fitted without its test fold.
 */
class SparkTrainTest {
    private static final int FOLDS = 5;
    private static final long SEED = 42;

    @Test
    void demoCorpusMatchesTheLocalModel() throws Exception {
        List<Article> articles = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), Progress.NONE).articles();
        compare("demo", articles, JavaSparkContext.fromSparkContext(SparkTestSupport.spark().sparkContext()).parallelize(articles, 2),
                "leaning", 0.02);
    }

    @Test
    void allSidesSubsetMatchesTheLocalModel() throws Exception {
        Path file = SparkTestSupport.shared("datasets/allsides/articles.jsonl.gz");
        // every 20th article (about 1,800, every large outlet) as a JSON-lines file both sides read: Spark through
        // SparkCorpus as a user's job would, not from a collection shipped inside its tasks
        Path subset = Files.createTempFile("allsides-every-20th-", ".jsonl");
        try {
            List<String> lines = new ArrayList<>();
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    new java.util.zip.GZIPInputStream(Files.newInputStream(file)), java.nio.charset.StandardCharsets.UTF_8))) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) if (!line.isBlank() && n++ % 20 == 0) lines.add(line);
            }
            Files.write(subset, lines, java.nio.charset.StandardCharsets.UTF_8);
            List<Article> articles = Corpora.read(subset, ReadOptions.defaults(), Progress.NONE).articles();
            SparkCorpus corpus = SparkCorpus.open(SparkTestSupport.spark(),
                    new JobInput(List.of(subset.toString()), null, null, null, null, false));
            compare("allsides", articles, corpus.articles(), "bias", 0.02);
        } finally {
            Files.deleteIfExists(subset);
        }
    }

    private static void compare(String name, List<Article> articles, org.apache.spark.api.java.JavaRDD<Article> input, String label,
                                double tolerance) throws Exception {
        FeatureSpec spec = FeatureSets.parse("framing+ngrams", FeatureOptions.defaults());
        SparkTrain.Settings settings = new SparkTrain.Settings(label, "outlet", FOLDS, SEED, spec, 0.3, true, 1.0, 200);

        long t0 = System.nanoTime();
        SparkSession spark = SparkTestSupport.spark();
        SparkTrain.Result sparkResult = SparkTrain.run(spark, input, settings);
        double sparkSeconds = (System.nanoTime() - t0) / 1e9;

        List<Article> labelled = articles.stream().filter(a -> a.field(label) != null && !a.field(label).isBlank()).toList();
        FoldPlan plan = FoldPlan.grouped(labelled, label, "outlet", FOLDS, SEED);
        TrainConfig cfg = new TrainConfig(label, spec, ClassifierSpec.defaults(), SEED, ModelSelection.fixed(0.3, true),
                List.of(), Map.of(), 1, null);
        long t1 = System.nanoTime();
        EvaluationResult local = Evaluation.run(labelled, plan, cfg, "outlet", new Metrics.Settings(200, SEED, true), Progress.NONE);
        double localSeconds = (System.nanoTime() - t1) / 1e9;

        EvaluationResult ev = sparkResult.evaluation();
        System.out.printf(Locale.ROOT, "%s: %d articles; local macro-F1 %.4f accuracy %.4f (%.1f s); Spark macro-F1 %.4f accuracy %.4f (%.1f s); "
                        + "per fold local %s spark %s; vocabulary per fold %s; templates %s; fold seconds %s; iterations %s%n",
                name, labelled.size(), local.macroF1(), local.accuracy(), localSeconds, ev.macroF1(), ev.accuracy(), sparkSeconds,
                local.folds().stream().map(f -> String.format(Locale.ROOT, "%.3f", f.macroF1())).toList(),
                ev.folds().stream().map(f -> String.format(Locale.ROOT, "%.3f", f.macroF1())).toList(),
                sparkResult.folds().stream().map(SparkTrain.FoldFit::vocabulary).toList(),
                sparkResult.folds().stream().map(SparkTrain.FoldFit::templates).toList(),
                sparkResult.folds().stream().map(f -> String.format(Locale.ROOT, "%.1f", f.seconds())).toList(),
                sparkResult.folds().stream().map(SparkTrain.FoldFit::iterations).toList());

        // the same folds as the local plan
        assertThat(sparkResult.plan().folds()).hasSize(FOLDS);
        for (int f = 0; f < FOLDS; f++) {
            assertThat(sparkResult.plan().folds().get(f).test()).containsExactly(plan.folds().get(f).test());
        }
        // no outlet on both sides of any fold
        for (FoldPlan.Fold f : sparkResult.plan().folds()) {
            Set<String> train = new HashSet<>();
            for (int i : f.train()) train.add(labelled.get(i).outlet());
            for (int i : f.test()) assertThat(train).as("outlet of test article %s in training", labelled.get(i).id())
                    .doesNotContain(labelled.get(i).outlet());
        }
        // each fold's vocabulary: fitted on the training part only, the same as the local fit of that part
        for (FoldPlan.Fold f : sparkResult.plan().folds()) {
            List<String> vocabulary = sparkResult.folds().get(f.index()).vocabularyTerms();
            Set<String> trainWords = words(labelled, f.train(), 1);
            Set<String> testOnly = words(labelled, f.test(), 3);
            testOnly.removeAll(trainWords);
            assertThat(testOnly).as("words in 3+ test articles of fold %d and in no training article", f.index()).isNotEmpty();
            Set<String> vocab = new HashSet<>(vocabulary);
            for (String w : testOnly) assertThat(vocab).as("fold %d vocabulary", f.index()).doesNotContain(w);
            List<Article> train = Arrays.stream(f.train()).mapToObj(labelled::get).toList();
            FramingFeatures localFit = (FramingFeatures) spec.fit(train);
            assertThat(vocabulary).as("fold %d vocabulary = local fit on its training part", f.index())
                    .isEqualTo(localFit.vocabulary().terms());
        }
        // the protocol's warnings as the local path gives them: labels constant within outlets, and (the demo's 3 outlets
        // per leaning) too few outlets per class
        assertThat(ev.warnings()).containsAll(local.warnings());
        String few = org.framelab.app.ProtocolStatement.fewOutletsWarning(labelled, label, "outlet");
        if (name.equals("demo")) assertThat(few).contains("Fewer than 5 outlets for 'center' 3");
        if (few != null) assertThat(ev.warnings()).contains(few);
        assertThat(sparkResult.predictions()).hasSize(labelled.size());
        assertThat(Math.abs(ev.macroF1() - local.macroF1())).as("%s: Spark %.4f vs local %.4f", name, ev.macroF1(), local.macroF1())
                .isLessThanOrEqualTo(tolerance);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Lower-case letter words found in at least {@code min} of the given articles' texts. */
    private static Set<String> words(List<Article> articles, int[] rows, int min) {
        java.util.HashMap<String, Integer> df = new java.util.HashMap<>();
        for (int i : rows) {
            Set<String> seen = new HashSet<>();
            Matcher m = WORD.matcher(articles.get(i).title() + "\n" + articles.get(i).text());
            while (m.find()) seen.add(m.group().toLowerCase(Locale.ROOT));
            for (String w : seen) df.merge(w, 1, Integer::sum);
        }
        Set<String> out = new HashSet<>();
        df.forEach((w, n) -> {
            if (n >= min) out.add(w);
        });
        return out;
    }
}
