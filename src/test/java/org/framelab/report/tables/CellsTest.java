package org.framelab.report.tables;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Feature values to 6 decimals: the fast rounding gives exactly the text BigDecimal gives. */
class CellsTest {
    static String reference(double v) {
        if (v == 0.0) return "0";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    @Test
    void sixDecimalsAsBigDecimalRoundsThem() {
        double[] edge = {0.1234565, 0.1234575, -0.1234565, 0.0012345, 0.00123450001, 9.9999995, 9.9999994, -9.9999999,
                999999.9999995, 0.0009999996, 0.001, 0.0015, 1.5, -2.25, 123456.1234564999, 0.5000005, 0.5000015,
                1e-7, -3e-7, 5e-7, 1.23e7, 1e20 + 0.5, 1234567.8912345, Double.MIN_VALUE, Double.MAX_VALUE, -0.0,
                Double.NaN, Double.POSITIVE_INFINITY, 2.0 / 3, -1.0 / 3, 0.1 + 0.2};
        for (double v : edge) assertThat(Cells.number(v)).as("%s", v).isEqualTo(reference(v));
        Random r = new Random(11);
        for (int i = 0; i < 300_000; i++) {
            double v = switch (i % 5) {
                case 0 -> r.nextDouble();
                case 1 -> r.nextGaussian() * 100;
                case 2 -> Math.round(r.nextDouble() * 1e7) / 1e7; // ties at the seventh decimal
                case 3 -> (r.nextInt(2_000_000) - 1_000_000) / 2e6 + r.nextInt(50);
                default -> Math.pow(10, r.nextInt(16) - 8) * r.nextDouble();
            };
            assertThat(Cells.number(v)).as("%s", v).isEqualTo(reference(v));
        }
    }
}
