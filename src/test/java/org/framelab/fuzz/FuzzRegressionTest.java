package org.framelab.fuzz;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.ReadOptions;
import org.framelab.lexicon.Lexicons;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The crashes the fuzz tests found, each as the smallest input that caused it: now input errors (exit 3). */
class FuzzRegressionTest {
    @TempDir
    Path tmp;

    /** xlsx parts: an empty shared-strings part made POI throw IllegalStateException (exit 1). */
    @Test
    void workbookWithAnEmptySharedStringsPart() throws Exception {
        byte[] book = smallWorkbook();
        Path p = tmp.resolve("book.xlsx");
        Files.write(p, replacePart(book, "xl/sharedStrings.xml", new byte[0]));
        assertThatThrownBy(() -> Corpora.read(p, ReadOptions.defaults(), null)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("book.xlsx: the workbook is damaged").hasMessageContaining("What to do: open and re-save it");
    }

    /** xlsx parts: a cell reference past Excel's last column would have filled a row with millions of empty cells. */
    @Test
    void cellReferenceBeyondTheLastColumn() throws Exception {
        byte[] book = smallWorkbook();
        byte[] sheet = part(book, "xl/worksheets/sheet1.xml");
        String xml = new String(sheet, java.nio.charset.StandardCharsets.UTF_8).replace("r=\"A2\"", "r=\"ZZZZZ2\"");
        Path p = tmp.resolve("wide.xlsx");
        Files.write(p, replacePart(book, "xl/worksheets/sheet1.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> Corpora.read(p, ReadOptions.defaults(), null)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("wide.xlsx: the workbook is damaged").hasMessageContaining("ZZZZZ2 lies beyond Excel's last column XFD");
    }

    /** LIWC .dic: a category number past Integer.MAX_VALUE threw NumberFormatException (exit 1). */
    @Test
    void liwcCategoryNumberPastInt() throws Exception {
        Path dic = tmp.resolve("liwc.dic");
        Files.writeString(dic, "%\n1\tposemo\n9999999999999999999910\tnegemo\n%\nabandon*\t9999999999999999999910\naccept\t01\n");
        assertThat(Lexicons.load(dic).categories()).containsExactly("posemo", "negemo");
        Files.writeString(dic, "%\n1\tposemo\n%\naccept\t99999999999999999999\n");
        assertThatThrownBy(() -> Lexicons.load(dic)).isInstanceOf(InputException.class)
                .hasMessageContaining("liwc.dic, line 4: category 99999999999999999999 is not declared");
    }

    /** Lexicons: a wildcard word thousands of characters long nested the prefix trie that deep (StackOverflowError). */
    @Test
    void overlongLexiconWord() throws Exception {
        Path txt = tmp.resolve("words.txt");
        Files.writeString(txt, "alleged\n" + "9".repeat(5000) + "*\n");
        assertThatThrownBy(() -> Lexicons.load(txt)).isInstanceOf(InputException.class)
                .hasMessageContaining("words.txt, line 2: a word of 5001 characters").hasMessageContaining("What to do");
        Files.writeString(txt, "alleged\n" + "a".repeat(100) + "\n");
        assertThat(Lexicons.load(txt).size()).isEqualTo(2);
    }

    /** A workbook with a header cell "text" and one row. */
    static byte[] smallWorkbook() throws Exception {
        ByteArrayOutputStream book = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var s = wb.createSheet("data");
            s.createRow(0).createCell(0).setCellValue("text");
            s.createRow(1).createCell(0).setCellValue("Officials said so.");
            wb.write(book);
        }
        return book.toByteArray();
    }

    static byte[] part(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) if (e.getName().equals(name)) return in.readAllBytes();
        }
        throw new AssertionError("no part " + name);
    }

    static byte[] replacePart(byte[] zip, String name, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(name) ? content : in.readAllBytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
