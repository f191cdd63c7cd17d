package org.framelab.gui;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.cli.Main;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.report.ReportData;
import org.framelab.report.ReportFixtures;
import org.framelab.report.Workbook;
import org.framelab.stats.AgreementReport;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coder pairs sharing fewer than 10 items (a coder's name written two ways) are flagged, and left out of the mean
 * Cohen's kappa, alike in the CLI's table, the GUI's Agreement view and the workbook's Agreement sheet: the same mean,
 * the same flag, the same statement of the pairs left out.
 */
class AgreementFewPairsEverywhereTest {
    /** Anna, Ben and Chris code 20 items; 'ben' (Ben written another way) codes item 0 only. */
    static Path coding(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("item,coder,frame,text\n");
        for (int i = 0; i < 20; i++) {
            String v = i % 2 == 0 ? "conflict" : "economy";
            String text = "Text of item " + i + ".";
            sb.append("i").append(i).append(",Anna,").append(v).append(',').append(text).append('\n');
            if (i != 0) sb.append("i").append(i).append(",Ben,").append(v).append(',').append(text).append('\n');
            sb.append("i").append(i).append(",Chris,").append(i % 4 == 3 ? "conflict" : v).append(',').append(text).append('\n');
        }
        sb.append("i0,ben,economy,Text of item 0.\n");
        return Files.writeString(dir.resolve("coded.csv"), sb.toString());
    }

    @Test
    void theCliTheGuiAndTheWorkbookFlagTheSamePairsAndGiveTheSameMean(@TempDir Path dir) throws Exception {
        Path csv = coding(dir);
        // the GUI's Agreement view: the app step the view runs, and the grids it shows
        Corpus corpus = Corpora.read(csv, new ReadOptions(new FieldMapping(null, "text", null, List.of("frame"), null, null, "item", "coder", null),
                null, null, null, false, 0), Progress.NONE);
        Analyses.Agreement gui = Analyses.agreement(corpus, "frame", "nominal", 42, Progress.NONE);
        AgreementReport r = gui.result().report();
        double mean = r.meanCohenKappa();
        assertThat(r.pairsInMean()).hasSize(3);
        String all = String.format(Locale.ROOT, "%.3f", AgreementReport.mean(r.cohen()));
        assertThat(all).isNotEqualTo(String.format(Locale.ROOT, "%.3f", mean));
        String statement = "mean over 3 annotator pairs; 2 sharing fewer than 10 items left out, all pairs: " + all;
        // the workbook has no table of pairs: its note names them
        String basis = "mean over 3 annotator pairs; 2 sharing fewer than 10 items left out ('Anna' and 'ben' 1, 'Chris' and 'ben' 1), all pairs: " + all;
        List<Object> meanRow = gui.summary().rows().stream().filter(x -> x.get(0).equals("mean Cohen's kappa (pairs)")).findFirst().orElseThrow();
        assertThat((double) meanRow.get(1)).isEqualTo(mean);
        assertThat(meanRow.get(4)).isEqualTo(statement);
        assertThat(gui.pairs().columns()).endsWith("Note");
        assertThat(gui.pairs().rows()).filteredOn(x -> x.get(1).equals("ben") || x.get(0).equals("ben"))
                .hasSize(2).allSatisfy(x -> assertThat(x.get(5)).isEqualTo("few items (< 10): not in the mean"));
        assertThat(gui.pairs().rows()).filteredOn(x -> !x.get(1).equals("ben") && !x.get(0).equals("ben"))
                .hasSize(3).allSatisfy(x -> assertThat(x.get(5)).isEqualTo(""));

        // the CLI: the same mean, the same statement (without the names: its table below flags the pairs), the same flags
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "agreement", csv.toString(), "--item-field", "item",
                "--annotator-field", "coder", "--label-field", "frame", "--text-field", "text");
        assertThat(code).as(err.toString()).isZero();
        String cli = out.toString();
        assertThat(cli).contains(String.format(Locale.ROOT, "%.3f  (%s)", mean, statement));
        assertThat(cli.lines().filter(l -> l.contains(" ben ") && l.endsWith("few items (< 10): not in the mean"))).hasSize(2);

        // the workbook's Agreement sheet: the same mean and the statement in its note column
        ReportData sample = ReportFixtures.sample(null, false);
        ReportData d = new ReportData(sample.study(), sample.overview(), sample.table(), sample.columns(), sample.groups(), sample.tests(),
                sample.terms(), sample.evidence(), sample.monthly(), sample.model(), gui.result().rows(), sample.charts(), sample.nativeCharts());
        Path xlsx = dir.resolve("report.xlsx");
        Workbook.write(d, xlsx, Progress.NONE);
        List<String> header = new ArrayList<>();
        String[] found = new String[2];
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Agreement");
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            for (Row row : s) {
                if (header.isEmpty()) {
                    row.forEach(c -> header.add(fmt.formatCellValue(c)));
                    continue;
                }
                if ("mean Cohen's kappa (pairs)".equals(fmt.formatCellValue(row.getCell(1)))) {
                    found[0] = String.valueOf(row.getCell(3).getNumericCellValue());
                    found[1] = fmt.formatCellValue(row.getCell(header.indexOf("note")));
                }
            }
        }
        assertThat(header).contains("note");
        assertThat(Double.parseDouble(found[0])).isEqualTo(mean);
        assertThat(found[1]).isEqualTo(basis);
    }
}
