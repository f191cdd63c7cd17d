package org.framelab.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --predictions-out} with the settings of its CSV, for the commands that evaluate a model (train, evaluate; a picocli mixin). */
public class PredictionsOutOptions {
    @WritesTo
    @Option(names = "--predictions-out", paramLabel = "FILE", description = "Write id, gold, predicted, fold, group, class probabilities and the article fields of --with as CSV.")
    Path file;

    @Mixin PredictionCsvOptions csv;
}
