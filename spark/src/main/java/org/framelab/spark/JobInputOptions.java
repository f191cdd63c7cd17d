package org.framelab.spark;

import org.framelab.cli.CorpusOptions;
import org.framelab.corpus.ReadOptions;
import org.framelab.util.InputException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** What every Spark job reads and where it writes (a picocli mixin): paths, their format, the local CLI's field mapping options, the output folder, the master. */
public class JobInputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Corpus files, folders or globs: JSON lines (.jsonl/.ndjson/.json, plain, .gz, .bz2), CSV/TSV, Parquet; "
                    + "local paths, hdfs://... or s3a://...")
    List<String> paths = new ArrayList<>();

    @Option(names = "--input-format", paramLabel = "jsonl|csv|parquet", description = "Input format (default: by the file extension).")
    String inputFormat;

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Output folder (local, hdfs://..., s3a://...).")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:PORT, yarn, k8s://... (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--strict", description = "Stop before any work when a row is bad (default: bad rows are counted, "
            + "the first written to bad-rows.csv, and left out).")
    boolean strict;

    /** The input as the job takes it; options a distributed read cannot honour are refused. */
    public JobInput toJobInput() throws InputException {
        ReadOptions ro = corpus.toReadOptions();
        if (ro.limit() > 0) throw new InputException("--limit: the Spark job reads every row\n  What to do: leave out --limit (or sample the input first).");
        if (ro.sheet() != null) throw new InputException("--sheet: the Spark job does not read Excel files\n  What to do: save the sheet as CSV.");
        return new JobInput(paths, inputFormat, ro.mapping(), ro.encoding() == null ? null : ro.encoding().name(),
                ro.delimiter() == null ? null : ro.delimiter() == '\t' ? "tab" : ro.delimiter().toString(), strict);
    }

    /** The output folder. */
    public String output() {
        return output;
    }

    public String master() {
        return master;
    }
}
