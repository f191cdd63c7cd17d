package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.model.SplitFile;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link Classify} refuses or reports about its input, for every front end (train, report, study
 * files, the GUI): a label with one class, a test corpus without the label, a split file that leaves
 * articles out or lists ids the corpus does not have.
 */
class ClassifyInputChecksTest {
    private static final Path DEMO = Path.of("datasets/demo/articles.jsonl");

    @TempDir
    static Path dir;
    static List<Article> demo;

    @BeforeAll
    static void read() throws Exception {
        demo = Corpora.read(DEMO, ReadOptions.defaults(), Progress.NONE).articles();
    }

    /** Framing features only, no bootstrap, no importance: fast. */
    private static Classify.Request request(Protocol p, List<String> exclude) {
        return new Classify.Request("leaning", FeatureOptions.defaults(), null, p, 1, 0, Classify.DEFAULT_SELECTION, 1, 0, false, false,
                null, exclude);
    }

    private static List<Article> leaning(String value) {
        return demo.stream().filter(a -> value.equals(a.field("leaning"))).toList();
    }

    @Test
    void aLabelWithOneClassIsBadInputOnEveryProtocol() {
        List<String> onlyLeft = List.of("center", "right");
        for (Protocol p : List.of(new Protocol.CrossValidation(2, null, false), new Protocol.CrossValidation(2, "outlet", false))) {
            assertThatThrownBy(() -> Classify.run(request(p, onlyLeft), demo, Progress.NONE)).as(p.toString())
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("Label field 'leaning' has only one class, 'left', in all 75 articles")
                    .hasMessageContaining("left out: 78 labelled 'center', 80 labelled 'right'")
                    .hasMessageContaining("What to do").hasMessageContaining("--exclude-label");
        }
        // a corpus with one class and nothing excluded
        assertThatThrownBy(() -> Classify.run(request(new Protocol.CrossValidation(2, null, false), List.of()), leaning("right"), Progress.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("only one class, 'right', in all 80 articles")
                .hasMessageNotContaining("--exclude-label");
    }

    @Test
    void aTrainingCorpusWithOneClassIsRefusedWhenStreamedToo() throws Exception {
        Protocol p = new Protocol.TestCorpus(leaning("left").subList(0, 10), "train", "test");
        Classify.Request req = request(p, List.of());
        assertThat(ClassifyStreamed.applies(req)).isTrue();
        List<Article> right = leaning("right");
        assertThatThrownBy(() -> ClassifyStreamed.run(req, right::forEach, Progress.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("only one class, 'right', in all 80 articles");
        assertThatThrownBy(() -> Classify.run(req, right, Progress.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("only one class, 'right', in all 80 articles");
    }

    @Test
    void theModelRefusesToTrainOnOneClass() {
        assertThatThrownBy(() -> Classify.train(request(new Protocol.CrossValidation(2, null, false), List.of()), leaning("center"), Progress.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("only one class, 'center'");
    }

    @Test
    void aTestCorpusWithoutTheLabelNamesItAndTheField() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(DEMO).subList(0, 20)) lines.add(l.replaceAll("\"leaning\": \"[a-z]+\", ", ""));
        Path file = Files.write(dir.resolve("unlabelled.jsonl"), lines);
        List<Article> test = Corpora.read(file, ReadOptions.defaults(), Progress.NONE).articles();
        assertThat(test).hasSize(20).allSatisfy(a -> assertThat(a.field("leaning")).isNull());
        Classify.Request req = request(new Protocol.TestCorpus(test, "articles.jsonl", "unlabelled.jsonl"), List.of());
        assertThatThrownBy(() -> Classify.run(req, demo, Progress.NONE)).isInstanceOf(InputException.class)
                .hasMessageContaining("test corpus unlabelled.jsonl has no value for label field 'leaning' in any of its 20 articles")
                .hasMessageContaining("fields found: date, topic, url");
        assertThatThrownBy(() -> ClassifyStreamed.run(req, demo::forEach, Progress.NONE)).isInstanceOf(InputException.class)
                .hasMessageContaining("test corpus unlabelled.jsonl has no value for label field 'leaning'");
        // every test article excluded by label: nothing to test on either
        Classify.Request all = request(new Protocol.TestCorpus(leaning("left").subList(0, 5), "a", "lefts.jsonl"), List.of("left"));
        assertThatThrownBy(() -> Classify.run(all, demo, Progress.NONE)).isInstanceOf(InputException.class)
                .hasMessageContaining("None of the 5 articles of the test corpus lefts.jsonl is left to test on (left out: 5 labelled 'left')");
    }

    @Test
    void zeroPredictionsAreNotBlamedOnTheBootstrap() {
        org.framelab.model.EvaluationResult r = org.framelab.model.Metrics.evaluate("p", List.of("a", "b"), List.of(), java.util.Map.of(0, "a"),
                java.util.Map.of(0, 10), new org.framelab.model.Metrics.Settings(100, 1, false), List.of());
        assertThat(org.framelab.model.MetricsJson.summary(r)).contains("(no interval: no predictions)").doesNotContain("--bootstrap 0");
    }

    @Test
    void aSplitFileReportsWhatItLeavesOutOnEitherSide() throws Exception {
        StringBuilder sb = new StringBuilder("id,split\n");
        for (int i = 4; i < demo.size(); i++) sb.append(demo.get(i).id()).append(i % 4 == 0 ? ",test\n" : ",train\n");
        sb.append("99.0,train\n100.0,test\n");
        Path split = Files.writeString(dir.resolve("split.csv"), sb.toString());
        Classify.Result r = Classify.run(request(new Protocol.Split(split), List.of()), demo, Progress.NONE);
        SplitFile.Coverage c = r.split();
        assertThat(c.notListed()).isEqualTo(4);
        assertThat(c.notListedIds()).containsExactly("demo-001", "demo-002", "demo-003", "demo-004");
        assertThat(c.notInCorpus()).isEqualTo(2);
        assertThat(c.notInCorpusIds()).containsExactly("99.0", "100.0");
        assertThat(c.train() + c.test()).isEqualTo(demo.size() - 4);
        assertThat(r.evaluation().n()).isEqualTo(c.test());
        assertThat(c.describe()).isEqualTo("Split file " + split + ": 171 train, 58 test; 4 corpus articles not listed (left out, e.g. "
                + "demo-001, demo-002, demo-003, demo-004), 2 listed ids not in the corpus (e.g. 99.0, 100.0)");

        // a split whose test ids are all written differently: no test article is an error, not 0 predictions
        StringBuilder noTest = new StringBuilder("id,split\n");
        for (Article a : demo) noTest.append(a.id()).append(",train\n");
        noTest.append("99.0,test\n");
        Path bad = Files.writeString(dir.resolve("notest.csv"), noTest.toString());
        assertThatThrownBy(() -> Classify.run(request(new Protocol.Split(bad), List.of()), demo, Progress.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("notest.csv").hasMessageContaining("no test article")
                .hasMessageContaining("e.g. 99.0");
    }
}
