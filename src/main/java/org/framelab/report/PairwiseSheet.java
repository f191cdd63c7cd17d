package org.framelab.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.framelab.features.ColumnLabels;
import org.framelab.report.ReportData.PairRow;
import org.framelab.report.SheetKit.Col;
import org.framelab.util.CsvCells;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Which groups differ: the Pairwise sheet, {@code pairwise.csv} of a report and {@code compare --pairwise FILE}, one row
 * per feature, test and pair of groups ({@link PairRow}; docs/stats.md). Written only when a comparison has 3 or more groups.
 */
public final class PairwiseSheet {
    private PairwiseSheet() {}

    static final String NAME = "Pairwise";

    /** The CSV columns (stable names, documented in docs/stats.md). */
    public static final List<String> CSV_COLUMNS = List.of("feature", "group_field", "test", "level", "group_a", "group_b", "n_a", "n_b",
            "mean_a", "mean_b", "difference", "statistic", "df", "p", "p_adjusted", "adjustment", "effect_name", "effect", "significant", "note");

    static final List<Col<PairRow>> COLUMNS = Col.list("feature:text*12|measure:text*20|grouped by:text12|test:text*9|level:text9"
                    + "|group a:text*10<40|group b:text*10<40|n a:int8|n b:int8|mean a:dec11|mean b:dec11|difference (a - b):dec12"
                    + "|statistic:dec10|df:dec9|p:p12|p adjusted:p12|adjusted by:text*12|effect size:text*12|effect:dec10"
                    + "|significant:text12|note:text*14<60",
            PairRow::feature, r -> ColumnLabels.label(r.feature()), PairRow::groupField, PairRow::test, PairRow::level, PairRow::groupA,
            PairRow::groupB, PairRow::nA, PairRow::nB, PairRow::meanA, PairRow::meanB, PairRow::difference, PairRow::statistic, PairRow::df,
            PairRow::p, PairRow::pAdjusted, PairRow::adjustment, PairRow::effectName, PairRow::effect, r -> r.significant() ? "yes" : "no",
            PairRow::note);

    static void write(Workbook wb, SheetKit kit, List<PairRow> rows) {
        if (rows.isEmpty()) return;
        Sheet s = wb.createSheet(NAME);
        int end = kit.table(s, COLUMNS, rows, PairRow::significant);
        kit.note(s, end, "Which groups differ, for comparisons of 3 or more groups. Games-Howell (after the Welch ANOVA): Welch's t of the pair, "
                + "p adjusted over the feature's pairs by the studentized range. Dunn (after Kruskal-Wallis): mean ranks, Holm over the feature's "
                + "pairs. Highlighted: the feature's omnibus test is significant after correction across features and the adjusted p is below "
                + "alpha. Level 'article': articles taken as independent; where they are clustered in outlets (see Tests) the pairs are for "
                + "reference only and never highlighted. Methods: docs/stats.md.");
    }

    /** The rows as CSV ({@link #CSV_COLUMNS}; numbers as in every FrameLab table, undefined values empty). */
    public static void writeCsv(List<PairRow> rows, Writer w, boolean raw) throws IOException {
        CsvCells.Printer p = new CsvCells.Printer(w, "\r\n", raw);
        p.printRecord(CSV_COLUMNS);
        print(p, rows);
        p.flush();
    }

    /** {@code pairwise.csv} of a report. */
    static Path csv(List<PairRow> rows, Path dir, boolean raw) throws IOException {
        return CsvTables.csv(raw, dir.resolve("pairwise.csv"), CSV_COLUMNS, p -> print(p, rows));
    }

    private static void print(CsvCells.Printer p, List<PairRow> rows) throws IOException {
        for (PairRow r : rows) {
            p.printRecord(r.feature(), r.groupField(), r.test(), r.level(), r.groupA(), r.groupB(), r.nA(), r.nB(), CsvTables.num(r.meanA()),
                    CsvTables.num(r.meanB()), CsvTables.num(r.difference()), CsvTables.num(r.statistic()), CsvTables.num(r.df()),
                    CsvTables.num(r.p()), CsvTables.num(r.pAdjusted()), r.adjustment(), r.effectName(), CsvTables.num(r.effect()),
                    r.significant(), r.note());
        }
    }
}
