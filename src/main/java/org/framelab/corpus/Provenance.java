package org.framelab.corpus;

import org.framelab.util.OptionException;

import java.util.List;

/**
 * Where a corpus came from: files read, the reader, the effective field mapping (after
 * auto-detection), rows read, and rows skipped (count plus the first few with reasons).
 * {@code duplicateIdsSkipped} counts the rows (included in {@code rowsSkipped}) skipped with
 * {@code --skip-bad} because their id was already used. {@code notes}: what the reader did to the values that a
 * user should know (cells filled from merged regions of a sheet, slash dates read month-first without evidence of
 * the order), one sentence each, for every front end's load summary. {@code joinedLabelFields}: the label fields
 * joined to the articles from a table of labels per outlet ({@link OutletLabels}, {@code --outlet-labels}), which are
 * not fields of the input and so not in the mapping; {@link #labelFields()} gives both.
 */
public record Provenance(List<String> files, String reader, FieldMapping mapping, long rowsRead,
                         long rowsSkipped, List<SkippedRow> skippedSample, long duplicateIdsSkipped, List<String> notes,
                         List<String> joinedLabelFields) {
    public Provenance {
        files = List.copyOf(files);
        skippedSample = List.copyOf(skippedSample);
        notes = notes == null ? List.of() : List.copyOf(notes);
        joinedLabelFields = joinedLabelFields == null ? List.of() : List.copyOf(joinedLabelFields);
        if (duplicateIdsSkipped < 0 || duplicateIdsSkipped > rowsSkipped) {
            throw new OptionException("duplicateIdsSkipped", "" + duplicateIdsSkipped);
        }
    }

    /** Without labels joined per outlet. */
    public Provenance(List<String> files, String reader, FieldMapping mapping, long rowsRead, long rowsSkipped,
                      List<SkippedRow> skippedSample, long duplicateIdsSkipped, List<String> notes) {
        this(files, reader, mapping, rowsRead, rowsSkipped, skippedSample, duplicateIdsSkipped, notes, List.of());
    }

    /**
     * Every label field the articles carry, in output order: the mapping's label fields (read from the input), then
     * the fields joined from a table of labels per outlet. Tables written per article (the features table's label
     * columns) take their columns from here, so a joined field such as {@code leaning} is never left out.
     */
    public List<String> labelFields() {
        if (joinedLabelFields.isEmpty()) return mapping.labelFields();
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(mapping.labelFields());
        all.addAll(joinedLabelFields);
        return List.copyOf(all);
    }

    /** Without skipped duplicate ids. */
    public Provenance(List<String> files, String reader, FieldMapping mapping, long rowsRead, long rowsSkipped,
                      List<SkippedRow> skippedSample) {
        this(files, reader, mapping, rowsRead, rowsSkipped, skippedSample, 0, List.of());
    }
}
