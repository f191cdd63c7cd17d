package org.framelab.cli;

import org.framelab.app.Classify;
import org.framelab.features.FramingFeatures;
import org.framelab.model.Ablation;
import org.framelab.model.FeatureImportance;
import org.framelab.model.MetricsJson;
import org.framelab.model.TrainedModel;
import org.framelab.model.Trainer;
import org.framelab.util.Json;
import org.framelab.util.Runtime2;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How {@code train} presents a {@link Classify.Result}: the console summary and the metrics JSON tree. */
final class TrainReport {
    private TrainReport() {}

    /** Prints the summary and returns the metrics JSON tree. */
    static Map<String, Object> print(PrintWriter out, Classify.Result r, Path corpus) {
        Classify.Request req = r.request();
        if (!req.excludeLabels().isEmpty() || !r.excluded().isEmpty())
            out.println("Left out: " + (r.excluded().isEmpty() ? "none" : String.join("; ", Classify.leftOut(r.excluded(), req.label()))));
        if (r.split() != null) out.println(r.split().describe());
        out.print(MetricsJson.summary(r.evaluation()));
        org.framelab.app.ProtocolStatement statement = r.statement();
        out.println("  Protocol: " + statement.text());
        for (String w : r.warnings()) if (!r.evaluation().warnings().contains(w)) out.println("  WARNING: " + w);
        out.printf(Locale.ROOT, "  evaluation took %.1f s%n", r.evaluationSeconds());
        Map<String, Object> json = Json.object("framelab", Runtime2.version(), "corpus", corpus.toString(),
                "label", req.label(), "features", req.featureSet(), "classifier", req.classifier().describe(), "seed", req.seed());
        if (!r.excluded().isEmpty()) json.put("excluded", r.excluded());
        if (r.split() != null) json.put("split", r.split().tree());
        json.putAll(MetricsJson.tree(r.evaluation()));
        json.put("protocolStatement", statement.text());
        json.put("warnings", r.warnings());
        if (r.paired() != null) {
            out.println("Paired comparison on the same folds:");
            for (String line : r.paired().comparison().summaryLines()) out.println("  " + line);
            Map<String, Object> cj = MetricsJson.tree(r.paired().comparison());
            cj.put("bMetrics", MetricsJson.tree(r.paired().other()));
            json.put("comparison", cj);
        }
        if (!r.ablation().isEmpty()) json.put("ablation", ablation(out, r.ablation()));
        Trainer.Trained t = r.finalModel();
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("evaluationSeconds", r.evaluationSeconds());
        timing.put("finalFeatureSeconds", t.featureSeconds());
        timing.put("finalFitSeconds", t.fitSeconds());
        timing.put("finalTrainingArticles", r.training().size());
        timing.put("numColumns", t.numColumns());
        json.put("timing", timing);
        out.printf(Locale.ROOT, "Final model: %d articles, %d feature columns, features %.1f s, fit %.1f s%n",
                r.training().size(), t.numColumns(), t.featureSeconds(), t.fitSeconds());
        leftOut(out, json, t.model());
        if (req.importance() > 0) json.put("importance", importance(out, r));
        return json;
    }

    private static List<Object> ablation(PrintWriter out, List<Ablation.Row> rows) {
        out.println("Ablation (macro-F1 with 95% CI, same folds; a set with n-grams keeps the blend each fold chose for all families):");
        List<Object> aj = new ArrayList<>();
        for (Ablation.Row a : rows) {
            out.printf(Locale.ROOT, "  %-28s %.4f  (%.4f-%.4f)  accuracy %.4f%n", a.configuration(), a.macroF1(), a.macroF1Low(), a.macroF1High(), a.accuracy());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("configuration", a.configuration());
            m.put("features", a.features());
            m.put("macroF1", a.macroF1());
            m.put("macroF1Ci95", List.of(a.macroF1Low(), a.macroF1High()));
            m.put("accuracy", a.accuracy());
            m.put("meanFoldMacroF1", a.meanFoldMacroF1());
            aj.add(m);
        }
        return aj;
    }

    /** The boilerplate lines and outlet names the model's n-gram vocabulary leaves out. */
    private static void leftOut(PrintWriter out, Map<String, Object> json, TrainedModel model) {
        if (!model.selection().isEmpty()) {
            json.put("blend", model.selection());
            out.println("Blend of framing and n-grams: " + model.selection());
        }
        List<String> templates = model.templates();
        json.put("templates", Json.object("count", templates.size(), "ngrams", templates));
        if (!templates.isEmpty()) {
            out.printf(Locale.ROOT, "Outlet page templates left out of the features: %d n-grams (%s)%n", templates.size(),
                    String.join("; ", templates.subList(0, Math.min(5, templates.size()))) + (templates.size() > 5 ? "; ..." : ""));
        }
        if (!(model.features() instanceof FramingFeatures ff) || ff.vocabulary() == null) return;
        List<String> lines = ff.vocabulary().repeatedLines();
        int min = ff.vocabulary().options().repeatedLines();
        json.put("boilerplateLines", Json.object("count", lines.size(), "minArticles", min, "lines", lines.subList(0, Math.min(50, lines.size()))));
        if (!lines.isEmpty()) {
            String longest = lines.stream().sorted((x, y) -> Integer.compare(y.length(), x.length())).findFirst().orElse("");
            out.printf(Locale.ROOT, "Outlet boilerplate left out of the features: %,d lines repeated in %d+ training articles (e.g. \"%s\")%n",
                    lines.size(), min, longest.length() > 80 ? longest.substring(0, 77) + "..." : longest);
        }
        List<String> names = ff.vocabulary().outletNames();
        json.put("outletNames", Json.object("count", names.size(), "names", names));
        if (!names.isEmpty()) {
            out.printf(Locale.ROOT, "Outlet names left out of the features: %d names of training outlets (%s)%n",
                    names.size(), String.join(", ", names.subList(0, Math.min(8, names.size()))) + (names.size() > 8 ? ", ..." : ""));
        }
    }

    private static Map<String, Object> importance(PrintWriter out, Classify.Result r) {
        out.println("Top features by information gain (training data):");
        for (FeatureImportance.Ranked k : r.infoGain().subList(0, Math.min(10, r.infoGain().size()))) {
            out.printf(Locale.ROOT, "  %2d. %-45s %.4f bits%n", k.rank(), k.feature(), k.infoGain());
        }
        if (!r.weights().isEmpty()) {
            out.println("Top weighted features per label:");
            for (String l : r.finalModel().model().labels()) {
                List<String> names = r.weights().stream().filter(w -> w.label().equals(l)).limit(8).map(FeatureImportance.Weighted::feature).toList();
                out.println("  " + l + ": " + String.join(", ", names));
            }
        }
        Map<String, Object> imp = new LinkedHashMap<>();
        imp.put("infoGain", r.infoGain());
        imp.put("topWeights", r.weights());
        return imp;
    }
}
