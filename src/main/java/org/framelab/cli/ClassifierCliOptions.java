package org.framelab.cli;

import org.framelab.app.Classify;
import org.framelab.features.FeatureOptions;
import org.framelab.model.ClassifierSpec;
import org.framelab.model.ModelSelection;
import org.framelab.util.InputException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The features and the classifier of the commands that train a model, {@code train} and {@code bench train} (a picocli mixin). */
public class ClassifierCliOptions {
    @Mixin
    FeatureCliOptions features;

    @Mixin
    ModelCli.TrainArgs trainArgs;

    @Option(names = "--features", paramLabel = "SPEC", description = "Alias of --families (default here: framing+ngrams).")
    String featuresAlias;

    @Option(names = "--classifier", paramLabel = "NAME", defaultValue = "linear",
            description = "Alias (linear, svm, liblinear, nbm, nb, logistic, smo, sgd, j48, rf, zeror) or a Weka class name (default: ${DEFAULT-VALUE}).")
    String classifier;

    @Option(names = "--classifier-options", paramLabel = "OPTS", defaultValue = "", description = "Weka options, e.g. \"-C 0.5\".")
    String classifierOptions;

    /** The validated feature options ({@code --features} standing for {@code --families}), framing+ngrams by default. */
    FeatureOptions featureOptions() throws InputException {
        if (featuresAlias != null) features.families = featuresAlias;
        return features.toFeatureOptions(Classify.DEFAULT_FEATURES);
    }

    ClassifierSpec classifier() {
        return new ClassifierSpec(classifier, classifierOptions);
    }

    /** How the training step chooses the framing columns' weight and leaves out page templates. */
    ModelSelection selection() {
        return ModelCli.selection(trainArgs);
    }

    /** {@code --min-outlets}. */
    int minOutlets() {
        return trainArgs.minOutlets;
    }
}
