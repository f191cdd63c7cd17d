package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.features.CorpusAnalysis;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Honest evaluation: for each fold of a {@link FoldPlan}, a model is trained from scratch on the
 * training part only (feature vocabulary, weights, scaling and classifier) and scored on the test part.
 */
public final class Evaluation {
    private Evaluation() {}

    /**
     * The blends of {@code choices} to hold fixed, for features with n-grams or not, with a framing family
     * besides them or not ({@link FoldChoices#apply}). With {@code reuseNgrams}, a fold whose blend is
     * held takes what the recorded evaluation left of its n-gram model ({@link FoldChoices#reuse}) and fits at most
     * the framing model: the same predictions as fitting both blocks again, the n-gram block fitted once per fold.
     */
    public record HeldBlend(FoldChoices choices, boolean withNgrams, boolean withFraming, boolean reuseNgrams) {
        public HeldBlend(FoldChoices choices, boolean withNgrams, boolean withFraming) {
            this(choices, withNgrams, withFraming, true);
        }
    }

    /**
     * Runs the plan and summarises it.
     *
     * @param groupField field recorded per prediction for per-group metrics and warnings (outlet);
     *                   null = the plan's group field, else the article outlet when present
     */
    public static EvaluationResult run(List<Article> articles, FoldPlan plan, TrainConfig cfg, String groupField,
                                       Metrics.Settings settings, Progress progress) throws InputException {
        CorpusAnalysis analysis = CorpusAnalysis.supports(cfg.features()) ? CorpusAnalysis.of(articles, cfg.features()) : null;
        return run(articles, analysis, plan, cfg, groupField, settings, progress);
    }

    /**
     * {@link #run(List, FoldPlan, TrainConfig, String, Metrics.Settings, Progress)} with the features of each
     * fold fitted from {@code analysis}'s counts of {@code articles} (when it covers the features; null = from
     * the texts): each article is read once, not once per fold.
     */
    public static EvaluationResult run(List<Article> articles, CorpusAnalysis analysis, FoldPlan plan, TrainConfig cfg, String groupField,
                                       Metrics.Settings settings, Progress progress) throws InputException {
        return run(articles, analysis, plan, cfg, groupField, settings, progress, null, null);
    }

