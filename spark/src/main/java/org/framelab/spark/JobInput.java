package org.framelab.spark;

import org.framelab.corpus.FieldMapping;

import java.io.Serializable;
import java.util.List;

/**
 * What a Spark job reads: paths (files, folders or globs; local, HDFS or S3), their format and the field mapping
 * (the local CLI's options). Serialisable: executors get it with their tasks.
 *
 * @param paths    input paths as given
 * @param format   {@code jsonl}, {@code csv} or {@code parquet}; null = by the file extension
 * @param mapping  requested field roles (null fields are detected as the local readers detect them)
 * @param encoding CSV encoding name, or null for the local default (UTF-8, UTF-16 by its BOM)
 * @param delimiter CSV delimiter as the local option takes it ({@code tab}, a character) or null to detect
 * @param strict   stop at the first bad row instead of counting and skipping bad rows
 * @param outletLabels a table of labels per outlet joined to every article ({@code --outlet-labels}; read on the driver
 *                 from a local path, see {@link SparkCorpus#outletLabels}), or null
 */
public record JobInput(List<String> paths, String format, FieldMapping mapping, String encoding, String delimiter,
                       boolean strict, String outletLabels) implements Serializable {
    public JobInput {
        paths = List.copyOf(paths);
        mapping = mapping == null ? FieldMapping.auto() : mapping;
    }

    /** Without a table of labels per outlet. */
    public JobInput(List<String> paths, String format, FieldMapping mapping, String encoding, String delimiter, boolean strict) {
        this(paths, format, mapping, encoding, delimiter, strict, null);
    }
}
