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

/** {@code compare --groups} and {@code --pairwise}: chosen groups, which groups differ, and the counts after the rates. */
class CompareGroupsCommandTest {
    static final String DEMO = CompareCommandTest.DEMO;

    @Test
    void twoChosenOutletsGetTheTwoGroupTestsAndTheOthersAreCounted() throws Exception {
        Run r = new Run("compare", DEMO, "--group-by", "outlet", "--groups", "Quayside Dispatch,the ardel record",
                "--features", "attribution.evaluative.rate,text.tokens", "--json");
        assertThat(r.code).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("groups").toString()).isEqualTo("[\"Quayside Dispatch\",\"The Ardel Record\"]"); // matched as the data spells it
        assertThat(j.get("groupsChosen").asBoolean()).isTrue();
        assertThat(j.get("articlesNotChosen").asInt()).isEqualTo(233 - 25 - 28);
        assertThat(j.get("groupsNotChosen").get("Lenn Wire Service").asInt()).isEqualTo(24);
        assertThat(j.get("rowsWithoutGroup").asInt()).isZero(); // left out by choice, not for want of a value
        assertThat(j.get("tests")).extracting(t -> t.get("test").asText()).containsOnly("Welch t-test", "Mann-Whitney U");
        assertThat(j.get("tests").get(0).get("n").toString()).isEqualTo("[25,28]");
        assertThat(j.get("pairwise")).isEmpty();
        Run text = new Run("compare", DEMO, "--group-by", "outlet", "--groups", "Quayside Dispatch,The Ardel Record",
                "--features", "text.tokens,attribution.evaluative.rate");
        assertThat(text.out()).contains("Groups of 'outlet' compared (chosen): Quayside Dispatch, The Ardel Record; 180 articles of the other "
                + "groups left out of the tests: Ebrin Valley Voice (23)");
        // the rate first, the length count after it under its heading, whatever order the features were asked in
        String out = text.out();
        int rate = out.indexOf("attribution.evaluative.rate  Welch"), heading = out.indexOf("-- counts (depend on article length) --"),
                tokens = out.indexOf("text.tokens             Welch");
        assertThat(rate).isPositive().isLessThan(heading);
        assertThat(heading).isLessThan(out.indexOf("text.tokens", heading));
        assertThat(tokens < 0 || tokens > heading).isTrue();
    }

    @Test
    void aGroupTheDataLacksIsBadInputListingTheGroupsWithCounts() {
        Run r = new Run("compare", DEMO, "--group-by", "outlet", "--groups", "Fox News,Reuters");
        assertThat(r.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Invalid --groups: 'Fox News, Reuters' (not values of 'outlet' in the data; its values are: Ebrin Valley Voice (23), ")
                .contains("The Tessaro Clarion (27)").contains("What to do:").doesNotContain("Computing features").doesNotContain("\tat ");
        Run one = new Run("compare", DEMO, "--group-by", "outlet", "--groups", "Quayside Dispatch");
        assertThat(one.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(one.err()).contains("Invalid --groups: 'Quayside Dispatch' (name at least 2 groups to compare, or none for all)");
    }

    /** Three chosen outlets: Games-Howell and Dunn per pair, the same rows in the JSON and the CSV, checked against the descriptives. */
    @Test
    void threeChosenOutletsSayWhichGroupsDiffer(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("pairs.csv");
        Run r = new Run("compare", DEMO, "--group-by", "outlet", "--groups", "Lenn Wire Service,Quayside Dispatch,The Ardel Record",
                "--features", "stance.hedge.rate,text.tokens", "--json", "--pairwise", csv.toString());
        assertThat(r.code).as(r.err()).isZero();
        JsonNode j = r.json();
        JsonNode pairs = j.get("pairwise");
        assertThat(pairs).hasSize(2 * 2 * 3); // 2 features x (Games-Howell, Dunn) x 3 pairs
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv))).getRecords();
        assertThat(rows).hasSize(pairs.size());
        JsonNode gh = pairs.get(0);
        assertThat(gh.get("test").asText()).isEqualTo("Games-Howell");
        assertThat(gh.get("groupA").asText() + "|" + gh.get("groupB").asText()).isEqualTo("Lenn Wire Service|Quayside Dispatch");
        assertThat(gh.get("adjustment").asText()).isEqualTo("studentized range");
        assertThat(Double.parseDouble(rows.get(0).get("p_adjusted"))).isEqualTo(gh.get("pAdjusted").asDouble());
        // the pair's difference and Welch t recomputed from the descriptives (mean, SD, n) of the two groups
        JsonNode a = desc(j, "stance.hedge.rate", "Lenn Wire Service"), b = desc(j, "stance.hedge.rate", "Quayside Dispatch");
        double va = Math.pow(a.get("sd").asDouble(), 2) / a.get("n").asInt(), vb = Math.pow(b.get("sd").asDouble(), 2) / b.get("n").asInt();
        assertThat(gh.get("difference").asDouble()).isCloseTo(a.get("mean").asDouble() - b.get("mean").asDouble(), within(1e-9));
        assertThat(gh.get("statistic").asDouble()).isCloseTo((a.get("mean").asDouble() - b.get("mean").asDouble()) / Math.sqrt(va + vb), within(1e-9));
        assertThat(gh.get("df").asDouble()).isCloseTo((va + vb) * (va + vb) / (va * va / (a.get("n").asInt() - 1) + vb * vb / (b.get("n").asInt() - 1)),
                within(1e-6));
        assertThat(gh.get("pAdjusted").asDouble()).isGreaterThanOrEqualTo(gh.get("p").asDouble());
        // hedges differ between the wire service and the Dispatch (the demo's design): both tests say so
        assertThat(pairs).filteredOn(p -> p.get("feature").asText().equals("stance.hedge.rate") && p.get("groupA").asText().equals("Lenn Wire Service")
                && p.get("groupB").asText().equals("Quayside Dispatch")).allMatch(p -> p.get("significant").asBoolean());
        Run text = new Run("compare", DEMO, "--group-by", "outlet", "--groups", "Lenn Wire Service,Quayside Dispatch,The Ardel Record",
                "--features", "stance.hedge.rate,text.tokens");
        assertThat(text.out()).contains("Which groups differ: Games-Howell").contains("stance.hedge.rate  Lenn Wire Service - Quayside Dispatch");
    }

    private static JsonNode desc(JsonNode j, String feature, String group) {
        for (JsonNode d : j.get("descriptives")) if (d.get("feature").asText().equals(feature) && d.get("group").asText().equals(group)) return d;
        throw new AssertionError(feature + " " + group);
    }

    /**
     * Leaning is constant within outlets: on the chosen leanings the outlet-level tests still decide; the outlet-level pairs
     * (Games-Howell on the 9 outlet means, 3 per leaning) come first, the article-level ones are not starred. The outlet-level
     * values were checked with SciPy's studentized_range on the outlet means of the features CSV (docs/stats.md).
     */
    @Test
    void theClusterAwareTestsRunOnTheChosenGroups() throws Exception {
        Run r = new Run("compare", DEMO, "--group-by", "leaning", "--groups", "left,right", "--features", "attribution.evaluative.rate", "--json");
        assertThat(r.code).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("design").get("kind").asText()).isEqualTo("nested");
        assertThat(j.get("design").get("clusters").asInt()).isEqualTo(6); // the 3 centre outlets are not chosen
        Run all = new Run("compare", DEMO, "--group-by", "leaning", "--features", "attribution.evaluative.rate", "--json");
        JsonNode p = all.json().get("pairwise");
        assertThat(p).hasSize(9);
        for (int i = 0; i < 3; i++) {
            JsonNode x = p.get(i);
            assertThat(x.get("level").asText()).isEqualTo("cluster");
            assertThat(x.get("test").asText()).isEqualTo("Games-Howell on outlet means");
            assertThat(x.get("nA").asInt()).isEqualTo(3);
            assertThat(x.get("nB").asInt()).isEqualTo(3);
        }
        assertThat(p.get(0).get("pAdjusted").asDouble()).isCloseTo(0.0538509373635625, within(1e-6)); // center - left
        assertThat(p.get(1).get("pAdjusted").asDouble()).isCloseTo(0.03390554499227805, within(1e-6)); // center - right
        assertThat(p.get(2).get("pAdjusted").asDouble()).isCloseTo(0.5457737916699612, within(1e-6));  // left - right
        assertThat(p.get(1).get("df").asDouble()).isCloseTo(2.446424, within(1e-6));
        assertThat(List.of(0, 1, 2)).extracting(i -> p.get(i).get("significant").asBoolean()).containsExactly(false, true, false);
        for (int i = 3; i < 9; i++) {
            assertThat(p.get(i).get("level").asText()).isEqualTo("article");
            assertThat(p.get(i).get("significant").asBoolean()).isFalse();
        }
        String text = new Run("compare", DEMO, "--group-by", "leaning", "--features", "attribution.evaluative.rate").out();
        assertThat(text.indexOf("Outlet-level pairs (unit: the outlet")).isPositive().isLessThan(text.indexOf("Article-level pairs"));
        assertThat(text).contains("attribution.evaluative.rate  center - right");
    }
}