    /**
     * The same, recording the blend each fold's training part chose into {@code record} (null = not
     * recorded), or training each fold with the blend {@code replay} holds for it ({@link FoldChoices};
     * null = each fold chooses its own).
     */
    public static EvaluationResult run(List<Article> articles, CorpusAnalysis analysis, FoldPlan plan, TrainConfig cfg, String groupField,
                                       Metrics.Settings settings, Progress progress, FoldChoices record, HeldBlend replay) throws InputException {
        List<Article> used = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (FoldPlan.Fold f : plan.folds()) {
            for (int i : f.train()) if (seen.add(i)) used.add(articles.get(i));
            for (int i : f.test()) if (seen.add(i)) used.add(articles.get(i));
        }
        Trainer.checkLabels(used, cfg.labelField());
        List<String> labels = cfg.labels().isEmpty() ? Trainer.labelSet(used, cfg.labelField()) : cfg.labels();
        if (labels.size() < 2) throw LabelClasses.oneClass(labels, used.size(), cfg.labelField(), "");
        TrainConfig fixed = cfg.withLabels(labels);
        String group = groupField != null ? groupField : plan.groupField() != null ? plan.groupField() : outletFieldOf(used);
        boolean counted = analysis != null && analysis.articles().size() == articles.size() && analysis.covers(cfg.features());

        List<Prediction> all = new ArrayList<>();
        Map<Integer, String> majority = new TreeMap<>();
        Map<Integer, Integer> trainSizes = new TreeMap<>();
        int nf = plan.folds().size();
        for (FoldPlan.Fold f : plan.folds()) {
            progress.checkCancelled();
            List<Article> train = pick(articles, f.train());
            progress.start("fold " + (f.index() + 1) + " of " + nf + ": train " + train.size() + ", test " + f.test().length, -1);
            progress.done();
            TrainConfig foldCfg = replay == null ? fixed : replay.choices().apply(f.index(), fixed, replay.withNgrams(), replay.withFraming());
            FoldChoices.Reuse reuse = counted && replay != null && replay.withNgrams() && replay.reuseNgrams()
                    ? replay.choices().reuse(f.index(), foldCfg, f.test()) : null;
            if (reuse != null) {
                all.addAll(reused(reuse, analysis, articles, f, foldCfg, labels, cfg.labelField(), group, progress));
            } else if (counted) {
                Trainer.CountedTraining t = Trainer.trainTimed(analysis, f.train(), f.test(), foldCfg, progress);
                TrainedModel model = t.trained().model();
                if (record != null) record.record(f.index(), foldCfg, model);
                int[] fused = record != null ? model.fusedModelLabels() : null;
                double[][] ngramDecisions = fused != null ? new double[f.test().length][] : null;
                // vectors on all cores, the classifier in one thread (Weka classifiers are not all thread-safe)
                int[] test = f.test();
                org.framelab.features.SparseVector[] vectors = new org.framelab.features.SparseVector[test.length];
                java.util.stream.IntStream.range(0, test.length).parallel().forEach(k -> vectors[k] = t.features().vector(test[k]));
                for (int k = 0; k < test.length; k++) {
                    TrainedModel.Scored sc = model.predictScored(articles.get(test[k]), vectors[k], cfg.labelField(), group, f.index());
                    all.add(sc.prediction());
                    if (ngramDecisions != null) ngramDecisions[k] = sc.ngramDecision();
                    vectors[k] = null;
                }
                if (ngramDecisions != null) record.recordNgrams(f.index(), foldCfg, test, fused, ngramDecisions);
                NestedSelection.Outcome o = model.selectionOutcome();
                if (record != null && fused == null && o != null && o.blend().framingScale() == 0) {
                    double[][] p = new double[test.length][];
                    for (int k = 0; k < test.length; k++) p[k] = all.get(all.size() - test.length + k).probabilities();
                    record.recordNgramsAlone(f.index(), foldCfg, test, p);
                }
            } else {
                TrainedModel model = Trainer.train(train, foldCfg, progress);
                if (record != null) record.record(f.index(), foldCfg, model);
                all.addAll(model.predict(pick(articles, f.test()), cfg.labelField(), group, f.index(), progress));
            }
            majority.put(f.index(), Trainer.majority(train, cfg.labelField(), labels));
            trainSizes.put(f.index(), train.size());
        }
        List<String> warnings = warnings(articles, plan, cfg.labelField(), group);
        boolean groupBootstrap = plan.isGrouped() && settings.bootstrapGroups();
        Metrics.Settings s = new Metrics.Settings(settings.bootstrapResamples(), settings.seed(), groupBootstrap);
        return Metrics.evaluate(plan.protocol(), labels, all, majority, trainSizes, s, warnings);
    }

    /**
     * Scores predictions made elsewhere under {@code plan} (a distributed job trains and predicts the
     * folds): the same metrics, majority baseline of each training part and warnings as {@link #run}.
     * {@code articles} are the plan's articles (labels and groups are read, not texts); the predictions
     * in fold order, each fold's test articles in plan order, as {@link #run} makes them.
     */
    public static EvaluationResult score(List<Article> articles, FoldPlan plan, List<String> labels, List<Prediction> predictions,
                                         String labelField, String groupField, Metrics.Settings settings) {
        String group = groupField != null ? groupField : plan.groupField() != null ? plan.groupField() : outletFieldOf(articles);
        Map<Integer, String> majority = new TreeMap<>();
        Map<Integer, Integer> trainSizes = new TreeMap<>();
        for (FoldPlan.Fold f : plan.folds()) {
            majority.put(f.index(), Trainer.majority(pick(articles, f.train()), labelField, labels));
            trainSizes.put(f.index(), f.train().length);
        }
        boolean groupBootstrap = plan.isGrouped() && settings.bootstrapGroups();
        Metrics.Settings s = new Metrics.Settings(settings.bootstrapResamples(), settings.seed(), groupBootstrap);
        return Metrics.evaluate(plan.protocol(), labels, predictions, majority, trainSizes, s, warnings(articles, plan, labelField, group));
    }

