package org.framelab.cli;

import org.framelab.app.Classify;
import org.framelab.app.ApplyModel;
import org.framelab.model.EvaluationResult;
import org.framelab.model.MetricsJson;
import org.framelab.model.PredictionColumns;
import org.framelab.model.PredictionsCsv;
import org.framelab.model.TrainedModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code framelab evaluate MODEL PATH --label FIELD}: score a saved model on labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score a saved model on a labelled corpus (articles it was not trained on).",
                "The corpus is streamed " + ApplyModel.BATCH + " articles at a time; only the predictions are kept for the metrics.",
                "Example: framelab evaluate bias.model test.jsonl --label bias --metrics-json test-metrics.json"})
public final class EvaluateCommand implements Callable<Integer> {
    @Mixin ModelInput model;

    @Parameters(index = "1", paramLabel = "PATH", description = "Labelled corpus.")
    Path path;

    @Option(names = "--label", paramLabel = "FIELD", description = "Gold label field (default: the model's label field).")
    String label;

    @Option(names = "--group-by", paramLabel = "FIELD", description = "Field for per-group metrics (default: outlet when present).")
    String groupBy;

    @WritesTo
    @Option(names = "--metrics-json", paramLabel = "FILE", description = "Write all metrics as JSON.")
    Path metricsJson;

    @Mixin PredictionsOutOptions predictions;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "" + Classify.DEFAULT_BOOTSTRAP, description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--dedupe", description = "Do not score articles whose text duplicates one of the model's training texts (exactly, "
            + "or nearly: estimated Jaccard >= 0.8 of word shingles); without it they are counted and listed. Needs a model file of format 3.")
    boolean dedupe;

    @Mixin
    CorpusInput input;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = input.out();
        TrainedModel model = this.model.load(predictions.csv);
        String field = label != null ? label : model.info().labelField();
        ConsoleProgress progress = input.progress();
        PredictionColumns.Store[] fields = {null};
        EvaluationResult r = ModelCli.streamed(path, input, s -> {
            out.println("Model: " + model.info().features() + "; " + model.info().classifier() + "; labels " + model.labels()
                    + "; trained on " + model.info().trainingSize() + " articles");
            out.flush();
            String group = ModelCli.field(groupBy, s.provenance().mapping());
            if (predictions.file != null) fields[0] = new PredictionColumns.Store(predictions.csv.columns(s.provenance().mapping()));
            try {
                return ApplyModel.evaluate(model, s, ApplyModel.BATCH, field, group, bootstrap, seed, dedupe, fields[0], progress);
            } catch (org.framelab.corpus.CorpusException e) {
                throw e; // names the file and row already
            } catch (org.framelab.util.InputException e) {
                throw new org.framelab.util.InputException(path + ": " + e.getMessage(), e); // the labels do not fit: name the corpus
            }
        });
        out.print(MetricsJson.summary(r));
        if (metricsJson != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("framelab", org.framelab.util.Runtime2.version());
            json.put("model", this.model.file.toString());
            json.put("corpus", path.toString());
            json.put("label", field);
            json.put("features", model.info().features());
            json.put("classifier", model.info().classifier());
            json.putAll(MetricsJson.tree(r));
            MetricsJson.write(metricsJson, json);
            out.println("Metrics written to " + metricsJson);
        }
        if (predictions.file != null) {
            PredictionColumns.Store f = fields[0];
            if (f.size() != r.predictions().size()) throw new IllegalStateException(f.size() + " articles kept for " + r.predictions().size() + " predictions");
            PredictionsCsv.write(predictions.file, r.labels(), r.predictions(), true, predictions.csv.raw(), f.columns(), f::values);
        }
        out.flush(); // print() does not flush: without it the summary was lost when nothing was printed after it
        return ExitCodes.OK;
    }
}
