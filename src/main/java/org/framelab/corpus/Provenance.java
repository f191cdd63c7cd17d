package org.framelab.corpus;

import org.framelab.util.OptionException;

import java.util.List;

/**
 * Where a corpus came from: files read, the reader, the effective field mapping (after
 * auto-detection), rows read, and rows skipped (count plus the first few with reasons).
 * {@code duplicateIdsSkipped} counts the rows (included in {@code rowsSkipped}) skipped with
 * {@code --skip-bad} because their id was already used. {@code notes}: what the reader did to the values that a
 * user should know (cells filled from merged regions of a sheet, slash dates read month-first without evidence of
 * the order), one sentence each, for every front end's load summary.
 */
public record Provenance(List<String> files, String reader, FieldMapping mapping, long rowsRead,
                         long rowsSkipped, List<SkippedRow> skippedSample, long duplicateIdsSkipped, List<String> notes) {
    public Provenance {
        files = List.copyOf(files);
        skippedSample = List.copyOf(skippedSample);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (duplicateIdsSkipped < 0 || duplicateIdsSkipped > rowsSkipped) {
            throw new OptionException("duplicateIdsSkipped", "" + duplicateIdsSkipped);
        }
    }

    /** Without skipped duplicate ids. */
    public Provenance(List<String> files, String reader, FieldMapping mapping, long rowsRead, long rowsSkipped,
                      List<SkippedRow> skippedSample) {
        this(files, reader, mapping, rowsRead, rowsSkipped, skippedSample, 0, List.of());
    }
}