    /**
     * A train/test evaluation with the model already trained on the training part (articles
     * {@code 0..training.size()-1} of the plan; a streamed fit): the test part is predicted and scored
     * as {@link #run} scores its one fold. {@code training} needs labels and outlets, not texts.
     */
    public static EvaluationResult trainTest(TrainedModel model, List<Article> training, List<Article> test, FoldPlan plan,
                                             String labelField, Metrics.Settings settings, Progress progress) {
        List<Article> all = new ArrayList<>(training);
        all.addAll(test);
        String group = plan.groupField() != null ? plan.groupField() : outletFieldOf(all);
        List<Prediction> preds = model.predict(test, labelField, group, 0, progress);
        List<String> labels = model.labels();
        Map<Integer, String> majority = Map.of(0, Trainer.majority(training, labelField, labels));
        Map<Integer, Integer> trainSizes = Map.of(0, training.size());
        Metrics.Settings s = new Metrics.Settings(settings.bootstrapResamples(), settings.seed(), plan.isGrouped() && settings.bootstrapGroups());
        return Metrics.evaluate(plan.protocol(), labels, preds, new TreeMap<>(majority), new TreeMap<>(trainSizes), s,
                warnings(all, plan, labelField, group));
    }

    /** Scores an already trained model on labelled articles (the {@code evaluate} command): one batch of {@link StreamedScore}. */
    public static EvaluationResult score(TrainedModel model, List<Article> articles, String labelField, String groupField,
                                         Metrics.Settings settings, Progress progress) throws InputException {
        StreamedScore s = new StreamedScore(model, labelField, groupField);
        s.add(articles, progress);
        return s.finish(settings);
    }

    /**
     * The predictions of a held configuration's fold from what the recorded evaluation left
     * ({@link FoldChoices#reuse}): the same as fitting both blocks again (FoldChoicesTest), without the
     * n-gram block's vectors, matrix and fit.
     */
    private static List<Prediction> reused(FoldChoices.Reuse reuse, CorpusAnalysis analysis, List<Article> articles, FoldPlan.Fold f,
                                           TrainConfig foldCfg, List<String> labels, String labelField, String group, Progress progress)
            throws InputException {
        int[] test = f.test();
        double[][] dist = new double[test.length][];
        if (reuse.kind() == FoldChoices.ReuseKind.NGRAMS_ALONE) {
            dist = reuse.values();
        } else {
            FramingBlock fb = Trainer.fitFramingBlock(analysis, f.train(), f.test(), foldCfg, progress);
            double[][] framing = new double[test.length][];
            java.util.stream.IntStream.range(0, test.length).parallel().forEach(k -> framing[k] = fb.decision(test[k]));
            if (reuse.kind() == FoldChoices.ReuseKind.FUSED) {
                if (!java.util.Arrays.equals(fb.model().modelLabels(), reuse.modelLabels())) {
                    throw new IllegalStateException("class orders differ between the framing model and the recorded n-gram model");
                }
                double a = reuse.blend().framing();
                for (int k = 0; k < test.length; k++) dist[k] = fb.model().distribution(FusedModel.fuse(framing[k], reuse.values()[k], a));
            } else {
                for (int k = 0; k < test.length; k++) dist[k] = fb.model().distribution(framing[k]);
            }
        }
        List<Prediction> out = new ArrayList<>(test.length);
        for (int k = 0; k < test.length; k++) out.add(TrainedModel.prediction(articles.get(test[k]), labels, dist[k], labelField, group, f.index()));
        return out;
    }

    static List<Article> pick(List<Article> articles, int[] idx) {
        List<Article> out = new ArrayList<>(idx.length);
        for (int i : idx) out.add(articles.get(i));
        return out;
    }

    /** "outlet" when most articles have an outlet, else null. */
    static String outletFieldOf(List<Article> articles) {
        long with = articles.stream().filter(a -> !a.outlet().isBlank()).count();
        return !articles.isEmpty() && with >= 0.9 * articles.size() ? "outlet" : null;
    }

    /**
     * How a user keeps outlet name variants in one group, on each path that folds a corpus here: the {@code train} and
     * {@code report} option, the study-file key and the GUI's Classify check box.
     */
    static final String MERGE_VARIANTS_HINT = " Use --merge-outlet-variants (study file: classifier.merge_outlet_variants: true;"
            + " GUI: the Classify view's 'Merge outlet name variants') to keep variants in one group.";

