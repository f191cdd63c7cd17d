package org.framelab.corpus;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column name given twice in a header ({@code id,text,leaning,text}): the second column was read as {@code text_2}
 * and never as the text, silently. Now an error naming the file, the header line, the name and both positions.
 */
class DuplicateColumnsTest {
    @TempDir
    Path tmp;

    @Test
    void aCsvHeaderWithAColumnNameTwiceStopsTheRead() throws Exception {
        Path p = Cli.write(tmp, "dup.csv", "id,text,leaning,text\na1,first,left,second\n");
        Cli r = BadInputTest.info(p, "--skip-bad");
        BadInputTest.assertBad(r, "dup.csv, line 1, field 'text': duplicate column name 'text': columns 2 and 4 of the header both have it",
                "What to do: give each column its own name");
        Path tsv = Cli.write(tmp, "dup.tsv", "\nid\t text \tlabel\ttext\n1\ta\tb\tc\n");
        BadInputTest.assertBad(BadInputTest.info(tsv), "dup.tsv, line 2, field 'text'", "columns 2 and 4");
    }

    @Test
    void anXlsxHeaderWithAColumnNameTwiceStopsTheRead() throws Exception {
        Path x = tmp.resolve("dup.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("data");
            s.createRow(0).createCell(0).setCellValue("");
            Row h = s.createRow(2);
            String[] head = {"id", "text", "leaning", "text"};
            for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
            Row r = s.createRow(3);
            for (int i = 0; i < head.length; i++) r.createCell(i).setCellValue("v" + i);
            try (OutputStream o = Files.newOutputStream(x)) {
                wb.write(o);
            }
        }
        BadInputTest.assertBad(BadInputTest.info(x), "dup.xlsx [data], line 3, field 'text'",
                "duplicate column name 'text': columns 2 (B) and 4 (D) of the header both have it");
    }

    @Test
    void emptyColumnNamesAreStillNamedByTheirPosition() throws Exception {
        Path p = Cli.write(tmp, "empty.csv", "id,text,,label,\n1,a,x,b,y\n");
        assertThat(Corpora.fields(p, ReadOptions.defaults())).containsExactly("id", "text", "column_3", "label", "column_5");
    }
}
