package org.framelab.study;

import org.framelab.chart.ChartKindsTest;
import org.framelab.chart.ChartSpec;
import org.framelab.features.FeatureColumn;
import org.framelab.report.ReportData;
import org.framelab.report.ReportFixtures;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts a study chooses speak in readable labels: no column id in a title, panel title or axis label. */
class StudyChartsTest {
    @Test
    void chartsUseLabelsNotColumnIds(@TempDir Path dir) {
        ReportData d = ReportFixtures.sample(null, true);
        List<StudyCharts.Named> specs = StudyCharts.specs(StudyOutputsTest.study(dir), d, List.of("leaning"));
        assertThat(specs).extracting(StudyCharts.Named::name).contains("means_by_leaning", "terms_scare_quotes", "top_features");
        for (StudyCharts.Named n : specs) {
            JFreeChart chart = ChartSpec.build(n.spec());
            for (String text : ChartKindsTest.texts(chart)) {
                assertThat(ChartKindsTest.ID.matcher(text).find()).as(n.name() + ": '" + text + "'").isFalse();
                for (FeatureColumn c : d.columns()) assertThat(text).as(n.name()).doesNotContain(c.name());
            }
        }
        // the fixture's columns are labelled from their definitions
        assertThat(StudyCharts.label(StudyCharts.columns(d), d.columns().get(0).name())).isEqualTo("Occurrences of feature 0 per 1,000 tokens");
    }
}
