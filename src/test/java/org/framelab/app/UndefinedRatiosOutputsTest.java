package org.framelab.app;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.corpus.Article;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureTable;
import org.framelab.report.CsvTables;
import org.framelab.report.ReportData;
import org.framelab.report.Workbook;
import org.framelab.report.tables.FeatureTableFiles;
import org.framelab.stats.Descriptives;
import org.framelab.stats.PooledRatio;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A ratio undefined for some texts of a hand-made corpus is missing in every output: NaN in the
 * feature table, an empty CSV cell, a blank XLSX cell, {@code ?} in ARFF; left out of the
 * descriptives with the n shown; and the pooled ratio per outlet is the one computed by hand.
 */
class UndefinedRatiosOutputsTest {
    /**
     * Outlet L: the said-ratio is 1/2 (said 1 of 2 verbs), undefined (no reporting verb), 1 (1 of 1);
     * outlet R: 1 (2 of 2), undefined, 1/2 (1 of 2).
     */
    static final String[][] TEXTS = {
            {"L", "The minister said the plan would work. Critics claimed it would fail."},
            {"L", "The weather was mild and the market was calm."},
            {"L", "The mayor said the road was closed."},
            {"R", "Officials said the vote was delayed. The senator said it was fair."},
            {"R", "Prices rose again this week."},
            {"R", "The governor denied the report. The senator said the report was wrong."}};
    static final String SAID = "attribution.said_ratio";
    static List<Article> articles;
    static FeatureTable table;
    static CompareGroups.Result result;

