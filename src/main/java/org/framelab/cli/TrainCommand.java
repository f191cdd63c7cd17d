package org.framelab.cli;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.features.FeatureSpec;
import org.framelab.model.Ablation;
import org.framelab.model.ClassifierSpec;
import org.framelab.model.Comparison;
import org.framelab.model.Evaluation;
import org.framelab.model.EvaluationResult;
import org.framelab.model.FeatureImportance;
import org.framelab.model.FoldPlan;
import org.framelab.model.Metrics;
import org.framelab.model.MetricsJson;
import org.framelab.model.ModelFile;
import org.framelab.model.PredictionsCsv;
import org.framelab.model.SplitFile;
import org.framelab.model.TrainConfig;
import org.framelab.model.TrainedModel;
import org.framelab.model.Trainer;
import org.framelab.util.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code framelab train}: evaluate honestly (k-fold, grouped k-fold, split file or test corpus), then train and save a model. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a classifier on framing features and evaluate it without leaks: features (n-gram vocabulary, TF-IDF, scaling) "
                + "are fitted inside each training fold only; --group-by keeps an outlet out of training when it is tested.",
                "Examples:",
                "  framelab train corpus.jsonl.gz --label bias --group-by source --cv 5 -o bias.model --metrics-json metrics.json",
                "  framelab train articles.jsonl.gz --label bias --split-file splits/media/ -o bias.model"})
