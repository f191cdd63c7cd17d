package org.framelab.report;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** N-gram columns leave the Articles sheet for an N-grams summary; sheets print landscape, scaled to the width. */
class NgramSheetTest {
    @Test
    void ngramColumnsGetTheirOwnSheet(@TempDir Path dir) throws Exception {
        List<FeatureColumn> cols = new ArrayList<>();
        cols.add(new FeatureColumn("stance.hedge.rate", "stance", "Hedges per 1,000 tokens.", "per 1,000 tokens", ""));
        for (int i = 0; i < 300; i++) {
            cols.add(new FeatureColumn("ngram:w" + i, "ngrams", "Occurrences of the word 'w" + i + "'.", "count", "vocabulary"));
        }
        List<FeatureTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < 250; r++) {
            // article r has the hedge rate r and the n-grams w0 (count 1) and w(r % 300) (count 2)
            int other = 1 + r % 299;
            rows.add(new FeatureTable.Row("a" + r, "Outlet", LocalDate.of(2020, 1, 1), Map.of("leaning", "left"),
                    new SparseVector(new int[]{0, 1, 1 + other}, new double[]{r, 1, 2})));
        }
        FeatureTable t = new FeatureTable(cols, rows);
        ReportData b = ReportFixtures.sample(null, false);
        ReportData d = new ReportData("ng", b.overview(), t, cols, b.groups(), b.tests(), b.terms(), b.evidence(), b.monthly(),
                null, List.of(), List.of(), List.of());
        Path x = dir.resolve("ng.xlsx");
        Workbook.write(d, x, Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(x.toFile())) {
            assertThat(wb.getSheetName(1)).isEqualTo("Articles");
            assertThat(wb.getSheetName(2)).isEqualTo("N-grams");
            var a = wb.getSheet("Articles");
            assertThat(a.getRow(0).getLastCellNum()).isEqualTo((short) 5); // id, outlet, date, leaning, stance.hedge.rate
            assertThat(a.getRow(250).getCell(4).getNumericCellValue()).isEqualTo(249.0);
            assertThat(a.getPrintSetup().getLandscape()).isTrue();
            var n = wb.getSheet("N-grams");
            assertThat(n.getRow(1).getCell(0).getStringCellValue()).isEqualTo("w0");
            assertThat(n.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(250.0);
            assertThat(n.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(n.getRow(0).getCell(3).getStringCellValue()).isEqualTo("IDF");
            assertThat(n.getRow(1).getCell(3).getCellType()).as("no vocabulary given: no IDF").isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(n.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(250.0); // total of w0
            assertThat(n.getLastRowNum()).isGreaterThanOrEqualTo(300); // 300 n-grams, then the note
            assertThat(n.getFitToPage()).isTrue();
            assertThat(n.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(n.getPrintSetup().getLandscape()).as("a narrow sheet prints portrait").isFalse();
            assertThat(wb.getPrintArea(2)).isEqualTo("'N-grams'!$A$1:$G$251"); // the 250 in the most articles
            assertThat(n.getHeader().getCenter()).contains("250").contains("300");
            var c = wb.getSheet("Columns");
            assertThat(c.getRow(2).getCell(0).getStringCellValue()).isEqualTo("ngram:TERM");
            assertThat(c.getRow(2).getCell(3).getStringCellValue()).startsWith("300 columns").contains("tables/ngrams.csv");
            assertThat(a.getRow(252).getCell(0).getStringCellValue()).isEqualTo("300 n-gram columns are not in this sheet: see N-grams.");
            assertThat(wb.getSheet("Terms")).isNotNull();
        }
    }
}
