package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;
import org.framelab.report.ReportData.TestRow;
import org.framelab.stats.ClusterDesign;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The application layer decides significance by the cluster-aware tests when the articles are clustered in outlets. */
class CompareGroupsClusterTest {
    record Data(FeatureTable table, List<Article> articles) {}

    /**
     * 4 outlets, 2 per leaning, 50 articles each. Feature {@code f}: outlet means L1 1, L2 3 | R1 2, R2 4 (+-0.2 within):
     * articles left 2 vs right 3, Welch p far below 0.05; outlets {1, 3} vs {2, 4}: Welch t = -0.707, p = 0.553, permutation
     * p = 4/6. Feature {@code g}: a period effect within outlets (2021 articles 1 higher) for the crossed design.
     */
    static Data fourOutlets() {
        List<FeatureTable.Row> rows = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        String[][] outlets = {{"L1", "left", "1"}, {"L2", "left", "3"}, {"R1", "right", "2"}, {"R2", "right", "4"}};
        for (String[] o : outlets) {
            for (int i = 0; i < 50; i++) {
                String id = o[0] + "-" + i;
                LocalDate date = LocalDate.of(i % 2 == 0 ? 2020 : 2021, 3, 1 + i % 20);
                double f = Double.parseDouble(o[2]) + 0.1 * (i % 5 - 2);
                double g = f + (i % 2) + 0.05 * (i % 3);
                rows.add(new FeatureTable.Row(id, o[0], date, Map.of("leaning", o[1]), new SparseVector(new int[]{0, 1}, new double[]{f, g})));
                articles.add(new Article(id, "", "text", o[0], date, "", List.of(), Map.of("leaning", o[1]), Map.of(), List.of()));
            }
        }
        List<FeatureColumn> cols = List.of(new FeatureColumn("f", "test", "a feature", "rate", ""),
                new FeatureColumn("g", "test", "another", "rate", ""));
        return new Data(new FeatureTable(cols, rows), articles);
    }

    @Test
    void nestedDesignSignificanceComesFromTheOutletLevelTests() {
        Data d = fourOutlets();
        CompareGroups.Result r = CompareGroups.run(d.table(), d.articles(), CompareGroups.Request.of("leaning"), Progress.NONE);
        assertThat(r.clustered()).isTrue();
        assertThat(r.design().kind()).isEqualTo(ClusterDesign.Kind.NESTED);
        assertThat(r.designWarning()).isEqualTo("leaning is constant within each of the 4 outlets (outlet): articles are not independent "
                + "observations. The outlet-level test (n = 4 outlets) and the cluster permutation test are the valid ones; article-level "
                + "p values are shown for reference only.");
        assertThat(r.warnings()).anyMatch(w -> w.contains("the smallest possible permutation p is 0.333"));
        // the cluster-aware rows first, then the article-level ones
        assertThat(r.tests().get(0).test()).isEqualTo("Welch t-test on outlet means");
        assertThat(r.tests().get(0).level()).isEqualTo(TestRow.CLUSTER);
        assertThat(r.tests().get(0).p()).isCloseTo(0.5527864045000421, within(1e-9));
        assertThat(r.tests().get(1).test()).isEqualTo("Permutation test across outlet (cluster labels)");
        assertThat(r.tests().get(1).p()).isCloseTo(2.0 / 3, within(1e-12));
        TestRow article = r.tests().stream().filter(t -> t.articleLevel() && t.feature().equals("f") && t.test().equals("Welch t-test"))
                .findFirst().orElseThrow();
        assertThat(article.pHolm()).isLessThan(1e-5);   // "significant" if articles were independent
        assertThat(article.significant()).isFalse();     // but never marked when clustered
        assertThat(r.tests()).noneMatch(TestRow::significant);
        assertThat(r.decisive()).allMatch(t -> !t.articleLevel()).hasSize(4);
        assertThat(r.clusterRows().designs()).singleElement().satisfies(x -> {
            assertThat(x.design()).isEqualTo("nested");
            assertThat(x.clustersPerGroup()).isEqualTo("left 2, right 2");
        });
        assertThat(r.clusterRows().permutation()).hasSize(2).allSatisfy(p -> {
            assertThat(p.method()).isEqualTo("exact");
            assertThat(p.permutations()).isEqualTo(6);
            assertThat(p.smallestP()).isCloseTo(1.0 / 3, within(1e-12));
        });
        assertThat(r.clusterRows().icc()).hasSize(2);
    }

    @Test
    void periodsVaryWithinOutletsSoTheMixedModelDecides() {
        Data d = fourOutlets();
        CompareGroups.Result r = CompareGroups.run(d.table(), d.articles(), CompareGroups.Request.of("year"), Progress.NONE);
        assertThat(r.design().kind()).isEqualTo(ClusterDesign.Kind.CROSSED);
        assertThat(r.designWarning()).startsWith("year varies within 4 of the 4 outlets (outlet)");
        TestRow mixed = r.tests().stream().filter(t -> t.feature().equals("g")).findFirst().orElseThrow();
        assertThat(mixed.level()).isEqualTo(TestRow.MIXED);
        assertThat(mixed.test()).isEqualTo("Mixed model Wald z (outlet random intercept)");
        assertThat(mixed.significant()).isTrue();   // the within-outlet period effect of g is large
        assertThat(mixed.effect()).isNegative();      // 2020 minus 2021
        assertThat(r.clusterRows().mixed()).filteredOn(m -> m.feature().equals("g") && !m.reference()).singleElement()
                .satisfies(m -> assertThat(m.coefficient()).isCloseTo(1.0, within(0.05)));
        assertThat(r.clusterRows().permutation()).isEmpty();
        assertThat(r.bySignificance().get(0)).isEqualTo("g");
    }

    @Test
    void clusterByNoneAndUnknownFields() {
        Data d = fourOutlets();
        CompareGroups.Result off = CompareGroups.run(d.table(), d.articles(),
                new CompareGroups.Request("leaning", List.of(), 0.05, "holm", "none", 42), Progress.NONE);
        assertThat(off.clustered()).isFalse();
        assertThat(off.designWarning()).isEmpty();
        assertThat(off.tests()).allMatch(TestRow::articleLevel).anyMatch(TestRow::significant);
        CompareGroups.Result byOutlet = CompareGroups.run(d.table(), d.articles(), CompareGroups.Request.of("outlet"), Progress.NONE);
        assertThat(byOutlet.clustered()).isFalse();   // grouping by the cluster field itself
        assertThatThrownBy(() -> CompareGroups.run(d.table(), d.articles(),
                new CompareGroups.Request("leaning", List.of(), 0.05, "holm", "publisher", 42), Progress.NONE))
                .isInstanceOf(OptionException.class).hasMessageContaining("publisher").hasMessageContaining("no article has a value");
    }
}
