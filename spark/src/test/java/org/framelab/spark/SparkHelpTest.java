package org.framelab.spark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Spark command's help prints cleanly (no picocli format warnings) and names its outputs. */
class SparkHelpTest {
    @Test
    void helpOfEveryCommand() {
        PrintStream saved = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            for (String[] args : new String[][]{{"--help"}, {"features", "--help"}, {"aggregate", "--help"}, {"train", "--help"}}) {
                StringWriter o = new StringWriter(), e = new StringWriter();
                int code = SparkMain.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
                assertThat(code).isZero();
                assertThat(o.toString()).contains("Usage: framelab spark").doesNotContain("%n");
                if (args.length == 1) assertThat(o.toString()).contains("Exit codes:", "3   bad input data");
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    /**
     * The local corpus options the job cannot honour are not listed in the Spark commands' help; given anyway they are a
     * usage error (exit 2, docs/spark.md) saying what to do, before any Spark session starts.
     */
    @Test
    void refusedCorpusOptionsAreNotListedAndAreUsageErrors() {
        for (String cmd : new String[]{"features", "aggregate", "train"}) {
            StringWriter o = new StringWriter(), e = new StringWriter();
            assertThat(SparkMain.run(new PrintWriter(o, true), new PrintWriter(e, true), cmd, "--help")).isZero();
            assertThat(o.toString()).contains("--label-field", "--text-field", "--outlet-labels") // joined by the job (docs/spark.md)
                    .doesNotContain("--limit", "--sheet", "--item-field", "--annotator-field");
        }
        String[][] refused = {{"--limit", "5"}, {"--sheet", "1"}, {"--item-field", "text", "--annotator-field", "annotator_id"}};
        for (String[] opt : refused) {
            StringWriter o = new StringWriter(), e = new StringWriter();
            String[] args = new String[4 + opt.length];
            System.arraycopy(new String[]{"features", "datasets/demo/articles.jsonl", "-o", "target/spark-refused-out"}, 0, args, 0, 4);
            System.arraycopy(opt, 0, args, 4, opt.length);
            int code = SparkMain.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
            assertThat(code).as(e.toString()).isEqualTo(2);
            assertThat(e.toString()).contains(opt[0].equals("--item-field") ? "--item-field/--annotator-field" : opt[0])
                    .contains("What to do").doesNotContain("Exception").doesNotContain("framelab corpus");
        }
    }
}
