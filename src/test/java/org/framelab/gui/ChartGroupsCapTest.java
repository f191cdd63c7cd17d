package org.framelab.gui;

import org.framelab.SharedData;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.util.Progress;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Compare view's chart of the AllSides sample by its 73 outlets shows the 10 with the most articles, as an exported
 * chart does (charts.max_groups), and says so in its title; 73 labels on one axis could not be read.
 */
class ChartGroupsCapTest {
    @Test
    void aChartOfManyGroupsShowsTheLargestTenAndSaysSo(@TempDir Path dir) throws Exception {
        Path sample = SharedData.require("datasets/allsides/jsons-sample"); // CI=true: fails when missing
        Corpus c = Corpora.read(sample, ReadOptions.defaults(), Progress.NONE);
        Pipelines.Spec spec = new Pipelines.Spec(List.of("stance"), Map.of(), List.of());
        Analyses.Comparison cmp = Analyses.compare(Pipelines.table(spec, c, Progress.NONE).table(), c, "outlet", List.of(), 42, Progress.NONE);
        assertThat(cmp.result().report().groups()).hasSize(73);

        Map<String, Long> n = new HashMap<>();
        for (String k : cmp.keys()) if (k != null) n.merge(k, 1L, Long::sum);
        Set<String> largest = n.keySet().stream().sorted(Comparator.comparingLong((String g) -> -n.get(g)).thenComparing(Comparator.naturalOrder()))
                .limit(10).collect(Collectors.toSet());
        assertThat(Analyses.chartGroups(cmp.keys(), cmp.result().report().groups())).isEqualTo(largest);

        for (int kind = 0; kind < 2; kind++) {
            JFreeChart chart = Analyses.chart(cmp, "stance.hedge.rate", kind);
            assertThat(chart.getTitle().getText()).as("kind %d", kind).endsWith("(10 largest of 73)");
            if (chart.getPlot() instanceof CategoryPlot p) {
                assertThat(p.getDataset().getColumnKeys()).as("kind %d", kind).hasSize(10);
                assertThat(p.getDataset().getColumnKeys().stream().map(Object::toString).collect(Collectors.toSet())).isEqualTo(largest);
            }
            String shots = System.getenv("FRAMELAB_SHOT_DIR");
            ChartUtils.saveChartAsPNG((shots == null ? dir : Path.of(shots)).resolve("compare-chart-73-" + kind + ".png").toFile(),
                    GuiCharts.themed(chart), 900, 560);
        }
        // a comparison of few groups shows them all
        assertThat(Analyses.chartGroups(new String[]{"a", "b", "b"}, List.of("a", "b"))).containsExactlyInAnyOrder("a", "b");
    }
}
