package org.framelab.study;

import org.framelab.corpus.Article;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.model.Ablation;
import org.framelab.model.ClassifierSpec;
import org.framelab.model.Evaluation;
import org.framelab.model.EvaluationResult;
import org.framelab.model.FeatureImportance;
import org.framelab.model.FoldPlan;
import org.framelab.model.Metrics;
import org.framelab.model.TrainConfig;
import org.framelab.model.TrainedModel;
import org.framelab.model.Trainer;
import org.framelab.report.ReportData;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.List;

/**
 * The classifier part of a study: cross-validated evaluation (outlets held out with the
 * {@code grouped} protocol), feature importance from a model trained on all articles, and the
 * feature-family ablation; turned into the report's plain {@link ReportData.ModelReport}.
 */
final class ModelStep {
    private ModelStep() {}

    record Outcome(ReportData.ModelReport report, List<String> warnings) {}

    static Outcome evaluate(Study study, List<Article> articles, FeatureOptions fo, Progress progress) throws InputException {
        Study.ClassifierSection c = study.classifier();
        FeatureOptions mfo = c.features().isEmpty() ? fo : fo.withFamilies(c.features());
        FeatureSpec spec = FeatureSets.parse(mfo);
        ClassifierSpec cs;
        try {
            cs = new ClassifierSpec(c.name(), c.options());
        } catch (IllegalArgumentException e) {
            throw new InputException("classifier.name: " + e.getMessage());
        }
        TrainConfig cfg = TrainConfig.of(c.label(), spec, cs, study.seed());
        FoldPlan plan = c.protocol().equals("grouped")
                ? FoldPlan.grouped(articles, c.label(), c.groupField(), c.folds(), study.seed())
                : FoldPlan.stratified(articles, c.label(), c.folds(), study.seed());
        Metrics.Settings ms = new Metrics.Settings(c.bootstrap(), study.seed(), true);
        EvaluationResult r = Evaluation.run(articles, plan, cfg, null, ms, progress);
        List<String> warnings = new ArrayList<>(r.warnings());

        List<ReportData.Metric> metrics = new ArrayList<>();
        var ci = r.ci95();
        metrics.add(new ReportData.Metric("accuracy", r.accuracy(), ci == null ? Double.NaN : ci.accuracy().low(),
                ci == null ? Double.NaN : ci.accuracy().high()));
        metrics.add(new ReportData.Metric("macro-F1", r.macroF1(), ci == null ? Double.NaN : ci.macroF1().low(),
                ci == null ? Double.NaN : ci.macroF1().high()));
        metrics.add(new ReportData.Metric("weighted F1", r.weightedF1(), Double.NaN, Double.NaN));
        metrics.add(new ReportData.Metric("Cohen's kappa", r.kappa(), Double.NaN, Double.NaN));
        metrics.add(new ReportData.Metric("MCC", r.mcc(), Double.NaN, Double.NaN));
        metrics.add(new ReportData.Metric("ROC AUC (macro, one-vs-rest)", r.rocAuc(), Double.NaN, Double.NaN));
        ReportData.Metric baseline = null;
        if (r.baseline() != null) {
            metrics.add(new ReportData.Metric("baseline accuracy (" + r.baseline().strategy() + ")", r.baseline().accuracy(), Double.NaN, Double.NaN));
            baseline = new ReportData.Metric("baseline macro-F1 (" + r.baseline().strategy() + ")", r.baseline().macroF1(), Double.NaN, Double.NaN);
            metrics.add(baseline);
        }
        metrics.add(new ReportData.Metric("articles evaluated", r.n(), Double.NaN, Double.NaN));

        List<ReportData.PerClass> perClass = new ArrayList<>();
        for (var pc : r.perClass()) perClass.add(new ReportData.PerClass(pc.label(), pc.precision(), pc.recall(), pc.f1(), pc.support()));
        long[][] conf = new long[r.confusion().length][];
        for (int i = 0; i < conf.length; i++) {
            conf[i] = new long[r.confusion()[i].length];
            for (int j = 0; j < conf[i].length; j++) conf[i][j] = r.confusion()[i][j];
        }
        List<ReportData.PerGroup> perGroup = new ArrayList<>();
        for (var g : r.perGroup()) perGroup.add(new ReportData.PerGroup(g.group(), g.n(), g.accuracy(), g.macroF1()));
        List<ReportData.Roc> roc = new ArrayList<>();
        for (var rc : r.roc()) roc.add(new ReportData.Roc(rc.label(), rc.fpr(), rc.tpr(), rc.auc()));

        // importance from a model trained on every article (descriptive; the scores above come from the folds)
        progress.start("Training on all articles for feature importance", -1);
        progress.done();
        TrainedModel full = Trainer.train(articles, cfg.withLabels(r.labels()), progress);
        List<ReportData.Importance> importance = new ArrayList<>();
        if (full.isLinear()) {
            for (FeatureImportance.Weighted w : full.topWeights(10)) importance.add(new ReportData.Importance(w.label(), w.feature(), w.weight()));
        } else {
            for (FeatureImportance.Ranked k : FeatureImportance.infoGain(full, articles, c.label(), 20, progress)) {
                importance.add(new ReportData.Importance("all (information gain)", k.feature(), k.infoGain()));
            }
        }

        List<ReportData.Ablation> ablation = new ArrayList<>();
        List<String> families = families(spec.describe(), mfo);
        if (c.ablation() && families.size() >= 2) {
            List<Ablation.Row> rows = Ablation.run(articles, plan, cfg, families, f -> {
                List<String> fs = List.of(f.split("\\+"));
                FeatureOptions o = mfo.withFamilies(fs);
                if (!fs.contains("subjective")) o = o.withLexicons(java.util.Map.of());
                if (!fs.contains("actors")) o = o.withActors(List.of());
                try {
                    return FeatureSets.parse(f, o);
                } catch (InputException e) {
                    throw new IllegalStateException(e);
                }
            }, ms, progress);
            for (Ablation.Row a : rows) ablation.add(new ReportData.Ablation(a.configuration(), a.macroF1(), a.macroF1Low(), a.macroF1High(), a.accuracy()));
        }
        String protocol = r.protocol();
        return new Outcome(new ReportData.ModelReport(cs.name() + (cs.options().isEmpty() ? "" : " " + cs.options()), protocol,
                c.label(), metrics, perClass, r.labels(), conf, perGroup, importance, ablation, roc, baseline), warnings);
    }

    /** The families of a described spec ({@code framing}, {@code framing+ngrams}, {@code a+b}) that produce columns. */
    static List<String> families(String described, FeatureOptions fo) {
        List<String> out = new ArrayList<>();
        for (String part : described.split("\\+")) {
            if (part.equals("framing")) out.addAll(FeatureSets.FRAMING);
            else out.add(part);
        }
        List<String> keep = new ArrayList<>();
        for (String f : out) {
            if (f.equals("actors") && fo.actors().isEmpty()) continue;
            if (!keep.contains(f)) keep.add(f);
        }
        return keep;
    }
}
