package org.framelab.app;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The tuning's nested check of the goal ({@link LexiconTuning.Calibration}) on hand-made sums whose answer is counted by
 * hand below: a loose point whose pooled enrichment just clears the goal because one inner fold was lucky, and a strict
 * point that clears it in every fold.
 */
class LexiconTuningCalibrationTest {
    private static final List<Double> NO_GATE = List.of(Double.NaN);
    private static final List<LexiconTuning.ExpandPoint> NO_EXPANSION = List.of(new LexiconTuning.ExpandPoint(Double.NaN, false));
    private static final int GRID = LexiconTuning.MIN_ANNOTATED.size() * LexiconTuning.MIN_LOG_ODDS.size();

    /**
     * Three folds of 1,000 word tokens, 50 inside spans (chance rate 0.05), 40 spans each. Point 0 (loose): 100 hits per
     * fold, 50 / 40 / 32 inside spans (enrichment 10, 8, 6.4 by fold), 30 spans found per fold. Point 1 (strict): 50 hits,
     * 25 inside spans (10x) and 20 spans found in every fold. Every other point has no hit.
     */
    private static long[][][] folds() {
        long[][][] f = new long[3][GRID][7];
        long[] loose = {50, 40, 32};
        for (int i = 0; i < 3; i++) {
            for (long[] s : f[i]) s[2] = 40;
            f[i][0][0] = 100;
            f[i][0][1] = loose[i];
            f[i][0][3] = 30;
            f[i][1][0] = 50;
            f[i][1][1] = 25;
            f[i][1][3] = 20;
        }
        return f;
    }

    @Test
    void theGoalIsRaisedUntilTheChoiceReachesItOnTheFoldsLeftOut() {
        long[] words = {1000, 1000, 1000}, spanWords = {50, 50, 50};
        List<LexiconTuning.Calibration> c = LexiconTuning.calibrate(folds(), words, spanWords, NO_GATE, NO_EXPANSION, 8, false);
        // inner goal 8: without fold 1 the loose point pools (40+32)/200 = 0.36 -> 7.2x, so the strict point is chosen and
        // measured on fold 1 (50 hits, 25 in spans, 20 found); without fold 2: (50+32)/200 -> 8.2x, loose, measured on fold 2
        // (100, 40, 30); without fold 3: 9x, loose (100, 32, 30). Pooled: 97 / 250 / 0.05 = 7.76x, recall 80 / 120.
        // inner goal 8.25: without fold 2 the loose point's 8.2x no longer clears it: strict on fold 2 (50, 25, 20).
        // Pooled: 82 / 200 / 0.05 = 8.2x >= 8, recall 70 / 120: the check stops there.
        assertThat(c).hasSize(2);
        assertThat(c.get(0).innerGoal()).isEqualTo(8.0);
        assertThat(c.get(0).hits()).isEqualTo(250);
        assertThat(c.get(0).enrichment()).isCloseTo(7.76, within(1e-9));
        assertThat(c.get(0).recall()).isCloseTo(80.0 / 120, within(1e-12));
        assertThat(c.get(1).innerGoal()).isEqualTo(8.25);
        assertThat(c.get(1).hits()).isEqualTo(200);
        assertThat(c.get(1).enrichment()).isCloseTo(8.2, within(1e-9));
        assertThat(c.get(1).recall()).isCloseTo(70.0 / 120, within(1e-12));
        assertThat(LexiconTuning.innerGoal(c, 8)).isEqualTo(8.25);
    }

    @Test
    void theChoiceAtTheRaisedGoalIsTheStrictPoint() {
        long[][] total = new long[GRID][7];
        for (long[][] fold : folds()) for (int p = 0; p < GRID; p++) for (int j = 0; j < 7; j++) total[p][j] += fold[p][j];
        List<LexiconTuning.Point> grid = LexiconTuning.points(total, 3000, 150, NO_GATE, NO_EXPANSION);
        // pooled: loose (50+40+32)/300/0.05 = 8.13x at recall 90/120; strict 10x at 60/120
        assertThat(grid.get(0).enrichment()).isCloseTo(122.0 / 300 / 0.05, within(1e-9));
        assertThat(LexiconTuning.choose(grid, 8, false)).isSameAs(grid.get(0));
        assertThat(LexiconTuning.choose(grid, 8.25, false)).isSameAs(grid.get(1));
        // no point reaches 12x: the one of highest enrichment
        assertThat(LexiconTuning.choose(grid, 12, false)).isSameAs(grid.get(1));
    }

    @Test
    void withoutAStepThatReachesTheGoalTheClosestIsUsed() {
        List<LexiconTuning.Calibration> c = List.of(new LexiconTuning.Calibration(8, 7.1, 0.5, 10),
                new LexiconTuning.Calibration(8.25, 7.6, 0.4, 8), new LexiconTuning.Calibration(8.5, 7.3, 0.3, 5));
        assertThat(LexiconTuning.innerGoal(c, 8)).isEqualTo(8.25);
        assertThat(LexiconTuning.innerGoal(List.of(), 8)).isEqualTo(8.0);
    }
}
