package org.framelab.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The same kind of mistake gives the same documented exit code from every command (README, "Exit codes"), with a
 * message that names what is wrong and what to do, and never a stack trace. One row per command and mistake: the
 * rows fixed in the exit-code audit and those most likely to regress.
 * <ul>
 *   <li>2, bad usage: the command line itself is wrong, judged without reading data (unknown option, missing option,
 *   invalid value, an output that is an input);</li>
 *   <li>3, bad input: the data or a file is wrong, including a field the data does not have, whichever option names
 *   it (--text-field, --label, --group-by, --crosstab, --cluster-by): known only after reading;</li>
 *   <li>a study file's mistakes are all 3 (the file is the input).</li>
 * </ul>
 */
class ExitCodeMatrixTest {
    private static final String D = "datasets/demo/articles.jsonl";
    private static final String SPANS = "datasets/demo/spans.csv";

    @TempDir
    static Path dir;
    static String model, junk, xlsx, gz, copy, okStudy;

    @BeforeAll
    static void fixtures() throws Exception {
        byte[] noise = new byte[3000];
        new java.util.Random(7).nextBytes(noise);
        junk = Files.write(dir.resolve("junk.csv"), noise).toString();
        byte[] zipHead = Arrays.copyOf(new byte[]{'P', 'K', 3, 4}, 2000);
        System.arraycopy(noise, 0, zipHead, 4, 1996);
        xlsx = Files.write(dir.resolve("cut.xlsx"), zipHead).toString();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(Files.readAllBytes(Path.of(D)));
        }
        gz = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(b.toByteArray(), 5000)).toString();
        copy = Files.copy(Path.of(D), dir.resolve("copy.jsonl")).toString();
        model = dir.resolve("demo.model").toString();
        Run t = new Run("train", D, "--label", "leaning", "--cv", "2", "--features", "framing", "--importance", "0",
                "--bootstrap", "0", "-o", model);
        assertThat(t.code).as(t.err()).isZero();
        String study = Files.readString(Path.of("datasets/demo/study.yaml"))
                .replace("path: articles.jsonl", "path: " + Path.of(D).toAbsolutePath())
                .replace("spans: spans.csv", "spans: " + Path.of(SPANS).toAbsolutePath());
        okStudy = study;
        Files.writeString(dir.resolve("badkey.yaml"), study.replace("  alpha: 0.05", "  alpah: 0.05"));
        Files.writeString(dir.resolve("badvalue.yaml"), study.replace("folds: 3", "folds: -3"));
        Files.writeString(dir.resolve("syntax.yaml"), study.replace("  alpha: 0.05", "  alpha: [0.05"));
        Files.writeString(dir.resolve("nocorpus.yaml"), study.replace(Path.of(D).toAbsolutePath().toString(), dir.resolve("nope.jsonl").toString()));
        Files.writeString(dir.resolve("nofield.yaml"), study.replace("group_by: [leaning, outlet]", "group_by: [nofield, outlet]"));
    }

    /** {@code code}, a key phrase of the message, then the arguments ({T} = the temporary folder, {J} = junk.csv, ...). */
    static Stream<Arguments> rows() {
        return Stream.of(
                // unknown option, missing option: 2
                row("features unknown option", 2, "Unknown option: '--bogus'", "features", D, "-o", "{T}/f.csv", "--bogus"),
                row("run unknown option", 2, "Unknown option: '--bogus'", "run", "{T}/badkey.yaml", "--bogus"),
                row("train missing --label", 2, "Missing required option: '--label=FIELD'", "train", D),
                row("predict missing -o", 2, "Missing required option", "predict", "{M}", D),
                // bad option values: 2
                row("train negative folds", 2, "Invalid folds: '-1'", "train", D, "--label", "leaning", "--cv", "-1"),
                row("report negative folds", 2, "Invalid --folds: -1", "report", D, "-o", "{T}/r", "--label", "leaning", "--folds", "-1"),
                row("features unknown family", 2, "Invalid feature family: 'bogus'", "features", D, "-o", "{T}/f.csv", "--families", "bogus"),
                row("train unknown classifier", 2, "Invalid --classifier: bogus", "train", D, "--label", "leaning", "--classifier", "bogus"),
                // settings are judged before any data is read: the corpus named here does not even exist
                row("train folds before the corpus", 2, "Invalid folds: '-1'", "train", "{T}/nope.jsonl", "--label", "leaning", "--cv", "-1"),
                row("train --compare-with family before the corpus", 2, "Invalid feature family: 'bogus'", "train", "{T}/nope.jsonl",
                        "--label", "leaning", "--compare-with", "features=bogus"),
                row("compare bad seed", 2, "'abc' is not a long", "compare", D, "--group-by", "outlet", "--seed", "abc"),
                row("compare unknown feature column", 2, "not a computed feature column", "compare", D, "--group-by", "outlet", "--features", "a,b"),
                // a field the data does not have: 3, whichever option names it
                row("features --text-field", 3, "the field given with --text-field", "features", D, "-o", "{T}/f.csv", "--text-field", "nofield"),
                row("predict --outlet-field", 3, "the field given with --outlet-field", "predict", "{M}", D, "-o", "{T}/p.csv", "--outlet-field", "nofield"),
                row("compare --group-by", 3, "Invalid --group-by: 'nofield' (no article has a value for it", "compare", D, "--group-by", "nofield"),
                row("compare --crosstab", 3, "Invalid --crosstab: 'nofield'", "compare", D, "--group-by", "outlet", "--features", "text.tokens", "--crosstab", "nofield"),
                row("compare --cluster-by", 3, "Invalid --cluster-by: 'nofield'", "compare", D, "--group-by", "leaning", "--features", "text.tokens", "--cluster-by", "nofield"),
                row("train --group-by", 3, "No article has a value for the group field 'nofield'", "train", D, "--label", "leaning", "--group-by", "nofield", "--features", "framing"),
                row("evaluate --group-by", 3, "No article has a value for the group field 'nofield'", "evaluate", "{M}", D, "--group-by", "nofield", "--bootstrap", "0"),
                row("train --label", 3, "no value for label field 'nofield'", "train", D, "--label", "nofield", "--features", "framing"),
                row("evaluate --label", 3, "no value for label field 'nofield'", "evaluate", "{M}", D, "--label", "nofield", "--bootstrap", "0"),
                row("bench train --label", 3, "no value for label field 'nofield'", "bench", "train", D, "--label", "nofield", "--features", "framing"),
                // a missing input file: 3
                row("features missing corpus", 3, "does not exist", "features", "{T}/nope.jsonl", "-o", "{T}/f.csv"),
                row("predict missing model", 3, "model file not found", "predict", "{T}/nope.model", D, "-o", "{T}/p.csv"),
                row("validate missing spans", 3, "does not exist", "validate", D, "--spans", "{T}/nope.csv"),
                row("run missing study", 3, "study file not found", "run", "{T}/nope.yaml"),
                row("run binary study file", 3, "not a study file", "run", "{J}"),
                // an unreadable or corrupt input: 3
                row("corpus info binary .csv", 3, "not valid UTF-8", "corpus", "info", "{J}"),
                row("features truncated .xlsx", 3, "not an Excel .xlsx workbook", "features", "{X}", "-o", "{T}/f.csv"),
                row("predict truncated .gz", 3, "ends unexpectedly", "predict", "{M}", "{G}", "-o", "{T}/p.csv"),
                row("corpus info truncated .gz, --skip-bad", 3, "ends unexpectedly", "corpus", "info", "{G}", "--skip-bad"),
                row("evaluate junk model", 3, "not a FrameLab model file", "evaluate", "{J}", D),
                // an output that cannot be written: 3; an output that is an input: 2
                row("features output under a file", 3, "cannot write the output file", "features", D, "-o", "{J}/f.csv"),
                row("validate output folder is a file", 3, "cannot write the output folder", "validate", D, "--spans", SPANS, "--bootstrap", "0", "-o", "{J}"),
                row("features output = input", 2, "would overwrite the input corpus", "features", "{C}", "-o", "{C}"),
                row("predict output = model", 2, "would overwrite the input model", "predict", "{M}", D, "-o", "{M}"),
                // a study file: 3
                row("run bad key", 3, "unknown key 'analysis.alpah'", "run", "{T}/badkey.yaml", "-o", "{T}/runs"),
                row("run bad value", 3, "'classifier.folds'", "run", "{T}/badvalue.yaml", "-o", "{T}/runs"),
                row("run YAML syntax", 3, "not valid YAML", "run", "{T}/syntax.yaml", "-o", "{T}/runs"),
                row("run missing corpus", 3, "does not exist", "run", "{T}/nocorpus.yaml", "-o", "{T}/runs"),
                row("run unknown group field", 3, "'analysis.group_by' names the field 'nofield'", "run", "{T}/nofield.yaml", "-o", "{T}/runs"));
    }

    private static Arguments row(String name, int code, String phrase, String... args) {
        return arguments(name, code, phrase, args);
    }

    @ParameterizedTest(name = "{0}: exit {1}")
    @MethodSource("rows")
    void sameMistakeSameCode(String name, int code, String phrase, String[] args) {
        String[] a = Arrays.stream(args).map(s -> s.replace("{T}", dir.toString()).replace("{M}", model).replace("{J}", junk)
                .replace("{X}", xlsx).replace("{G}", gz).replace("{C}", copy)).toArray(String[]::new);
        Run r = new Run(a);
        assertThat(r.code).as(name + ": " + r.err()).isEqualTo(code);
        assertThat(r.err()).as(name).contains(phrase).doesNotContain("\tat ").doesNotContain("framelab: internal error");
        if (code == ExitCodes.BAD_INPUT) assertThat(r.err()).as(name + ": what to do").containsAnyOf("What to do", "fields found", "(known:", "(2..20)");
    }
}
