package org.framelab.report;

import org.apache.poi.ss.usermodel.Workbook;
import org.framelab.features.FeatureColumn;
import org.framelab.report.ReportData.EvidenceRow;
import org.framelab.report.SheetKit.Col;

import java.util.ArrayList;
import java.util.List;

/** The sheets that say what the numbers mean: Evidence (text spans where features fired) and Columns (the codebook). */
final class EvidenceSheets {
    private EvidenceSheets() {}

    static final List<Col<EvidenceRow>> EVIDENCE = Col.list("feature:text*12|category:text*10|article id:text*10"
                    + "|group:text*8|begin:int8|end:int8|matched text:wrap24|context:wrap80",
            EvidenceRow::feature, EvidenceRow::category, EvidenceRow::articleId, EvidenceRow::group, EvidenceRow::begin,
            EvidenceRow::end, EvidenceRow::text, EvidenceRow::context);

    static final List<Col<FeatureColumn>> CODEBOOK = Col.list("column:text*14|family:text*10|definition:wrap60|unit:text*10"
            + "|source:wrap50", FeatureColumn::name, FeatureColumn::family, FeatureColumn::definition, FeatureColumn::unit,
            FeatureColumn::source);

    static void evidence(Workbook wb, SheetKit kit, List<EvidenceRow> rows) {
        kit.table(wb.createSheet("Evidence"), EVIDENCE, rows, e -> false);
    }

    /** The codebook: every framing column, and the n-gram columns (thousands, one per term) in one row. */
    static void columns(Workbook wb, SheetKit kit, List<FeatureColumn> cols) {
        List<FeatureColumn> rows = new ArrayList<>();
        FeatureColumn ngram = null;
        int ngrams = 0;
        for (FeatureColumn c : cols) {
            if (!c.isNgram()) rows.add(c);
            else if (ngrams++ == 0) ngram = c;
        }
        if (ngram != null) {
            rows.add(new FeatureColumn("ngram:TERM", ngram.family(), ngrams + " columns, one per n-gram of the fitted vocabulary"
                    + " (e.g. " + ngram.name() + ": " + ngram.definition() + ") Summarised in the N-grams sheet; per-article"
                    + " values and each column's definition in tables/articles.csv and tables/columns.csv.",
                    ngram.unit(), ngram.source()));
        }
        kit.table(wb.createSheet("Columns"), CODEBOOK, rows, c -> false);
    }
}
