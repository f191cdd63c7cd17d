package org.framelab.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.report.SheetKit.Col;
import org.framelab.report.tables.StableXlsx;
import org.framelab.util.AtomicFiles;
import org.framelab.validation.SpanValidation.Row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The Validation sheet: one row per annotator view, family and feature with each rate and its
 * bootstrap interval, then the method and the span source. In the study workbook and, alone, in
 * {@code validate -o DIR}'s {@code validation.xlsx}.
 */
public final class ValidationSheet {
    private ValidationSheet() {}

    public static final String NAME = "Validation";
    public static final String WORKBOOK = "validation.xlsx";

    static final List<Col<Row>> COLUMNS = Col.list("annotator:text*10<16|family:text*11|feature:text*14<34|articles:int9|hits:int8"
                    + "|hits in spans:int9|share of hits in spans:dec13|share 95% CI low:dec10|share 95% CI high:dec10|chance rate:dec9"
                    + "|enrichment (x chance):dec11|enrichment 95% CI low:dec11|enrichment 95% CI high:dec11|annotated spans:int10"
                    + "|spans with a hit:int10|span recall:dec9|span recall 95% CI low:dec11|span recall 95% CI high:dec11"
                    + "|token precision:dec10|precision 95% CI low:dec10|precision 95% CI high:dec10|token recall:dec9"
                    + "|recall 95% CI low:dec10|recall 95% CI high:dec10|token F1:dec9|F1 95% CI low:dec10|F1 95% CI high:dec10",
            Row::annotator, Row::family, Row::feature, Row::articles, Row::hits, Row::hitsInSpans,
            r -> r.shareInSpans().value(), r -> r.shareInSpans().low(), r -> r.shareInSpans().high(), r -> r.chanceRate().value(),
            r -> r.enrichment().value(), r -> r.enrichment().low(), r -> r.enrichment().high(), Row::spans, Row::spansFound,
            r -> r.spanRecall().value(), r -> r.spanRecall().low(), r -> r.spanRecall().high(),
            r -> r.tokenPrecision().value(), r -> r.tokenPrecision().low(), r -> r.tokenPrecision().high(),
            r -> r.tokenRecall().value(), r -> r.tokenRecall().low(), r -> r.tokenRecall().high(),
            r -> r.tokenF1().value(), r -> r.tokenF1().low(), r -> r.tokenF1().high());

    /** Adds the sheet to {@code wb}; nothing when {@code v} is null. */
    static void write(org.apache.poi.ss.usermodel.Workbook wb, SheetKit kit, ValidationReport v) {
        if (v == null) return;
        Sheet s = wb.createSheet(NAME);
        int r = kit.table(s, COLUMNS, v.result().rows(), x -> false);
        r = kit.section(s, r + 1, "Method");
        for (String line : v.method()) kit.note(s, r++ - 1, line);
        for (String n : v.notes()) kit.note(s, r++ - 1, "  " + n);
    }

    /** {@code validation.xlsx}: the Validation sheet alone, atomically, the same bytes for the same data. */
    public static Path writeWorkbook(ValidationReport v, Path out) throws IOException {
        return writeWorkbook(v, out, StableXlsx.documentDate());
    }

    public static Path writeWorkbook(ValidationReport v, Path out, Instant date) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetKit kit = new SheetKit(new WorkbookStyles(wb));
            write(wb, kit, v);
            SheetKit.printSetup(wb.getSheet(NAME), 2, true); // 27 columns: two pages across
            StableXlsx.setProperties(wb.getProperties(), date);
            AtomicFiles.write(out, o -> StableXlsx.write(wb::write, o));
        }
        return out;
    }
}
