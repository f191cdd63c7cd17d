package org.framelab.app;

import org.framelab.model.TextLengths;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The threshold of {@link LengthCheck} and the percentiles of {@link TextLengths}. */
class LengthCheckTest {
    private static TextLengths median(int m) {
        return new TextLengths(100, 0, m, m * 2 + 1);
    }

    @Test
    void warnsBelowAQuarterAndAboveFourTimesTheTrainingMedian() {
        TextLengths training = median(400);
        assertThat(LengthCheck.warning(training, median(99), "texts to predict"))
                .startsWith("The texts to predict are far shorter than the model's training texts: median 99 tokens")
                .contains("against a training median of 400 tokens").contains("(4.0x shorter)").contains("below 1/4 of the training median");
        assertThat(LengthCheck.warning(training, median(100), "texts to predict")).isEmpty();
        assertThat(LengthCheck.warning(training, median(1600), "texts to predict")).isEmpty();
        assertThat(LengthCheck.warning(training, median(1601), "texts to predict"))
                .contains("far longer").contains("above 4 times the training median");
        assertThat(LengthCheck.warning(training, median(0), "texts to predict")).contains("far shorter").doesNotContain("x shorter)");
    }

    @Test
    void saysNothingWithoutTheFigures() {
        assertThat(LengthCheck.warning(null, median(3), "texts to predict")).isEmpty();
        assertThat(LengthCheck.warning(median(400), null, "texts to predict")).isEmpty();
        assertThat(LengthCheck.warning(median(0), median(3), "texts to predict")).isEmpty();
    }

    @Test
    void percentilesAreNearestRank() {
        TextLengths.Counter c = new TextLengths.Counter();
        for (int i = 1; i <= 100; i++) c.add(i);
        TextLengths l = c.lengths();
        assertThat(l.texts()).isEqualTo(100);
        assertThat(l.p5()).isEqualTo(5);
        assertThat(l.median()).isEqualTo(50);
        assertThat(l.p95()).isEqualTo(95);
        assertThat(new TextLengths.Counter().lengths()).isNull();
        assertThat(l.describe()).isEqualTo("median 50 tokens (5th-95th percentile 5-95; 100 texts)");
    }
}
