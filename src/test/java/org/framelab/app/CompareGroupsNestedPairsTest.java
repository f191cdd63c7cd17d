package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;
import org.framelab.report.ReportData.PairRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Which groups differ in a nested design: Games-Howell on the outlet means comes first (level cluster), starred after the
 * one-way ANOVA on outlet means; the article-level pairs follow, never starred. The outlet means are those of
 * {@code stats.ClusterPairsTest} (a 1.0 1.4 1.2 | b 3.0 3.6 3.3 2.9 | c 1.6 2.4 2.0 | d 5.0), whose numbers were computed
 * by hand in Python: the one-way ANOVA on a, b, c (d, one outlet, left out) F = 35.52, p = 0.000216 (SciPy's f_oneway).
 */
class CompareGroupsNestedPairsTest {
    static final String[][] OUTLETS = {{"A1", "a", "1.0"}, {"A2", "a", "1.4"}, {"A3", "a", "1.2"}, {"B1", "b", "3.0"}, {"B2", "b", "3.6"},
            {"B3", "b", "3.3"}, {"B4", "b", "2.9"}, {"C1", "c", "1.6"}, {"C2", "c", "2.4"}, {"C3", "c", "2.0"}, {"D1", "d", "5.0"}};

    /** 4 articles per outlet at its mean -0.3, -0.1, +0.1, +0.3 (feature f); g: the same within-outlet spread around 2 everywhere. */
    static CompareGroupsClusterTest.Data nested() {
        List<FeatureTable.Row> rows = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        double[] offsets = {-0.3, -0.1, 0.1, 0.3};
        for (String[] o : OUTLETS) {
            for (int i = 0; i < offsets.length; i++) {
                String id = o[0] + "-" + i;
                double f = Double.parseDouble(o[2]) + offsets[i];
                double g = 2 + offsets[(i + o[0].length()) % 4] * (o[0].charAt(1) - '0');
                rows.add(new FeatureTable.Row(id, o[0], null, Map.of("leaning", o[1]), new SparseVector(new int[]{0, 1}, new double[]{f, g})));
                articles.add(new Article(id, "", "text", o[0], null, "", List.of(), Map.of("leaning", o[1]), Map.of(), List.of()));
            }
        }
        List<FeatureColumn> cols = List.of(new FeatureColumn("f", "test", "a feature", "rate", ""), new FeatureColumn("g", "test", "no difference", "rate", ""));
        return new CompareGroupsClusterTest.Data(new FeatureTable(cols, rows), articles);
    }

    @Test
    void outletLevelPairsComeFirstAndAreStarredAfterTheAnovaOnOutletMeans() {
        CompareGroupsClusterTest.Data d = nested();
        CompareGroups.Result r = CompareGroups.run(d.table(), d.articles(), CompareGroups.Request.of("leaning"), Progress.NONE);
        TestRow anova = r.tests().stream().filter(t -> t.feature().equals("f") && t.test().equals("One-way ANOVA on outlet means")).findFirst().orElseThrow();
        assertThat(anova.statistic()).isCloseTo(35.52, within(1e-9));
        assertThat(anova.p()).isCloseTo(0.00021613879580974796, within(1e-12));
        assertThat(anova.significant()).isTrue();

        List<PairRow> cluster = r.pairwise().stream().filter(p -> p.level().equals(TestRow.CLUSTER)).toList();
        assertThat(r.pairwise().subList(0, cluster.size())).isEqualTo(cluster); // first
        assertThat(cluster).hasSize(12).allMatch(p -> p.test().equals("Games-Howell on outlet means"));
        List<PairRow> f = cluster.stream().filter(p -> p.feature().equals("f")).toList();
        assertThat(f).extracting(p -> p.groupA() + "-" + p.groupB()).containsExactly("a-b", "a-c", "a-d", "b-c", "b-d", "c-d");
        assertThat(f.get(0).pAdjusted()).isCloseTo(0.0003873607092190756, within(1e-7));
        assertThat(f.get(1).pAdjusted()).isCloseTo(0.10690469974191275, within(1e-6));
        assertThat(f.get(3).pAdjusted()).isCloseTo(0.03096364798147211, within(1e-6));
        assertThat(f.get(0).nA()).isEqualTo(3);
        assertThat(f.get(0).nB()).isEqualTo(4);
        assertThat(f.get(0).difference()).isCloseTo(-2.0, within(1e-12));
        assertThat(f).extracting(PairRow::significant).containsExactly(true, false, false, true, false, false);
        // d has one outlet: its pairs are there, not computed, and say why; the warning says so too
        assertThat(f.get(2).note()).isEqualTo("not computed: fewer than 2 outlets with a value in d (1)");
        assertThat(f.get(2).pAdjusted()).isNaN();
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("leaning d has fewer than 2 outlets") && w.contains("nor its outlet-level pairs"));
        // g does not differ between the outlets: its ANOVA is not significant and none of its pairs is starred
        assertThat(r.tests().stream().filter(t -> t.feature().equals("g") && !t.articleLevel())).noneMatch(TestRow::significant);
        assertThat(cluster.stream().filter(p -> p.feature().equals("g"))).noneMatch(PairRow::significant);
        // the article-level pairs follow, Games-Howell and Dunn, never starred although a-b differs beyond doubt among 28 articles
        List<PairRow> article = r.pairwise().subList(cluster.size(), r.pairwise().size());
        assertThat(article).hasSize(24).allMatch(p -> p.level().equals(TestRow.ARTICLE) && !p.significant());
        assertThat(article.get(0).pAdjusted()).isLessThan(1e-6);
    }

    @Test
    void notNestedNoOutletLevelPairs() {
        CompareGroupsClusterTest.Data d = nested();
        CompareGroups.Request none = new CompareGroups.Request("leaning", List.of(), 0.05, "holm", CompareGroups.NO_CLUSTERS, 42);
        CompareGroups.Result r = CompareGroups.run(d.table(), d.articles(), none, Progress.NONE);
        assertThat(r.pairwise()).hasSize(24).allMatch(p -> p.level().equals(TestRow.ARTICLE));
        assertThat(r.pairwise()).anyMatch(PairRow::significant); // not clustered: the article-level pairs decide
    }
}
