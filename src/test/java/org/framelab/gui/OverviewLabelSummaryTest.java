package org.framelab.gui;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Overview's label card gives each label field its own number of values: Lena's coding sheet (frame: 2 values,
 * tone: 3) read "frame, tone (2 values)", the first field's count after both names.
 */
class OverviewLabelSummaryTest {
    @Test
    void eachLabelFieldHasItsOwnCount() {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        labels.put("frame", List.of("Biased", "Non-biased"));
        assertThat(OverviewView.labelSummary(labels)).isEqualTo("frame (2 values)");
        labels.put("tone", List.of("1", "2", "3"));
        assertThat(OverviewView.labelSummary(labels)).isEqualTo("frame 2, tone 3 values");
        assertThat(OverviewView.labelSummary(Map.of())).isEqualTo("no label field");
    }
}
