package org.framelab.study;

import org.framelab.chart.ChartExport;
import org.framelab.chart.TableCharts;
import org.framelab.features.ColumnLabels;
import org.framelab.features.FeatureColumn;
import org.framelab.report.ReportData;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.report.ReportData.NativeChart;
import org.framelab.report.ReportData.TermRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The workbook's native (editable) Excel charts: the main figures of a study as small wide tables the
 * Charts sheet turns into Excel bar and line charts, each with its picture beside it
 * ({@link TableCharts}, for viewers that do not draw Excel charts):
 * <ul>
 *   <li>feature means by group (bar; the features of the first one's unit, under their labels);</li>
 *   <li>top attribution verbs by group (bar; rate per 100 articles);</li>
 *   <li>the classifier's precision, recall and F1 per class (bar);</li>
 *   <li>the first feature per month and group (line; months with fewer articles than the study's
 *       minimum are gaps).</li>
 * </ul>
 */
public final class WorkbookCharts {
    private WorkbookCharts() {}

    /** Top terms in the terms chart. */
    static final int TOP_TERMS = 10;
    /** Size of the pictures: 6.5 x 4 in at 110 dpi (they stand beside the chart, not for print). */
    private static final ChartExport.Size PICTURE = new ChartExport.Size(468, 288, 110);

    public static List<NativeChart> of(Study study, ReportData d, List<String> groupFields) {
        List<NativeChart> out = new ArrayList<>();
        List<String> groups = List.of();
        Map<String, FeatureColumn> cols = new HashMap<>();
        for (FeatureColumn c : d.columns()) cols.put(c.name(), c);
        if (!groupFields.isEmpty()) {
            String gf = groupFields.get(0);
            groups = StudyCharts.chartGroups(d, gf, study.charts().maxGroups());
            List<String> feats = StudyCharts.chartFeatures(study, d);
            if (!feats.isEmpty() && !groups.isEmpty()) out.add(means(d, gf, groups, feats, cols));
            NativeChart terms = terms(d, groups);
            if (terms != null) out.add(terms);
        }
        if (d.model() != null && !d.model().perClass().isEmpty()) {
            var pc = d.model().perClass();
            double[][] v = new double[pc.size()][];
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < pc.size(); i++) {
                labels.add(pc.get(i).label() + " (n = " + pc.get(i).support() + ")");
                v[i] = new double[]{pc.get(i).precision(), pc.get(i).recall(), pc.get(i).f1()};
            }
            out.add(new NativeChart("model", "Classifier scores per class (editable)", "bar", d.model().labelField(), "score (0..1)",
                    labels, List.of("precision", "recall", "F1"), v));
        }
        if (!d.monthly().isEmpty()) {
            NativeChart m = monthly(study, d, groups, cols);
            if (m != null) out.add(m);
        }
        List<NativeChart> withPictures = new ArrayList<>();
        for (NativeChart nc : out) withPictures.add(nc.withPicture(picture(nc)));
        return withPictures;
    }

    private static NativeChart means(ReportData d, String gf, List<String> groups, List<String> feats, Map<String, FeatureColumn> cols) {
        String unit = cols.containsKey(feats.get(0)) ? cols.get(feats.get(0)).unit() : "";
        List<String> same = feats.stream().filter(f -> (cols.containsKey(f) ? cols.get(f).unit() : "").equals(unit)).toList();
        double[][] v = new double[same.size()][groups.size()];
        for (double[] row : v) Arrays.fill(row, Double.NaN);
        for (GroupRow g : d.groups()) {
            int i = same.indexOf(g.feature()), j = groups.indexOf(g.group());
            if (i >= 0 && j >= 0 && g.groupField().equals(gf)) v[i][j] = g.mean();
        }
        List<String> labels = same.stream().map(f -> cols.containsKey(f) ? ColumnLabels.measure(cols.get(f)) : ColumnLabels.label(f)).toList();
        return new NativeChart("means", "Feature means by " + gf + " (editable)", "bar", "measure",
                unit.isBlank() ? "mean" : "mean (" + unit + ")", labels, groups, v);
    }

    /** The most frequent attribution verbs over all groups, rate per 100 articles of each group. */
    private static NativeChart terms(ReportData d, List<String> groups) {
        Map<String, Long> total = new LinkedHashMap<>();
        for (TermRow t : d.terms()) {
            if (t.family().equals("attribution") && groups.contains(t.group())) total.merge(t.term(), t.count(), Long::sum);
        }
        if (total.isEmpty()) return null;
        List<String> top = new ArrayList<>(total.keySet());
        top.sort(Comparator.comparingLong((String t) -> -total.get(t)).thenComparing(Comparator.naturalOrder()));
        top = top.subList(0, Math.min(TOP_TERMS, top.size()));
        double[][] v = new double[top.size()][groups.size()];
        for (double[] row : v) Arrays.fill(row, 0);
        for (TermRow t : d.terms()) {
            int i = top.indexOf(t.term()), j = groups.indexOf(t.group());
            if (i >= 0 && j >= 0 && t.family().equals("attribution")) v[i][j] = t.per100();
        }
        return new NativeChart("terms", "Top attribution verbs by group (editable)", "bar", "reporting verb",
                "per 100 articles", top, groups, v);
    }

    private static NativeChart monthly(Study study, ReportData d, List<String> groups, Map<String, FeatureColumn> cols) {
        String f = d.monthly().get(0).feature();
        List<String> months = new ArrayList<>(new TreeSet<>(d.monthly().stream()
                .filter(m -> m.feature().equals(f)).map(ReportData.MonthlyRow::month).toList()));
        List<String> gs = new ArrayList<>(new LinkedHashSet<>(d.monthly().stream()
                .filter(m -> m.feature().equals(f) && (groups.isEmpty() || groups.contains(m.group())))
                .map(ReportData.MonthlyRow::group).toList()));
        if (months.isEmpty() || gs.isEmpty()) return null;
        double[][] v = new double[months.size()][gs.size()];
        for (double[] row : v) Arrays.fill(row, Double.NaN);
        for (var m : d.monthly()) {
            int i = months.indexOf(m.month()), j = gs.indexOf(m.group());
            if (m.feature().equals(f) && i >= 0 && j >= 0 && m.n() >= study.analysis().minMonthN()) v[i][j] = m.mean();
        }
        String label = cols.containsKey(f) ? ColumnLabels.label(cols.get(f)) : ColumnLabels.label(f);
        return new NativeChart("monthly", label + " per month (editable)", "line", "month", "monthly mean", months, gs, v);
    }

    private static byte[] picture(NativeChart nc) {
        try {
            return ChartExport.png(TableCharts.of(nc.title().replace(" (editable)", ""), nc.categoryTitle(), nc.valueTitle(),
                    nc.categories(), nc.series(), nc.values(), nc.kind().equals("line")), PICTURE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
