package org.framelab.report.tables;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast sheet writer writes exactly the bytes POI's own SheetDataWriter writes for the same rows. */
class SheetXmlWriterTest {
    static final double[] NUMBERS = {0.0, -0.0, 1.0, -1.0, 42.0, 0.5, -2.25, 1.0 / 3, 2.0 / 3, 0.1 + 0.2, 9_999_999.0, -9_999_999.0,
            10_000_000.0, -10_000_000.0, 1e7 + 1, 12_345_678.0, 1e-3, 1e-4, 1e-5, 0.001, 123456.789, 1e15, 1e16, 1e21, 1e22,
            4.35e-308, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Long.MAX_VALUE, (double) Long.MIN_VALUE, 2e19,
            Math.PI, -Math.E, 100.0, 1000.0, 999_999.0, 1_000_000.0, 43269.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};

    static final String[] TEXTS = {"", " ", "plain", " leading", "trailing ", "\ttab first", "tab last\t", "line\nbreak", "cr\rlf\r\n",
            "a&b<c>d\"e'f", "&amp; already", "ctl\u0001\u0002\u001f end", "\u0000nul", "nbsp\u00a0here", "\u00a0", "\u2003em space edge\u2003",
            "caf\u00e9 na\u00efve \u00fc\u00df", "\u201cquoted\u201d \u2026", "\u4e2d\u6587", "emoji \uD83D\uDE00 pair", "\uD83D\uDE00",
            "lone high \uD83D", "\uD83D", "lone high then markup \uD83D<", "lone low \uDE00 x", "\uDE00", "high high low \uD83D\uD83D\uDE00",
            "not chars \uFFFE \uFFFF \uFFFD", "\u007f del \u0080 \u07ff \u0800", "=SUM(A1:A2)", "]]> <![CDATA[", "&#xa; literal"};

    /** The temporary XML each writer writes for the rows {@code fill} adds to a fresh sheet (one row written at a time). */
    static byte[][] both(Consumer<SXSSFSheet> fill) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(-1)) {
            SXSSFSheet s = wb.createSheet("s");
            fill.accept(s);
            var poi = new SheetDataWriter() {
                File file() {
                    return getTempFile();
                }
            };
            var fast = new SheetXmlWriter(null) {
                File file() {
                    return getTempFile();
                }
            };
            try {
                for (int r = s.getFirstRowNum(); r <= s.getLastRowNum(); r++) {
                    SXSSFRow row = (SXSSFRow) s.getRow(r);
                    if (row == null) continue;
                    poi.writeRow(r, row);
                    fast.writeRow(r, row);
                }
                poi.close();
                fast.close();
                return new byte[][]{read(poi), read(fast)};
            } finally {
                poi.close();
                fast.close();
                Files.deleteIfExists(poi.file().toPath());
                Files.deleteIfExists(fast.file().toPath());
            }
        }
    }

    private static byte[] read(SheetDataWriter w) throws IOException {
        try (InputStream in = w.getWorksheetXMLInputStream()) {
            return in.readAllBytes();
        }
    }

    private static void assertSame(Consumer<SXSSFSheet> fill) throws IOException {
        byte[][] b = both(fill);
        assertThat(new String(b[1], StandardCharsets.ISO_8859_1)).isEqualTo(new String(b[0], StandardCharsets.ISO_8859_1));
        assertThat(b[1]).isEqualTo(b[0]);
    }

    private static List<CellStyle> styles(SXSSFSheet s) {
        List<CellStyle> l = new ArrayList<>();
        l.add(s.getWorkbook().getCellStyleAt(0));
        for (int i = 0; i < 3; i++) l.add(s.getWorkbook().createCellStyle());
        return l;
    }

    @Test
    void numbersAsPoiWritesThem() throws IOException {
        assertSame(s -> {
            List<CellStyle> st = styles(s);
            int r = 0;
            for (double v : NUMBERS) {
                SXSSFRow row = s.createRow(r++);
                row.createCell(0).setCellValue(v);
                row.createCell(1).setCellValue(v);
                row.getCell(1).setCellStyle(st.get(r % st.size()));
                row.createCell(2).setCellValue(-v);
            }
            Random rnd = new Random(5);
            for (int i = 0; i < 20_000; i++) {
                double v = switch (i % 6) {
                    case 0 -> rnd.nextInt(20_000_001) - 10_000_000;
                    case 1 -> rnd.nextDouble() * 100;
                    case 2 -> Math.round(rnd.nextGaussian() * 1e9);
                    case 3 -> rnd.nextInt(1000) / 8.0;
                    case 4 -> Double.longBitsToDouble(rnd.nextLong());
                    default -> rnd.nextLong() / 1e3;
                };
                s.createRow(r++).createCell(i % 40).setCellValue(v);
            }
        });
    }

    @Test
    void textAsPoiEscapesIt() throws IOException {
        assertSame(s -> {
            List<CellStyle> st = styles(s);
            int r = 0;
            for (String t : TEXTS) {
                SXSSFRow row = s.createRow(r++);
                row.createCell(0).setCellValue(t);
                row.createCell(3).setCellValue(t + t);
                row.getCell(3).setCellStyle(st.get(2));
                row.createCell(4).setCellValue(new XSSFRichTextString(t));
            }
        });
    }

    @Test
    void randomAndLongTextAsPoiWritesIt() throws IOException {
        String alphabet = "ab <>&\"'\t\n\r\u0001\u001f\u00a0\u00e9\u20ac\uD83D\uDE00\uD83D\uDE00\uDE01\uD801\uFFFE\uFFFF\u007f\u0080 ";
        Random rnd = new Random(17);
        assertSame(s -> {
            for (int r = 0; r < 3000; r++) {
                SXSSFRow row = s.createRow(r);
                for (int c = 0; c < 4; c++) {
                    int n = r % 100 == 0 ? 20_000 + rnd.nextInt(12_000) : rnd.nextInt(30); // some cross the 64 KB buffer
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < n; i++) b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                    row.createCell(c * 3).setCellValue(b.toString());
                }
            }
        });
    }

    @Test
    void otherCellsAndPlacesAsPoiWritesThem() throws IOException {
        assertSame(s -> {
            List<CellStyle> st = styles(s);
            SXSSFRow head = s.createRow(0);
            head.setHeightInPoints(30);
            head.createCell(0).setCellValue("id");
            head.createCell(1); // blank
            head.createCell(2).setCellStyle(st.get(1)); // blank, styled
            SXSSFRow row = s.createRow(1);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellFormula("A1+1");
            row.createCell(2).setCellValue(LocalDate.of(2020, 2, 29));
            row.createCell(3).setCellValue(Double.NaN);
            row.createCell(5).setCellValue("after a gap");
            row.createCell(1023).setCellValue(1);
            row.createCell(1024).setCellValue(2);
            row.createCell(16_383).setCellValue("XFD");
            for (int r : new int[]{9, 99, 999, 9999, 99_999, 999_999, 1_048_575}) {
                SXSSFRow x = s.createRow(r);
                x.createCell(25).setCellValue(r);
                x.createCell(26).setCellValue("row " + r);
                x.createCell(701).setCellValue(-r);
                x.createCell(702).setCellStyle(st.get(3));
            }
        });
    }
}
