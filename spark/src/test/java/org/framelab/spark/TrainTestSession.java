package org.framelab.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** The train tests' local[2] session (one per JVM), the shared data folder and the CLI run in process. */
final class TrainTestSession {
    private TrainTestSession() {}

    private static SparkSession session;

    static synchronized SparkSession spark() {
        if (session == null) {
            SparkMain.useSparkLogging();
            session = SparkSessions.open("local[2]", "framelab train tests");
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

    record Run(int code, String out, String err) {}

    /** {@code framelab spark ARGS} in this JVM, on the running session. */
    static Run cli(String... args) {
        spark();
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = SparkMain.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        return new Run(code, o.toString(), e.toString());
    }
}
