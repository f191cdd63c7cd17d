package org.framelab.spark;

import org.framelab.cli.CorpusOptions;
import org.framelab.corpus.ReadOptions;
import org.framelab.util.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every Spark job reads and where it writes (a picocli mixin): paths, their format, the local CLI's field mapping
 * options, the output folder, the master; and the command's output streams.
 */
public class JobInputOptions {
    /**
     * Options of the local corpus mixin the Spark job cannot honour, with why and what to do. They are hidden from the
     * Spark commands' help ({@link #hideRefused}); given anyway, they are a usage error (exit 2) with this text.
     */
    static final Map<String, String> REFUSED = refused();

    private static Map<String, String> refused() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("--limit", "--limit: the Spark job reads every row\n  What to do: leave out --limit (or sample the input first).");
        m.put("--sheet", "--sheet: the Spark job does not read Excel files\n  What to do: save the sheet as CSV.");
        m.put("--item-field", SparkCorpus.JUDGEMENTS_REFUSED);
        m.put("--annotator-field", SparkCorpus.JUDGEMENTS_REFUSED);
        return java.util.Collections.unmodifiableMap(m);
    }

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

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

    /** The input as the job takes it; options a distributed read cannot honour ({@link #REFUSED}) are a usage error. */
    public JobInput toJobInput() throws InputException {
        if (mixee != null) {
            for (Map.Entry<String, String> e : REFUSED.entrySet()) {
                if (mixee.commandLine().getParseResult().hasMatchedOption(e.getKey())) {
                    throw new CommandLine.ParameterException(mixee.commandLine(), e.getValue());
                }
            }
        }
        ReadOptions ro = corpus.toReadOptions();
        JobInput in = new JobInput(paths, inputFormat, ro.mapping(), ro.encoding() == null ? null : ro.encoding().name(),
                ro.delimiter() == null ? null : ro.delimiter() == '\t' ? "tab" : ro.delimiter().toString(), strict,
                ro.outletLabels() == null ? null : ro.outletLabels().toString());
        SparkOutletLabels.read(in); // a bad table of labels per outlet stops the job before a Spark session starts (the local message)
        return in;
    }

    /** Hides {@link #REFUSED} from the help of every Spark command under {@code root} (they stay parsed, to be refused clearly). */
    static void hideRefused(CommandLine root) {
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            for (String name : REFUSED.keySet()) {
                CommandLine.Model.OptionSpec o = spec.findOption(name);
                if (o == null || o.hidden()) continue;
                spec.remove(o);
                spec.addOption(o.toBuilder().hidden(true).build());
            }
        }
    }

    /** The command's standard output. */
    java.io.PrintWriter out() {
        return mixee.commandLine().getOut();
    }

    /** The command's standard error. */
    java.io.PrintWriter err() {
        return mixee.commandLine().getErr();
    }

    /** The output folder. */
    public String output() {
        return output;
    }

    public String master() {
        return master;
    }
}
