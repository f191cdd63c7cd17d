package org.framelab.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.cli.ExitCodes;
import org.framelab.cli.Main;
import org.framelab.cli.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** train / evaluate / predict through Main.run on the demo corpus. */
class ModelCommandsTest {
    static final String DEMO = "datasets/demo/articles.jsonl";

    @TempDir
    static Path dir;
    static Run trained;

    static Run run(String... args) {
        return new Run(args);
    }

    @BeforeAll
    static void train() {
        trained = run("train", DEMO, "--label", "leaning", "--group-by", "outlet", "--cv", "5", "--min-df", "2",
                "-o", dir.resolve("demo.model").toString(), "--metrics-json", dir.resolve("m.json").toString(),
                "--folds-out", dir.resolve("folds.csv").toString(), "--predictions-out", dir.resolve("pred.csv").toString());
    }

    @Test
    void trainWritesModelMetricsFoldsAndPredictions() throws Exception {
        assertThat(trained.code()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("grouped by outlet").contains("macro-F1").contains("baseline").contains("Model written to");
        JsonNode m = new ObjectMapper().readTree(dir.resolve("m.json").toFile());
        for (String f : List.of("accuracy", "macroF1", "weightedF1", "kappa", "mcc", "rocAuc", "perClass", "confusion", "perGroup", "baseline", "ci95", "warnings", "folds", "roc", "importance")) {
            assertThat(m.has(f)).as(f).isTrue();
        }
        assertThat(m.get("n").asInt()).isEqualTo(233);
        assertThat(m.get("labels").toString()).isEqualTo("[\"center\",\"left\",\"right\"]");
        assertThat(m.get("perGroup")).hasSize(9);
        // leaning is learnable from outlets the model never saw: clearly above chance (1/3) and the baseline
        assertThat(m.get("macroF1").asDouble()).isGreaterThan(0.6);
        assertThat(m.get("macroF1").asDouble()).isGreaterThan(m.get("baseline").get("macroF1").asDouble() + 0.3);
        assertThat(m.get("warnings").toString()).contains("constant within each value of 'outlet'");
        // every outlet sits in exactly one fold
        List<String> lines = Files.readAllLines(dir.resolve("folds.csv"));
        assertThat(lines.get(0)).isEqualTo("id,fold,outlet");
        Map<String, String> foldOfOutlet = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", 3);
            String prev = foldOfOutlet.putIfAbsent(c[2], c[1]);
            if (prev != null) assertThat(c[1]).as(c[2]).isEqualTo(prev);
        }
        assertThat(foldOfOutlet).hasSize(9);
        assertThat(new java.util.HashSet<>(foldOfOutlet.values())).hasSize(5);
        assertThat(lines).hasSize(234);
        List<String> pred = Files.readAllLines(dir.resolve("pred.csv"));
        assertThat(pred.get(0)).isEqualTo("id,gold,predicted,fold,group,p_center,p_left,p_right,outlet,date");
        assertThat(pred).hasSize(234);
    }

    @Test
    void outletNamesOfTheTrainingDataAreLeftOutUnlessKept() throws Exception {
        // the final model is trained on all 9 demo outlets (23-30 articles each)
        JsonNode m = new ObjectMapper().readTree(dir.resolve("m.json").toFile());
        assertThat(m.get("outletNames").get("names").toString()).contains("Lenn Wire Service", "The Ardel Record", "Ardel Record", "Quayside Dispatch", "Sarn Highland Courier");
        assertThat(trained.out()).contains("Outlet names left out of the features: ");
        // the model file's header records the setting
        byte[] b = Files.readAllBytes(dir.resolve("demo.model"));
        String head = new String(b, 0, Math.min(b.length, 4000), java.nio.charset.StandardCharsets.ISO_8859_1).split("\n")[1];
        assertThat(new ObjectMapper().readTree(head).get("settings").get("maskOutletNames").asText()).isEqualTo("true");
        assertThat(new ObjectMapper().readTree(head).get("settings").get("repeatedLines").asText()).isEqualTo("5");
        Run keep = run("train", DEMO, "--label", "leaning", "--cv", "3", "--min-df", "2", "--keep-outlet-names",
                "--importance", "0", "--metrics-json", dir.resolve("keep.json").toString());
        assertThat(keep.code()).as(keep.err()).isZero();
        assertThat(new ObjectMapper().readTree(dir.resolve("keep.json").toFile()).get("outletNames").get("count").asInt()).isZero();
        assertThat(keep.out()).doesNotContain("Outlet names left out");
    }

