package org.framelab.corpus;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small .xlsx files for the reader tests: a sheet of text cells given row by row (a null row or cell is not created),
 * and whatever a test adds by hand (more sheets, merged regions, formulas, numbers with styles).
 */
final class TestWorkbooks {
    private TestWorkbooks() {}

    /** What a test puts into the new workbook before it is written. */
    interface Fill {
        void into(XSSFWorkbook wb) throws Exception;
    }

    /** Writes {@code file} with what {@code fill} put into a new workbook; gives {@code file}. */
    static Path write(Path file, Fill fill) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill.into(wb);
            wb.write(out);
        }
        return file;
    }

    /** A new sheet {@code name} with {@code cells} as text cells; a null row or a null cell is left out. */
    static Sheet sheet(XSSFWorkbook wb, String name, String[][] cells) {
        Sheet s = wb.createSheet(name);
        for (int r = 0; r < cells.length; r++) {
            if (cells[r] == null) continue;
            Row row = s.createRow(r);
            for (int c = 0; c < cells[r].length; c++) if (cells[r][c] != null) row.createCell(c).setCellValue(cells[r][c]);
        }
        return s;
    }
}
