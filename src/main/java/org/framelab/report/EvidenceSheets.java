package org.framelab.report;

import org.apache.poi.ss.usermodel.Workbook;
import org.framelab.features.FeatureColumn;
import org.framelab.report.ReportData.EvidenceRow;
import org.framelab.report.SheetKit.Col;

import java.util.ArrayList;
import java.util.List;

import static org.framelab.report.WorkbookStyles.Kind.INT;
import static org.framelab.report.WorkbookStyles.Kind.TEXT;
import static org.framelab.report.WorkbookStyles.Kind.WRAP;

/** The sheets that say what the numbers mean: Evidence (text spans where features fired) and Columns (the codebook). */
final class EvidenceSheets {
    private EvidenceSheets() {}

    static final List<Col<EvidenceRow>> EVIDENCE = List.of(
            Col.auto("feature", TEXT, EvidenceRow::feature, 12),
            Col.auto("category", TEXT, EvidenceRow::category, 10),
            Col.auto("article id", TEXT, EvidenceRow::articleId, 10),
            Col.auto("group", TEXT, EvidenceRow::group, 8),
            Col.of("begin", INT, EvidenceRow::begin, 8),
            Col.of("end", INT, EvidenceRow::end, 8),
            Col.of("matched text", WRAP, EvidenceRow::text, 24),
            Col.of("context", WRAP, EvidenceRow::context, 80));

    static final List<Col<FeatureColumn>> CODEBOOK = List.of(
            Col.auto("column", TEXT, FeatureColumn::name, 14),
            Col.auto("family", TEXT, FeatureColumn::family, 10),
            Col.of("definition", WRAP, FeatureColumn::definition, 60),
            Col.auto("unit", TEXT, FeatureColumn::unit, 10),
            Col.of("source", WRAP, FeatureColumn::source, 50));

    static void evidence(Workbook wb, SheetKit kit, List<EvidenceRow> rows) {
        kit.table(wb.createSheet("Evidence"), EVIDENCE, rows, e -> false);
    }

    /** The codebook: every framing column, and the n-gram columns (thousands, one per term) in one row. */
    static void columns(Workbook wb, SheetKit kit, List<FeatureColumn> cols) {
        List<FeatureColumn> rows = new ArrayList<>();
        FeatureColumn ngram = null;
        int ngrams = 0;
        for (FeatureColumn c : cols) {
            if (!ArticleSheets.isNgram(c)) rows.add(c);
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
