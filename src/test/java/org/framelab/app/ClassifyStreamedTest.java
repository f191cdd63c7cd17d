package org.framelab.app;

import org.framelab.SharedData;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Training on a corpus read as a stream gives the numbers and the model of training on the list. */
class ClassifyStreamedTest {
    private static String show(org.framelab.model.Prediction p) {
        return p.id() + " " + p.gold() + " " + p.predicted() + " " + java.util.Arrays.toString(p.probabilities()) + " " + p.fold() + " " + p.group();
    }

    @Test
    void streamedTrainingEqualsTrainingOnTheList() throws Exception {
        List<Article> all = Corpora.read(SharedData.require("datasets/allsides/jsons-sample"), ReadOptions.defaults(), null).articles();
        List<Article> train = new ArrayList<>(all.subList(0, 220));
        List<Article> test = new ArrayList<>(all.subList(220, all.size()));
        // a training article without a label and one duplicated into the test part: counted and warned alike
        train.add(train.get(0).withLabels(java.util.Map.of()));
        test.add(train.get(5));
        Protocol p = new Protocol.TestCorpus(test, "train", "test");
        Classify.Request req = Classify.Request.of("bias", FeatureOptions.defaults(), p, 7);
        req = new Classify.Request(req.label(), req.features(), req.classifier(), p, 7, 200, req.selection(), 1, 10, true, false, null, List.of());
        assertThat(ClassifyStreamed.applies(req)).isTrue();
        Classify.Result a = Classify.run(req, train, Progress.NONE);
        List<String> passes = new ArrayList<>();
        Classify.Result b = ClassifyStreamed.run(req, each -> {
            passes.add("pass");
            train.forEach(each);
        }, Progress.NONE);
        assertThat(passes).hasSize(2);
        assertThat(b.evaluation().predictions()).hasSize(test.size());
        assertThat(b.evaluation().predictions().stream().map(ClassifyStreamedTest::show).toList())
                .isEqualTo(a.evaluation().predictions().stream().map(ClassifyStreamedTest::show).toList());
        assertThat(b.evaluation().macroF1()).isEqualTo(a.evaluation().macroF1());
        assertThat(b.evaluation().ci95().toString()).isEqualTo(a.evaluation().ci95().toString());
        assertThat(b.warnings()).isEqualTo(a.warnings());
        assertThat(b.excluded()).isEqualTo(a.excluded());
        assertThat(b.weights()).isEqualTo(a.weights());
        assertThat(b.infoGain()).isEqualTo(a.infoGain());
        assertThat(b.finalModel().model().columns()).isEqualTo(a.finalModel().model().columns());
    }
}
