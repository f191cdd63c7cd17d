package org.framelab.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.framelab.report.SheetKit.Col;
import org.framelab.stats.PooledRatio;

import java.util.List;

/**
 * The Pooled ratios sheet: per ratio feature and group, the sum of the numerators over the sum of the
 * denominators with its 95% CI ({@link PooledRatio}), beside the mean of the per-article ratios on the
 * Groups sheet (which leaves undefined ratios out).
 */
final class PooledRatioSheet {
    private PooledRatioSheet() {}

    static final String NAME = "Pooled ratios";

    static final List<Col<PooledRatio>> COLUMNS = Col.list("feature:text*12|grouped by:text12|group:text*10|articles:int9"
                    + "|with a defined ratio:int11|sum of numerators:dec12|sum of denominators:dec12|pooled ratio:dec11"
                    + "|SE:dec10|95% CI low:dec12|95% CI high:dec12|computed as:text*20<60",
            PooledRatio::feature, PooledRatio::groupField, PooledRatio::group, PooledRatio::articles, PooledRatio::defined,
            PooledRatio::numerator, PooledRatio::denominator, PooledRatio::ratio, PooledRatio::se, PooledRatio::ciLow,
            PooledRatio::ciHigh, PooledRatio::formula);

    static void write(Workbook wb, SheetKit kit, List<PooledRatio> rows) {
        if (rows.isEmpty()) return;
        Sheet s = wb.createSheet(NAME);
        int end = kit.table(s, COLUMNS, rows, r -> false);
        kit.note(s, end, "Pooled ratio = sum of numerators / sum of denominators over the group's articles (x 1000 for rates); "
                + "95% CI from the linearised ratio-estimator variance over articles (Cochran 1977, ch. 6), t with n-1 df. "
                + "Articles whose own ratio is undefined (denominator 0) add 0 to both sums; the Groups sheet's means leave them out.");
    }
}
