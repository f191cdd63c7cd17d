package org.framelab.report.tables;

import org.framelab.features.FeatureExtraction;
import org.framelab.features.TermCount;

import java.io.IOException;
import java.util.List;

/** A feature-table writer for one output stream: rows in, {@link #finish} completes the file. */
public interface TableSink extends FeatureExtraction.RowSink {
    /** Terms table to include where the format has room for it (the .xlsx "terms" sheet); optional. */
    default void terms(List<TermCount> terms) {}

    /** Releases temporary resources; called after {@link #finish} or when writing failed. */
    default void cleanup() {}

    /** Writes whatever is pending (header of an ARFF, the workbook of an XLSX). */
    void finish() throws IOException;
}
