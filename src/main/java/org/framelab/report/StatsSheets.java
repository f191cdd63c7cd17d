package org.framelab.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.framelab.features.ColumnLabels;
import org.framelab.report.ReportData.AgreementRow;
import org.framelab.report.ReportData.ClusterRows;
import org.framelab.report.ReportData.IccRow;
import org.framelab.report.ReportData.MixedRow;
import org.framelab.report.ReportData.PermutationRow;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.report.ReportData.TermRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.report.SheetKit.Col;

import java.util.List;

/**
 * The statistics sheets: Groups (descriptives), Tests (significant rows highlighted), Terms and
 * Agreement (inter-annotator agreement). When the articles of a comparison are clustered in outlets the Tests
 * sheet starts with the design's warning, then the cluster-aware tests, the article-level tests (labelled), the
 * ICC table and the permutation / mixed-model details.
 */
final class StatsSheets {
    private StatsSheets() {}

    static final List<Col<GroupRow>> GROUPS = Col.list("feature:text*12|measure:text*20|grouped by:text12|group:text*10|n:int9|mean:dec11"
                    + "|SD:dec11|median:dec11|Q1:dec11|Q3:dec11|95% CI low:dec12|95% CI high:dec12|missing:int9",
            GroupRow::feature, g -> ColumnLabels.label(g.feature()), GroupRow::groupField, GroupRow::group, GroupRow::n, GroupRow::mean, GroupRow::sd,
            GroupRow::median, GroupRow::q1, GroupRow::q3, GroupRow::ciLow, GroupRow::ciHigh, GroupRow::missing);

    static final List<Col<TestRow>> TESTS = Col.list("feature:text*12|measure:text*20|grouped by:text12|test:text*9|groups:int8"
                    + "|statistic:dec11|df:dec9|df2:dec9|p:p12|p (Holm):p12|p (BH):p12|effect size:text*14|effect:dec10"
                    + "|effect 95% CI low:dec10|effect 95% CI high:dec10|significant:text12|level:text10|note:text*14<60",
            TestRow::feature, t -> ColumnLabels.label(t.feature()), TestRow::groupField, TestRow::test, TestRow::groups, TestRow::statistic, TestRow::df,
            TestRow::df2, TestRow::p, TestRow::pHolm, TestRow::pBh, TestRow::effectName, TestRow::effect, TestRow::effectLow, TestRow::effectHigh,
            t -> t.significant() ? "yes" : "no",
            TestRow::level, TestRow::note);

    static final List<Col<IccRow>> ICC = Col.list("feature:text*12|grouped by:text12|cluster:text10|ICC:dec10|F:dec10|df1:dec8"
                    + "|df2:dec8|p:p12|clusters:int9|n:int9|k0:dec9|mean cluster size:dec12|design effect:dec11|effective n:dec11|note:text*14<60",
            IccRow::feature, IccRow::groupField, IccRow::clusterField, IccRow::icc, IccRow::f, IccRow::df1, IccRow::df2, IccRow::p,
            IccRow::clusters, IccRow::n, IccRow::k0, IccRow::meanClusterSize, IccRow::designEffect, IccRow::effectiveN, IccRow::note);

    static final List<Col<PermutationRow>> PERMUTATION = Col.list("feature:text*12|grouped by:text12|cluster:text10|statistic:text*14<40"
                    + "|value:dec11|p:p12|p (Holm):p12|p (BH):p12|method:text12|permutations:int12|smallest p:p12|clusters:int9"
                    + "|significant:text12|note:text*14<60",
            PermutationRow::feature, PermutationRow::groupField, PermutationRow::clusterField, PermutationRow::statisticName,
            PermutationRow::statistic, PermutationRow::p, PermutationRow::pHolm, PermutationRow::pBh, PermutationRow::method,
            PermutationRow::permutations, PermutationRow::smallestP, PermutationRow::clusters, x -> x.significant() ? "yes" : "no",
            PermutationRow::note);

