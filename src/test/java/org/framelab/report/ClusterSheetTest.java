package org.framelab.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.report.ReportData.ClusterRows;
import org.framelab.report.ReportData.DesignRow;
import org.framelab.report.ReportData.IccRow;
import org.framelab.report.ReportData.PermutationRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Tests sheet and the CSV tables of a comparison whose articles are nested in outlets: the warning and the outlet-level tests first. */
class ClusterSheetTest {
    static final String WARNING = "leaning is constant within each of the 4 outlets (outlet): articles are not independent observations.";

    static ReportData nested() {
        ReportData s = ReportFixtures.sample(null, false);
        List<TestRow> tests = new ArrayList<>();
        String f = s.tests().get(0).feature();
        tests.add(new TestRow(f, "leaning", "One-way ANOVA on outlet means", 3, 1.2, 2, 0.41, 0.41, 0.41, "eta squared", 0.3, false, TestRow.CLUSTER));
        tests.add(new TestRow(f, "leaning", "Permutation test across outlet (cluster labels)", 3, 1.2, Double.NaN, 0.5, 0.5, 0.5,
                "eta squared", 0.3, false, TestRow.CLUSTER));
        for (TestRow t : s.tests()) tests.add(new TestRow(t.feature(), t.groupField(), t.test(), t.groups(), t.statistic(), t.df(), t.p(),
                t.pHolm(), t.pBh(), t.effectName(), t.effect(), false));
        ClusterRows c = new ClusterRows(List.of(new DesignRow("leaning", "outlet", "nested", 4, "center 1, left 2, right 1", 0, 0, WARNING)),
                List.of(new IccRow(f, "leaning", "outlet", 0.42, 8.1, 3, 116, 0.0001, 4, 120, 30, 30, 13.18, 9.1, "")),
                List.of(new PermutationRow(f, "leaning", "outlet", "F", 1.2, 0.5, 0.5, 0.5, "exact", 12, 1.0 / 6, 4, false, "")), List.of());
        return new ReportData(s.study(), s.overview(), s.table(), s.columns(), s.groups(), tests, s.terms(), s.evidence(), s.monthly(),
                s.model(), s.agreement(), s.charts(), s.nativeCharts(), s.ngrams(), c);
    }

    static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : cell.toString();
    }

    @Test
    void testsSheetStartsWithTheWarningAndTheOutletLevelTests(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("r.xlsx");
        Workbook.write(nested(), xlsx, Progress.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Tests");
            List<String> colA = new ArrayList<>();
            for (int r = 0; r <= s.getLastRowNum(); r++) colA.add(text(s, r, 0));
            assertThat(colA.get(0)).isEqualTo("Warning: " + WARNING);
            int cluster = colA.indexOf(colA.stream().filter(x -> x.startsWith("Cluster-aware tests")).findFirst().orElseThrow());
            int article = colA.indexOf(colA.stream().filter(x -> x.startsWith("Article-level tests (assume independent articles")).findFirst().orElseThrow());
            int icc = colA.indexOf(colA.stream().filter(x -> x.startsWith("Intraclass correlation")).findFirst().orElseThrow());
            assertThat(cluster).isLessThan(article);
            assertThat(article).isLessThan(icc);
            assertThat(text(s, cluster + 1, 3)).isEqualTo("test");
            assertThat(text(s, cluster + 2, 3)).isEqualTo("One-way ANOVA on outlet means");
            assertThat(text(s, cluster + 1, 7)).isEqualTo("df2");
            assertThat(text(s, cluster + 2, 16)).isEqualTo("cluster");
            assertThat(text(s, cluster + 1, 1)).isEqualTo("measure");
            assertThat(text(s, article + 2, 3)).isEqualTo("Kruskal-Wallis");
            assertThat(text(s, article + 2, 15)).isEqualTo("no");   // p < 0.05 but article-level: not marked
            assertThat(text(s, icc + 1, 3)).isEqualTo("ICC");
            assertThat(s.getRow(icc + 2).getCell(3).getNumericCellValue()).isEqualTo(0.42);
            assertThat(colA).anyMatch(x -> x.startsWith("Cluster permutation tests"));
        }
        Path tables = dir.resolve("tables");
        Files.createDirectories(tables);
        CsvTables.write(nested(), tables);
        assertThat(Files.readAllLines(tables.resolve("tests.csv")).get(0)).endsWith(",significant,level,effect_low,effect_high,df2,note");
        assertThat(Files.readAllLines(tables.resolve("tests.csv")).get(1)).contains("One-way ANOVA on outlet means").contains(",cluster,");
        assertThat(Files.readString(tables.resolve("design.csv"))).contains("leaning,outlet,nested,4").contains(WARNING);
        assertThat(Files.readAllLines(tables.resolve("icc.csv")).get(0)).startsWith("feature,group_field,cluster_field,icc,f,df1,df2,p");
        assertThat(Files.readAllLines(tables.resolve("permutation.csv")).get(1)).contains(",exact,12,");
        assertThat(tables.resolve("mixed_model.csv")).doesNotExist();
    }
}
