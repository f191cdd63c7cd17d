package org.framelab.corpus;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A coding team's sheet with title rows above the header: the header is found and the user is told. */
class XlsxTitleRowsTest {
    static Path workbook(Path dir, String[][] cells, String merge) throws Exception {
        Path f = dir.resolve("coding.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("Coding");
            for (int r = 0; r < cells.length; r++) {
                if (cells[r] == null) continue;
                Row row = s.createRow(r);
                for (int c = 0; c < cells[r].length; c++) if (cells[r][c] != null) row.createCell(c).setCellValue(cells[r][c]);
            }
            if (merge != null) s.addMergedRegion(CellRangeAddress.valueOf(merge));
            wb.write(out);
        }
        return f;
    }

    @Test
    void titleRowsAboveTheHeaderAreNotTheHeader(@TempDir Path dir) throws Exception {
        Path f = workbook(dir, new String[][]{
                {"Framing study 2024 - coding sheet"},
                {"Coder instructions: see codebook"},
                null,
                {"article_id", "outlet", "text", "frame"},
                {"A1", "FAZ", "The minister said the plan works.", "conflict"},
                {"A2", "taz", "Critics accused the minister.", "economic"},
        }, "A1:D1");
        Corpus c = Corpora.read(f, ReadOptions.defaults(), Progress.NONE);
        assertThat(c.articles()).extracting(Article::id).containsExactly("A1", "A2");
        assertThat(c.articles()).extracting(Article::outlet).containsExactly("FAZ", "taz");
        assertThat(c.provenance().rowsRead()).isEqualTo(2);
        assertThat(c.articles().get(0).label("frame")).isEqualTo("conflict");
        assertThat(c.provenance().notes()).singleElement().asString()
                .startsWith("rows 1-2 of sheet 'Coding' hold a single cell each ('Framing study 2024 - coding sheet', "
                        + "'Coder instructions: see codebook') above row 4")
                .contains("row 4 is the header");
    }

    @Test
    void aOneColumnSheetKeepsItsFirstRowAsHeader(@TempDir Path dir) throws Exception {
        Path f = workbook(dir, new String[][]{{"text"}, {"One article."}, {"Another article."}}, null);
        Corpus c = Corpora.read(f, ReadOptions.defaults(), Progress.NONE);
        assertThat(c.articles()).extracting(Article::text).containsExactly("One article.", "Another article.");
        assertThat(c.provenance().notes()).isEmpty();
    }

    @Test
    void moreThanFiveSingleCellRowsAreData(@TempDir Path dir) throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<Long> nums = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) { rows.add(new java.util.ArrayList<>(List.of("t" + i))); nums.add(i + 1L); }
        rows.add(new java.util.ArrayList<>(List.of("a", "b")));
        nums.add(7L);
        assertThat(XlsxReader.dropTitleRows(rows, nums, "S")).isNull();
        assertThat(rows).hasSize(7);
    }
}
