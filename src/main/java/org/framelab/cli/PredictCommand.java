package org.framelab.cli;

import org.framelab.app.ApplyModel;
import org.framelab.model.TrainedModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code framelab predict MODEL PATH -o predictions.csv}. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Predict labels with a saved model; writes id, predicted, one probability column per label, then the",
                "article's outlet and date when the corpus has them (--with chooses: outlet,date,title or none).",
                "The corpus is streamed " + ApplyModel.BATCH + " articles at a time: memory does not grow with its size.",
                "Example: framelab predict bias.model new-articles.csv -o predictions.csv"})
public final class PredictCommand implements Callable<Integer> {
    @Mixin ModelInput model;

    @Parameters(index = "1", paramLabel = "PATH", description = "Corpus to label.")
    Path path;

    @WritesTo
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Predictions CSV.")
    Path output;

    @Mixin PredictionCsvOptions csv;

    @Mixin
    CorpusInput input;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = input.out();
        TrainedModel model = this.model.load(csv);
        ConsoleProgress progress = input.progress();
        ApplyModel.Predicted r = ModelCli.streamed(path, input, s -> ApplyModel.predictToCsv(model, s, output, csv.raw(),
                csv.columns(s.provenance().mapping()), progress));
        out.println("Predicted " + r.articles() + " articles with " + this.model.file.getFileName() + " (" + model.info().labelField() + "): " + r.counts());
        out.println("Predictions written to " + output);
        for (String w : r.warnings()) out.println("WARNING: " + w);
        return ExitCodes.OK;
    }
}
