package org.framelab.app;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The tuning's nested check of the goal ({@link GoalCheck.Calibration}) on hand-made sums whose answer is counted by
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
        List<GoalCheck.Calibration> c = GoalCheck.calibrate(folds(), words, spanWords, NO_GATE, NO_EXPANSION, 8, 0, false);
        // margin 0 (the estimate itself must reach the goal). inner goal 8: without fold 1 the loose point pools (40+32)/200 = 0.36 -> 7.2x, so the strict point is chosen and
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
        assertThat(GoalCheck.innerGoal(c, 8, 0)).isEqualTo(8.25);
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
        List<GoalCheck.Calibration> c = List.of(new GoalCheck.Calibration(8, 7.1, 0.2, 0.5, 10),
                new GoalCheck.Calibration(8.25, 7.6, 0.9, 0.4, 8), new GoalCheck.Calibration(8.5, 7.3, 0.1, 0.3, 5));
        assertThat(GoalCheck.innerGoal(c, 8, 0)).isEqualTo(8.25);
        // less one SE: 6.9, 6.7, 7.2: the last came closest
        assertThat(GoalCheck.innerGoal(c, 8, 1)).isEqualTo(8.5);
        assertThat(GoalCheck.innerGoal(List.of(), 8, 1)).isEqualTo(8.0);
    }

    @Test
    void withAMarginOfOneTheGoalMustBeReachedByOneJackknifeStandardErrorBelowTheEstimate() {
        long[] words = {1000, 1000, 1000}, spanWords = {50, 50, 50};
        List<GoalCheck.Calibration> c = GoalCheck.calibrate(folds(), words, spanWords, NO_GATE, NO_EXPANSION, 8, 1, false);
        // inner goal 8, left-out (hits, in spans) by fold: (50, 25), (100, 40), (100, 32); pooled 97 / 250 -> 7.76x.
        // Deleting one fold (its hits and its 1,000 words, 50 in spans; chance stays 0.05): without fold 1 72 / 200 -> 7.2x,
        // without fold 2 57 / 150 -> 7.6x, without fold 3 65 / 150 -> 8.667x; SE = sqrt(2/3 * sum of squared deviations).
        double t3 = 65.0 / 150 / 0.05, mean0 = (7.2 + 7.6 + t3) / 3;
        double se0 = Math.sqrt(2.0 / 3 * ((7.2 - mean0) * (7.2 - mean0) + (7.6 - mean0) * (7.6 - mean0) + (t3 - mean0) * (t3 - mean0)));
        assertThat(c.get(0).se()).isCloseTo(se0, within(1e-9));
        // inner goals 8.25 to 9: (50, 25), (50, 25), (100, 32), pooled 8.2x; deleting a fold: 57 / 150 -> 7.6x twice,
        // 50 / 100 -> 10x; mean 8.4, SE = sqrt(2/3 * (0.64 + 0.64 + 2.56)) = 1.6; 8.2 - 1.6 = 6.6 < 8: raised on.
        for (int i = 1; i <= 4; i++) {
            assertThat(c.get(i).enrichment()).isCloseTo(8.2, within(1e-9));
            assertThat(c.get(i).se()).isCloseTo(1.6, within(1e-9));
            assertThat(c.get(i).reaches(8, 1)).isFalse();
            assertThat(c.get(i).reaches(8, 0)).isTrue();
        }
        // at 9.25 the loose point (9x without fold 3) is chosen nowhere: the strict point, 10x in every fold, SE 0
        assertThat(c).hasSize(6);
        assertThat(c.get(5).innerGoal()).isEqualTo(9.25);
        assertThat(c.get(5).enrichment()).isCloseTo(10, within(1e-9));
        assertThat(c.get(5).se()).isCloseTo(0, within(1e-9));
        assertThat(GoalCheck.innerGoal(c, 8, 1)).isEqualTo(9.25);
    }
}
