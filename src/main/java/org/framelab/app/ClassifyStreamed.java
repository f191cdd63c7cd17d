package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.features.StreamedFit;
import org.framelab.model.Evaluation;
import org.framelab.model.EvaluationResult;
import org.framelab.model.FeatureImportance;
import org.framelab.model.FoldPlan;
import org.framelab.model.LabelClasses;
import org.framelab.model.LinearModel;
import org.framelab.model.Metrics;
import org.framelab.model.OverlapCheck;
import org.framelab.model.TrainConfig;
import org.framelab.model.Trainer;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link Classify} with the training corpus read as a stream, for corpora larger than memory: train
 * on the whole corpus and test on a separate test corpus ({@link Protocol.TestCorpus}). The training
 * articles are read twice ({@link StreamedFit}) and never held; the model is trained once (it is both
 * the evaluated and the final model) on the compact matrix. The numbers are those of
 * {@link Classify#run} on the same articles (a test checks it).
 */
public final class ClassifyStreamed {
    private ClassifyStreamed() {}

    /**
     * Whether the request can run streamed: a test corpus, no ablation or paired comparison (they need
     * folds of the training articles), features that fit from a stream and a linear model.
     */
    public static boolean applies(Classify.Request req) {
        return req.protocol() instanceof Protocol.TestCorpus && !req.ablation() && req.compareWith() == null
                && StreamedFit.supports(Classify.spec(req.features())) && req.classifier().className().equals(LinearModel.class.getName());
    }

    /** Runs the request on the training articles of {@code training} (read twice, filtered as {@link Classify#run} filters them). */
    public static Classify.Result run(Classify.Request req, StreamedFit.Pass training, Progress progress) throws InputException, IOException {
        if (!applies(req)) throw new IllegalArgumentException("request cannot run streamed");
        Protocol.TestCorpus tc = (Protocol.TestCorpus) req.protocol();
        Map<String, Integer> excluded = new TreeMap<>();
        List<Article> test = LabelledInput.test(tc, req, excluded);
        List<Article> stubs = new ArrayList<>();
        // the training articles' fingerprints are taken as they pass (their texts are not kept)
        OverlapCheck.Streamed overlap = new OverlapCheck.Streamed(test);
        Map<String, Integer> trainingExcluded = new TreeMap<>();
        int[] pass = {0};
        StreamedFit.Pass labelled = each -> {
            pass[0]++;
            Map<String, Integer> counted = pass[0] == 1 ? trainingExcluded : new TreeMap<>();
            training.forEach(a -> {
                Article l = labelledOrNull(a, req, counted);
                if (l != null) each.accept(l);
            });
        };
        long t0 = System.nanoTime();
        TrainConfig cfg = Classify.config(req, req.features());
        org.framelab.model.TextLengths.Counter lengths = new org.framelab.model.TextLengths.Counter();
        try (StreamedFit fit = StreamedFit.fit(cfg.features(), labelled, a -> {
            overlap.accept(a);
            stubs.add(a.withText(""));
        }, progress)) {
            fit.tokenCounts().forEach(lengths::add); // counted in pass 2 (text.tokens): no second tokenizing
            LabelClasses.check(stubs, req.label(), LabelledInput.leftOut(trainingExcluded));
            trainingExcluded.forEach((k, v) -> excluded.merge(k, v, Integer::sum));
            FoldPlan plan = FoldPlan.trainTest(stubs.size(), test.size(), "train on " + tc.trainName() + ", test on " + tc.testName());
            List<Article> all = new ArrayList<>(stubs);
            all.addAll(test);
            List<String> warnings = new ArrayList<>(Classify.excludedWarnings(excluded, req.label()));
            String cases = org.framelab.model.LabelClasses.caseVariantWarning(all, req.label());
            if (!cases.isEmpty()) warnings.add(cases);
            OverlapCheck.Found found = overlap.found();
            FoldPlan evaluated = req.dedupe() ? found.withoutOverlap(plan) : plan;
            List<Article> tested = new ArrayList<>();
            for (int i : evaluated.folds().get(0).test()) tested.add(all.get(i));
            Trainer.Trained trained = Trainer.trainStreamed(fit, stubs, cfg.withLabels(Trainer.labelSet(all, req.label())), progress);
            trained = trained.withModel(trained.model().withTrainingTexts(overlap.training().trimmed()).withTrainingOutlets(stubs)
                    .withTrainingLengths(lengths.lengths()));
            warnings.addAll(LengthCheck.ofTest(trained.model(), tested));
            FoldPlan scored = FoldPlan.trainTest(stubs.size(), tested.size(), evaluated.protocol());
            EvaluationResult r = Evaluation.trainTest(trained.model(), stubs, tested, scored, req.label(),
                    new Metrics.Settings(req.bootstrap(), req.seed(), true), progress).withOverlap(found.report(all, req.dedupe()));
            warnings.addAll(r.warnings());
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<FeatureImportance.Weighted> weights = req.importance() > 0 ? trained.model().topWeights(req.importance()) : List.of();
            List<FeatureImportance.Ranked> ig = req.importance() > 0 && req.infoGain() ? infoGain(fit, trained, stubs, req) : List.of();
            return Classify.withStatement(new Classify.Result(req, all, stubs, evaluated, r, List.of(), null, trained, weights, ig, excluded, warnings, seconds));
        }
    }

    /** A model trained on the articles of {@code training} (read twice, never held; unlabelled ones left out): {@code bench train}. */
    public static Trainer.Trained train(Classify.Request req, StreamedFit.Pass training, Progress progress) throws InputException, IOException {
        List<Article> stubs = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Article> first = new java.util.concurrent.atomic.AtomicReference<>();
        StreamedFit.Pass labelled = each -> training.forEach(a -> {
            first.compareAndSet(null, a.withText(""));
            Article l = labelledOrNull(a, req, null);
            if (l != null) each.accept(l);
        });
        TrainConfig cfg = Classify.config(req, req.features());
        try (StreamedFit fit = StreamedFit.fit(cfg.features(), labelled, a -> stubs.add(a.withText("")), progress)) {
            if (stubs.isEmpty() && first.get() != null) {
                // as train says it: the label field is wrong, not the corpus path (a field the data does not have: exit 3)
                throw new InputException("no value for label field '" + req.label() + "' in any of the training articles"
                        + "\n  What to do: choose the label field (fields found: " + LabelledInput.fieldsOf(List.of(first.get())) + ").");
            }
            return Trainer.trainStreamed(fit, stubs, cfg, progress);
        }
    }

    private static List<FeatureImportance.Ranked> infoGain(StreamedFit fit, Trainer.Trained trained, List<Article> training, Classify.Request req) {
        List<String> labels = trained.model().labels();
        int[] y = new int[training.size()];
        for (int i = 0; i < y.length; i++) y[i] = labels.indexOf(training.get(i).field(req.label()).strip());
        return FeatureImportance.infoGain(each -> {
            try {
                fit.vectors(each);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, y, labels.size(), trained.model().columns(), req.importance(), trained.model()::usesColumn);
    }

    /** The article as {@link Classify#labelled} keeps it, or null when it is left out (counted in {@code excluded} when given). */
    private static Article labelledOrNull(Article a, Classify.Request req, Map<String, Integer> excluded) {
        List<Article> out = Classify.labelled(List.of(a), req.label(), req.excludeLabels(), excluded == null ? new TreeMap<>() : excluded);
        return out.isEmpty() ? null : out.get(0);
    }
}
