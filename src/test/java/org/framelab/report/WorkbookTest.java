package org.framelab.report;

import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookTest {
    static final String CHECK = """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print("SHEETS", wb.sheetnames)
            a = wb["Articles"]
            print("ARTICLES", a.max_row, a.max_column, a.freeze_panes, a.auto_filter.ref)
            print("HEAD", [c.value for c in a[1]][:5])
            print("A2", a["A2"].value, a["D2"].value, a.cell(2, 5).number_format)
            t = wb["Tests"]
            print("TEST", t["A2"].value, t["I2"].value, t["P2"].value, t["A2"].fill.fgColor.rgb, t["A5"].fill.fill_type)
            print("TESTHEAD", [c.value for c in t[1]][5:9], t.row_dimensions[1].height)
            m = wb["Model"]
            print("MODEL", [[c.value for c in r][:4] for r in m.iter_rows(min_row=6, max_row=8)])
            ch = wb["Charts"]
            print("CHARTS", len(ch._charts), len(ch._images))
            for ws in wb.worksheets:
                for col, dim in ws.column_dimensions.items():
                    if dim.width is not None and dim.width < 5:
                        print("NARROW", ws.title, col, dim.width)
            """;

    @Test
    void workbookOpensInOpenpyxlWithAllSheets(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("chart.png");
        org.framelab.chart.ChartExport.write(org.framelab.chart.Charts.meansByGroup("Means", "rate",
                        List.of(new org.framelab.chart.ChartData.MeanCi("f", "g", 3, 1, 0.5, 1.5))),
                dir.resolve("chart"), org.framelab.chart.ChartExport.Size.standard(),
                java.util.EnumSet.of(org.framelab.chart.ChartExport.Format.PNG));
        Path xlsx = dir.resolve("out/report.xlsx");
        Workbook.write(ReportFixtures.sample(png, true), xlsx, Progress.NONE);
        assertThat(xlsx).exists();
        try (var s = Files.list(xlsx.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.xlsx");
        }
        String py = ExternalTools.python("openpyxl");
        Path script = dir.resolve("check.py");
        Files.writeString(script, CHECK);
        ExternalTools.Result r = ExternalTools.run(dir, 120, py, script.toString(), xlsx.toString());
        assertThat(r.code()).as(r.output()).isZero();
        String out = r.output();
        assertThat(out).contains("SHEETS ['Overview', 'Articles', 'Groups', 'Tests', 'Terms', 'Evidence', 'Model', 'Features', 'Agreement', 'Columns', 'Charts']");
        assertThat(out).contains("ARTICLES 121 12 B2 A1:L121");
        assertThat(out).contains("HEAD ['id', 'outlet', 'date', 'leaning', 'family0.feature_0.rate']");
        assertThat(out).contains("A2 a0 left 0.000");
        assertThat(out).contains("TEST family0.feature_0.rate 1e-05 yes 00FFF2CC None");
        // the F test's denominator df beside its numerator df; the header row tall enough for "effect 95% CI low" (3 lines)
        assertThat(out).contains("TESTHEAD ['statistic', 'df', 'df2', 'p'] 45.0");
        assertThat(out).contains("MODEL [['metric', 'value', '95% CI low', '95% CI high'], ['accuracy', 0.61, 0.55, 0.67], ['macro-F1', 0.58, 0.52, 0.64]]");
        assertThat(out).contains("CHARTS 2 1");
        assertThat(out).doesNotContain("NARROW");
    }

    @Test
    void libreOfficeConvertsWorkbookToPdf(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        Path png = dir.resolve("means");
        org.framelab.chart.ChartExport.write(org.framelab.chart.Charts.meansByGroup("Means", "rate",
                        List.of(new org.framelab.chart.ChartData.MeanCi("f", "g", 3, 1, 0.5, 1.5))),
                png, org.framelab.chart.ChartExport.Size.standard(), java.util.EnumSet.of(org.framelab.chart.ChartExport.Format.PNG));
        Workbook.write(ReportFixtures.sample(dir.resolve("means.png"), true), xlsx, Progress.NONE);
        String soffice = ExternalTools.tool("soffice");
        Path profile = dir.resolve("lo-profile");
        ExternalTools.Result r = ExternalTools.run(dir, 180, soffice, "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString());
        assertThat(r.code()).as(r.output()).isZero();
        Path pdf = dir.resolve("report.pdf");
        assertThat(pdf).exists();
        byte[] head = Files.readAllBytes(pdf);
        assertThat(new String(head, 0, 5)).isEqualTo("%PDF-");
        assertThat(head.length).isGreaterThan(5000);
        String keep = System.getProperty("framelab.report.out");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(pdf, Path.of(keep, "report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(xlsx, Path.of(keep, "report.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void withoutModelTheModelSheetSaysSo(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("r.xlsx");
        Workbook.write(ReportFixtures.sample(null, false), xlsx, Progress.NONE);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheet("Model").getRow(0).getCell(0).getStringCellValue()).contains("No classifier");
            assertThat(wb.getSheet("Articles").getLastRowNum()).isEqualTo(120);
        }
    }

    @Test
    void wrappedTextGetsTheRowsItNeeds() throws Exception {
        // "effect 95% CI low" in a column 10 characters wide: effect / 95% CI / low
        assertThat(SheetKit.lines("effect 95% CI low", 10)).isEqualTo(3);
        assertThat(SheetKit.lines("short", 10)).isEqualTo(1);
        assertThat(SheetKit.lines("one\ntwo", 40)).isEqualTo(2);
        assertThat(SheetKit.lines("x".repeat(25), 10)).isEqualTo(3); // a long word breaks inside: 9 + 9 + 7
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var s = wb.createSheet("x");
            s.setColumnWidth(0, 20 * 256);
            var wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            var plain = wb.createCellStyle();
            String definition = "Number of evaluative reporting verbs (accuse, claim, allege, admit, insist) in any inflection.";
            SheetKit.cell(s.createRow(0), 0, definition, wrap);
            SheetKit.cell(s.createRow(1), 0, definition, plain);
            var header = s.createRow(2);
            header.setHeightInPoints(60);
            SheetKit.cell(header, 0, "effect 95% CI low", wrap);
            SheetKit.fitWrappedRows(s);
            // 94 characters at 19 a line, broken at spaces: Number of / evaluative / reporting verbs / (accuse, claim, / allege, admit, / insist) in any / inflection.
            assertThat(s.getRow(0).getHeightInPoints()).isEqualTo(7 * SheetKit.LINE_POINTS);
            assertThat(s.getRow(1).getHeightInPoints()).isEqualTo(s.getDefaultRowHeightInPoints()); // not wrapped: one line
            assertThat(s.getRow(2).getHeightInPoints()).isEqualTo(60f); // never lowered
        }
    }

    @Test
    void controlCharactersAreRemoved() {
        assertThat(Workbook.sanitize("a\u0001b\tc")).isEqualTo("a b\tc");
    }
}
