package org.framelab.spark;

import org.apache.spark.sql.SparkSession;
import org.framelab.cli.ExitCodes;
import org.framelab.cli.FeatureCliOptions;
import org.framelab.model.EvaluationResult;
import org.framelab.model.MetricsJson;
import org.framelab.model.TrainConfig;
import org.framelab.util.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code framelab spark train PATH --label FIELD -o DIR}: outlet-grouped cross-validation of the linear model in Spark. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Cross-validate FrameLab's linear model in Spark with folds grouped by outlet (the local folds): the n-gram "
                + "vocabulary, IDF, boilerplate mask, scaling and outlet templates fitted in Spark on each training part only; "
                + "L2 logistic regression in Spark MLlib; metrics by the local metric code. Writes DIR/predictions.csv "
                + "(id,gold,predicted,fold,group,p_<label>...) and DIR/manifest.json.",
                "Example: ./framelab spark train datasets/demo/articles.jsonl --label leaning -o reports/spark-train"})
public final class TrainCommand implements Callable<Integer> {
    @Mixin
    JobInputOptions input;

    @Option(names = "--label", paramLabel = "FIELD", required = true, description = "The label to predict.")
    String label;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Number of folds (default 5).")
    int folds;

    @Option(names = {"--group-field", "--group-by"}, paramLabel = "FIELD", defaultValue = "outlet",
            description = "Field whose values are never on both sides of a fold (default outlet).")
    String groupField;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the folds and the bootstrap (default 42).")
    long seed;

    @Option(names = "--dense-weight", paramLabel = "W", defaultValue = "" + TrainConfig.DEFAULT_DENSE_WEIGHT,
            description = "Each framing column divided by its training maximum times W, next to TF-IDF n-grams (default 0.3; fixed: "
                    + "the inner cross-validation of the local --dense-weight auto is not run).")
    double denseWeight;

    @Option(names = "--keep-templates", description = "Keep n-grams that are page templates of one training outlet (by default they are learned from the training articles and left out: docs/model.md).")
    boolean keepTemplates;

    @Option(names = "--cost", paramLabel = "C", defaultValue = "1", description = "liblinear's C, mapped to MLlib's regParam (default 1).")
    double cost;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000", description = "Bootstrap resamples of the 95%% intervals (default 1000).")
    int bootstrap;

    @Mixin
    FeatureCliOptions features;

    @Override
    public Integer call() throws InputException, IOException {
        org.framelab.util.OptionException.check(bootstrap >= 0 && bootstrap <= 100_000, "bootstrap", bootstrap, "0..100000");
        JobInput in = input.toJobInput();
        String families = features.families("framing+ngrams");
        SparkSession spark = SparkSessions.open(input.master(), "framelab train");
        long t0 = System.nanoTime();
        TrainJob.Result r = TrainJob.run(spark, new TrainJob.Request(in, features.toFeatureOptions("framing+ngrams"), families, label,
                groupField, folds, seed, denseWeight, keepTemplates, cost, bootstrap, input.output()));
        SparkTrain.Result t = r.train();
        EvaluationResult ev = t.evaluation();
        PrintWriter out = input.out();
        out.printf(Locale.ROOT, "articles:  %,d labelled (of %,d read; %,d without '%s' left out; %,d bad rows left out)%n",
                t.articles().size(), r.census().articles(), t.excluded(), label, r.census().bad());
        JobManifest.printNotes(r.census(), input.err());
        out.println("protocol:  " + ev.protocol());
        out.println(MetricsJson.summary(ev));
        for (String w : ev.warnings()) out.println("  WARNING: " + w); // as the local train prints them (also in the manifest)
        for (SparkTrain.FoldFit f : t.folds()) {
            out.printf(Locale.ROOT, "fold %d:    train %,d, test %,d, vocabulary %,d n-grams, %d templates, %d outlet names; %.1f s%n",
                    f.fold() + 1, f.train(), f.test(), f.vocabulary(), f.templates(), f.outletNames(), f.seconds());
        }
        out.printf(Locale.ROOT, "output:    %s/predictions.csv, %s/manifest.json%n", input.output(), input.output());
        SparkSessions.printEnd(out, spark, t0, 11);
        out.flush();
        return ExitCodes.OK;
    }
}
