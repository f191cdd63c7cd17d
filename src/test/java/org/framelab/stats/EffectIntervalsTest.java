package org.framelab.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Effect-size intervals against independent reference values: scipy 1.17.1's {@code stats.ncf.cdf}
 * and a Brent root search of the same inversion ({@code optimize.brentq}, xtol 1e-12):
 * <pre>
 * stats.ncf.cdf(3.2, 2, 57, 5.0) = 0.5248752579413921; stats.ncf.cdf(10, 3, 200, 25) = 0.6054877694504314
 * eta_ci(0.10, [20,20,20]) = (0.0, 0.24148103018656455); eta_ci(0.9742, [3,3,3]) = (0.8239845171684178, 0.9840141153209407)
 * </pre>
 */
class EffectIntervalsTest {
    @Test
    void noncentralFCdfMatchesScipy() {
        assertThat(EffectIntervals.ncfCdf(3.2, 2, 57, 0)).isCloseTo(0.9518174770388598, within(1e-10));
        assertThat(EffectIntervals.ncfCdf(3.2, 2, 57, 5.0)).isCloseTo(0.5248752579413921, within(1e-10));
        assertThat(EffectIntervals.ncfCdf(10.0, 3, 200, 25.0)).isCloseTo(0.6054877694504314, within(1e-10));
        assertThat(EffectIntervals.ncfCdf(1.5, 4, 1000, 0.7)).isCloseTo(0.7220173345115092, within(1e-10));
    }

    @Test
    void etaSquaredIntervalsMatchTheReferenceInversion() {
        double[] a = EffectIntervals.of(EffectSizes.ETA_SQUARED, 0.10, List.of(20, 20, 20));
        assertThat(a[0]).isEqualTo(0.0);
        assertThat(a[1]).isCloseTo(0.24148103018656455, within(1e-7));
        double[] b = EffectIntervals.of(EffectSizes.ETA_SQUARED, 0.02, List.of(100, 120, 80, 90));
        assertThat(b[0]).isEqualTo(0.0);
        assertThat(b[1]).isCloseTo(0.04920057755772973, within(1e-7));
        // three outlets per group as in the demo's outlet-level test: wide but bounded away from 0
        double[] c = EffectIntervals.of(EffectSizes.ETA_SQUARED, 0.9742, List.of(3, 3, 3));
        assertThat(c[0]).isCloseTo(0.8239845171684178, within(1e-7));
        assertThat(c[1]).isCloseTo(0.9840141153209407, within(1e-7));
    }

    @Test
    void cohensDUsesHedgesOlkinStandardError() {
        // d = 0.5, n = 30 + 30: SE^2 = 60/900 + 0.25/120 = 0.068750, SE = 0.262202; z = 1.959964
        double[] d = EffectIntervals.of(EffectSizes.COHENS_D, 0.5, List.of(30, 30));
        assertThat(d[0]).isCloseTo(0.5 - 1.959964 * 0.262202, within(1e-5));
        assertThat(d[1]).isCloseTo(0.5 + 1.959964 * 0.262202, within(1e-5));
    }

    @Test
    void rankBasedEffectsHaveNoIntervalHere() {
        assertThat(EffectIntervals.of(EffectSizes.CLIFFS_DELTA, 0.3, List.of(10, 10))).containsOnly(Double.NaN);
        assertThat(EffectIntervals.of(EffectSizes.EPSILON_SQUARED, 0.1, List.of(10, 10, 10))).containsOnly(Double.NaN);
        assertThat(EffectIntervals.of(EffectSizes.COHENS_D, Double.NaN, List.of(10, 10))).containsOnly(Double.NaN);
    }
}
