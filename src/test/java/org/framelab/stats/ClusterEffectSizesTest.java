package org.framelab.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Effect sizes of the crossed design's tests with three groups, against hand computations. */
class ClusterEffectSizesTest {
    @Test
    void marginalR2IsTheShareOfTheGroupMeansVariance() {
        // means 1, 2, 4 (intercept 1, betas 1 and 3) over 2, 2 and 4 rows: grand mean (2 + 4 + 16) / 8 = 2.75;
        // sigma_f^2 = (2 * 1.75^2 + 2 * 0.75^2 + 4 * 1.25^2) / 8 = (6.125 + 1.125 + 6.25) / 8 = 1.6875
        MixedModel.Fit fit = new MixedModel.Fit(List.of("a", "b", "c"), new double[]{1, 1, 3}, new double[3], new double[3][3],
                new double[3], 0.5, 2.0, 0, new int[]{2, 2, 4}, 8, 4, false, "");
        assertThat(ClusterTests.marginalR2(fit)).isCloseTo(1.6875 / (1.6875 + 0.5 + 2.0), within(1e-12));
    }

    @Test
    void etaSquaredOfTheGroupMeans() {
        // groups: {1, 3} mean 2, {5, 7} mean 6, {9} mean 9; grand mean 5; between 2*9 + 2*1 + 16 = 36; total 16+4+0+4+16 = 40
        double[] v = {1, 3, 5, 7, 9};
        int[] g = {0, 0, 1, 1, 2};
        assertThat(ClusterTests.etaSquared(v, g, 3)).isCloseTo(36.0 / 40.0, within(1e-12));
    }
}
