package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * train / report / evaluate on input a classifier cannot be scored on: one class, a test corpus
 * without the label, a group field nobody has, a split file that does not match the corpus, classifier
 * options without --label. Each is a clear message and the documented exit code, never a score.
 */
class ClassifierInputErrorsTest {
    private static final String DEMO = "datasets/demo/articles.jsonl";
    /** Fast settings: framing features, no bootstrap, no importance. */
    private static final String[] FAST = {"--features", "framing", "--importance", "0", "--bootstrap", "0"};

    @TempDir
    static Path dir;
    static Path model, leftOnly, unlabelled;

    private static String[] args(String[] a, String... more) {
        List<String> l = new ArrayList<>(List.of(a));
        l.addAll(List.of(more));
        return l.toArray(new String[0]);
    }

    @BeforeAll
    static void files() throws Exception {
        List<String> demo = Files.readAllLines(Path.of(DEMO));
        List<String> left = new ArrayList<>(), noLabel = new ArrayList<>();
        for (String l : demo) if (l.contains("\"leaning\": \"left\"")) left.add(l);
        for (String l : demo.subList(0, 30)) noLabel.add(l.replaceAll("\"leaning\": \"[a-z]+\", ", ""));
        leftOnly = Files.write(dir.resolve("oneclass.jsonl"), left);
        unlabelled = Files.write(dir.resolve("nolabel.jsonl"), noLabel);
        model = dir.resolve("demo.model");
        Run t = new Run(args(new String[]{"train", DEMO, "--label", "leaning", "--cv", "2", "-o", model.toString()}, FAST));
        assertThat(t.code).as(t.err()).isZero();
    }

    private static void badInput(Run r, String... contains) {
        assertThat(r.code).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(contains).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void oneClassIsRefusedByTrainAndReport() {
        String msg = "Label field 'leaning' has only one class, 'left', in all 75 articles";
        badInput(new Run(args(new String[]{"train", leftOnly.toString(), "--label", "leaning", "--cv", "2"}, FAST)), msg, "What to do");
        badInput(new Run(args(new String[]{"train", leftOnly.toString(), "--label", "leaning", "--group-by", "outlet", "--cv", "2"}, FAST)), msg);
        Run excluded = new Run(args(new String[]{"train", DEMO, "--label", "leaning", "--exclude-label", "center,right", "--cv", "2"}, FAST));
        badInput(excluded, msg + " (left out: 78 labelled 'center', 80 labelled 'right')", "--exclude-label");
        Path out = dir.resolve("report-oneclass");
        badInput(new Run("report", leftOnly.toString(), "--label", "leaning", "--group-by", "outlet", "--formats", "png", "--no-notebook",
                "-o", out.toString()), msg);
        assertThat(out).doesNotExist();
    }

    @Test
    void leftOutLabelsAreSpelledOutNotPrintedAsAMap() {
        Run r = new Run(args(new String[]{"train", DEMO, "--label", "leaning", "--exclude-label", "center", "--cv", "2"}, FAST));
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("Left out: 78 articles labelled 'center'\n").doesNotContain("{center=");
    }

    @Test
    void aTestCorpusWithoutTheLabelIsRefusedByTrainAndEvaluate() {
        Run train = new Run(args(new String[]{"train", DEMO, "--label", "leaning", "--test", unlabelled.toString()}, FAST));
        badInput(train, "test corpus nolabel.jsonl has no value for label field 'leaning' in any of its 30 articles", "fields found: date, topic, url");
        assertThat(train.out()).doesNotContain("0 predictions");
        // a classifier other than the linear model: the training corpus is read whole, not streamed
        Run whole = new Run(args(new String[]{"train", DEMO, "--label", "leaning", "--test", unlabelled.toString(), "--classifier", "nbm"}, FAST));
        badInput(whole, "test corpus nolabel.jsonl has no value for label field 'leaning'");
        Run eval = new Run("evaluate", model.toString(), unlabelled.toString());
        badInput(eval, unlabelled + ": 30 of 30 articles have no value for label field 'leaning'", "fields of the first article: date, topic, url)");
    }

    @Test
    void evaluateRefusesAGroupFieldNobodyHasAsTrainDoes() {
        Run train = new Run(args(new String[]{"train", DEMO, "--label", "leaning", "--group-by", "nope", "--cv", "2"}, FAST));
        String msg = "No article has a value for the group field 'nope'.";
        badInput(train, msg);
        Run eval = new Run("evaluate", model.toString(), DEMO, "--group-by", "nope", "--bootstrap", "0");
        badInput(eval, msg, "train and evaluate --group-by");
        assertThat(eval.out()).doesNotContain("predictions");
        Run outlet = new Run("evaluate", model.toString(), DEMO, "--group-by", "outlet", "--bootstrap", "0");
        assertThat(outlet.code).as(outlet.err()).isZero();
    }

    @Test
    void aSplitFileCountsWhatItLeavesOutOnTheConsoleAndInTheMetrics() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(DEMO))) ids.add(l.replaceFirst("^\\{\"id\": \"([^\"]+)\".*", "$1"));
        StringBuilder sb = new StringBuilder("id,split\n");
        for (int i = 4; i < ids.size(); i++) sb.append(ids.get(i)).append(i % 4 == 0 ? ",test\n" : ",train\n");
        sb.append("99.0,train\n100.0,test\n");
        Path split = Files.writeString(dir.resolve("split.csv"), sb.toString());
        Path metrics = dir.resolve("split-metrics.json");
        Run r = new Run(args(new String[]{"train", DEMO, "--label", "leaning", "--split-file", split.toString(),
                "--metrics-json", metrics.toString()}, FAST));
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("Split file " + split + ": 171 train, 58 test; 4 corpus articles not listed (left out, e.g. demo-001, "
                + "demo-002, demo-003, demo-004), 2 listed ids not in the corpus (e.g. 99.0, 100.0)");
        JsonNode s = new ObjectMapper().readTree(metrics.toFile()).get("split");
        assertThat(s.get("corpusArticlesNotListed").asInt()).isEqualTo(4);
        assertThat(s.get("listedIdsNotInCorpus").asInt()).isEqualTo(2);
        assertThat(s.get("listedIdsNotInCorpusExamples").toString()).isEqualTo("[\"99.0\",\"100.0\"]");

        StringBuilder noTrain = new StringBuilder("id,split\n");
        for (String id : ids) noTrain.append(id).append(",test\n");
        for (String id : ids.subList(0, 10)) noTrain.append(id).append(".0,train\n");
        Path bad = Files.writeString(dir.resolve("notrain.csv"), noTrain.toString());
        badInput(new Run(args(new String[]{"train", DEMO, "--label", "leaning", "--split-file", bad.toString()}, FAST)),
                "notrain.csv: no article of the corpus is in the 'train' part, so there is no training article", "e.g. demo-001.0");
    }

    @Test
    void reportRefusesClassifierOptionsWithoutLabel() {
        Path out = dir.resolve("report-nolabel");
        for (String[] opts : List.of(new String[]{"--classifier", "foo"}, new String[]{"--protocol", "random"},
                new String[]{"--folds", "3", "--ablation"}, new String[]{"--exclude-label", "No agreement"})) {
            Run r = new Run(args(new String[]{"report", DEMO, "--group-by", "leaning", "--no-notebook", "-o", out.toString()}, opts));
            assertThat(r.code).as(r.err()).isEqualTo(ExitCodes.BAD_USAGE);
            assertThat(r.err()).contains(opts[0]).contains("--label").doesNotContain("\tat ");
            assertThat(out).doesNotExist();
        }
    }
}
