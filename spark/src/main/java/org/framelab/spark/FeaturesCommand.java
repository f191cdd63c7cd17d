package org.framelab.spark;

import org.apache.spark.sql.SparkSession;
import org.framelab.cli.FeatureCliOptions;
import org.framelab.cli.ExitCodes;
import org.framelab.util.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code framelab spark features PATH... -o DIR}: the framing features of every article, computed in Spark. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Compute the framing features of every article in Spark partitions with FrameLab's own analysis: "
                + "DIR/features/ (Parquet, or CSV part files with exactly the columns and values of `framelab features`), "
                + "DIR/terms.csv, DIR/bad-rows.csv (when rows were bad) and DIR/manifest.json.",
                "Example: ./framelab spark features datasets/demo/articles.jsonl -o reports/spark-demo --format csv"})
public final class FeaturesCommand implements Callable<Integer> {
    @Mixin
    JobInputOptions input;

    @Option(names = "--format", paramLabel = "parquet|csv", description = "Feature table format (default parquet).")
    String format = "parquet";

    @Option(names = "--full-precision", description = "CSV values as the shortest decimal that reads back as the same double "
            + "(default: 6 decimals, as framelab features writes them); for report --from, whose statistics then equal a local report's.")
    boolean fullPrecision;

    @Option(names = "--no-terms", description = "Do not count the terms table (attribution verbs, scare-quoted terms per outlet).")
    boolean noTerms;

    @Mixin
    FeatureCliOptions features;

    @Override
    public Integer call() throws InputException, IOException {
        FeaturesJob.Format f;
        try {
            f = FeaturesJob.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.framelab.util.OptionException("format", format, "parquet or csv");
        }
        JobInput in = input.toJobInput();
        String families = features.families("framing");
        SparkSession spark = SparkSessions.open(input.master(), "framelab features");
        long t0 = System.nanoTime();
        FeaturesJob.Result r = FeaturesJob.run(spark, new FeaturesJob.Request(in, features.toFeatureOptions(), families, input.output(), f, !noTerms, fullPrecision));
        PrintWriter out = input.out();
        out.printf(Locale.ROOT, "articles:  %,d (of %,d records; %,d bad rows left out%s)%n", r.rows(), r.census().records(), r.census().bad(),
                r.census().bad() > 0 ? ", first ones in " + input.output() + "/bad-rows.csv" : "");
        for (String s : JobManifest.describe(r.census()).stream().limit(5).toList()) out.println("  " + s);
        JobManifest.printNotes(r.census(), input.err());
        out.printf(Locale.ROOT, "columns:   %,d feature columns (%s)%n", r.columns().size(), families);
        out.printf(Locale.ROOT, "output:    %s/features/ (%d %s parts)%s%n", input.output(), r.parts().size(), f.name().toLowerCase(Locale.ROOT),
                noTerms ? "" : String.format(Locale.ROOT, ", %s/terms.csv (%,d rows)", input.output(), r.termRows()));
        SparkSessions.printEnd(out, spark, t0, 11);
        out.flush();
        return ExitCodes.OK;
    }
}
