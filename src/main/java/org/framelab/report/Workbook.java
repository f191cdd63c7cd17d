package org.framelab.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.report.tables.StableXlsx;
import org.framelab.report.tables.StreamingWorkbook;
import org.framelab.util.AtomicFiles;
import org.framelab.util.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * Writes the study workbook (.xlsx) with Apache POI: Overview, Articles and N-grams (streamed with
 * SXSSF so a corpus of tens of thousands of articles fits in memory), Groups, Tests, Terms, Pooled ratios, Evidence,
 * Model, Features, Agreement, Validation (span validation, when the study has one), Columns and Charts (native Excel bar/line charts plus the PNG figures).
 * Every sheet has a styled, frozen header row, explicit column widths, number formats and a print
 * setup (landscape A4, scaled to the page width). The same data gives the same bytes: see {@link StableXlsx}.
 * The sheets are written by {@link OverviewSheet}, {@link ArticleSheets}, {@link StatsSheets},
 * {@link EvidenceSheets}, {@link ModelSheets} and {@link ChartsSheet}.
 */
public final class Workbook {
    /** Excel allows 16,384 columns; the Articles sheet keeps the first this many framing columns ({@code articles.csv} has all). */
    public static final int MAX_FEATURE_COLUMNS = 2000;
    static final int MAX_CELL = SheetKit.MAX_CELL;
    /** Sheets printed without a repeated header row (they are not one table). */
    private static final Set<String> NO_REPEAT = Set.of("Overview", "Model", "Charts");

    private Workbook() {}

    /** Writes the workbook atomically to {@code out}, dated {@code SOURCE_DATE_EPOCH} when set (else a fixed date). */
    public static void write(ReportData data, Path out, Progress progress) throws IOException {
        write(data, out, progress, StableXlsx.documentDate());
    }

    /** Writes the workbook atomically to {@code out}; {@code date}: its created/modified date. */
    public static void write(ReportData d, Path out, Progress progress, Instant date) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        p.start("Writing workbook", d.table().rows().size(), "articles");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetKit kit = new SheetKit(new WorkbookStyles(wb));
            boolean ngrams = !d.ngrams().isEmpty();
            OverviewSheet.write(wb, kit, d, ngrams);
            StatsSheets.tests(wb, kit, d.tests(), d.clusters());
            PooledRatioSheet.write(wb, kit, d.pooled());
            EvidenceSheets.evidence(wb, kit, d);
            ModelSheets.model(wb, kit, d.model());
            ModelSheets.importance(wb, kit, d.model());
            if (!d.agreement().isEmpty()) StatsSheets.agreement(wb, kit, d.agreement());
            ValidationSheet.write(wb, kit, d.validation());
            EvidenceSheets.columns(wb, kit, d.columns());
            ChartsSheet.write(wb, kit, d);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) printSetup(wb.getSheetAt(i));
            StableXlsx.setProperties(wb.getProperties(), date);
            streamed(wb, kit, d, out, p);
        } finally {
            p.done();
        }
    }

    /** Adds the streamed sheets (Articles, N-grams, Groups, Terms: the ones that grow with the corpus) and writes the file. */
    private static void streamed(XSSFWorkbook wb, SheetKit kit, ReportData d, Path out, Progress p) throws IOException {
        try (SXSSFWorkbook sx = new StreamingWorkbook(wb, 200, d.table().rows().size())) {
            ArticleSheets.articles(sx, kit, d.table(), p);
            sx.setSheetOrder("Articles", 1);
            int next = 2;
            if (ArticleSheets.ngrams(sx, kit, d.ngrams())) sx.setSheetOrder("N-grams", next++);
            StatsSheets.groups(sx, kit, d.groups());
            printSetup(sx.getSheet("Groups"));
            sx.setSheetOrder("Groups", next);
            StatsSheets.terms(sx, kit, d.terms());
            printSetup(sx.getSheet("Terms"));
            sx.setSheetOrder("Terms", next + 2);
            sx.setActiveSheet(0);
            sx.setSelectedTab(0);
            AtomicFiles.write(out, o -> StableXlsx.write(sx::write, o));
        }
    }

    /** Landscape A4, one page wide; the header row repeats on every page of a table. */
    private static void printSetup(Sheet s) {
        SheetKit.printSetup(s, 1, !NO_REPEAT.contains(s.getSheetName()));
    }

    /** Removes control characters that XML 1.0 (and so .xlsx) cannot hold. */
    static String sanitize(String s) {
        return SheetKit.sanitize(s);
    }
}
