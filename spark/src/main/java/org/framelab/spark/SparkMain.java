package org.framelab.spark;

import org.framelab.cli.CommandGroup;
import org.framelab.cli.Main;
import org.framelab.util.Runtime2;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code framelab spark ...}: FrameLab's per-article analysis as an Apache Spark job. The same jar runs with an
 * embedded local Spark ({@code ./framelab spark ...}) and under {@code spark-submit} on a cluster.
 */
@Command(name = "framelab spark", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"FrameLab's framing measures, group statistics and classifier as an Apache Spark job.",
                "Runs on an embedded local Spark by default; the same jar runs under spark-submit --master yarn|k8s://...|spark://..."},
        subcommands = {FeaturesCommand.class, AggregateCommand.class, TrainCommand.class})
public final class SparkMain extends CommandGroup {
    public static void main(String[] args) {
        useSparkLogging();
        Runtime2.configure();
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /**
     * Spark logs through log4j-core (the core alone uses log4j-api's simple logger, see Runtime2): chosen before any
     * logger exists. An explicit -Dlog4j2.loggerContextFactory wins.
     */
    public static void useSparkLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.core.impl.Log4jContextFactory");
        }
    }

    /** Runs a job with the given streams; returns the exit code (tests call this with their own session running). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = Main.commandLine(new SparkMain());
        JobInputOptions.hideRefused(cl);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }
}
