package org.framelab.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.report.tables.StableXlsx;
import org.framelab.report.tables.StreamingWorkbook;
import org.framelab.util.AtomicFiles;
import org.framelab.util.Futures;
import org.framelab.util.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
        write(d, out, progress, date, true);
    }

    /** {@code parallel}: the streamed sheets' rows on two threads (else all on this one: the same file). */
    static void write(ReportData d, Path out, Progress progress, Instant date, boolean parallel) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        p.start("Writing workbook", d.table().rows().size(), "articles");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetKit kit = new SheetKit(new WorkbookStyles(wb));
            boolean ngrams = !d.ngrams().isEmpty();
            OverviewSheet.write(wb, kit, d, ngrams);
            StatsSheets.tests(wb, kit, d.tests(), d.clusters());
            PooledRatioSheet.write(wb, kit, d.pooled());
            PairwiseSheet.write(wb, kit, d.pairwise());
            EvidenceSheets.evidence(wb, kit, d);
            ModelSheets.model(wb, kit, d.model());
            ModelSheets.importance(wb, kit, d.model());
            if (!d.agreement().isEmpty()) StatsSheets.agreement(wb, kit, d.agreement());
            ValidationSheet.write(wb, kit, d.validation());
            EvidenceSheets.columns(wb, kit, d.columns());
            ChartsSheet.write(wb, kit, d);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                SheetKit.fitWrappedRows(wb.getSheetAt(i));
                printSetup(wb.getSheetAt(i));
            }
            StableXlsx.setProperties(wb.getProperties(), date);
            streamed(wb, kit, d, out, p, parallel);
        } finally {
            p.done();
        }
    }

    /**
     * Adds the streamed sheets (Articles, N-grams, Groups, Terms: the ones that grow with the corpus) and writes the file.
     * The four sheets are made first, in that order; their rows are then filled on two threads (Articles and N-grams
     * on this one, Groups and Terms beside it: about half the sheet XML each, 62 and 57 MB on 10,000 AllSides
     * articles; a streamed sheet's rows, cells and temporary file are its own, and the styles are only read); their layouts (frozen panes, filters, widths, print setup, sheet order: the workbook-wide parts) follow
     * on this thread in the order they always had, so the file is the same as when one thread wrote it all
     * ({@code StableWorkbookTest}).
     */
    private static void streamed(XSSFWorkbook wb, SheetKit kit, ReportData d, Path out, Progress p, boolean parallel) throws IOException {
        try (SXSSFWorkbook sx = new StreamingWorkbook(wb, 200, d.table().rows().size())) {
            Sheet articles = sx.createSheet("Articles");
            Sheet ngrams = d.ngrams().isEmpty() ? null : sx.createSheet("N-grams");
            Sheet groups = sx.createSheet("Groups");
            Sheet terms = sx.createSheet("Terms");
            FutureTask<int[]> others = new FutureTask<>(() -> new int[]{
                    kit.rows(groups, 0, StatsSheets.GROUPS, d.groups(), g -> false),
                    kit.rows(terms, 0, StatsSheets.TERMS, d.terms(), t -> false)});
            if (parallel) {
                Thread t = new Thread(others, "framelab-workbook-sheets");
                t.setDaemon(true);
                t.start();
            }
            int articleEnd;
            int ngramEnd;
            try {
                articleEnd = ArticleSheets.articleRows(articles, kit, d.table(), p);
                ngramEnd = ngrams == null ? 0 : ArticleSheets.ngramRows(ngrams, kit, d.ngrams());
            } catch (RuntimeException | Error e) {
                if (parallel) await(others, e); // the workbook is closed below: the other thread must be done with it
                throw e;
            }
            if (!parallel) others.run();
            int[] end = await(others, null);
            ArticleSheets.articlesLayout(articles, kit, d.table(), articleEnd);
            sx.setSheetOrder("Articles", 1);
            int next = 2;
            if (ngrams != null) {
                ArticleSheets.ngramsLayout(sx, ngrams, kit, d.ngrams(), ngramEnd);
                sx.setSheetOrder("N-grams", next++);
            }
            kit.layout(groups, StatsSheets.GROUPS, d.groups(), end[0]);
            printSetup(groups);
            sx.setSheetOrder("Groups", next);
            kit.layout(terms, StatsSheets.TERMS, d.terms(), end[1]);
            printSetup(terms);
            sx.setSheetOrder("Terms", next + 2);
            sx.setActiveSheet(0);
            sx.setSelectedTab(0);
            AtomicFiles.write(out, o -> StableXlsx.write(sx::write, o));
        }
    }

    /** The rows filled on the other thread; its failure is thrown here (or added to {@code failed}, already on its way). */
    private static int[] await(FutureTask<int[]> task, Throwable failed) throws IOException {
        try {
            return Futures.getUninterruptibly(task, () -> { }); // the rows take a second or two: finish them, then keep the interrupt
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (failed != null) {
                failed.addSuppressed(c);
                return null;
            }
            throw new IOException(Futures.throwIfIoOrUnchecked(c));
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