    /**
     * How a user keeps each value of {@code group} in one fold, on every path that folds a corpus: {@code train --group-by},
     * {@code report --protocol grouped --group-field} (report's {@code --group-by} groups the statistics, not the folds),
     * the study-file keys and, for the outlet (the only field it groups by), the GUI's Classify protocol control.
     */
    public static String groupedFoldsHint(String group) {
        return "train --group-by " + group + "; report --protocol grouped --group-field " + group
                + " (study file: classifier.protocol: grouped with classifier.group_field: " + group
                + ("outlet".equals(group) ? "; GUI: Classify, Evaluation 'Grouped CV by outlet'" : "") + ")";
    }

    /** The same for folds a Spark job recorded ({@link PredictionScores}): the job cannot merge; a local run can. */
    static final String MERGE_VARIANTS_HINT_RECORDED = " The job's folds keep them apart: framelab train or report on the corpus"
            + " with --merge-outlet-variants keeps variants in one group.";

    /** Warnings about the folds of {@code plan}, made here ({@link #MERGE_VARIANTS_HINT}). */
    static List<String> warnings(List<Article> articles, FoldPlan plan, String labelField, String group) {
        return warnings(articles, plan, labelField, group, MERGE_VARIANTS_HINT);
    }

    /** {@code mergeHint}: what to do about outlet name variants across folds, on the path that made the folds. */
    static List<String> warnings(List<Article> articles, FoldPlan plan, String labelField, String group, String mergeHint) {
        List<String> w = new ArrayList<>();
        if (group == null) return w;
        String c = constantLabelWarning(articles, labelField, group, plan.isGrouped());
        if (c != null) w.add(c);
        String v = variantWarning(articles, plan, group, mergeHint);
        if (v != null) w.add(v);
        if (!plan.isGrouped()) {
            // how many test groups also occur in training
            int overlapFolds = 0;
            long testGroups = 0, shared = 0;
            for (FoldPlan.Fold f : plan.folds()) {
                Set<String> trainGroups = new HashSet<>();
                for (int i : f.train()) trainGroups.add(Trainer.groupOf(articles.get(i), group));
                Set<String> tg = new HashSet<>();
                for (int i : f.test()) tg.add(Trainer.groupOf(articles.get(i), group));
                tg.remove("");
                testGroups += tg.size();
                for (String g : tg) if (trainGroups.contains(g)) shared++;
                if (tg.stream().anyMatch(trainGroups::contains)) overlapFolds++;
            }
            if (shared > 0) {
                w.add(shared + " of " + testGroups + " test-part values of '" + group + "' (summed over folds) also occur in the training part"
                        + " (in " + overlapFolds + " of " + plan.folds().size() + " folds): the model may recognise the " + group
                        + " rather than the framing. Keep them apart with grouped folds: " + groupedFoldsHint(group) + ".");
            }
        }
        return w;
    }

    /**
     * A warning when test-part values of {@code group} are name variants of different training-part
     * values (see {@link OutletVariants}), e.g. "Fox News" tested after training on "Fox Online News".
     * Null when there are none (or the folds already keep variants together).
     */
    static String variantWarning(List<Article> articles, FoldPlan plan, String group) {
        return variantWarning(articles, plan, group, MERGE_VARIANTS_HINT);
    }

