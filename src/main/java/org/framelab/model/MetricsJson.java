package org.framelab.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.framelab.util.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metrics JSON (stable field names, documented in docs/model.md) and the readable terminal summary.
 * NaN becomes {@code null}.
 */
public final class MetricsJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetricsJson() {}

    /** The evaluation as ordered maps and lists (no predictions; they go to --predictions-out). */
    public static Map<String, Object> tree(EvaluationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", r.protocol());
        m.put("labels", r.labels());
        m.put("n", r.n());
        m.put("accuracy", num(r.accuracy()));
        m.put("macroF1", num(r.macroF1()));
        m.put("weightedF1", num(r.weightedF1()));
        m.put("kappa", num(r.kappa()));
        m.put("mcc", num(r.mcc()));
        m.put("rocAuc", num(r.rocAuc()));
        Map<String, Object> ci = new LinkedHashMap<>();
        ci.put("method", r.ci95().method());
        ci.put("resamples", r.ci95().resamples());
        ci.put("seed", r.ci95().seed());
        ci.put("accuracy", java.util.Arrays.asList(num(r.ci95().accuracy().low()), num(r.ci95().accuracy().high())));
        ci.put("macroF1", java.util.Arrays.asList(num(r.ci95().macroF1().low()), num(r.ci95().macroF1().high())));
        m.put("ci95", ci);
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("strategy", r.baseline().strategy());
        base.put("label", r.baseline().label());
        base.put("accuracy", num(r.baseline().accuracy()));
        base.put("macroF1", num(r.baseline().macroF1()));
        m.put("baseline", base);
        List<Object> pc = new ArrayList<>();
        for (EvaluationResult.ClassMetrics c : r.perClass()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", c.label());
            x.put("support", c.support());
            x.put("predicted", c.predicted());
            x.put("precision", num(c.precision()));
            x.put("recall", num(c.recall()));
            x.put("f1", num(c.f1()));
            x.put("rocAuc", num(c.rocAuc()));
            pc.add(x);
        }
        m.put("perClass", pc);
        Map<String, Object> conf = new LinkedHashMap<>();
        conf.put("labels", r.labels());
        conf.put("rowsAreGold", true);
        conf.put("matrix", r.confusion());
        m.put("confusion", conf);
        List<Object> folds = new ArrayList<>();
        for (EvaluationResult.FoldMetrics f : r.folds()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("fold", f.fold());
            x.put("trainSize", f.trainSize());
            x.put("testSize", f.testSize());
            x.put("accuracy", num(f.accuracy()));
            x.put("macroF1", num(f.macroF1()));
            folds.add(x);
        }
        m.put("folds", folds);
        List<Object> groups = new ArrayList<>();
        for (EvaluationResult.GroupMetrics g : r.perGroup()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("group", g.group());
            x.put("n", g.n());
            x.put("accuracy", num(g.accuracy()));
            x.put("macroF1", num(g.macroF1()));
            x.put("gold", g.goldCounts());
            x.put("predicted", g.predictedCounts());
            groups.add(x);
        }
        m.put("perGroup", groups);
        List<Object> roc = new ArrayList<>();
        for (EvaluationResult.RocCurve c : r.roc()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", c.label());
            x.put("auc", num(c.auc()));
            x.put("fpr", c.fpr());
            x.put("tpr", c.tpr());
            roc.add(x);
        }
        m.put("roc", roc);
        m.put("warnings", r.warnings());
        return m;
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

    static Object num(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
    }

    /** A readable terminal summary. */
    public static String summary(EvaluationResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.protocol()).append(", ").append(r.n()).append(" predictions\n");
        sb.append(String.format(Locale.ROOT, "  accuracy   %.4f  (95%% CI %.4f-%.4f)%n", r.accuracy(), r.ci95().accuracy().low(), r.ci95().accuracy().high()));
        sb.append(String.format(Locale.ROOT, "  macro-F1   %.4f  (95%% CI %.4f-%.4f)%n", r.macroF1(), r.ci95().macroF1().low(), r.ci95().macroF1().high()));
        sb.append(String.format(Locale.ROOT, "  weighted-F1 %.4f  kappa %.4f  MCC %.4f  ROC AUC %.4f%n", r.weightedF1(), r.kappa(), r.mcc(), r.rocAuc()));
        sb.append(String.format(Locale.ROOT, "  baseline (%s '%s'): accuracy %.4f, macro-F1 %.4f%n", r.baseline().strategy(), r.baseline().label(), r.baseline().accuracy(), r.baseline().macroF1()));
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
        for (String warning : r.warnings()) sb.append("  WARNING: ").append(warning).append('\n');
        return sb.toString();
    }
}
