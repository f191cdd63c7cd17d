package org.framelab.corpus;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Office files FrameLab does not read are named for what they are, by their content, whatever the file is called. */
class OfficeFilesTest {
    static Path xls(Path dir, String name) throws Exception {
        Path f = dir.resolve(name);
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var s = wb.createSheet("Coding");
            s.createRow(0).createCell(0).setCellValue("text");
            s.createRow(1).createCell(0).setCellValue("The minister said the plan works.");
            wb.write(out);
        }
        return f;
    }

    static Path zip(Path dir, String name, String... entries) throws Exception {
        Path f = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry(entries[i]));
                z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return f;
    }

    @Test
    void anOldBinaryExcelFileIsNamedAsSuchEvenUnderACsvName(@TempDir Path dir) throws Exception {
        for (String name : new String[]{"old.xls", "old.csv", "old.xlsx"}) {
            Cli r = new Cli("corpus", "info", xls(dir, name).toString());
            assertThat(r.code).as(r.err).isEqualTo(3);
            assertThat(r.err).contains(name + ": the file is an old binary Excel workbook (.xls, Excel 97-2003), which FrameLab does not read")
                    .contains("save it as Excel Workbook (.xlsx)").contains("FrameLab reads CSV, TSV, Excel .xlsx, JSON lines and folders of .txt files")
                    .doesNotContain("UTF-8").doesNotContain("windows-1252").doesNotContain("--").doesNotContain("at org.");
        }
    }

    @Test
    void anOpenDocumentSpreadsheetAndAWordDocumentAreNamed(@TempDir Path dir) throws Exception {
        Path ods = zip(dir, "coding.ods", "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<office:document-content/>");
        Cli r = new Cli("corpus", "info", ods.toString());
        assertThat(r.code).isEqualTo(3);
        assertThat(r.err).contains("the file is an OpenDocument spreadsheet (.ods").contains("save it as Excel Workbook (.xlsx)")
                .doesNotContain("not a valid zip");
        Path docx = zip(dir, "coding.xlsx", "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
        Cli d = new Cli("corpus", "info", docx.toString());
        assertThat(d.code).isEqualTo(3);
        assertThat(d.err).contains("the file is a Word document (.docx), which FrameLab does not read")
                .contains("FrameLab reads CSV").doesNotContain("no sheets").doesNotContain("--sheet");
    }

    @Test
    void workbooksAndZippedDataAreLeftToTheirReaders(@TempDir Path dir) throws Exception {
        Path xlsx = XlsxTitleRowsTest.workbook(dir, new String[][]{{"id", "text"}, {"1", "The minister said the plan works."}}, null);
        FileKinds.refuseUnreadable(xlsx); // no exception
        Path csvZip = zip(dir, "data.csv.zip", "data.csv", "id,text\n1,hello\n");
        FileKinds.refuseUnreadable(csvZip);
        FileKinds.refuseUnreadable(Cli.write(dir, "plain.csv", "id,text\n1,hello\n"));
        assertThat(Corpora.read(xlsx, ReadOptions.defaults(), null).size()).isEqualTo(1);
    }
}
