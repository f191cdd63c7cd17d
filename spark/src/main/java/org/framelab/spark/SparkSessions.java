package org.framelab.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Spark sessions for the job. With no master from the command line or {@code spark-submit} (the
 * {@code spark.master} property), the job runs on an embedded local Spark with one worker thread per core.
 */
public final class SparkSessions {
    private SparkSessions() {}

    /** The master used when none is given: {@code local[*]}, every core of this machine. */
    public static final String LOCAL = "local[*]";

    /**
     * The session: {@code master} when given, else the one spark-submit configured, else {@link #LOCAL}. An
     * embedded local session writes its scratch files under {@code java.io.tmpdir} and shows warnings only.
     */
    public static SparkSession open(String master, String appName) {
        SparkSession.Builder b = SparkSession.builder().appName(appName);
        String configured = System.getProperty("spark.master");
        String m = master != null ? master : configured != null ? configured : LOCAL;
        b.master(m);
        if (m.startsWith("local")) {
            b.config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", Integer.toString(Math.max(2, 2 * Runtime.getRuntime().availableProcessors())))
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        // the job's own output names are deterministic (part-NNNNN); no _SUCCESS marker files
        b.config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
        SparkSession s = b.getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }

    /**
     * The last lines of a job's summary: the master with Spark's version, and the time since {@code startNanos}
     * ({@link System#nanoTime}); the labels padded to {@code labelWidth} to line up with the summary's other lines.
     */
    public static void printEnd(java.io.PrintWriter out, SparkSession spark, long startNanos, int labelWidth) {
        String label = "%-" + labelWidth + "s";
        out.printf(java.util.Locale.ROOT, label + "%s (Spark %s)%n", "master:", spark.sparkContext().master(), spark.version());
        out.printf(java.util.Locale.ROOT, label + "%.1f s%n", "time:", (System.nanoTime() - startNanos) / 1e9);
    }
}
