package org.framelab.cli;

import org.framelab.corpus.FieldMapping;
import org.framelab.model.PredictionColumns;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * {@code --raw-csv} and {@code --with}, for every command that writes predictions (a picocli mixin): how the CSV's
 * text cells are written, and the article fields after the probabilities.
 */
public class PredictionCsvOptions {
    @Mixin RawCsvOption csv;

    @Option(names = "--with", paramLabel = "FIELDS",
            description = "Article fields written after the class probabilities of the predictions CSV: a comma-separated list of "
                    + "outlet, date (yyyy-mm-dd as read), title, or none (default: outlet and date when the corpus has them).")
    String with;

    /** Whether CSV text cells are written as they are ({@code --raw-csv}). */
    boolean raw() {
        return csv.raw;
    }

    /** Checks the setting before any data is read; the columns given, or null when none were given. */
    List<PredictionColumns.Column> given() {
        return PredictionColumns.parse(with, "with");
    }

    /** The columns for a corpus read with {@code mapping}. */
    List<PredictionColumns.Column> columns(FieldMapping mapping) {
        return PredictionColumns.orDefaults(given(), mapping);
    }
}