public final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "Training corpus (any format FrameLab reads).")
    Path path;

    @Option(names = "--label", required = true, paramLabel = "FIELD", description = "Label field to predict, e.g. bias.")
    String label;

    @Option(names = "--group-by", paramLabel = "FIELD", description = "Keep each value of FIELD (e.g. source, outlet) in one fold: no group in both training and test.")
    String groupBy;

    @Option(names = "--merge-outlet-variants", description = "With --group-by: treat names that are variants of one outlet as one group "
            + "(\"Fox News\", \"Fox Online News\", \"Fox News (Online)\"; \"New York Times - News\", \"New York Times - Opinion\"), "
            + "so no variant of a test outlet is in training.")
    boolean mergeVariants;

    @Option(names = "--cv", paramLabel = "K", description = "K-fold cross-validation (default 5 when neither --split-file nor --test is given).")
    Integer cv;

    @Option(names = "--split-file", paramLabel = "F", description = "Split: a folder with train.tsv and valid.tsv/test.tsv (first column = id), or a table with id and split columns.")
    Path splitFile;

    @Option(names = "--test", paramLabel = "PATH", description = "Separate test corpus (same mapping options).")
    Path test;

    @Mixin
    ModelCli.FeatureArgs features;

    @Option(names = "--classifier", paramLabel = "NAME", defaultValue = "linear",
            description = "Alias (linear, svm, liblinear, nbm, nb, logistic, smo, sgd, j48, rf, zeror) or a Weka class name (default: ${DEFAULT-VALUE}).")
    String classifier;

    @Option(names = "--classifier-options", paramLabel = "OPTS", defaultValue = "", description = "Weka options, e.g. \"-C 0.5\".")
    String classifierOptions;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed for folds, classifier and bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL", description = "Write the model (trained on all training data) to this file.")
    Path output;

    @Option(names = "--metrics-json", paramLabel = "FILE", description = "Write all metrics as JSON.")
    Path metricsJson;

    @Option(names = "--folds-out", paramLabel = "FILE", description = "Write id,fold (and the group) as CSV.")
    Path foldsOut;

    @Option(names = "--predictions-out", paramLabel = "FILE", description = "Write id, gold, predicted, fold, group and class probabilities as CSV.")
    Path predictionsOut;

    @Option(names = "--raw-csv", description = "Write CSV text cells as they are: no quote prefix on text starting with = + - @ (see docs/output.md).")
    boolean rawCsv;

    @Option(names = "--ablation", description = "Also evaluate each feature family alone and all-but-one on the same folds.")
    boolean ablation;

    @Option(names = "--compare-with", paramLabel = "SPEC", description = "Paired comparison on the same folds with another setup: features=SPEC or classifier=NAME[:OPTIONS].")
    String compareWith;

    @Option(names = "--importance", paramLabel = "N", defaultValue = "20", description = "Top N features by information gain and (linear models) by weight per label; 0 = none (default: ${DEFAULT-VALUE}).")
    int importance;

    @Option(names = "--exclude-label", paramLabel = "VALUE", split = ",",
            description = "Leave out articles with this label value (repeatable), e.g. \"No agreement\"; the count is reported.")
    List<String> excludeLabels = new ArrayList<>();

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000", description = "Bootstrap resamples for the 95%% intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Mixin
    CorpusOptions corpus;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int protocols = (cv != null ? 1 : 0) + (splitFile != null ? 1 : 0) + (test != null ? 1 : 0);
        if (protocols > 1) throw new IllegalArgumentException("Invalid protocol: give only one of --cv, --split-file, --test");
        if (importance < 0) throw new IllegalArgumentException("Invalid --importance: " + importance);
        if (mergeVariants && groupBy == null) throw new IllegalArgumentException("Invalid option: --merge-outlet-variants needs --group-by FIELD");
        if (mergeVariants && (splitFile != null || test != null)) {
            throw new IllegalArgumentException("Invalid option: --merge-outlet-variants applies to grouped cross-validation, not to --split-file or --test");
        }
        ConsoleProgress progress = new ConsoleProgress(err);
        Corpus c = ModelCli.read(path, corpus, progress, err);
        groupBy = ModelCli.field(groupBy, c);
        List<Article> articles = excludeLabels(c.articles(), out);
        FoldPlan plan;
        List<Article> finalTraining;
        if (splitFile != null) {
            plan = FoldPlan.split(articles, SplitFile.read(splitFile), splitFile.toString());
            finalTraining = pick(articles, plan.folds().get(0).train());
        } else if (test != null) {
            Corpus t = ModelCli.read(test, corpus, progress, err);
            int n = articles.size();
            articles.addAll(excludeLabels(t.articles(), out));
            plan = FoldPlan.trainTest(n, articles.size() - n, "train on " + path.getFileName() + ", test on " + test.getFileName());
            finalTraining = articles.subList(0, n);
        } else {
            int k = cv == null ? 5 : cv;
            plan = groupBy != null ? FoldPlan.grouped(articles, label, groupBy, k, seed, mergeVariants) : FoldPlan.stratified(articles, label, k, seed);
            finalTraining = articles;
        }
        FeatureSpec featureSpec = features.spec();
        ClassifierSpec cls = new ClassifierSpec(classifier, classifierOptions);
        TrainConfig cfg = new TrainConfig(label, featureSpec, cls, seed, features.denseWeight, List.of(), features.settings(),
                features.minOutlets, groupBy);
        Metrics.Settings ms = new Metrics.Settings(bootstrap, seed, true);

        out.println("Features: " + featureSpec.describe() + "; classifier: " + cls.describe());
        long t0 = System.nanoTime();
        EvaluationResult result = Evaluation.run(articles, plan, cfg, groupBy, ms, progress);
        double evalSeconds = (System.nanoTime() - t0) / 1e9;
        out.print(MetricsJson.summary(result));
        out.printf(Locale.ROOT, "  evaluation took %.1f s%n", evalSeconds);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("framelab", org.framelab.util.Runtime2.version());
        json.put("corpus", path.toString());
        json.put("label", label);
        json.put("features", featureSpec.describe());
        json.put("classifier", cls.describe());
        json.put("seed", seed);
        if (!excludeLabels.isEmpty()) json.put("excluded", excluded);
        json.putAll(MetricsJson.tree(result));

        if (compareWith != null) {
            TrainConfig other = ModelCli.compareConfig(compareWith, cfg, features);
            String nameA = featureSpec.describe() + " / " + cls.name();
            String nameB = other.features().describe() + " / " + other.classifier().name();
            EvaluationResult r2 = Evaluation.run(articles, plan, other, groupBy, ms, progress);
            Comparison cmp = Comparison.of(nameA, result, nameB, r2);
            out.println("Paired comparison on the same folds:");
            for (String line : cmp.summaryLines()) out.println("  " + line);
            Map<String, Object> cj = MetricsJson.tree(cmp);
            cj.put("bMetrics", MetricsJson.tree(r2));
            json.put("comparison", cj);
        }
        if (ablation) {
            List<String> families = features.families(features.features);
            List<Ablation.Row> rows = Ablation.run(articles, plan, cfg, families, s -> { try { return features.spec(s); } catch (InputException e) { throw new IllegalArgumentException(e.getMessage(), e); } }, ms, progress);
            out.println("Ablation (macro-F1 with 95% CI, same folds):");
            List<Object> aj = new ArrayList<>();
            for (Ablation.Row r : rows) {
                out.printf(Locale.ROOT, "  %-28s %.4f  (%.4f-%.4f)  accuracy %.4f%n", r.configuration(), r.macroF1(), r.macroF1Low(), r.macroF1High(), r.accuracy());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("configuration", r.configuration());
                m.put("features", r.features());
                m.put("macroF1", r.macroF1());
                m.put("macroF1Ci95", List.of(r.macroF1Low(), r.macroF1High()));
                m.put("accuracy", r.accuracy());
                m.put("meanFoldMacroF1", r.meanFoldMacroF1());
                aj.add(m);
            }
            json.put("ablation", aj);
        }

        // the final model: all training data
        Trainer.Trained trained = Trainer.trainTimed(finalTraining, cfg.withLabels(result.labels()), progress);
        TrainedModel model = trained.model();
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("evaluationSeconds", evalSeconds);
        timing.put("finalFeatureSeconds", trained.featureSeconds());
        timing.put("finalFitSeconds", trained.fitSeconds());
        timing.put("finalTrainingArticles", finalTraining.size());
        timing.put("numColumns", trained.numColumns());
        json.put("timing", timing);
        out.printf(Locale.ROOT, "Final model: %d articles, %d feature columns, features %.1f s, fit %.1f s%n",
                finalTraining.size(), trained.numColumns(), trained.featureSeconds(), trained.fitSeconds());
        if (model.features() instanceof org.framelab.features.FramingFeatures ff && ff.vocabulary() != null) {
            List<String> lines = ff.vocabulary().repeatedLines();
            json.put("boilerplateLines", Map.of("count", lines.size(), "minArticles", ff.vocabulary().options().repeatedLines(),
                    "lines", lines.subList(0, Math.min(50, lines.size()))));
            if (!lines.isEmpty()) {
                String longest = lines.stream().sorted((x, y) -> Integer.compare(y.length(), x.length())).findFirst().orElse("");
                out.printf(Locale.ROOT, "Outlet boilerplate left out of the features: %,d lines repeated in %d+ training articles (e.g. \"%s\")%n",
                        lines.size(), ff.vocabulary().options().repeatedLines(), longest.length() > 80 ? longest.substring(0, 77) + "..." : longest);
            }
            List<String> names = ff.vocabulary().outletNames();
            json.put("outletNames", Map.of("count", names.size(), "names", names));
            if (!names.isEmpty()) {
                out.printf(Locale.ROOT, "Outlet names left out of the features: %d names of training outlets (%s)%n",
                        names.size(), String.join(", ", names.subList(0, Math.min(8, names.size()))) + (names.size() > 8 ? ", ..." : ""));
            }
        }
        if (importance > 0) {
            List<FeatureImportance.Ranked> ig = FeatureImportance.infoGain(model, finalTraining, label, importance, progress);
            List<FeatureImportance.Weighted> top = model.topWeights(importance);
            out.println("Top features by information gain (training data):");
            for (FeatureImportance.Ranked r : ig.subList(0, Math.min(10, ig.size()))) {
                out.printf(Locale.ROOT, "  %2d. %-45s %.4f bits%n", r.rank(), r.feature(), r.infoGain());
            }
            if (!top.isEmpty()) {
                out.println("Top weighted features per label:");
                for (String l : model.labels()) {
                    List<String> names = top.stream().filter(w -> w.label().equals(l)).limit(8).map(FeatureImportance.Weighted::feature).toList();
                    out.println("  " + l + ": " + String.join(", ", names));
                }
            }
            Map<String, Object> imp = new LinkedHashMap<>();
            imp.put("infoGain", ig);
            imp.put("topWeights", top);
            json.put("importance", imp);
        }
        if (output != null) {
            ModelFile.save(model, output);
            out.println("Model written to " + output);
        }
        if (metricsJson != null) {
            MetricsJson.write(metricsJson, json);
            out.println("Metrics written to " + metricsJson);
        }
        if (predictionsOut != null) PredictionsCsv.write(predictionsOut, result.labels(), result.predictions(), true, rawCsv);
        if (foldsOut != null) {
            Map<String, String> groups = new LinkedHashMap<>();
            if (groupBy != null) for (Article a : articles) groups.put(a.id(), a.field(groupBy) == null ? "" : a.field(groupBy));
            PredictionsCsv.writeFolds(foldsOut, plan.testFoldOfId(articles), groupBy, groups, rawCsv);
        }
        return ExitCodes.OK;
    }

    private final Map<String, Integer> excluded = new java.util.TreeMap<>();

    private List<Article> excludeLabels(List<Article> in, PrintWriter out) {
        if (excludeLabels.isEmpty()) return new ArrayList<>(in);
        List<Article> kept = new ArrayList<>(in.size());
        Map<String, Integer> dropped = excluded;
        for (Article a : in) {
            String v = a.field(label);
            if (v != null && excludeLabels.contains(v.trim())) dropped.merge(v.trim(), 1, Integer::sum);
            else kept.add(a);
        }
        out.println("Excluded by --exclude-label: " + (dropped.isEmpty() ? "none" : dropped));
        return kept;
    }

    private static List<Article> pick(List<Article> all, int[] idx) {
        List<Article> out = new ArrayList<>(idx.length);
        for (int i : idx) out.add(all.get(i));
        return out;
    }
}
