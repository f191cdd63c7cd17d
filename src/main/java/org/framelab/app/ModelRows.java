package org.framelab.app;

import org.framelab.model.Ablation;
import org.framelab.model.EvaluationResult;
import org.framelab.model.FeatureImportance;
import org.framelab.report.ReportData;
import org.framelab.report.ReportData.Metric;

import java.util.ArrayList;
import java.util.List;

/**
 * A classification as report rows: the one place metrics are named and importance is captioned,
 * for the console, the workbook, the CSV tables, the notebook, the charts and the GUI tables.
 */
public final class ModelRows {
    private ModelRows() {}

    /** Metric names as every output shows them: accuracy, macro-F1, weighted F1, Cohen's kappa, MCC, ROC AUC, articles. */
    public static final String ACCURACY = "accuracy", MACRO_F1 = "macro-F1", WEIGHTED_F1 = "weighted F1", KAPPA = "Cohen's kappa",
            MCC = "MCC", ROC_AUC = "ROC AUC (macro, one-vs-rest)", ARTICLES = "articles evaluated";
    /** The class label of importance rows ranked by information gain (not per class). */
    public static final String INFO_GAIN_CLASS = "all (information gain)";

    /** Caption of the importance values: weights of a linear model, or information gain. */
    public static String importanceCaption(boolean weights) {
        return weights ? "Weight in the linear model (scaled features)" : "Information gain (bits)";
    }

    /** Title of the importance chart. */
    public static String importanceTitle(boolean weights, String labelField) {
        return (weights ? "Top features per class: " : "Most informative features: ") + labelField;
    }

    /** Whether importance rows are weights (per class) rather than information gain. */
    public static boolean isWeights(List<ReportData.Importance> rows) {
        return rows.isEmpty() || !rows.get(0).classLabel().equals(INFO_GAIN_CLASS);
    }

    /** The classifier as outputs name it: alias and options. */
    public static String classifierName(Classify.Request r) {
        return r.classifier().name() + (r.classifier().options().isEmpty() ? "" : " " + r.classifier().options());
    }

    /** The report of a classification. */
    public static ReportData.ModelReport of(Classify.Result c) {
        return of(c.evaluation(), classifierName(c.request()), c.statement().text(), c.request().label(), importance(c), c.ablation(),
                c.warnings(), c.finalModel().model().selection(), c.finalModel().model().templates());
    }

    /**
     * The report of an evaluation scored from predictions made elsewhere (a Spark job's cross-validation): no
     * final model here, so no importance, ablation, blend or templates.
     */
    public static ReportData.ModelReport of(EvaluationResult r, String classifier, String protocol, String labelField) {
        return of(r, classifier, protocol, labelField, List.of(), List.of(), r.warnings(), "", List.of());
    }

    private static ReportData.ModelReport of(EvaluationResult r, String classifier, String protocol, String labelField,
                                             List<ReportData.Importance> importance, List<Ablation.Row> ablations, List<String> warnings,
                                             String selection, List<String> templates) {
        List<Metric> metrics = metrics(r);
        Metric baseline = r.baseline() == null ? null : metrics.stream().filter(m -> m.name().startsWith("baseline macro-F1")).findFirst().orElse(null);
        List<ReportData.PerClass> perClass = new ArrayList<>();
        for (EvaluationResult.ClassMetrics m : r.perClass()) perClass.add(new ReportData.PerClass(m.label(), m.precision(), m.recall(), m.f1(), m.support()));
        long[][] conf = new long[r.labels().size()][r.labels().size()];
        for (int i = 0; i < conf.length; i++) for (int j = 0; j < conf.length; j++) conf[i][j] = r.confusion()[i][j];
        List<ReportData.PerGroup> perGroup = new ArrayList<>();
        for (EvaluationResult.GroupMetrics g : r.perGroup()) perGroup.add(new ReportData.PerGroup(g.group(), g.n(), g.accuracy(), g.macroF1()));
        List<ReportData.Roc> roc = new ArrayList<>();
        for (EvaluationResult.RocCurve rc : r.roc()) roc.add(new ReportData.Roc(rc.label(), rc.fpr(), rc.tpr(), rc.auc()));
        List<ReportData.Ablation> ablation = new ArrayList<>();
        for (Ablation.Row a : ablations) ablation.add(new ReportData.Ablation(a.configuration(), a.macroF1(), a.macroF1Low(), a.macroF1High(), a.accuracy()));
        List<ReportData.OverlapPair> pairs = new ArrayList<>();
        if (r.overlap() != null) {
            for (var p : r.overlap().pairs()) pairs.add(new ReportData.OverlapPair(p.testId(), p.trainId(), p.kind(), p.similarity(), p.fold()));
        }
        return new ReportData.ModelReport(classifier, protocol, labelField, metrics, perClass, r.labels(), conf,
                perGroup, importance, ablation, roc, baseline, warnings, selection,
                templates, r.overlap() == null ? null : r.overlap().headline(), pairs);
    }

    /** The headline metrics with their 95% intervals where known. */
    public static List<Metric> metrics(EvaluationResult r) {
        var ci = r.ci95();
        List<Metric> m = new ArrayList<>();
        m.add(new Metric(ACCURACY, r.accuracy(), ci == null ? Double.NaN : ci.accuracy().low(), ci == null ? Double.NaN : ci.accuracy().high()));
        m.add(new Metric(MACRO_F1, r.macroF1(), ci == null ? Double.NaN : ci.macroF1().low(), ci == null ? Double.NaN : ci.macroF1().high()));
        m.add(new Metric(WEIGHTED_F1, r.weightedF1(), Double.NaN, Double.NaN));
        m.add(new Metric(KAPPA, r.kappa(), Double.NaN, Double.NaN));
        m.add(new Metric(MCC, r.mcc(), Double.NaN, Double.NaN));
        m.add(new Metric(ROC_AUC, r.rocAuc(), Double.NaN, Double.NaN));
        if (r.baseline() != null) {
            m.add(new Metric("baseline accuracy (" + r.baseline().strategy() + ")", r.baseline().accuracy(), Double.NaN, Double.NaN));
            m.add(new Metric("baseline macro-F1 (" + r.baseline().strategy() + ")", r.baseline().macroF1(), Double.NaN, Double.NaN));
            m.add(new Metric("chance accuracy (a uniform guess among the classes)", r.baseline().chanceAccuracy(), Double.NaN, Double.NaN));
            m.add(new Metric("chance macro-F1 (a uniform guess among the classes)", r.baseline().chanceMacroF1(), Double.NaN, Double.NaN));
        }
        m.add(new Metric(ARTICLES, r.n(), Double.NaN, Double.NaN));
        return m;
    }

    /** The importance rows: the final model's top weights per class (linear), else information gain. */
    public static List<ReportData.Importance> importance(Classify.Result c) {
        List<ReportData.Importance> out = new ArrayList<>();
        if (c.importanceIsWeights()) {
            for (FeatureImportance.Weighted w : c.weights()) out.add(new ReportData.Importance(w.label(), w.feature(), w.weight()));
        } else {
            for (FeatureImportance.Ranked k : c.infoGain()) out.add(new ReportData.Importance(INFO_GAIN_CLASS, k.feature(), k.infoGain()));
        }
        return out;
    }
}
