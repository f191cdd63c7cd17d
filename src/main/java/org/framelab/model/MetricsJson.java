package org.framelab.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.framelab.util.AtomicFiles;
import org.framelab.util.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.framelab.util.Json.num;

/**
 * The metrics JSON (stable field names, documented in docs/model.md) and the readable terminal summary.
 * NaN becomes {@code null}.
 */
public final class MetricsJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetricsJson() {}

    /** The evaluation as ordered maps and lists (no predictions; they go to --predictions-out). */
    public static Map<String, Object> tree(EvaluationResult r) {
        EvaluationResult.ConfidenceIntervals ci = r.ci95();
        List<Object> pc = new ArrayList<>();
        for (EvaluationResult.ClassMetrics c : r.perClass()) {
            pc.add(Json.object("label", c.label(), "support", c.support(), "predicted", c.predicted(),
                    "precision", num(c.precision()), "recall", num(c.recall()), "f1", num(c.f1()), "rocAuc", num(c.rocAuc())));
        }
        List<Object> folds = new ArrayList<>();
        for (EvaluationResult.FoldMetrics f : r.folds()) {
            folds.add(Json.object("fold", f.fold(), "trainSize", f.trainSize(), "testSize", f.testSize(),
                    "accuracy", num(f.accuracy()), "macroF1", num(f.macroF1())));
        }
        List<Object> groups = new ArrayList<>();
        for (EvaluationResult.GroupMetrics g : r.perGroup()) {
            groups.add(Json.object("group", g.group(), "n", g.n(), "accuracy", num(g.accuracy()), "macroF1", num(g.macroF1()),
                    "gold", g.goldCounts(), "predicted", g.predictedCounts()));
        }
        List<Object> roc = new ArrayList<>();
        for (EvaluationResult.RocCurve c : r.roc()) {
            roc.add(Json.object("label", c.label(), "auc", num(c.auc()), "fpr", c.fpr(), "tpr", c.tpr()));
        }
        Map<String, Object> tree = Json.object("protocol", r.protocol(), "labels", r.labels(), "n", r.n(),
                "accuracy", num(r.accuracy()), "macroF1", num(r.macroF1()), "weightedF1", num(r.weightedF1()),
                "kappa", num(r.kappa()), "mcc", num(r.mcc()), "rocAuc", num(r.rocAuc()),
                "ci95", Json.object("method", ci.method(), "resamples", ci.resamples(), "seed", ci.seed(),
                        "accuracy", interval(ci.accuracy()), "macroF1", interval(ci.macroF1())),
                "baseline", Json.object("strategy", r.baseline().strategy(), "label", r.baseline().label(),
                        "accuracy", num(r.baseline().accuracy()), "macroF1", num(r.baseline().macroF1()),
                        "chance", Json.object("strategy", EvaluationResult.Baseline.CHANCE,
                                "accuracy", num(r.baseline().chanceAccuracy()), "macroF1", num(r.baseline().chanceMacroF1()))),
                "perClass", pc,
                "confusion", Json.object("labels", r.labels(), "rowsAreGold", true, "matrix", r.confusion()),
                "folds", folds, "perGroup", groups, "roc", roc, "warnings", r.warnings());
        if (r.overlap() != null) tree.put("overlap", r.overlap().tree());
        return tree;
    }

    public static Map<String, Object> tree(Comparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", c.nameA());
        m.put("b", c.nameB());
        m.put("macroF1A", num(c.macroF1A()));
        m.put("macroF1B", num(c.macroF1B()));
        m.put("foldDifferences", c.foldDifferences());
        m.put("meanDifference", num(c.meanDifference()));
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("test", "corrected resampled t-test (Nadeau & Bengio 2003) on per-fold macro-F1");
        t.put("t", num(c.tStatistic()));
        t.put("p", num(c.tPValue()));
        m.put("correctedTTest", t);
        Map<String, Object> mc = new LinkedHashMap<>();
        mc.put("onlyACorrect", c.onlyACorrect());
        mc.put("onlyBCorrect", c.onlyBCorrect());
        mc.put("chi2", num(c.mcNemarStatistic()));
        mc.put("p", num(c.mcNemarPValue()));
        m.put("mcNemar", mc);
        return m;
    }

    public static void write(Path file, Map<String, Object> tree) throws IOException {
        AtomicFiles.write(file, out -> JSON.writeValue(out, tree));
    }

    public static String toJson(Map<String, Object> tree) throws IOException {
        return JSON.writeValueAsString(tree);
    }

    private static List<Double> interval(EvaluationResult.Interval i) {
        return Arrays.asList(num(i.low()), num(i.high()));
    }

    /** "(95% CI low-high)", or why there is none: no resamples asked for ("--bootstrap 0"), or nothing to resample. */
    private static String ciText(EvaluationResult.Interval i, EvaluationResult r) {
        if (Double.isNaN(i.low()) || Double.isNaN(i.high())) {
            return r.n() == 0 ? "(no interval: no predictions)" : r.ci95().resamples() == 0 ? "(no interval: --bootstrap 0)" : "(no interval)";
        }
        return String.format(Locale.ROOT, "(95%% CI %.4f-%.4f)", i.low(), i.high());
    }

    /** A readable terminal summary. */
    public static String summary(EvaluationResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.protocol()).append(", ").append(r.n()).append(" predictions\n");
        sb.append(String.format(Locale.ROOT, "  accuracy   %.4f  %s%n", r.accuracy(), ciText(r.ci95().accuracy(), r)));
        sb.append(String.format(Locale.ROOT, "  macro-F1   %.4f  %s%n", r.macroF1(), ciText(r.ci95().macroF1(), r)));
        sb.append(String.format(Locale.ROOT, "  weighted-F1 %.4f  kappa %.4f  MCC %.4f  ROC AUC %.4f%n", r.weightedF1(), r.kappa(), r.mcc(), r.rocAuc()));
        sb.append(String.format(Locale.ROOT, "  baseline (%s '%s'): accuracy %.4f, macro-F1 %.4f%n", r.baseline().strategy(), r.baseline().label(), r.baseline().accuracy(), r.baseline().macroF1()));
        sb.append(String.format(Locale.ROOT, "  chance (a uniform guess among the %d classes, expected confusion matrix): accuracy %.4f, macro-F1 %.4f%n",
                r.labels().size(), r.baseline().chanceAccuracy(), r.baseline().chanceMacroF1()));
        int w = Math.max(8, r.labels().stream().mapToInt(String::length).max().orElse(5) + 2);
        sb.append(String.format(Locale.ROOT, "  %-" + w + "s %9s %9s %9s %8s%n", "label", "precision", "recall", "F1", "support"));
        for (EvaluationResult.ClassMetrics c : r.perClass()) {
            sb.append(String.format(Locale.ROOT, "  %-" + w + "s %9.4f %9.4f %9.4f %8d%n", c.label(), c.precision(), c.recall(), c.f1(), c.support()));
        }
        sb.append("  confusion (rows = gold, columns = predicted):\n");
        sb.append(String.format(Locale.ROOT, "  %-" + w + "s", ""));
        for (String l : r.labels()) sb.append(String.format(Locale.ROOT, " %" + Math.max(7, l.length()) + "s", l));
        sb.append('\n');
        for (int i = 0; i < r.labels().size(); i++) {
            sb.append(String.format(Locale.ROOT, "  %-" + w + "s", r.labels().get(i)));
            for (int j = 0; j < r.labels().size(); j++) sb.append(String.format(Locale.ROOT, " %" + Math.max(7, r.labels().get(j).length()) + "d", r.confusion()[i][j]));
            sb.append('\n');
        }
        if (r.folds().size() > 1) {
            sb.append("  macro-F1 per fold:");
            for (EvaluationResult.FoldMetrics f : r.folds()) sb.append(String.format(Locale.ROOT, " %.4f", f.macroF1()));
            sb.append('\n');
        }
        if (r.overlap() != null) {
            sb.append("  ").append(r.overlap().headline()).append('\n');
            if (r.overlap().total() > 0) sb.append("    e.g. ").append(String.join(", ", r.overlap().examples(5))).append('\n');
        }
        for (String warning : r.warnings()) sb.append("  WARNING: ").append(warning).append('\n');
        return sb.toString();
    }
}
