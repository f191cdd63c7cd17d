package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.app.LengthCheck;
import org.framelab.model.ModelFile;
import org.framelab.model.TextLengths;
import org.framelab.model.TrainedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning when a model is applied to texts far shorter than its training texts ({@link LengthCheck}), on
 * every command that applies one: a hand-made training corpus of long texts (about 300 tokens each), a set
 * of one-sentence texts (about 10 tokens) and a set of texts as long as the training texts.
 */
class LengthWarningCommandTest {
    @TempDir
    static Path dir;
    static Path model;
    static Path longTexts;
    static Path shortTexts;

    private static final String[] LEFT = {"The union said workers deserve fair pay and safe jobs at the port.",
            "Critics warned that the cuts would hurt families who rely on public services.",
            "Activists argued that the climate plan does not go far enough to protect coasts."};
    private static final String[] RIGHT = {"The minister said taxes must fall so that small firms can grow.",
            "Officials insisted that border controls keep the country safe and strong.",
            "Business leaders argued that the regulation burdens investors and costs jobs."};

    /** Article {@code i}: {@code sentences} sentences of its side, from outlet {@code i % 4}. */
    private static String line(String prefix, int i, int sentences) {
        boolean left = i % 2 == 0;
        String[] pool = left ? LEFT : RIGHT;
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) text.append(pool[(i + s) % pool.length]).append(' ');
        return "{\"id\": \"" + prefix + i + "\", \"text\": \"" + text.toString().trim() + "\", \"outlet\": \"Outlet " + (i % 4)
                + "\", \"leaning\": \"" + (left ? "left" : "right") + "\"}";
    }

    private static Path corpus(String name, String prefix, int n, int sentences) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) lines.add(line(prefix, i, sentences));
        return Files.write(dir.resolve(name), lines);
    }

    @BeforeAll
    static void train() throws Exception {
        Path training = corpus("train.jsonl", "t", 40, 24);
        longTexts = corpus("long.jsonl", "l", 12, 22);
        shortTexts = corpus("short.jsonl", "s", 12, 1);
        model = dir.resolve("long.model");
        Run t = new Run("train", training.toString(), "--label", "leaning", "--features", "framing", "--cv", "2",
                "--bootstrap", "0", "--importance", "0", "-o", model.toString());
        assertThat(t.code()).as(t.err()).isZero();
    }

    @Test
    void theModelFileRecordsTheTrainingLengths() throws Exception {
        TextLengths l = ModelFile.load(model).trainingLengths();
        assertThat(l).isNotNull();
        assertThat(l.texts()).isEqualTo(40);
        assertThat(l.median()).isBetween(250, 350);
        assertThat(l.p5()).isLessThanOrEqualTo(l.median());
        JsonNode header = new ObjectMapper().readTree(ModelFile.headerOf(model));
        assertThat(header.path("trainingTokens").path("median").asInt()).isEqualTo(l.median());
    }

    @Test
    void predictOnShortTextsWarnsNamingBothMedians() throws Exception {
        Run p = new Run("predict", model.toString(), shortTexts.toString(), "-o", dir.resolve("short.csv").toString());
        assertThat(p.code()).as(p.err()).isZero();
        int training = ModelFile.load(model).trainingLengths().median();
        assertThat(p.out()).contains("WARNING: The texts to predict are far shorter than the model's training texts: median 1")
                .contains("against a training median of " + String.format(java.util.Locale.ROOT, "%,d", training) + " tokens")
                .contains("out of the range the model was fitted on; predictions are extrapolations");
    }

    @Test
    void predictOnTextsOfSimilarLengthsSaysNothing() {
        Run p = new Run("predict", model.toString(), longTexts.toString(), "-o", dir.resolve("long.csv").toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.out()).doesNotContain("WARNING").doesNotContain("far shorter");
    }

    @Test
    void evaluateOnShortTextsWarnsInTheSummaryAndTheMetricsJson() throws Exception {
        Path json = dir.resolve("short-metrics.json");
        Run e = new Run("evaluate", model.toString(), shortTexts.toString(), "--bootstrap", "0", "--metrics-json", json.toString());
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(e.out()).contains("WARNING: The texts to evaluate on are far shorter");
        JsonNode warnings = new ObjectMapper().readTree(json.toFile()).path("warnings");
        assertThat(warnings.toString()).contains("texts to evaluate on are far shorter").contains("predictions are extrapolations");
        Path similar = dir.resolve("long-metrics.json");
        Run l = new Run("evaluate", model.toString(), longTexts.toString(), "--bootstrap", "0", "--metrics-json", similar.toString());
        assertThat(l.code()).as(l.err()).isZero();
        assertThat(new ObjectMapper().readTree(similar.toFile()).path("warnings").toString()).doesNotContain("far shorter");
    }

    @Test
    void trainWithAShortTestCorpusWarns() throws Exception {
        Path json = dir.resolve("test-metrics.json");
        Run t = new Run("train", dir.resolve("train.jsonl").toString(), "--test", shortTexts.toString(), "--label", "leaning",
                "--features", "framing", "--bootstrap", "0", "--importance", "0", "--metrics-json", json.toString());
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).contains("The test texts are far shorter than the model's training texts");
        assertThat(Files.readString(json)).contains("The test texts are far shorter");
        // with --ablation the test corpus is held in memory (Classify.run, not the streamed path): the same warning
        Run inMemory = new Run("train", dir.resolve("train.jsonl").toString(), "--test", shortTexts.toString(), "--label", "leaning",
                "--features", "framing", "--ablation", "--bootstrap", "0", "--importance", "0");
        assertThat(inMemory.code()).as(inMemory.err()).isZero();
        assertThat(inMemory.out()).contains("The test texts are far shorter than the model's training texts");
        Run similar = new Run("train", dir.resolve("train.jsonl").toString(), "--test", longTexts.toString(), "--label", "leaning",
                "--features", "framing", "--ablation", "--bootstrap", "0", "--importance", "0");
        assertThat(similar.code()).as(similar.err()).isZero();
        assertThat(similar.out()).doesNotContain("far shorter");
    }

    @Test
    void aModelFileWithoutTheFiguresLoadsAndSaysNothing() throws Exception {
        // a model file as written before the lengths were recorded: the field is absent, so null after loading
        TrainedModel old = ModelFile.load(model).withTrainingLengths(null);
        Path oldFile = dir.resolve("old.model");
        ModelFile.save(old, oldFile);
        assertThat(ModelFile.load(oldFile).trainingLengths()).isNull();
        assertThat(ModelFile.headerOf(oldFile)).doesNotContain("trainingTokens");
        Run p = new Run("predict", oldFile.toString(), shortTexts.toString(), "-o", dir.resolve("old.csv").toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.out()).doesNotContain("WARNING").doesNotContain("tokens");
        Run e = new Run("evaluate", oldFile.toString(), shortTexts.toString(), "--bootstrap", "0");
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(e.out()).doesNotContain("far shorter");
    }

    @Test
    void aModelOfAllSidesArticlesWarnsOnNewsMtscSentences() throws Exception {
        // the audit's case: a model of AllSides articles (hundreds of tokens) applied to NewsMTSC's sentences
        Path allsides = org.framelab.SharedData.require("datasets/allsides/articles.jsonl.gz");
        Path sentences = org.framelab.SharedData.require("datasets/newsmtsc/devtest_mt.jsonl");
        Path slice = dir.resolve("allsides-300.jsonl");
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(allsides)), java.nio.charset.StandardCharsets.UTF_8))) {
            Files.write(slice, in.lines().limit(300).toList());
        }
        Path allsidesModel = dir.resolve("allsides.model");
        Run t = new Run("train", slice.toString(), "--label", "bias", "--features", "framing", "--cv", "2",
                "--bootstrap", "0", "--importance", "0", "-o", allsidesModel.toString());
        assertThat(t.code()).as(t.err()).isZero();
        TextLengths training = ModelFile.load(allsidesModel).trainingLengths();
        assertThat(training.median()).isGreaterThan(300);
        Run p = new Run("predict", allsidesModel.toString(), sentences.toString(), "-o", dir.resolve("newsmtsc.csv").toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.out()).contains("Predicted 721 articles")
                .contains("WARNING: The texts to predict are far shorter than the model's training texts")
                .contains("against a training median of " + String.format(java.util.Locale.ROOT, "%,d", training.median()) + " tokens")
                .contains("predictions are extrapolations");
    }
}
