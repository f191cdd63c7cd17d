package org.framelab.model;

import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Predictions read back and scored: the metrics, the baseline from the other folds, and a single fold without one. */
class PredictionScoresTest {
    static final String HEADER = "id,gold,predicted,fold,group,p_a,p_b\r\n";

    @Test
    void twoFoldsByHand(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, HEADER + "x1,a,a,0,O1,0.9,0.1\r\nx2,b,a,0,O1,0.6,0.4\r\nx3,a,a,1,O2,0.7,0.3\r\nx4,a,b,1,O2,0.2,0.8\r\n");
        PredictionScores.Read r = PredictionScores.read(f);
        assertThat(r.labels()).containsExactly("a", "b");
        EvaluationResult e = PredictionScores.evaluate(r, "2-fold", "label", "outlet", true, 100, 1);
        // model: a->a twice, a->b, b->a: accuracy 1/2; F1(a) = 2/3, F1(b) = 0: macro-F1 1/3
        assertThat(e.accuracy()).isEqualTo(0.5);
        assertThat(e.macroF1()).isCloseTo(1.0 / 3, within(1e-15));
        // fold 0 is trained on fold 1 (a, a): a; fold 1 on fold 0 (a, b; a tie): the first label, a. All 'a': accuracy 3/4,
        // F1(a) = 6/7, F1(b) = 0: macro-F1 3/7
        assertThat(e.baseline().accuracy()).isEqualTo(0.75);
        assertThat(e.baseline().macroF1()).isCloseTo(3.0 / 7, within(1e-15));
        // chance: gold a 3, b 1; a uniform guess's expected matrix [[1.5,1.5],[0.5,0.5]]: accuracy 1/2,
        // F1(a) = 2 * 0.75 * 0.5 / 1.25 = 0.6, F1(b) = 2 * 0.25 * 0.5 / 0.75 = 1/3: macro-F1 (0.6 + 1/3) / 2
        assertThat(e.baseline().chanceAccuracy()).isEqualTo(0.5);
        assertThat(e.baseline().chanceMacroF1()).isCloseTo((0.6 + 1.0 / 3) / 2, within(1e-15));
        assertThat(e.folds()).extracting(EvaluationResult.FoldMetrics::trainSize).containsExactly(2, 2);
        assertThat(e.perGroup()).extracting(EvaluationResult.GroupMetrics::group).containsExactly("O1", "O2");
        assertThat(e.ci95().resamples()).isEqualTo(100);
    }

    @Test
    void oneFoldHasNoBaseline(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, HEADER + "x1,a,a,0,O1,0.9,0.1\r\nx2,b,b,0,O2,0.4,0.6\r\n");
        EvaluationResult e = PredictionScores.evaluate(PredictionScores.read(f), "split", "label", null, false, 0, 1);
        assertThat(e.baseline()).isNull();
        assertThat(e.macroF1()).isEqualTo(1.0);
    }

    @Test
    void badFilesNameTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "id,predicted,p_a\r\nx1,a,1\r\n");
        assertThatThrownBy(() -> PredictionScores.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("p.csv, line 1: the header is id,predicted,p_a, expected id,gold,predicted,fold,group,p_<label>");
        Files.writeString(f, HEADER + "x1,a,a,0,O1,0.9,0.1\r\nx2,b,a,one,O1,0.6,0.4\r\n");
        assertThatThrownBy(() -> PredictionScores.read(f)).hasMessageContaining("p.csv, line 3, field 'fold': 'one' is not a fold number");
        Files.writeString(f, HEADER + "x1,a,a,0,O1,0.9\r\n");
        assertThatThrownBy(() -> PredictionScores.read(f)).hasMessageContaining("p.csv, line 2: 6 cells where the header has 7");
        Files.writeString(f, "id,gold,predicted,fold,group,p_a,outlet,p_b\r\nx1,a,a,0,O1,0.9,O1,0.1\r\n");
        assertThatThrownBy(() -> PredictionScores.read(f)).hasMessageContaining("field 'p_b': not an article field (outlet, date, title) after the probability columns");
    }

    @Test
    void articleFieldsAfterTheProbabilitiesAreRead(@TempDir Path dir) throws Exception {
        // the layout train --predictions-out writes by default (outlet and date), and with --with title
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "id,gold,predicted,fold,group,p_a,p_b,outlet,date,title\r\n"
                + "x1,a,a,0,O1,0.9,0.1,O1,2024-01-02,\"Cuts, \"\"deep\"\"\nand wide\"\r\nx2,b,b,1,O2,0.4,0.6,O2,,\r\n");
        PredictionScores.Read r = PredictionScores.read(f);
        assertThat(r.labels()).containsExactly("a", "b");
        assertThat(r.predictions()).hasSize(2);
        assertThat(r.predictions().get(1).probabilities()).containsExactly(0.4, 0.6);
    }
}
