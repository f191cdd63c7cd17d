package org.framelab.corpus;

import org.framelab.util.OptionException;

import java.util.List;

/**
 * Where a corpus came from: files read, the reader, the effective field mapping (after
 * auto-detection), rows read, and rows skipped (count plus the first few with reasons).
 * {@code duplicateIdsSkipped} counts the rows (included in {@code rowsSkipped}) skipped with
 * {@code --skip-bad} because their id was already used.
 */
public record Provenance(List<String> files, String reader, FieldMapping mapping, long rowsRead,
                         long rowsSkipped, List<SkippedRow> skippedSample, long duplicateIdsSkipped) {
    public Provenance {
        files = List.copyOf(files);
        skippedSample = List.copyOf(skippedSample);
        if (duplicateIdsSkipped < 0 || duplicateIdsSkipped > rowsSkipped) {
            throw new OptionException("duplicateIdsSkipped", "" + duplicateIdsSkipped);
        }
    }

    /** Without skipped duplicate ids. */
    public Provenance(List<String> files, String reader, FieldMapping mapping, long rowsRead, long rowsSkipped,
                      List<SkippedRow> skippedSample) {
        this(files, reader, mapping, rowsRead, rowsSkipped, skippedSample, 0);
    }
}
