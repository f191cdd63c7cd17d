package org.framelab.report;

import org.apache.poi.ss.usermodel.Workbook;
import org.framelab.features.FeatureColumn;
import org.framelab.report.ReportData.EvidenceRow;
import org.framelab.report.SheetKit.Col;

import java.util.List;

/** The sheets that say what the numbers mean: Evidence (text spans where features fired) and Columns (the codebook). */
final class EvidenceSheets {
    private EvidenceSheets() {}

    static final List<Col<EvidenceRow>> EVIDENCE = Col.list("feature:text*12|category:text*10|article id:text*10"
                    + "|group:text*8|begin:int8|end:int8|matched text:wrap24|context:wrap80",
            EvidenceRow::feature, EvidenceRow::category, EvidenceRow::articleId, EvidenceRow::group, EvidenceRow::begin,
            EvidenceRow::end, EvidenceRow::text, EvidenceRow::context);

    static final List<Col<FeatureColumn>> CODEBOOK = Col.list("column:text*14|label:text*20|family:text*10|definition:wrap60|unit:text*10"
            + "|source:wrap50|computed as:wrap40|missing when:wrap30", FeatureColumn::name, org.framelab.features.ColumnLabels::label, FeatureColumn::family,
            FeatureColumn::definition, FeatureColumn::unit, FeatureColumn::source, CsvTables::computedAs, CsvTables::missingWhen);

    /**
     * The Evidence sheet; without rows, the Overview's ("Evidence", "note") entry (when the report has one, e.g. a
     * report of the Spark job's features, which has no texts) is written below the header, saying why.
     */
    static void evidence(Workbook wb, SheetKit kit, ReportData d) {
        org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("Evidence");
        int end = kit.table(s, EVIDENCE, d.evidence(), e -> false);
        if (!d.evidence().isEmpty()) return;
        d.overview().stream().filter(o -> o.section().equals(NOTE_SECTION) && o.key().equals("note")).findFirst()
                .ifPresent(o -> kit.note(s, end, o.value()));
    }

    /** The Overview section whose {@code note} entry explains an empty Evidence sheet. */
    static final String NOTE_SECTION = "Evidence";

    /** The codebook: every framing column, and the n-gram columns in one row ({@link NgramSummary#codebook}). */
    static void columns(Workbook wb, SheetKit kit, List<FeatureColumn> cols) {
        kit.table(wb.createSheet("Columns"), CODEBOOK, NgramSummary.codebook(cols), c -> false);
    }
}
