package org.framelab.corpus;

import java.util.List;

/**
 * Where a corpus came from: files read, the reader, the effective field mapping (after
 * auto-detection), rows read, and rows skipped (count plus the first few with reasons).
 */
public record Provenance(List<String> files, String reader, FieldMapping mapping, long rowsRead,
                         long rowsSkipped, List<SkippedRow> skippedSample) {
    public Provenance {
        files = List.copyOf(files);
        skippedSample = List.copyOf(skippedSample);
    }
}
