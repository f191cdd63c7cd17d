package org.framelab.report;

import org.framelab.report.ReportData.TestRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Tests and Groups tables as LaTeX (booktabs) and Markdown: labels, APA p values, effects with intervals. */
class PaperTablesTest {
    @TempDir
    Path dir;

    @Test
    void apaPValuesAndDecimals() {
        assertThat(PaperTables.apaP(0.0004)).isEqualTo("< .001");
        assertThat(PaperTables.apaP(0.0271)).isEqualTo(".027");
        assertThat(PaperTables.apaP(0.05)).isEqualTo(".050");
        assertThat(PaperTables.apaP(1.0)).isEqualTo("> .999");
        assertThat(PaperTables.apaP(Double.NaN)).isEqualTo("\u2014");
        assertThat(PaperTables.dec(-0.4213, 2, true)).isEqualTo("\u22120.42");
        assertThat(PaperTables.dec(0.973, 2, false)).isEqualTo(".97");
    }

    @Test
    void statisticsAndEffectsCarryTheirDegreesOfFreedomAndIntervals() {
        TestRow anova = new TestRow("stance.hedge.rate", "leaning", "One-way ANOVA on outlet means", 3, 113.42, 2, 1.7e-5, 1e-4, 1e-4,
                "eta squared", 0.9742, true, TestRow.CLUSTER, 0.824, 0.984, 6);
        assertThat(PaperTables.statistic(anova).md()).isEqualTo("*F*(2, 6) = 113.42");
        assertThat(PaperTables.statistic(anova).tex()).isEqualTo("$F(2, 6) = 113.42$");
        assertThat(PaperTables.effect(anova).md()).isEqualTo("*\u03b7\u00b2* = .97 [.82, .98]");
        assertThat(PaperTables.effect(anova).tex()).isEqualTo("$\\eta^2 = .97$ [.82, .98]");
        TestRow welch = new TestRow("stance.hedge.rate", "period", "Welch t-test", 2, -3.1, 45.27, 0.003, 0.01, 0.01,
                "Cohen's d", -0.42, true, TestRow.ARTICLE, -0.71, -0.13, Double.NaN);
        assertThat(PaperTables.statistic(welch).md()).isEqualTo("*t*(45.3) = \u22123.10");
        assertThat(PaperTables.statistic(welch).tex()).isEqualTo("$t(45.3) = -3.10$");
        assertThat(PaperTables.effect(welch).tex()).isEqualTo("$d = -0.42$ [$-$0.71, $-$0.13]");
        TestRow mw = new TestRow("stance.hedge.rate", "period", "Mann-Whitney U", 2, 120, Double.NaN, 0.2, 0.4, 0.4,
                "Cliff's delta", 0.31, false);
        assertThat(PaperTables.statistic(mw).md()).isEqualTo("*U* = 120.00");
        assertThat(PaperTables.effect(mw).md()).isEqualTo("*\u03b4* = .31");
    }

    /**
     * A test that is not defined (Welch's ANOVA with a group whose values do not vary) or ran without some groups
     * (fewer than 2 values) says so under the table, as the command prints it under its rows; the study's tables
     * showed "—" cells and a group count without a word.
     */
    @Test
    void undefinedTestsAndLeftOutGroupsAreExplainedUnderTheTable() {
        TestRow defined = new TestRow("stance.modal.rate", "outlet", "One-way ANOVA", 10, 0.84, 9, 0.58, 1, 0.58, "eta squared", 0.004,
                false, TestRow.ARTICLE, Double.NaN, Double.NaN, 1789, "left out (fewer than 2 values): New York Times");
        TestRow undefined = new TestRow("stance.hedge.rate", "outlet", "Welch ANOVA", 10, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, "eta squared", Double.NaN, false, TestRow.ARTICLE, Double.NaN, Double.NaN, Double.NaN,
                "no variance in group(s) Daily Stormer (Welch's weights n/s^2 are undefined); left out (fewer than 2 values): New York Times");
        assertThat(PaperTables.tableNote(List.of(defined, undefined))).isEqualTo("Note. \u2014: the test is not defined for these data. "
                + "Left out (fewer than 2 values): New York Times; no variance in group(s) Daily Stormer (Welch's weights n/s^2 are undefined).");
        assertThat(PaperTables.tableNote(List.of(new TestRow("f", "outlet", "One-way ANOVA", 2, 1, 1, 0.5, 0.5, 0.5, "eta squared", 0.1, false))))
                .isEmpty();
    }

    @Test
    void nestedDesignsPutTheOutletLevelFirstAndLabelTheArticleLevel() throws Exception {
        List<Path> files = PaperTables.write(ClusterSheetTest.nested(), dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("tests.md", "tests.tex", "groups.md", "groups.tex");
        String md = Files.readString(dir.resolve("tests.md"));
        int outlet = md.indexOf("*Outlet level (the unit of analysis)*");
        int article = md.indexOf("*Article level (assumes independent articles; not for inference)*");
        assertThat(outlet).isPositive();
        assertThat(article).isGreaterThan(outlet);
        // every Markdown table row has the same number of cells as its header
        for (String line : md.lines().filter(l -> l.startsWith("|")).toList()) {
            assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).as(line).isEqualTo(7);
        }
        assertThat(md).contains("| " + PaperTables.mdEscape(label()) + " | One-way ANOVA on outlet means | *F*(2) = 1.20 | .410 | .410 | *\u03b7\u00b2* = .30 |");
        String tex = Files.readString(dir.resolve("tests.tex"));
        assertThat(tex).contains("\\begin{longtable}{llllll}").contains("\\endfirsthead").contains("\\toprule").contains("\\midrule").contains("\\bottomrule")
                .contains("\\multicolumn{6}{l}{\\emph{Outlet level (the unit of analysis)}} \\\\")
                .contains("\\label{tab:tests-leaning}").doesNotContain("< .").doesNotContain("_");
        assertThat(tex.lines().filter(l -> l.endsWith(" \\\\") && !l.startsWith("\\multicolumn") && !l.startsWith("\\caption")).toList())
                .allSatisfy(l -> assertThat(l.replace("\\&", "").chars().filter(c -> c == '&').count()).as(l).isEqualTo(5));
        String groups = Files.readString(dir.resolve("groups.md"));
        assertThat(groups).contains("| Measure | Leaning | n | M | SD | 95% CI |").contains("|---|---|---:|---:|---:|---|");
    }

    private static String label() {
        return org.framelab.features.ColumnLabels.label(ClusterSheetTest.nested().columns().get(0));
    }

    @Test
    void latexSpecialCharactersAreEscaped() {
        assertThat(PaperTables.texEscape("a_b & 50% #1 {x} ~ ^ \\ < >"))
                .isEqualTo("a\\_b \\& 50\\% \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\textless{} \\textgreater{}");
        assertThat(PaperTables.texEscape("Forms of 'say'")).isEqualTo("Forms of `say'");
        assertThat(PaperTables.mdEscape("a|b_c*d")).isEqualTo("a\\|b\\_c\\*d");
    }
}
