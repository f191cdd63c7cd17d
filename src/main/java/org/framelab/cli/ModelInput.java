package org.framelab.cli;

import org.framelab.model.ModelFile;
import org.framelab.model.TrainedModel;
import org.framelab.util.InputException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The MODEL parameter of the commands that apply a saved model (a picocli mixin). */
public class ModelInput {
    @Parameters(index = "0", paramLabel = "MODEL", description = "Model file written by 'framelab train -o'.")
    Path file;

    TrainedModel load() throws InputException {
        return ModelFile.load(file);
    }

    /** The model, once the settings of the predictions CSV are checked: a bad {@code --with} is refused before the model is read. */
    TrainedModel load(PredictionCsvOptions csv) throws InputException {
        csv.given();
        return load();
    }
}