    /** The same, ending with {@code mergeHint} when the folds are grouped (merging needs groups). */
    static String variantWarning(List<Article> articles, FoldPlan plan, String group, String mergeHint) {
        Map<String, String> example = new TreeMap<>();
        long shared = 0;
        Map<String, String> families = new HashMap<>(); // each value's family, worked out once
        for (FoldPlan.Fold f : plan.folds()) {
            Map<String, Set<String>> trainByFamily = new HashMap<>();
            for (int i : f.train()) {
                String g = Trainer.groupOf(articles.get(i), group);
                if (!g.isEmpty()) trainByFamily.computeIfAbsent(families.computeIfAbsent(g, OutletVariants::family), x -> new TreeSet<>()).add(g);
            }
            Set<String> tg = new TreeSet<>();
            for (int i : f.test()) tg.add(Trainer.groupOf(articles.get(i), group));
            tg.remove("");
            for (String g : tg) {
                Set<String> names = trainByFamily.get(families.computeIfAbsent(g, OutletVariants::family));
                if (names == null) continue;
                Set<String> others = new TreeSet<>(names);
                others.remove(g);
                if (others.isEmpty()) continue;
                shared++;
                example.putIfAbsent(g, others.iterator().next());
            }
        }
        if (shared == 0) return null;
        StringBuilder ex = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, String> e : example.entrySet()) {
            if (n++ == 3) break;
            ex.append(n > 1 ? ", " : "").append('\'').append(e.getKey()).append("' ~ '").append(e.getValue()).append('\'');
        }
        return shared + " test-part values of '" + group + "' (summed over folds) are name variants of other values in the training part ("
                + ex + "): the same outlet under another name shares house style and boilerplate, so the score is optimistic."
                + (plan.isGrouped() ? mergeHint : "");
    }

    /**
     * A warning when labels are (almost) constant within groups: at least 95% of the articles in groups
     * of 2+ carry their group's majority label. Null otherwise.
     */
    static String constantLabelWarning(List<Article> articles, String labelField, String group, boolean grouped) {
        Map<String, Map<String, Integer>> labelsOf = new TreeMap<>();
        for (Article a : articles) {
            String g = Trainer.groupOf(a, group);
            if (g.isEmpty()) continue;
            String l = Trainer.labelOf(a, labelField);
            if (l == null) continue;
            labelsOf.computeIfAbsent(g, x -> new TreeMap<>()).merge(l, 1, Integer::sum);
        }
        return constantLabelWarning(labelsOf, labelField, group, grouped);
    }

    /**
     * Whether labels are (almost) properties of the group: among groups with 2+ articles (at least 2
     * such groups), at least 95% of the articles carry their group's majority label. {@code labelsOf}:
     * label counts per group.
     */
    public static boolean labelsConstantWithin(Map<String, Map<String, Integer>> labelsOf) {
        return LabelShare.of(labelsOf).constant();
    }

    /** Over the groups with 2+ articles: how many, how many with one label, their articles, and those with their group's majority label. */
    private record LabelShare(int groups, int pure, long articles, long majority) {
        static LabelShare of(Map<String, Map<String, Integer>> labelsOf) {
            int multi = 0, constant = 0;
            long inMulti = 0, majority = 0;
            for (Map<String, Integer> counts : labelsOf.values()) {
                int n = counts.values().stream().mapToInt(Integer::intValue).sum();
                if (n < 2) continue;
                multi++;
                inMulti += n;
                majority += counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                if (counts.size() == 1) constant++;
            }
            return new LabelShare(multi, constant, inMulti, majority);
        }

        /** At least 2 such groups and 95% of their articles with the majority label. */
        boolean constant() {
            return groups >= 2 && majority >= 0.95 * articles;
        }
    }

    /** The same warning from the label counts of each non-empty group. */
    static String constantLabelWarning(Map<String, Map<String, Integer>> labelsOf, String labelField, String group, boolean grouped) {
        return constantLabelWarning(labelsOf, labelField, group, Boolean.valueOf(grouped));
    }

    /** The same; {@code grouped} null: no folds (a saved model scored on new articles), the statement about folds left out. */
    static String constantLabelWarning(Map<String, Map<String, Integer>> labelsOf, String labelField, String group, Boolean grouped) {
        LabelShare ls = LabelShare.of(labelsOf);
        if (!ls.constant()) return null;
        int multi = ls.groups(), constant = ls.pure();
        long inMulti = ls.articles(), majority = ls.majority();
        String share = constant == multi ? "" : String.format(java.util.Locale.ROOT, " (%d of %d groups strictly; %.1f%% of their articles carry the group's majority label)",
                constant, multi, 100.0 * majority / inMulti);
        String base = "Labels of '" + labelField + "' are constant within each value of '" + group + "' (" + multi
                + " groups with 2+ articles)" + share + ": the label is a property of the " + group + ". ";
        if (grouped == null) return base.strip();
        return grouped
                ? base + "Grouped folds keep each " + group + " in one part, so the scores measure generalisation to unseen " + group + "s."
                : base + "Random folds put the same " + group + " in training and test, so they measure outlet recognition (which "
                + group + " an article comes from), not framing; use grouped folds: " + groupedFoldsHint(group) + ".";
    }
}
