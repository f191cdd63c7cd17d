package org.framelab.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.framelab.report.ReportData.AgreementRow;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.report.ReportData.TermRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.report.SheetKit.Col;

import java.util.List;

import static org.framelab.report.WorkbookStyles.Kind.DEC;
import static org.framelab.report.WorkbookStyles.Kind.INT;
import static org.framelab.report.WorkbookStyles.Kind.P;
import static org.framelab.report.WorkbookStyles.Kind.TEXT;

/**
 * The statistics sheets: Groups (descriptives), Tests (significant rows highlighted), Terms and
 * Agreement (inter-annotator agreement).
 */
final class StatsSheets {
    private StatsSheets() {}

    static final List<Col<GroupRow>> GROUPS = List.of(
            Col.auto("feature", TEXT, GroupRow::feature, 12),
            Col.of("grouped by", TEXT, GroupRow::groupField, 12),
            Col.auto("group", TEXT, GroupRow::group, 10),
            Col.of("n", INT, GroupRow::n, 9),
            Col.of("mean", DEC, GroupRow::mean, 11),
            Col.of("SD", DEC, GroupRow::sd, 11),
            Col.of("median", DEC, GroupRow::median, 11),
            Col.of("Q1", DEC, GroupRow::q1, 11),
            Col.of("Q3", DEC, GroupRow::q3, 11),
            Col.of("95% CI low", DEC, GroupRow::ciLow, 12),
            Col.of("95% CI high", DEC, GroupRow::ciHigh, 12));

    static final List<Col<TestRow>> TESTS = List.of(
            Col.auto("feature", TEXT, TestRow::feature, 12),
            Col.of("grouped by", TEXT, TestRow::groupField, 12),
            Col.auto("test", TEXT, TestRow::test, 9),
            Col.of("groups", INT, TestRow::groups, 8),
            Col.of("statistic", DEC, TestRow::statistic, 11),
            Col.of("df", DEC, TestRow::df, 9),
            Col.of("p", P, TestRow::p, 12),
            Col.of("p (Holm)", P, TestRow::pHolm, 12),
            Col.of("p (BH)", P, TestRow::pBh, 12),
            Col.auto("effect size", TEXT, TestRow::effectName, 14),
            Col.of("effect", DEC, TestRow::effect, 10),
            Col.of("significant", TEXT, t -> t.significant() ? "yes" : "no", 12));

    static final List<Col<TermRow>> TERMS = List.of(
            Col.auto("family", TEXT, TermRow::family, 10),
            Col.auto("term", TEXT, TermRow::term, 12).max(50),
            Col.auto("category", TEXT, TermRow::category, 10),
            Col.auto("group", TEXT, TermRow::group, 10).max(40),
            Col.of("count", INT, TermRow::count, 10),
            Col.of("articles in group", INT, TermRow::groupArticles, 12),
            Col.of("per 100 articles", DEC, TermRow::per100, 12));

    static final List<Col<AgreementRow>> AGREEMENT = List.of(
            Col.auto("variable", TEXT, AgreementRow::variable, 12),
            Col.auto("measure", TEXT, AgreementRow::measure, 12),
            Col.of("level", TEXT, AgreementRow::level, 10),
            Col.of("value", DEC, AgreementRow::value, 10),
            Col.of("95% CI low", DEC, AgreementRow::ciLow, 12),
            Col.of("95% CI high", DEC, AgreementRow::ciHigh, 12),
            Col.of("items", INT, AgreementRow::items, 10),
            Col.of("annotators", INT, AgreementRow::annotators, 12),
            Col.of("judgements", INT, AgreementRow::judgements, 12));

    static void groups(Workbook wb, SheetKit kit, List<GroupRow> rows) {
        kit.table(wb.createSheet("Groups"), GROUPS, rows, g -> false);
    }

    static void tests(Workbook wb, SheetKit kit, List<TestRow> rows) {
        Sheet s = wb.createSheet("Tests");
        int end = kit.table(s, TESTS, rows, TestRow::significant);
        kit.note(s, end, "Highlighted rows are significant after correction for multiple testing (see Overview: settings).");
    }

    /** Written into the streaming workbook: a large corpus has tens of thousands of distinct quoted terms. */
    static void terms(Workbook wb, SheetKit kit, List<TermRow> rows) {
        kit.table(wb.createSheet("Terms"), TERMS, rows, t -> false);
    }

    static void agreement(Workbook wb, SheetKit kit, List<AgreementRow> rows) {
        kit.table(wb.createSheet("Agreement"), AGREEMENT, rows, a -> false);
    }
}