    static final List<Col<MixedRow>> MIXED = Col.list("feature:text*12|grouped by:text12|cluster:text10|group:text*10<40"
                    + "|coefficient:dec12|SE:dec10|z:dec10|p:p12|model mean:dec12|mean:dec11|CR1 SE:dec10|n:int9"
                    + "|cluster variance:dec12|residual variance:dec12|ICC (model):dec11|note:text*14<60",
            MixedRow::feature, MixedRow::groupField, MixedRow::clusterField, MixedRow::group, MixedRow::coefficient, MixedRow::se,
            MixedRow::z, MixedRow::p, MixedRow::modelMean, MixedRow::olsMean, MixedRow::cr1Se, MixedRow::n, MixedRow::clusterVariance,
            MixedRow::residualVariance, MixedRow::icc, MixedRow::note);

    static final List<Col<TermRow>> TERMS = Col.list("family:text*10|term:text*12<50|category:text*10|group:text*10<40"
                    + "|count:int10|articles in group:int12|per 100 articles:dec12",
            TermRow::family, TermRow::term, TermRow::category, TermRow::group, TermRow::count, TermRow::groupArticles,
            TermRow::per100);

    static final List<Col<AgreementRow>> AGREEMENT = Col.list("variable:text*12|measure:text*12|level:text10|value:dec10"
                    + "|95% CI low:dec12|95% CI high:dec12|items:int10|annotators:int12|judgements:int12|note:text*14<70",
            AgreementRow::variable, AgreementRow::measure, AgreementRow::level, AgreementRow::value, AgreementRow::ciLow,
            AgreementRow::ciHigh, AgreementRow::items, AgreementRow::annotators, AgreementRow::judgements, AgreementRow::note);

    static void tests(Workbook wb, SheetKit kit, List<TestRow> rows, ClusterRows clusters) {
        Sheet s = wb.createSheet("Tests");
        if (clusters.isEmpty()) {
            int end = kit.table(s, TESTS, rows, TestRow::significant);
            kit.note(s, end, "Highlighted rows are significant after correction for multiple testing (see Overview: settings).");
            return;
        }
        int r = 0;
        for (var d : clusters.designs()) if (!d.warning().isEmpty()) r = kit.section(s, r, "Warning: " + d.warning());
        r = kit.section(s, r + 1, "Cluster-aware tests: tests on outlet means and cluster permutation tests (nested designs), "
                + "mixed model and cluster-robust tests (crossed designs)");
        List<TestRow> cluster = rows.stream().filter(t -> !t.articleLevel()).toList();
        r = kit.rows(s, r, TESTS, cluster, TestRow::significant);
        r = kit.section(s, r + 1, "Article-level tests (assume independent articles; for reference only where a warning above applies)");
        r = kit.rows(s, r, TESTS, rows.stream().filter(TestRow::articleLevel).toList(), TestRow::significant);
        r = kit.section(s, r + 1, "Intraclass correlation by cluster: ICC(1), F test of ICC = 0, design effect 1 + (mean cluster size - 1) ICC");
        r = kit.rows(s, r, ICC, clusters.icc(), x -> false);
        if (!clusters.permutation().isEmpty()) {
            r = kit.section(s, r + 1, "Cluster permutation tests: labels permuted across clusters (exact, or Monte Carlo with the study seed)");
            r = kit.rows(s, r, PERMUTATION, clusters.permutation(), PermutationRow::significant);
        }
        if (!clusters.mixed().isEmpty()) {
            r = kit.section(s, r + 1, "Mixed model (random intercept per cluster, REML) and OLS means with cluster-robust (CR1) errors");
            r = kit.rows(s, r, MIXED, clusters.mixed(), x -> false);
        }
        kit.widen(s, TESTS, rows);
        kit.widen(s, ICC, clusters.icc());
        kit.widen(s, PERMUTATION, clusters.permutation());
        kit.widen(s, MIXED, clusters.mixed());
        kit.note(s, r, "Highlighted rows are significant after correction for multiple testing (see Overview: settings); where the "
                + "articles are clustered only the cluster-aware tests are marked. Methods: docs/stats.md.");
    }

    /** Written into the streaming workbook: a large corpus has tens of thousands of distinct quoted terms. */
    static void agreement(Workbook wb, SheetKit kit, List<AgreementRow> rows) {
        kit.table(wb.createSheet("Agreement"), AGREEMENT, rows, a -> false);
    }
}
