package org.framelab.stats;

import org.framelab.util.CsvCells;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV tables of statistics results (UTF-8, comma-separated, header row, RFC 4180 quoting). Numbers
 * are written with up to 17 significant digits in a locale-independent form; undefined values are empty.
 * Lists (groups, n, means) are joined with {@code |}. Column names are stable (documented in docs/stats.md).
 * Formula-like text is neutralised unless {@code raw} (see {@link CsvCells}).
 */
public final class StatsCsv {
    public static final List<String> TEST_COLUMNS = List.of("feature", "test", "statistic", "df", "df2", "p", "p_holm", "p_bh",
            "effect_name", "effect", "groups", "n", "means", "note");
    public static final List<String> DESCRIPTIVES_COLUMNS = List.of("feature", "group", "n", "missing", "mean", "sd", "median",
            "q1", "q3", "iqr", "min", "max", "ci_low", "ci_high");

    private StatsCsv() {}

    public static void writeTests(List<TestResult> tests, Writer w) throws IOException {
        writeTests(tests, w, false);
    }

    public static void writeTests(List<TestResult> tests, Writer w, boolean raw) throws IOException {
        CsvCells.Printer p = new CsvCells.Printer(w, "\r\n", raw);
        p.printRecord(TEST_COLUMNS);
        for (TestResult t : tests) {
            p.printRecord(t.feature(), t.test(), num(t.statistic()), num(t.df()), num(t.df2()), num(t.p()), num(t.pHolm()),
                    num(t.pBh()), t.effectName(), num(t.effect()), String.join("|", t.groups()),
                    join(t.n().stream().map(String::valueOf).toList()), join(t.means().stream().map(StatsCsv::num).toList()), t.note());
        }
        p.flush();
    }

    /**
     * The tests with a {@code level} column after the others: {@code clusterTests} first (level {@code clusterLevel}:
     * cluster or mixed, see {@link ClusterTests}), then {@code articleTests} (level article).
     */
    public static void writeTests(List<TestResult> clusterTests, String clusterLevel, List<TestResult> articleTests, Writer w, boolean raw)
            throws IOException {
        writeTests(clusterTests, clusterLevel, articleTests, null, w, raw);
    }

    /**
     * The same with each effect size's 95% interval in {@code effect_low, effect_high} after {@code level}, as a report's
     * {@code tests.csv} gives them ({@code intervals}: {low, high} per test, in the order written; null: no such columns).
     */
    public static void writeTests(List<TestResult> clusterTests, String clusterLevel, List<TestResult> articleTests, List<double[]> intervals,
                                  Writer w, boolean raw) throws IOException {
        if (intervals != null && intervals.size() != clusterTests.size() + articleTests.size())
            throw new IllegalArgumentException("one interval per test: " + intervals.size() + " for " + (clusterTests.size() + articleTests.size()));
        CsvCells.Printer p = new CsvCells.Printer(w, "\r\n", raw);
        List<String> header = new ArrayList<>(TEST_COLUMNS);
        header.add("level");
        if (intervals != null) header.addAll(List.of("effect_low", "effect_high"));
        p.printRecord(header);
        int i = 0;
        for (TestResult t : clusterTests) p.printRecord(withInterval(record(t, clusterLevel), intervals, i++));
        for (TestResult t : articleTests) p.printRecord(withInterval(record(t, "article"), intervals, i++));
        p.flush();
    }

    private static List<Object> withInterval(List<Object> record, List<double[]> intervals, int i) {
        if (intervals == null) return record;
        List<Object> out = new ArrayList<>(record);
        out.add(num(intervals.get(i)[0]));
        out.add(num(intervals.get(i)[1]));
        return out;
    }

    private static List<Object> record(TestResult t, String level) {
        return List.of(t.feature(), t.test(), num(t.statistic()), num(t.df()), num(t.df2()), num(t.p()), num(t.pHolm()),
                num(t.pBh()), t.effectName(), num(t.effect()), String.join("|", t.groups()),
                join(t.n().stream().map(String::valueOf).toList()), join(t.means().stream().map(StatsCsv::num).toList()), t.note(), level);
    }

    public static void writeDescriptives(Map<String, List<Descriptives>> byFeature, Writer w) throws IOException {
        writeDescriptives(byFeature, w, false);
    }

    public static void writeDescriptives(Map<String, List<Descriptives>> byFeature, Writer w, boolean raw) throws IOException {
        CsvCells.Printer p = new CsvCells.Printer(w, "\r\n", raw);
        p.printRecord(DESCRIPTIVES_COLUMNS);
        for (Map.Entry<String, List<Descriptives>> e : byFeature.entrySet()) {
            for (Descriptives d : e.getValue()) {
                p.printRecord(e.getKey(), d.group(), d.n(), d.missing(), num(d.mean()), num(d.sd()), num(d.median()), num(d.q1()),
                        num(d.q3()), num(d.iqr()), num(d.min()), num(d.max()), num(d.ciLow()), num(d.ciHigh()));
            }
        }
        p.flush();
    }

    public static final List<String> POOLED_COLUMNS = List.of("feature", "group_field", "group", "articles", "defined", "numerator",
            "denominator", "pooled_ratio", "se", "ci_low", "ci_high", "computed_as");

    /** The pooled ratios per feature and group ({@link PooledRatio}); an undefined ratio or interval is empty. */
    public static void writePooled(List<PooledRatio> rows, Writer w, boolean raw) throws IOException {
        CsvCells.Printer p = new CsvCells.Printer(w, "\r\n", raw);
        p.printRecord(POOLED_COLUMNS);
        for (PooledRatio x : rows) {
            p.printRecord(x.feature(), x.groupField(), x.group(), x.articles(), x.defined(), num(x.numerator()), num(x.denominator()),
                    num(x.ratio()), num(x.se()), num(x.ciLow()), num(x.ciHigh()), x.formula());
        }
        p.flush();
    }

    /** Locale-independent shortest round-trip form; empty for NaN/infinite. */
    public static String num(double d) {
        if (!Double.isFinite(d)) return "";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.format(Locale.ROOT, "%d", (long) d);
        return Double.toString(d);
    }

    private static String join(List<String> parts) {
        return String.join("|", new ArrayList<>(parts));
    }
}
