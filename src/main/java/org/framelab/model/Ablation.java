package org.framelab.model;

import org.framelab.util.OptionException;

import org.framelab.corpus.Article;
import org.framelab.features.CorpusAnalysis;
import org.framelab.features.FeatureSpec;
import org.framelab.features.NgramFamily;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ablation: every family alone and all-but-one, on the same folds, with macro-F1 and its CI. */
public final class Ablation {
    private Ablation() {}

    /**
     * @param configuration e.g. {@code all}, {@code only attribution}, {@code without ngrams}
     * @param features      the feature specification evaluated, e.g. {@code attribution+quotation}
     */
    public record Row(String configuration, String features, double macroF1, double macroF1Low, double macroF1High,
                      double accuracy, double meanFoldMacroF1) {}

    /**
     * @param families  feature families (at least two)
     * @param specFor   builds a feature spec from families joined by {@code +}
     */
    public static List<Row> run(List<Article> articles, FoldPlan plan, TrainConfig cfg, List<String> families,
                                Function<String, FeatureSpec> specFor, Metrics.Settings settings, Progress progress) throws InputException {
        return run(articles, null, null, plan, cfg, families, specFor, settings, progress);
    }

    /**
     * The same, each configuration fitted from {@code analysis}'s counts when it covers it (null = from
     * the texts); {@code all}, when given, is the evaluation of every family on the same plan and
     * configuration already run (its row is taken from it instead of evaluating again).
     */
    public static List<Row> run(List<Article> articles, CorpusAnalysis analysis, EvaluationResult all, FoldPlan plan, TrainConfig cfg, List<String> families,
                                Function<String, FeatureSpec> specFor, Metrics.Settings settings, Progress progress) throws InputException {
        return run(articles, analysis, all, null, plan, cfg, families, specFor, settings, progress);
    }

    /**
     * The same, each configuration with framing and n-grams trained in fold {@code k} with the blend
     * {@code chosen} recorded for fold {@code k} by the evaluation of every family ({@link FoldChoices}:
     * the tuning of the full model held fixed; null = each configuration tunes its own blend).
     */
    public static List<Row> run(List<Article> articles, CorpusAnalysis analysis, EvaluationResult all, FoldChoices chosen, FoldPlan plan,
                                TrainConfig cfg, List<String> families, Function<String, FeatureSpec> specFor, Metrics.Settings settings,
                                Progress progress) throws InputException {
        if (families.size() < 2) throw new OptionException("ablation", "needs at least two feature families, got " + families);
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("all", String.join("+", families));
        for (String f : families) configs.putIfAbsent("only " + f, f);
        if (families.size() > 2) {
            for (String f : families) {
                List<String> rest = new ArrayList<>(families);
                rest.remove(f);
                configs.put("without " + f, String.join("+", rest));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : configs.entrySet()) {
            progress.start("ablation: " + e.getKey(), -1);
            progress.done();
            EvaluationResult r;
            if (all != null && e.getKey().equals("all")) {
                r = all;
            } else {
                FeatureSpec spec = specFor.apply(e.getValue());
                CorpusAnalysis a = analysis != null ? analysis : CorpusAnalysis.supports(spec) ? CorpusAnalysis.of(articles, spec) : null;
                List<String> parts = List.of(e.getValue().split("\\+"));
                boolean withNgrams = parts.contains(NgramFamily.NAME);
                Evaluation.HeldBlend held = chosen == null || chosen.isEmpty() ? null : new Evaluation.HeldBlend(chosen, withNgrams, parts.size() > 1);
                r = Evaluation.run(articles, a, plan, cfg.withFeatures(spec), null, settings, progress, null, held);
            }
            double meanFold = r.folds().stream().mapToDouble(EvaluationResult.FoldMetrics::macroF1).average().orElse(Double.NaN);
            rows.add(new Row(e.getKey(), e.getValue(), r.macroF1(), r.ci95().macroF1().low(), r.ci95().macroF1().high(), r.accuracy(), meanFold));
        }
        return rows;
    }
}
