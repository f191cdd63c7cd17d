package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.features.SparseVector;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model trains and predicts where the said-ratio is undefined for some texts: the missing value
 * reaches the classifier as 0 plus an indicator column {@code attribution.said_ratio.missing}, the
 * same way in training, in prediction and after a save and load.
 */
class MissingIndicatorsTest {
    /** "attributes": every text has reporting verbs; "plain": none, so the said-ratio is undefined for every "plain" text. */
    static List<Article> corpus(int n) {
        String[] speakers = {"The minister", "Officials", "The mayor", "A spokesman", "The senator"};
        String[] topics = {"the plan", "the vote", "the road", "the budget", "the school"};
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String s = speakers[i % 5], t = topics[(i / 5) % 5];
            String attributes = s + " said " + t + " was ready. Critics claimed " + t + " would fail.";
            String plain = "Work on " + t + " went on this week. The weather in town was mild.";
            out.add(labelled("a" + i, attributes, "attributes", "O" + (i % 4)));
            out.add(labelled("p" + i, plain, "plain", "O" + (i % 4)));
        }
        return out;
    }

    static Article labelled(String id, String text, String label, String outlet) {
        return new Article(id, "", text, outlet, null, "", List.of(), Map.of("kind", label), Map.of(), List.of());
    }

    static FeatureSpec attribution() throws InputException {
        return FeatureSets.parse("attribution", FeatureOptions.defaults());
    }

    @Test
    void indicatorsFollowAFixedRuleFromTheColumns() throws Exception {
        List<FeatureColumn> cols = attribution().fit(List.of()).columns();
        MissingIndicators m = MissingIndicators.of(cols);
        int said = cols.stream().map(FeatureColumn::name).toList().indexOf("attribution.said_ratio");
        // one indicator per ratio or rate (said_ratio and three rates), after the pipeline's columns
        assertThat(m.indicators()).isEqualTo(4);
        assertThat(m.columns().subList(cols.size(), m.columns().size())).extracting(FeatureColumn::name)
                .containsExactly("attribution.neutral.rate.missing", "attribution.evaluative.rate.missing",
                        "attribution.said_ratio.missing", "attribution.anonymous.rate.missing");
        SparseVector raw = new SparseVector(new int[]{0, said}, new double[]{9, Double.NaN});
        SparseVector in = m.apply(raw);
        int indicator = cols.size() + 2;
        assertThat(in.indices()).containsExactly(0, indicator);
        assertThat(in.values()).containsExactly(9, 1);
        SparseVector defined = new SparseVector(new int[]{0, said}, new double[]{9, 0.5});
        assertThat(m.apply(defined)).isSameAs(defined);
    }

    @Test
    void trainsAndPredictsWithUndefinedRatiosAndASavedModelPredictsTheSame(@TempDir Path dir) throws Exception {
        List<Article> train = corpus(20);
        TrainedModel m = Trainer.train(train, TrainConfig.of("kind", attribution(), ClassifierSpec.defaults(), 1), Progress.NONE);
        assertThat(m.inputColumns()).extracting(FeatureColumn::name).contains("attribution.said_ratio.missing");
        assertThat(m.inputColumns()).hasSize(m.columns().size() + 4);
        assertThat(m.info().numColumns()).isEqualTo(m.inputColumns().size());
        // the linear model uses the indicator: "undefined" is evidence for "plain", not "every verb was evaluative"
        assertThat(m.topWeights(3)).filteredOn(w -> w.label().equals("plain")).extracting(FeatureImportance.Weighted::feature)
                .contains("attribution.said_ratio.missing");

        List<Article> test = List.of(labelled("t1", "The governor said the bridge was safe. Critics claimed it was not.", "attributes", "X"),
                labelled("t2", "Traffic on the bridge was light this morning.", "plain", "X"),
                labelled("t3", "", "plain", "X"));   // empty: every ratio and rate undefined
        List<Prediction> p = m.predict(test, "kind", null, 0, Progress.NONE);
        assertThat(p).extracting(Prediction::predicted).containsExactly("attributes", "plain", "plain");

        Path file = dir.resolve("m.model");
        ModelFile.save(m, file);
        TrainedModel loaded = ModelFile.load(file);
        List<Prediction> q = loaded.predict(test, "kind", null, 0, Progress.NONE);
        for (int i = 0; i < p.size(); i++) assertThat(q.get(i).probabilities()).containsExactly(p.get(i).probabilities());
        assertThat(ModelFile.FORMAT).isEqualTo(3);
    }

    @Test
    void aModelFileOfTheFormatBeforeIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        TrainedModel m = Trainer.train(corpus(5), TrainConfig.of("kind", attribution(), ClassifierSpec.defaults(), 1), Progress.NONE);
        Path file = dir.resolve("m.model");
        ModelFile.save(m, file);
        byte[] b = Files.readAllBytes(file);
        byte[] head = (ModelFile.MAGIC + " 3").getBytes(StandardCharsets.UTF_8);
        b[head.length - 1] = '2';
        Files.write(file, b);
        assertThatThrownBy(() -> ModelFile.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("model file format 2 is not supported").hasMessageContaining("undefined ratio")
                .hasMessageContaining("train the model again");
    }
}
