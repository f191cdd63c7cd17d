package org.framelab.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** One local[2] session for every Spark test of the JVM, the shared data folder and the CLIs run in process. */
final class SparkTestSupport {
    private SparkTestSupport() {}

    private static SparkSession session;

    static synchronized SparkSession spark() {
        if (session == null) {
            SparkMain.useSparkLogging();
            session = SparkSessions.open("local[2]", "framelab tests");
        }
        return session;
    }

    /** A file under ../shared; when CI=true a missing file fails the test, locally it skips it. */
    static Path shared(String relative) {
        String p = System.getProperty("framelab.shared");
        Path path = (p != null ? Path.of(p) : Path.of("..", "shared")).resolve(relative).normalize();
        if (!Files.exists(path)) {
            String msg = "shared file missing: " + path.toAbsolutePath();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg + " (CI=true: a test must not skip)");
            Assumptions.abort(msg);
        }
        return path;
    }

    /** Exit code, standard output and standard error of one CLI run. */
    record Run(int code, String out, String err) {}

    /** {@code framelab spark ARGS} in this JVM (on the shared session). */
    static Run spark(String... args) {
        spark();
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = SparkMain.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        return new Run(code, o.toString(), e.toString());
    }

    /** {@code framelab ARGS} (the local CLI) in this JVM. */
    static Run local(String... args) {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = org.framelab.cli.Main.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        return new Run(code, o.toString(), e.toString());
    }

    /** The feature rows of a CSV part folder: every part's lines with the repeated headers dropped. */
    static java.util.List<String> csvParts(Path folder) throws java.io.IOException {
        java.util.List<Path> parts;
        try (var s = Files.list(folder)) {
            parts = s.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            java.util.List<String> l = Files.readAllLines(parts.get(i));
            lines.addAll(i == 0 ? l : l.subList(1, l.size()));
        }
        return lines;
    }
}
