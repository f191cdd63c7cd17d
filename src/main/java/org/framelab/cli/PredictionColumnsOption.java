package org.framelab.cli;

import org.framelab.corpus.FieldMapping;
import org.framelab.model.PredictionColumns;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code --with}, for every command that writes predictions: the article fields after the probabilities (a picocli mixin). */
public class PredictionColumnsOption {
    @Option(names = "--with", paramLabel = "FIELDS",
            description = "Article fields written after the class probabilities of the predictions CSV: a comma-separated list of "
                    + "outlet, date (yyyy-mm-dd as read), title, or none (default: outlet and date when the corpus has them).")
    String with;

    /** Checks the setting before any data is read; the columns given, or null when none were given. */
    List<PredictionColumns.Column> given() {
        return PredictionColumns.parse(with, "with");
    }

    /** The columns for a corpus read with {@code mapping}. */
    List<PredictionColumns.Column> columns(FieldMapping mapping) {
        return PredictionColumns.orDefaults(given(), mapping);
    }
}
