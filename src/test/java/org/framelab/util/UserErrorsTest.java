package org.framelab.util;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

class UserErrorsTest {
    @Test
    void findsTheUsersMistakeWhereverItWasWrapped() {
        InputException bad = new InputException("a.csv, line 3: no text");
        assertThat(UserErrors.find(new UncheckedIOException(new IOException("wrapped", bad)))).isSameAs(bad);
        OptionException opt = new OptionException("min_df", 0, "at least 1");
        assertThat(UserErrors.find(new IllegalStateException("ablation", opt))).isSameAs(opt);
        assertThat(UserErrors.find(new IllegalArgumentException("index 3 out of bounds"))).isNull();
        assertThat(UserErrors.find(new NullPointerException())).isNull();
    }

    @Test
    void optionErrorsCarryKeyValueAndHint() {
        OptionException e = new OptionException("min_df", 0, "at least 1");
        assertThat(e.getMessage()).isEqualTo("Invalid min_df: '0' (at least 1)");
        assertThat(e.key()).isEqualTo("min_df");
        assertThat(e.value()).isEqualTo("0");
        assertThat(e.hint()).isEqualTo("at least 1");
        assertThat(e.messageFor("--min-df")).isEqualTo("Invalid --min-df: '0' (at least 1)");
        assertThat(new OptionException("folds", "1 (2..20)").messageFor("classifier.folds")).isEqualTo("Invalid classifier.folds: 1 (2..20)");
    }
}
