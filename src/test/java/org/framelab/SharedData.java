package org.framelab;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Access to the real corpora and lexicons in {@code ../shared} (never copied into the repo).
 * When {@code CI=true} a missing file fails the test; locally it skips it.
 */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        String p = System.getProperty("framelab.shared");
        return p != null ? Path.of(p) : Path.of("..", "shared");
    }

    /** A file under {@code ../shared}, e.g. {@code datasets/babe/final_labels_SG2.csv}. */
    public static Path require(String relative) {
        Path path = root().resolve(relative).normalize();
        if (!Files.exists(path)) {
            String msg = "shared file missing: " + path.toAbsolutePath();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg + " (CI=true: a test must not skip)");
            Assumptions.abort(msg);
        }
        return path;
    }
}
