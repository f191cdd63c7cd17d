package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The protocol in words, and the warnings where it cannot support a claim about new outlets. */
class ProtocolStatementTest {
    private static List<Article> demo() throws Exception {
        return Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), Progress.NONE).articles();
    }

    private static Classify.Result run(List<Article> corpus, Protocol p) throws Exception {
        FeatureOptions f = FeatureSets.optionsFor("framing+ngrams", FeatureOptions.defaults());
        return Classify.run(Classify.Request.of("leaning", f, p, 1).withBootstrap(0), corpus, Progress.NONE);
    }

    @Test
    void groupedFoldsAreDescribedAndFewOutletsPerClassWarned() throws Exception {
        ProtocolStatement s = run(demo(), new Protocol.CrossValidation(3, "outlet", false)).statement();
        assertThat(s.text()).startsWith("3-fold cross-validation grouped by outlet")
                .contains("whole outlets held out (each of the 9 outlets in exactly one of the 3 test folds)")
                .contains("outlet names").contains("learned from each training part and removed there")
                .contains("the blend of framing and n-grams chosen inside each training part");
        // 3 outlets per leaning in the demo
        assertThat(s.warnings()).anySatisfy(w -> assertThat(w).startsWith("Fewer than 5 outlets for 'center' 3, 'left' 3, 'right' 3"));
        assertThat(s.warnings()).noneMatch(w -> w.startsWith("Random folds"));
        // the same warning for a protocol run outside Classify (the Spark job), word for word; none for labels that vary
        assertThat(s.warnings()).contains(ProtocolStatement.fewOutletsWarning(demo(), "leaning", "outlet"));
        List<Article> mixed = new ArrayList<>();
        List<Article> d = demo();
        for (int i = 0; i < d.size(); i++) mixed.add(d.get(i).withLabels(Map.of("leaning", i % 2 == 0 ? "left" : "right")));
        assertThat(ProtocolStatement.fewOutletsWarning(mixed, "leaning", "outlet")).isNull();
    }

    @Test
    void randomFoldsWithOutletLabelsAreWarned() throws Exception {
        Classify.Result r = run(demo(), new Protocol.CrossValidation(3, null, false));
        assertThat(r.statement().text()).contains("random folds stratified by label (articles of the same outlet in training and test parts; 9 outlets)");
        assertThat(r.statement().warnings()).anySatisfy(w -> assertThat(w).startsWith("Random folds with labels that are properties of the outlet"));
        // the result carries the statement's warnings (the console, metrics JSON, workbook and GUI show them)
        assertThat(r.warnings()).containsAll(r.statement().warnings());
        // labels that vary within outlets: no such warning, and none about outlets per class
        List<Article> mixed = new ArrayList<>();
        List<Article> d = demo();
        for (int i = 0; i < d.size(); i++) mixed.add(d.get(i).withLabels(Map.of("leaning", i % 2 == 0 ? "left" : "right")));
        ProtocolStatement m = run(mixed, new Protocol.CrossValidation(3, null, false)).statement();
        assertThat(m.warnings()).noneMatch(w -> w.startsWith("Random folds") || w.startsWith("Fewer than"));
    }

    @Test
    void aTestCorpusSharingOutletsWithTrainingIsWarned() throws Exception {
        List<Article> d = demo();
        List<Article> train = d.subList(0, 150), test = d.subList(150, d.size());
        ProtocolStatement s = run(train, new Protocol.TestCorpus(test, "first", "rest")).statement();
        assertThat(s.text()).contains("150 training articles from 9 outlets").contains(test.size() + " test articles from 9 outlets, 9 of them also in training");
        assertThat(s.warnings()).anySatisfy(w -> assertThat(w).startsWith("9 of the 9 test outlets (" + test.size() + " of " + test.size()
                + " test articles) also have training articles"));
        // a test corpus of other outlets: no such warning
        List<Article> left = d.stream().filter(a -> !a.outlet().equals("Quayside Dispatch")).toList();
        List<Article> quay = d.stream().filter(a -> a.outlet().equals("Quayside Dispatch")).toList();
        ProtocolStatement u = run(left, new Protocol.TestCorpus(quay, "others", "quayside")).statement();
        assertThat(u.text()).contains("from 1 outlet, 0 of them also in training");
        assertThat(u.warnings()).noneMatch(w -> w.contains("also have training articles"));
    }
}
