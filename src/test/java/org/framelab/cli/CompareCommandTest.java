package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CompareCommandTest {
    static final String DEMO = "datasets/demo/articles.jsonl";
    static final String TWO = "src/test/resources/stats/two-outlets.csv";


    @Test
    void twoOutletsGetWelchAndMannWhitney(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("tests.csv");
        Run r = new Run("compare", TWO, "--group-by", "outlet", "--features", "attribution.said.count,quotation.scare.count",
                "--json", "-o", csv.toString());
        assertThat(r.code).as(r.err.toString()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("groups").toString()).isEqualTo("[\"Alpha Daily\",\"Beta Times\"]");
        assertThat(j.get("rowsWithoutGroup").asInt()).isEqualTo(1);   // c0 has no outlet
        JsonNode t = j.get("tests");
        assertThat(t).hasSize(4);
        assertThat(t.get(0).get("test").asText()).isEqualTo("Welch t-test");
        assertThat(t.get(1).get("test").asText()).isEqualTo("Mann-Whitney U");
        // 'said' per article: Alpha [1,2,1,1,1,1], Beta all 0. SciPy ttest_ind(equal_var=False): t = 7.0, df = 5,
        // p = 0.0009167475143984042; mannwhitneyu(method='asymptotic'): U = 36, p = 0.0018205326093252568
        assertThat(t.get(0).get("statistic").asDouble()).isCloseTo(7.0, within(1e-9));
        assertThat(t.get(0).get("p").asDouble()).isCloseTo(0.0009167475143984042, within(1e-12));
        assertThat(t.get(1).get("statistic").asDouble()).isEqualTo(36.0);
        assertThat(t.get(1).get("p").asDouble()).isCloseTo(0.0018205326093252568, within(1e-12));
        assertThat(t.get(1).get("effectName").asText()).isEqualTo("Cliff's delta");
        assertThat(t.get(1).get("effect").asDouble()).isEqualTo(1.0);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv))).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(Double.parseDouble(rows.get(0).get("p"))).isEqualTo(t.get(0).get("p").asDouble());
        assertThat(rows.get(0).get("n")).isEqualTo("6|6");
    }

    /**
     * Demo corpus by leaning. Checked by hand for the nine-outlet demo: the feature values written by
     * {@code framelab features} gave, in SciPy 1.17, f_oneway F = 24.185, Welch F = 27.401 and kruskal
     * H = 36.293 for attribution.evaluative.rate, as this command did. The assertions below do not pin those
     * numbers (they move whenever the attribution lexicon is refined); they check the structure and
     * the demo corpus's designed contrast (partisan outlets use far more evaluative verbs).
     */
    @Test
    void demoCorpusByLeaning(@TempDir Path dir) throws Exception {
        Path desc = dir.resolve("desc.csv");
        Run r = new Run("compare", DEMO, "--group-by", "leaning", "--features",
                "attribution.evaluative.rate,quotation.scare.count", "--crosstab", "topic", "--json", "--descriptives", desc.toString());
        assertThat(r.code).as(r.err.toString()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("groups").toString()).isEqualTo("[\"center\",\"left\",\"right\"]");
        JsonNode t = j.get("tests");
        assertThat(t).hasSize(6);
        assertThat(t.get(0).get("test").asText()).isEqualTo("One-way ANOVA");
        assertThat(t.get(0).get("p").asDouble()).isLessThan(1e-8);            // evaluative verbs: partisan vs centre
        assertThat(t.get(3).get("feature").asText()).isEqualTo("quotation.scare.count");
        assertThat(t.get(3).get("p").asDouble()).isLessThan(1e-10);           // scare quotes: partisan vs centre
        assertThat(t.get(2).get("test").asText()).isEqualTo("Kruskal-Wallis H");
        assertThat(t.get(2).get("effectName").asText()).isEqualTo("epsilon squared");
        JsonNode means = t.get(0).get("means");
        assertThat(means.get(1).asDouble()).isGreaterThan(2 * means.get(0).asDouble());   // left vs center
        assertThat(means.get(2).asDouble()).isGreaterThan(2 * means.get(0).asDouble());   // right vs center
        assertThat(t.get(0).get("n").toString()).isEqualTo("[78,75,80]");
        for (JsonNode x : t) {
            assertThat(x.get("pHolm").asDouble()).isGreaterThanOrEqualTo(x.get("p").asDouble());
            assertThat(x.get("pBh").asDouble()).isLessThanOrEqualTo(x.get("pHolm").asDouble());
        }
        assertThat(j.get("chiSquare").get("n").asInt()).isEqualTo(233);
        assertThat(Files.readString(desc)).startsWith("feature,group,n,missing,mean");
        // same input, same numbers
        Run again = new Run("compare", DEMO, "--group-by", "leaning", "--features",
                "attribution.evaluative.rate,quotation.scare.count", "--crosstab", "topic", "--json");
        assertThat(again.out.toString()).isEqualTo(r.out.toString());
    }

    /**
     * Leaning is constant within each of the demo's 9 outlets (3 per leaning): the warning and the outlet-level tests
     * (ANOVA on 9 outlet means, exact permutation over the 9!/(3!3!3!) = 1,680 assignments) come first, the
     * article-level ones after them, unstarred.
     */
    @Test
    void demoByLeaningShowsTheWarningAndOutletLevelFirst(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("tests.csv");
        Run r = new Run("compare", DEMO, "--group-by", "leaning", "--features", "stance.hedge.rate,quotation.scare.count", "-o", csv.toString());
        assertThat(r.code).as(r.err.toString()).isZero();
        String out = r.out.toString();
        assertThat(out).contains("WARNING: leaning is constant within each of the 9 outlets (outlet): articles are not independent observations. "
                + "The outlet-level test (n = 9 outlets) and the cluster permutation test are the valid ones; article-level p values are "
                + "shown for reference only.");
        int outletLevel = out.indexOf("Outlet-level tests (unit: the outlet; n = 9 outlets: center 3, left 3, right 3)");
        int articleLevel = out.indexOf("Article-level tests (assume independent articles");
        assertThat(out.indexOf("WARNING")).isLessThan(outletLevel);
        assertThat(outletLevel).isPositive().isLessThan(articleLevel);
        assertThat(out).contains("One-way ANOVA on outlet means").contains("Permutation test across outlet (cluster labels)")
                .contains("Permutation test: exact, all 1,680 distinct assignments of the labels to the 9 clusters")
                .contains("Intraclass correlation by outlet");
        // the article-level rows are not starred
        String articles = out.substring(articleLevel, out.indexOf("Means by group"));
        assertThat(articles).contains("One-way ANOVA").doesNotContain(" *");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv))).getRecords();
        assertThat(rows.get(0).get("test")).isEqualTo("One-way ANOVA on outlet means");
        assertThat(rows.get(0).get("level")).isEqualTo("cluster");
        assertThat(rows.get(rows.size() - 1).get("level")).isEqualTo("article");

        Run j = new Run("compare", DEMO, "--group-by", "leaning", "--features", "stance.hedge.rate", "--json");
        JsonNode doc = j.json();
        assertThat(doc.get("design").get("kind").asText()).isEqualTo("nested");
        assertThat(doc.get("design").get("clusters").asInt()).isEqualTo(9);
        assertThat(doc.get("clusterTests").get(0).get("test").asText()).isEqualTo("One-way ANOVA on outlet means");
        assertThat(doc.get("clusterTests").get(0).get("df").asDouble()).isEqualTo(2);
        assertThat(doc.get("clusterTests").get(0).get("df2").asDouble()).isEqualTo(6);     // 9 outlets - 3 groups
        assertThat(doc.get("tests").get(0).get("df2").asDouble()).isEqualTo(230);          // 233 articles - 3
        assertThat(doc.get("permutation").get(0).get("permutations").asInt()).isEqualTo(1680);
        assertThat(doc.get("permutation").get(0).get("smallestP").asDouble()).isCloseTo(6.0 / 1680, within(1e-12));
        assertThat(doc.get("icc").get(0).get("icc").asDouble()).isBetween(0.0, 1.0);
        assertThat(doc.get("warnings").get(0).asText()).startsWith("leaning is constant within each of the 9 outlets");

        Run off = new Run("compare", DEMO, "--group-by", "leaning", "--features", "stance.hedge.rate", "--cluster-by", "none");
        assertThat(off.out.toString()).doesNotContain("WARNING").doesNotContain("Article-level tests").contains(" *");
        Run bad = new Run("compare", DEMO, "--group-by", "leaning", "--cluster-by", "publisher");
        assertThat(bad.code).isEqualTo(ExitCodes.BAD_INPUT); // a field the data does not have: bad input, as for train --group-by
        assertThat(bad.err.toString()).contains("publisher").contains("no article has a value").doesNotContain("Exception");
    }

    @Test
    void readableTableAndPeriods() {
        Run r = new Run("compare", TWO, "--group-by", "month", "--features", "attribution.said.count");
        assertThat(r.code).as(r.err.toString()).isZero();
        assertThat(r.out.toString()).contains("Groups by 'month': 2024-01, 2024-02, 2024-03")
                .contains("One-way ANOVA").contains("Means by group (95% CI)");
    }

    @Test
    void badGroupAndFeatureAreNamed() {
        Run g = new Run("compare", TWO, "--group-by", "leaning");
        assertThat(g.code).isEqualTo(ExitCodes.BAD_INPUT); // a field the data does not have: bad input, as for train --group-by
        assertThat(g.err.toString()).contains("Invalid --group-by").contains("'leaning'").contains("outlet");
        Run f = new Run("compare", TWO, "--group-by", "outlet", "--features", "attribution.nope");
        assertThat(f.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(f.err.toString()).contains("Invalid --features: 'attribution.nope'").contains("attribution.said.count");
        Run missing = new Run("compare", TWO);
        assertThat(missing.code).isEqualTo(ExitCodes.BAD_USAGE);
    }
}
