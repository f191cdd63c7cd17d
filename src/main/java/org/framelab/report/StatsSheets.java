package org.framelab.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.framelab.report.ReportData.AgreementRow;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.report.ReportData.TermRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.report.SheetKit.Col;

import java.util.List;

/**
 * The statistics sheets: Groups (descriptives), Tests (significant rows highlighted), Terms and
 * Agreement (inter-annotator agreement).
 */
final class StatsSheets {
    private StatsSheets() {}

    static final List<Col<GroupRow>> GROUPS = Col.list("feature:text*12|grouped by:text12|group:text*10|n:int9|mean:dec11"
                    + "|SD:dec11|median:dec11|Q1:dec11|Q3:dec11|95% CI low:dec12|95% CI high:dec12|missing:int9",
            GroupRow::feature, GroupRow::groupField, GroupRow::group, GroupRow::n, GroupRow::mean, GroupRow::sd,
            GroupRow::median, GroupRow::q1, GroupRow::q3, GroupRow::ciLow, GroupRow::ciHigh, GroupRow::missing);

    static final List<Col<TestRow>> TESTS = Col.list("feature:text*12|grouped by:text12|test:text*9|groups:int8"
                    + "|statistic:dec11|df:dec9|p:p12|p (Holm):p12|p (BH):p12|effect size:text*14|effect:dec10|significant:text12",
            TestRow::feature, TestRow::groupField, TestRow::test, TestRow::groups, TestRow::statistic, TestRow::df,
            TestRow::p, TestRow::pHolm, TestRow::pBh, TestRow::effectName, TestRow::effect, t -> t.significant() ? "yes" : "no");

    static final List<Col<TermRow>> TERMS = Col.list("family:text*10|term:text*12<50|category:text*10|group:text*10<40"
                    + "|count:int10|articles in group:int12|per 100 articles:dec12",
            TermRow::family, TermRow::term, TermRow::category, TermRow::group, TermRow::count, TermRow::groupArticles,
            TermRow::per100);

    static final List<Col<AgreementRow>> AGREEMENT = Col.list("variable:text*12|measure:text*12|level:text10|value:dec10"
                    + "|95% CI low:dec12|95% CI high:dec12|items:int10|annotators:int12|judgements:int12",
            AgreementRow::variable, AgreementRow::measure, AgreementRow::level, AgreementRow::value, AgreementRow::ciLow,
            AgreementRow::ciHigh, AgreementRow::items, AgreementRow::annotators, AgreementRow::judgements);

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