    @BeforeAll
    static void compute() throws Exception {
        articles = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            articles.add(new Article("a" + i, "", TEXTS[i][1], TEXTS[i][0], null, "", List.of(), Map.of(), Map.of(), List.of()));
        }
        FeatureStep.Fitted fitted = FeatureStep.fit(articles, FeatureSets.parse("attribution+quotation", FeatureOptions.defaults()), Progress.NONE);
        table = FeatureStep.table(fitted, articles, Progress.NONE);
        result = CompareGroups.run(table, articles, CompareGroups.Request.of("outlet"), Progress.NONE);
    }

    @Test
    void theFeatureTableHoldsNaNNotZero() {
        double[] said = table.column(table.indexOf(SAID));
        assertThat(said[0]).isEqualTo(0.5);
        assertThat(said[1]).isNaN();
        assertThat(said[2]).isEqualTo(1.0);
        assertThat(said[4]).isNaN();
    }

    @Test
    void descriptivesAndTestsLeaveMissingValuesOutAndShowTheN() {
        List<Descriptives> d = result.report().descriptives().get(SAID);
        assertThat(d).extracting(Descriptives::group).containsExactly("L", "R");
        assertThat(d).extracting(Descriptives::n).containsExactly(2, 2);
        assertThat(d).extracting(Descriptives::missing).containsExactly(1, 1);
        assertThat(d.get(0).mean()).isEqualTo(0.75);   // (0.5 + 1) / 2; with the missing value coded 0 it would be 0.5
        assertThat(result.report().tests()).filteredOn(t -> t.feature().equals(SAID)).allSatisfy(t -> assertThat(t.n()).containsExactly(2, 2));
        assertThat(result.groups()).filteredOn(g -> g.feature().equals(SAID)).extracting(ReportData.GroupRow::missing).containsExactly(1L, 1L);
    }

    @Test
    void pooledRatioPerOutletByHand() {
        List<PooledRatio> said = result.pooled().stream().filter(p -> p.feature().equals(SAID)).toList();
        assertThat(said).extracting(PooledRatio::group).containsExactly("L", "R");
        // L: y = 1, 0, 1 said; x = 2, 0, 1 verbs -> 2/3; x-bar 1, residuals -1/3, 0, 1/3 -> var = (2/9) / (3 * 2 * 1) = 1/27
        PooledRatio l = said.get(0);
        assertThat(l.articles()).isEqualTo(3);
        assertThat(l.defined()).isEqualTo(2);
        assertThat(l.ratio()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(l.se()).isCloseTo(Math.sqrt(1 / 27.0), within(1e-12));
        assertThat(l.ciLow()).isCloseTo(2 / 3.0 - 4.302652729911275 * Math.sqrt(1 / 27.0), within(1e-9));
        // R: y = 2, 0, 1; x = 2, 0, 2 -> 3/4; x-bar 4/3, residuals 1/2, 0, -1/2 -> var = (1/2) / (3 * 2 * 16/9) = 3/64
        PooledRatio r = said.get(1);
        assertThat(r.ratio()).isCloseTo(0.75, within(1e-12));
        assertThat(r.se()).isCloseTo(Math.sqrt(3 / 64.0), within(1e-12));
        // every tested ratio and rate has its pooled rows; counts have none
        assertThat(result.pooled()).extracting(PooledRatio::feature).contains("attribution.neutral.rate", "quotation.quoted_words.share")
                .doesNotContain("attribution.said.count");
    }

    @Test
    void missingIsAnEmptyCsvCellABlankXlsxCellAndAQuestionMarkInArff(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("f.csv"), xlsx = dir.resolve("f.xlsx"), arff = dir.resolve("f.arff");
        for (Path p : List.of(csv, xlsx, arff)) FeatureTableFiles.write(p, table, List.of());
        List<CSVRecord> rows = read(csv);
        assertThat(rows.get(0).get(SAID)).isEqualTo("0.5");
        assertThat(rows.get(1).get(SAID)).isEmpty();
        assertThat(rows.get(1).get("attribution.said.count")).isEqualTo("0");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("features");
            int c = column(s.getRow(0), SAID);
            assertThat(s.getRow(1).getCell(c).getNumericCellValue()).isEqualTo(0.5);
            Cell missing = s.getRow(2).getCell(c);
            assertThat(missing == null || missing.getCellType() == CellType.BLANK).isTrue();
            Sheet cols = wb.getSheet("columns");
            assertThat(cols.getRow(0).getCell(7).getStringCellValue()).isEqualTo("missing when");
        }
        List<String> lines = Files.readAllLines(arff, StandardCharsets.UTF_8);
        int attr = 0, index = -1;
        for (String l : lines) {
            if (!l.startsWith("@attribute")) continue;
            if (l.startsWith("@attribute '" + SAID + "'")) index = attr;
            attr++;
        }
        String second = lines.get(lines.indexOf("@data") + 2);
        assertThat(second).contains("," + index + " ?").doesNotContain("NaN");
        assertThat(lines.get(lines.indexOf("@data") + 1)).contains("," + index + " 0.5");
    }

    @Test
    void theReportTablesAndWorkbookShowMissingValuesNAndPooledRatios(@TempDir Path dir) throws Exception {
        ReportData d = new ReportData("undefined", List.of(), table, table.columns(), result.groups(), result.tests(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(), List.of(), List.of(), result.pooled());
        CsvTables.write(d, dir);
        assertThat(read(dir.resolve("articles.csv")).get(1).get(SAID)).isEmpty();
        List<CSVRecord> groups = read(dir.resolve("groups.csv"));
        CSVRecord lSaid = groups.stream().filter(r -> r.get("feature").equals(SAID) && r.get("group").equals("L")).findFirst().orElseThrow();
        assertThat(lSaid.get("n")).isEqualTo("2");
        assertThat(lSaid.get("missing")).isEqualTo("1");
        assertThat(lSaid.get("mean")).isEqualTo("0.75");
        List<CSVRecord> pooled = read(dir.resolve("pooled-ratios.csv"));
        CSVRecord lPooled = pooled.stream().filter(r -> r.get("feature").equals(SAID) && r.get("group").equals("L")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(lPooled.get("pooled_ratio"))).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(lPooled.get("articles")).isEqualTo("3");
        assertThat(lPooled.get("defined")).isEqualTo("2");
        assertThat(lPooled.get("computed_as")).isEqualTo("attribution.said.count / (attribution.neutral.count + attribution.evaluative.count)");
        CSVRecord saidColumn = read(dir.resolve("columns.csv")).stream().filter(r -> r.get("column").equals(SAID)).findFirst().orElseThrow();
        assertThat(saidColumn.get("missing_when")).isEqualTo("the text has no reporting verb");

        Path xlsx = dir.resolve("report.xlsx");
        Workbook.write(d, xlsx, Progress.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet a = wb.getSheet("Articles");
            int c = column(a.getRow(0), SAID);
            Cell missing = a.getRow(2).getCell(c);
            assertThat(missing == null || missing.getCellType() == CellType.BLANK).isTrue();
            assertThat(a.getRow(1).getCell(c).getNumericCellValue()).isEqualTo(0.5);
            Sheet p = wb.getSheet("Pooled ratios");
            assertThat(p).isNotNull();
            assertThat(p.getRow(1).getCell(0).getStringCellValue()).isEqualTo(result.pooled().get(0).feature());
            Sheet g = wb.getSheet("Groups");
            assertThat(g.getRow(0).getCell(12).getStringCellValue()).isEqualTo("missing");
        }
    }

    static int column(Row header, String name) {
        for (Cell c : header) if (c.getStringCellValue().equals(name)) return c.getColumnIndex();
        throw new AssertionError("no column " + name);
    }

    static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            return p.getRecords();
        }
    }
}
