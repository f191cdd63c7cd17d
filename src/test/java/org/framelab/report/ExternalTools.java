package org.framelab.report;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Runs python3 / soffice / jupyter from tests; skips locally (fails on CI) when a tool is missing. */
public final class ExternalTools {
    private ExternalTools() {}

    public record Result(int code, String output) {}

    public static Result run(Path dir, int timeoutSeconds, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (dir != null) pb.directory(dir.toFile());
        Process p = pb.start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            reader.join(5000);
            fail("timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd));
        }
        reader.join(5000);
        return new Result(p.exitValue(), out[0] == null ? "" : new String(out[0], StandardCharsets.UTF_8));
    }

    /** A python3 that can import all the given modules (tries python3, then /usr/bin/python3). */
    public static String python(String... modules) throws Exception {
        List<String> tried = new ArrayList<>();
        for (String py : List.of("python3", "/usr/bin/python3")) {
            try {
                Result r = run(null, 60, py, "-c", "import " + String.join(", ", modules));
                if (r.code() == 0) return py;
                tried.add(py + ": " + r.output().strip());
            } catch (IOException e) {
                tried.add(py + ": " + e.getMessage());
            }
        }
        missing("python3 with " + String.join(", ", modules) + " (" + tried + ")");
        return null;
    }

    public static String tool(String name) throws Exception {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Path.of(dir, name).toFile().canExecute()) return Path.of(dir, name).toString();
        }
        missing(name);
        return null;
    }

    static void missing(String what) {
        String msg = "external tool missing: " + what;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg + " (CI=true: .ci/run installs it)");
        Assumptions.abort(msg);
    }
}
