package org.framelab.spark;

import org.framelab.report.CsvTables;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.util.CsvCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate job's tables as CSV text (UTF-8, comma-separated, RFC 4180 quoting, "\n" line ends, numbers as
 * {@link CsvTables#num} writes them, empty cells for missing values, formula-like text neutralised unless raw):
 * {@code groups.csv} in the columns and format of the report's {@code groups.csv}, {@code categories.csv} and
 * {@code top-terms.csv}. Deterministic: the same result gives the same bytes.
 */
public final class AggregateTables {
    private AggregateTables() {}

    /** The report's groups.csv header ({@code CsvTables}). */
    public static final List<String> GROUPS = List.of("feature", "group_field", "group", "n", "mean", "sd", "median", "q1", "q3",
            "ci_low", "ci_high", "missing");
    public static final List<String> CATEGORIES = List.of("group_field", "group", "category_field", "category", "count",
            "group_total", "share");
    public static final List<String> TOP_TERMS = List.of("group_field", "group", "family", "category", "rank", "term", "count",
            "group_articles", "per_100_articles");

    /** File name to content, in the order written. */
    public static Map<String, String> of(SparkAggregate.Result r, boolean raw) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("groups.csv", groups(r.groups(), raw));
        out.put("categories.csv", csv(raw, CATEGORIES, p -> {
            for (var c : r.categories()) p.printRecord(c.groupField(), c.group(), c.categoryField(), c.category(), c.count(),
                    c.groupTotal(), CsvTables.num(c.groupTotal() == 0 ? Double.NaN : (double) c.count() / c.groupTotal()));
        }));
        out.put("top-terms.csv", csv(raw, TOP_TERMS, p -> {
            for (var t : r.topTerms()) p.printRecord(t.groupField(), t.group(), t.family(), t.category(), t.rank(), t.term(), t.count(),
                    t.groupArticles(), CsvTables.num(t.per100()));
        }));
        return out;
    }

    /** groups.csv exactly as the report writes it. */
    public static String groups(List<GroupRow> rows, boolean raw) {
        return csv(raw, GROUPS, p -> {
            for (var g : rows) p.printRecord(g.feature(), g.groupField(), g.group(), g.n(), CsvTables.num(g.mean()), CsvTables.num(g.sd()),
                    CsvTables.num(g.median()), CsvTables.num(g.q1()), CsvTables.num(g.q3()), CsvTables.num(g.ciLow()),
                    CsvTables.num(g.ciHigh()), g.missing());
        });
    }

    interface Body {
        void print(CsvCells.Printer p) throws IOException;
    }

    private static String csv(boolean raw, List<String> header, Body body) {
        StringWriter w = new StringWriter();
        try {
            CsvCells.Printer p = new CsvCells.Printer(w, "\n", raw);
            p.printRecord(header);
            body.print(p);
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }
}
