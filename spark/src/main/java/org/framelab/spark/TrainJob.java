package org.framelab.spark;

import org.apache.spark.sql.SparkSession;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.model.EvaluationResult;
import org.framelab.model.MetricsJson;
import org.framelab.model.Prediction;
import org.framelab.model.PredictionColumns;
import org.framelab.model.PredictionsCsv;
import org.framelab.corpus.Article;
import org.framelab.util.InputException;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code framelab spark train}: outlet-grouped cross-validation of the linear model in Spark ({@link SparkTrain}),
 * written as {@code DIR/predictions.csv} (the columns of the local {@code --predictions-out}) and
 * {@code DIR/manifest.json} (job, settings, counts, metrics, per fold and per outlet, Spark version and master).
 */
public final class TrainJob {
    private TrainJob() {}

    /**
     * @param families     the feature families as given (e.g. framing+ngrams)
     * @param framingWeight framing columns' weight next to n-grams (fixed; the local default chooses it by inner CV)
     */
    public record Request(JobInput input, FeatureOptions features, String families, String label, String groupField, int folds,
                          long seed, double framingWeight, boolean keepTemplates, double cost, int bootstrap, String output) {}

    public record Result(SparkCorpus.Census census, SparkTrain.Result train) {}

    public static Result run(SparkSession spark, Request r) throws InputException, IOException {
        JobManifest mf = new JobManifest("train", spark);
        FeatureSpec spec = FeatureSets.parse(r.families(), r.features());
        SparkCorpus corpus = SparkCorpus.open(spark, r.input());
        mf.joinOutletLabels(corpus); // --outlet-labels: a table that cannot be joined stops the job before any output
        JobFiles out = JobFiles.of(spark, r.output());
        SparkCorpus.Census census = mf.census(corpus, out, r.input().strict());
        SparkTrain.Settings s = new SparkTrain.Settings(r.label(), r.groupField(), r.folds(), r.seed(), spec, r.framingWeight(),
                !r.keepTemplates(), r.cost(), r.bootstrap());
        SparkTrain.Result t = SparkTrain.run(spark, corpus.articles(), s);
        mf.lap("cross-validation");

        // outlet and date after the probabilities when the corpus has them, as the local --predictions-out writes them
        List<PredictionColumns.Column> columns = PredictionColumns.defaults(corpus.mapping().mapping());
        Map<String, Article> byId = new HashMap<>();
        if (!columns.isEmpty()) for (Article a : t.articles()) byId.put(a.id(), a);
        StringWriter csv = new StringWriter();
        PredictionsCsv.Rows rows = new PredictionsCsv.Rows(csv, t.labels(), true, false, columns);
        for (Prediction p : t.predictions()) rows.write(p, columns.isEmpty() ? List.of() : PredictionColumns.values(columns, byId.get(p.id())));
        rows.flush();
        out.writeText("predictions.csv", csv.toString());

        EvaluationResult ev = t.evaluation();
        mf.input(corpus, r.input().paths())
                .put("label", r.label()).put("group_field", r.groupField()).put("folds", r.folds()).put("seed", r.seed())
                .put("families", spec.describe())
                .put("classifier", classifier(t, r))
                .put("blend", "framing x" + r.framingWeight() + " next to n-grams (fixed; not chosen by inner cross-validation)")
                .put("templates", r.keepTemplates() ? "kept" : "removed inside each training part")
                .put("protocol", ev.protocol())
                .put("labelled_articles", t.articles().size())
                .put("excluded_without_label", t.excluded())
                .put("fold_fits", folds(t))
                .put("metrics", MetricsJson.tree(ev));
        mf.lap("outputs");
        out.writeText("manifest.json", mf.json());
        return new Result(census, t);
    }

    static String classifier(SparkTrain.Result t, Request r) {
        double reg = t.folds().isEmpty() ? Double.NaN : t.folds().get(0).regParam();
        return String.format(java.util.Locale.ROOT, "Spark MLlib logistic regression (binomial one-vs-rest as liblinear's, L2, "
                        + "bias column regularised, no standardisation, class-balanced weights, rows L2-normalised; "
                        + "regParam = 1/(C * sum of weights) with C=%s: %.3g in fold 1's first problem)", trim(r.cost()), reg);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static List<Map<String, Object>> folds(SparkTrain.Result t) {
        return t.folds().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fold", f.fold());
            m.put("train", f.train());
            m.put("test", f.test());
            m.put("vocabulary", f.vocabulary());
            m.put("repeated_lines", f.repeatedLines());
            m.put("outlet_names", f.outletNames());
            m.put("templates", f.templates());
            m.put("reg_param", f.regParam());
            m.put("lbfgs_iterations", f.iterations());
            m.put("seconds", Math.round(f.seconds() * 100) / 100.0);
            return m;
        }).toList();
    }
}
