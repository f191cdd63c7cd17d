package org.framelab.stats;

import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Average ranks from a primitive sort equal those of the index sort, bit for bit; t(0.975) from the cache equals a fresh one. */
class RanksTest {
    @Test
    void averageRanksWithTies() {
        assertThat(Ranks.average(new double[]{3, 1, 2, 2, 5})).containsExactly(4, 1, 2.5, 2.5, 5);
        assertThat(Ranks.average(new double[]{})).isEmpty();
        assertThat(Ranks.average(new double[]{7})).containsExactly(1);
    }

    @Test
    void primitiveSortGivesTheRanksOfTheIndexSort() {
        Random r = new Random(7);
        double[] specials = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE};
        for (int round = 0; round < 300; round++) {
            int n = r.nextInt(400);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(10);
                v[i] = kind == 0 ? specials[r.nextInt(specials.length)] : kind < 5 ? r.nextInt(12) : kind < 7 ? r.nextInt(5) / 4.0 : r.nextGaussian();
            }
            if (round % 50 == 0 && n > 2) v[1] = Double.NaN; // the index sort's path
            assertThat(Ranks.average(v)).as("round %s", round).containsExactly(Ranks.byIndex(v));
        }
    }

    @Test
    void cachedTQuantileEqualsAFreshOne() {
        for (int df = 1; df < 400; df += 7) {
            assertThat(Descriptives.t975(df)).isEqualTo(TDistribution.of(df).inverseCumulativeProbability(0.975));
            assertThat(Descriptives.t975(df)).isEqualTo(TDistribution.of(df).inverseCumulativeProbability(0.975));
        }
    }
}
