package org.framelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No command writes over one of its inputs: an output that is the same file as an input (the corpus, the model, a
 * span file, a lexicon) is bad usage, refused before anything is read, and the input is left as it was.
 */
class OutputOverwritesInputTest {
    @TempDir
    Path dir;

    private static final String CORPUS = "id,text,leaning\na1,The minister said the plan would work.,left\n"
            + "a2,Critics called the so-called reform a disaster.,right\n";

    private Path corpus() throws Exception {
        Path p = dir.resolve("data.csv");
        Files.writeString(p, CORPUS);
        return p;
    }

    /** Runs the command, expects exit 2 and the message, and checks that {@code input} is unchanged. */
    private static Run refused(Path input, String expected, String... args) throws Exception {
        byte[] before = Files.readAllBytes(input);
        Run r = new Run(args);
        assertThat(r.code).as(r.err() + r.out()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        return r;
    }

    @Test
    void theIssuesCommandsNoLongerReplaceTheCorpus() throws Exception {
        Path data = corpus();
        Path model = Files.writeString(dir.resolve("m.model"), "not read: the check comes first");
        String msg = data + ": the output (--output) would overwrite the input corpus; write to another file";
        refused(data, msg, "predict", model.toString(), data.toString(), "-o", data.toString());
        refused(data, msg, "features", data.toString(), "-o", data.toString());
        refused(data, msg, "compare", data.toString(), "--group-by", "leaning", "-o", data.toString());
    }

    @Test
    void everyCommandThatWritesAFileRefusesItsInput() throws Exception {
        Path data = corpus();
        String d = data.toString();
        String corpus = "would overwrite the input corpus";
        refused(data, corpus, "compare", d, "--group-by", "leaning", "--descriptives", d);
        refused(data, corpus, "compare", d, "--group-by", "leaning", "--pooled-ratios", d);
        refused(data, corpus, "train", d, "--label", "leaning", "-o", d);
        refused(data, corpus, "train", d, "--label", "leaning", "--metrics-json", d);
        refused(data, corpus, "train", d, "--label", "leaning", "--folds-out", d);
        refused(data, corpus, "train", d, "--label", "leaning", "--predictions-out", d);
        Path test = Files.writeString(dir.resolve("test.csv"), CORPUS);
        refused(test, "would overwrite the test corpus", "train", d, "--label", "leaning", "--test", test.toString(),
                "--predictions-out", test.toString());
        Path model = Files.writeString(dir.resolve("m.model"), "a model");
        refused(data, corpus, "evaluate", model.toString(), d, "--metrics-json", d);
        refused(data, corpus, "evaluate", model.toString(), d, "--predictions-out", d);
        refused(model, "would overwrite the input model", "evaluate", model.toString(), d, "--predictions-out", model.toString());
        refused(model, "would overwrite the input model", "predict", model.toString(), d, "-o", model.toString());
        refused(data, corpus, "explain", d, "--id", "a1", "--html", d);
        refused(data, corpus, "validate", d, "-o", d);
        refused(data, corpus, "lexicon", "learn", d, "-o", d);
        refused(data, corpus, "lexicon", "learn", d, "-o", dir.resolve("learned.csv").toString(), "--json", d);
        refused(data, corpus, "lexicon", "vectors", d, "-o", d);
        refused(data, corpus, "report", d, "-o", d);
        refused(data, corpus, "agreement", d, "-o", d);
        Path spans = Files.writeString(dir.resolve("spans.csv"), "id,begin,end,label\na1,0,3,x\n");
        refused(spans, "would overwrite the input given to --spans", "explain", d, "--id", "a1", "--spans", spans.toString(),
                "--html", spans.toString());
        Path lexicon = Files.writeString(dir.resolve("words.txt"), "alleged\n");
        refused(lexicon, "would overwrite the input given to --lexicon", "features", d, "--lexicon", "my=" + lexicon,
                "-o", lexicon.toString());
    }

    @Test
    void twoOutputsOfOneCommandInOneFileAreRefused() throws Exception {
        Path data = corpus();
        Path x = dir.resolve("x.json");
        refused(data, "Invalid --predictions-out: '" + x + "' (the same file as --metrics-json", "train", data.toString(), "--label", "leaning",
                "--metrics-json", x.toString(), "--predictions-out", x.toString());
        assertThat(x).doesNotExist();
    }

    @Test
    void theSameFileUnderAnotherNameIsRefused() throws Exception {
        Path data = corpus();
        Files.createDirectories(dir.resolve("sub"));
        refused(data, "would overwrite the input corpus", "features", data.toString(), "-o", dir.resolve("sub/../data.csv").toString());
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, data);
        refused(data, "would overwrite the input corpus " + link, "features", link.toString(), "-o", data.toString());
        // an output in a folder reached through a link, not yet existing, is compared by its real folder
        Path linkDir = dir.resolve("linked");
        Files.createSymbolicLink(linkDir, dir.resolve("sub"));
        Path inSub = Files.writeString(dir.resolve("sub/in.csv"), CORPUS);
        refused(inSub, "would overwrite the input corpus", "features", inSub.toString(), "-o", linkDir.resolve("in.csv").toString());
    }

    @Test
    void theTermsTableBesideTheFeaturesMayNotReplaceTheInput() throws Exception {
        Path terms = Files.writeString(dir.resolve("data.terms.csv"), CORPUS);
        Run r = refused(terms, "the terms table (written beside --output; --no-terms leaves it out) would overwrite the input corpus",
                "features", terms.toString(), "-o", dir.resolve("data.csv").toString());
        assertThat(dir.resolve("data.csv")).doesNotExist();
        Run ok = new Run("features", terms.toString(), "-o", dir.resolve("data.csv").toString(), "--no-terms");
        assertThat(ok.code).as(ok.err()).isZero();
        assertThat(Files.readString(terms)).isEqualTo(CORPUS);
    }

    @Test
    void aReportFolderHoldingTheCorpusIsNotReplaced() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("study"));
        Path data = Files.writeString(folder.resolve("data.csv"), CORPUS);
        refused(data, "is a folder replaced as a whole, and it holds the input corpus", "report", data.toString(), "-o", folder.toString());
    }

    @Test
    void anotherOutputStillWorks() throws Exception {
        Path data = corpus();
        Path out = dir.resolve("features.csv");
        Run r = new Run("features", data.toString(), "-o", out.toString(), "--no-terms");
        assertThat(r.code).as(r.err()).isZero();
        assertThat(out).exists();
        assertThat(Files.readString(data)).isEqualTo(CORPUS);
    }
}