    @Test
    void evaluateAndPredictWithTheSavedModel() throws Exception {
        Run e = run("evaluate", dir.resolve("demo.model").toString(), DEMO, "--label", "leaning", "--metrics-json", dir.resolve("e.json").toString());
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(new ObjectMapper().readTree(dir.resolve("e.json").toFile()).get("n").asInt()).isEqualTo(233);
        // the model was trained on all nine outlets: the score is not one of unseen outlets, and evaluate says so
        assertThat(e.out() + e.err()).contains("233 of 233 articles come from 9 outlets the model was trained on (Ebrin Valley Voice, "
                + "Lenn Wire Service, Quayside Dispatch, ...)").doesNotContain("Random folds");
        // a model trained without three outlets, scored on exactly those: unseen
        Path held = dir.resolve("held.jsonl");
        List<String> heldLines = new java.util.ArrayList<>();
        for (String l : Files.readAllLines(Path.of(DEMO))) if (l.contains("\"Ebrin Valley Voice\"") || l.contains("\"Lenn Wire Service\"")) heldLines.add(l);
        Files.write(held, heldLines);
        Run t = run("train", DEMO, "--label", "leaning", "--cv", "2", "--group-by", "outlet", "--features", "framing", "--importance", "0",
                "--bootstrap", "0", "--exclude-outlets", "Ebrin Valley Voice,Lenn Wire Service", "-o", dir.resolve("seven.model").toString());
        assertThat(t.code()).as(t.err()).isZero();
        Run u = run("evaluate", dir.resolve("seven.model").toString(), held.toString(), "--label", "leaning", "--bootstrap", "0");
        assertThat(u.code()).as(u.err()).isZero();
        assertThat(u.out() + u.err()).contains("None of these articles comes from an outlet the model was trained on");
        Run p = run("predict", dir.resolve("demo.model").toString(), DEMO, "-o", dir.resolve("p.csv").toString());
        assertThat(p.code()).as(p.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("p.csv"));
        assertThat(lines.get(0)).isEqualTo("id,predicted,p_center,p_left,p_right,outlet,date");
        assertThat(lines).hasSize(234);
        assertThat(lines.get(1)).startsWith("demo-001,").endsWith(",Quayside Dispatch,2024-01-08");
    }

    @Test
    void tamperedModelIsRefusedWithExitCode3() throws Exception {
        byte[] b = Files.readAllBytes(dir.resolve("demo.model"));
        b[b.length / 2] ^= 0x20;
        Path bad = dir.resolve("tampered.model");
        Files.write(bad, b);
        Run r = run("predict", bad.toString(), DEMO, "-o", dir.resolve("never.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("tampered.model").contains("checksum").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("never.csv")).doesNotExist();
    }

    @Test
    void foreignSerialisedObjectIsRefusedWithExitCode3() throws Exception {
        Path f = ModelFileTest.writeCrafted(dir.resolve("foreign.model"), new java.net.URL("http://example.org/"));
        Run r = run("evaluate", f.toString(), DEMO, "--label", "leaning");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("foreign.model").contains("refused").doesNotContain("\tat ");
    }

    @Test
    void groupByTheInputFieldTheReaderMappedToOutlet() throws Exception {
        StringBuilder csv = new StringBuilder("id,source,bias,text\n");
        String[] words = {"said", "claimed", "reported", "the", "a", "council", "vote", "plan"};
        java.util.Random r = new java.util.Random(3);
        for (int s = 0; s < 6; s++) {
            for (int i = 0; i < 6; i++) {
                StringBuilder t = new StringBuilder();
                for (int w = 0; w < 12; w++) t.append(words[r.nextInt(words.length)]).append(' ');
                csv.append("s").append(s).append('-').append(i).append(",Source ").append(s).append(',').append(s % 2 == 0 ? "left" : "right")
                        .append(',').append(t).append('\n');
            }
        }
        Path f = dir.resolve("sources.csv");
        Files.writeString(f, csv.toString());
        Run run = run("train", f.toString(), "--label", "bias", "--group-by", "source", "--cv", "3", "--features", "ngrams", "--min-df", "1",
                "--importance", "0", "--folds-out", dir.resolve("sfolds.csv").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("grouped by outlet");
        List<String> lines = Files.readAllLines(dir.resolve("sfolds.csv"));
        Map<String, String> foldOf = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", 3);
            assertThat(c[2]).startsWith("Source ");
            String prev = foldOf.putIfAbsent(c[2], c[1]);
            if (prev != null) assertThat(c[1]).isEqualTo(prev);
        }
        assertThat(foldOf).hasSize(6);
    }

    @Test
    void badUsageAndBadInput() {
        Run both = run("train", DEMO, "--label", "leaning", "--cv", "3", "--test", DEMO);
        assertThat(both.code()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(both.err()).contains("only one of --cv, --split-file, --test");
        Run label = run("train", DEMO, "--label", "nosuchfield", "--cv", "3");
        assertThat(label.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(label.err()).contains("no value for label field 'nosuchfield'").doesNotContain("\tat ");
        Run groups = run("train", DEMO, "--label", "leaning", "--group-by", "outlet", "--cv", "10");
        assertThat(groups.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(groups.err()).contains("Only 9 distinct values of 'outlet' for 10 folds");
        Run cls = run("train", DEMO, "--label", "leaning", "--classifier", "weka.NoSuch");
        assertThat(cls.code()).isEqualTo(ExitCodes.BAD_USAGE);
        Run merge = run("train", DEMO, "--label", "leaning", "--merge-outlet-variants");
        assertThat(merge.code()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(merge.err()).contains("Invalid --merge-outlet-variants").contains("needs a group field").doesNotContain("Exception");
        Run lines = run("train", DEMO, "--label", "leaning", "--repeated-lines", "1");
        assertThat(lines.code()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(lines.err()).contains("repeated-lines").doesNotContain("\tat ");
    }

    @Test
    void ablationAndComparisonOnTheSameFolds() throws Exception {
        Run r = run("train", DEMO, "--label", "leaning", "--group-by", "outlet", "--cv", "5", "--min-df", "2", "--importance", "0",
                "--features", "attribution+quotation+ngrams", "--ablation", "--compare-with", "classifier=nbm",
                "--metrics-json", dir.resolve("abl.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(dir.resolve("abl.json").toFile());
        assertThat(m.get("ablation")).hasSize(7);
        assertThat(m.get("ablation").get(1).get("configuration").asText()).isEqualTo("only attribution");
        assertThat(m.get("comparison").get("mcNemar").has("p")).isTrue();
        assertThat(m.get("comparison").get("correctedTTest").has("t")).isTrue();
        assertThat(r.out()).contains("Paired comparison").contains("Ablation");
    }
}
