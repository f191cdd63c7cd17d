package org.framelab.study;

import org.framelab.chart.ChartData;
import org.framelab.chart.ChartSpec;
import org.framelab.features.ColumnLabels;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.report.ReportData;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.report.ReportData.ModelReport;
import org.framelab.report.ReportData.NativeChart;
import org.framelab.report.ReportData.TestRow;
import org.framelab.stats.Descriptives;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses and describes the charts of a study from its {@link ReportData}: which features to show
 * (the study's list, else the most significant ones), which groups (the largest, up to
 * {@code charts.max_groups}), and one {@link ChartSpec} per chart file.
 */
public final class StudyCharts {
    private StudyCharts() {}

    /** A chart with its file name (without extension). */
    public record Named(String name, ChartSpec spec) {}

    static final Map<String, String> FAMILY_TITLES = Map.of(
            "quotation", "Top scare-quoted terms",
            "attribution", "Top attribution verbs",
            "actors", "Top actor verbs");

    /**
     * The features the charts show: the study's list, else the most significant ones for the first
     * grouping field (by corrected p, then |effect|; by the cluster-aware tests when the articles are
     * clustered in outlets), preferring rates and ratios over raw counts (counts grow with article
     * length); never n-grams.
     */
    public static List<String> chartFeatures(Study study, ReportData d) {
        if (!study.charts().features().isEmpty()) return study.charts().features();
        Map<String, FeatureColumn> cols = columns(d);
        String first = d.tests().isEmpty() ? null : d.tests().get(0).groupField();
        List<TestRow> tests = new ArrayList<>();
        for (TestRow t : d.tests()) if (t.groupField().equals(first)) tests.add(t);
        if (tests.stream().anyMatch(t -> !t.articleLevel())) tests.removeIf(TestRow::articleLevel);
        String correction = study.analysis().correction();
        tests.sort(Comparator.comparingDouble((TestRow t) -> {
                    double p = correction.equals("bh") ? t.pBh() : t.pHolm();
                    return Double.isNaN(p) ? 2 : p;
                }).thenComparingDouble(t -> -Math.abs(Double.isNaN(t.effect()) ? 0 : t.effect()))
                .thenComparing(TestRow::feature));
        int max = study.charts().maxFeatures();
        Set<String> preferred = new LinkedHashSet<>(), counts = new LinkedHashSet<>();
        for (TestRow t : tests) {
            FeatureColumn c = cols.get(t.feature());
            if (c != null && c.isNgram()) continue;
            if (c != null && c.unit().equalsIgnoreCase("count")) counts.add(t.feature());
            else preferred.add(t.feature());
        }
        List<String> out = new ArrayList<>();
        for (String f : preferred) if (out.size() < max) out.add(f);
        for (String f : counts) if (out.size() < max) out.add(f);
        if (out.isEmpty()) {
            for (GroupRow g : d.groups()) {
                if (!out.contains(g.feature())) out.add(g.feature());
                if (out.size() >= max) break;
            }
        }
        return out;
    }

    static Map<String, FeatureColumn> columns(ReportData d) {
        Map<String, FeatureColumn> m = new HashMap<>();
        for (FeatureColumn c : d.columns()) m.put(c.name(), c);
        return m;
    }

    /** The groups charts show: the {@code max} largest by n (ties by name), in the order they appear in the Groups table. */
    static List<String> chartGroups(ReportData d, String groupField, int max) {
        Map<String, Long> n = new LinkedHashMap<>();
        for (GroupRow g : d.groups()) if (g.groupField().equals(groupField)) n.merge(g.group(), g.n(), Math::max);
        return largest(n, max);
    }

    /**
     * The {@code max} groups of {@code n} (group -> articles, in the order to keep) with the most articles, ties by name, in
     * {@code n}'s order: the groups a chart shows (the study's, the report's and the desktop application's charts).
     */
    public static List<String> largest(Map<String, Long> n, int max) {
        List<String> bySize = new ArrayList<>(n.keySet());
        bySize.sort(Comparator.comparingLong((String g) -> -n.get(g)).thenComparing(Comparator.naturalOrder()));
        Set<String> keep = new LinkedHashSet<>(bySize.subList(0, Math.min(max, bySize.size())));
        List<String> out = new ArrayList<>();
        for (String g : n.keySet()) if (keep.contains(g)) out.add(g);
        return out;
    }

    /** What the chart builders of one study need. */
    private record Ctx(Study study, ReportData d, Set<String> types, List<String> feats, Map<String, FeatureColumn> cols, String gf,
                       List<String> groups, String groupNote) {}

    public static List<Named> specs(Study study, ReportData d, List<String> groupFields) {
        List<Named> out = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>(study.charts().types());
        String gf = groupFields.isEmpty() ? null : groupFields.get(0);
        List<String> groups = gf == null ? List.of() : chartGroups(d, gf, study.charts().maxGroups());
        Ctx c = new Ctx(study, d, types, chartFeatures(study, d), columns(d), gf, groups, gf == null ? "" : groupsNote(d, gf, groups));
        if (gf != null && types.contains("means") && !c.feats().isEmpty()) means(c, out);
        if (gf != null && types.contains("box")) boxes(c, out);
        if (types.contains("monthly") && !d.monthly().isEmpty()) monthly(c, out);
        if (types.contains("terms") && !d.terms().isEmpty()) terms(c, out);
        if (d.model() != null) model(c, d.model(), out);
        return out;
    }

    /** Panels per means chart: 4 (two rows of two), 2 on a single-column figure (stacked), so no figure is taller than a page. */
    static int panelsPerChart(Study study) {
        return study.charts().width() < 400 ? 2 : 4;
    }

    /** The readable label of a column with its unit ("Hedges per 1,000 tokens", "Scare quotes (count per text)"). */
    static String label(Map<String, FeatureColumn> cols, String id) {
        FeatureColumn col = cols.get(id);
        String label = col == null ? ColumnLabels.label(id) : ColumnLabels.label(col);
        return col != null && col.unit().equalsIgnoreCase("count") ? label + " (count per text)" : label;
    }

    /** The small caption naming the column ids a chart shows. */
    static String idsCaption(List<String> ids) {
        return (ids.size() == 1 ? "Column: " : "Columns: ") + String.join(", ", ids) + ".";
    }

    /** Forest plots of the features' means by group, one panel per feature, {@link #panelsPerChart} panels a chart. */
    private static void means(Ctx c, List<Named> out) {
        List<String> feats = c.feats();
        int per = panelsPerChart(c.study());
        for (int from = 0, part = 1; from < feats.size(); from += per, part++) {
            List<String> chunk = feats.subList(from, Math.min(feats.size(), from + per));
            List<ChartData.MeanCi> means = new ArrayList<>();
            for (String f : chunk) {
                for (GroupRow g : c.d().groups()) {
                    if (g.feature().equals(f) && g.groupField().equals(c.gf()) && c.groups().contains(g.group())) {
                        means.add(new ChartData.MeanCi(label(c.cols(), f), g.group(), g.n(), g.mean(), g.ciLow(), g.ciHigh()));
                    }
                }
            }
            if (means.isEmpty()) continue;
            String title = (chunk.size() == 1 ? "Mean" : "Means") + " by " + c.gf() + c.groupNote();
            out.add(new Named("means_by_" + safe(c.gf()) + (part > 1 ? "_" + part : ""),
                    new ChartSpec.Means(title, label(c.cols(), chunk.get(0)), means, idsCaption(chunk))));
        }
    }

    /** Per feature: box plots, or for a zero-inflated one (most texts at 0) the share with any and the mean among them. */
    private static void boxes(Ctx c, List<Named> out) {
        int k = 0;
        for (String f : c.feats()) {
            if (k++ >= 4) break;
            int idx = c.d().table().indexOf(f);
            if (idx < 0) continue;
            Map<String, List<Double>> byGroup = new LinkedHashMap<>();
            for (String g : c.groups()) byGroup.put(g, new ArrayList<>());
            for (FeatureTable.Row r : c.d().table().rows()) {
                String g = groupOf(r, c.gf());
                List<Double> l = g == null ? null : byGroup.get(g);
                double v = r.values().get(idx);
                if (l != null && !Double.isNaN(v)) l.add(v); // undefined ratios are left out, not 0
            }
            long values = 0, zeros = 0;
            for (List<Double> l : byGroup.values()) for (double v : l) {
                values++;
                if (v == 0) zeros++;
            }
            String label = label(c.cols(), f);
            String title = (c.cols().containsKey(f) ? ColumnLabels.label(c.cols().get(f)) : ColumnLabels.label(f)) + " by " + c.gf() + c.groupNote();
            if (values > 0 && zeros * 2 > values) {
                out.add(new Named("hits_" + safe(f), new ChartSpec.ZeroInflated(title, "Mean among texts with any", zeroParts(f, byGroup),
                        idsCaption(List.of(f)) + String.format(java.util.Locale.ROOT, " %.0f%% of the %,d texts are 0.", 100.0 * zeros / values, values))));
                continue;
            }
            List<ChartData.BoxStats> boxes = new ArrayList<>();
            for (var e : byGroup.entrySet()) {
                if (e.getValue().isEmpty()) continue;
                boxes.add(ChartData.BoxStats.of(label, e.getKey(), e.getValue().stream().mapToDouble(Double::doubleValue).toArray(), 60));
            }
            // the measure is the panel title; the chart title says what is shown
            out.add(new Named("box_" + safe(f), new ChartSpec.Box("Distribution by " + c.gf() + c.groupNote(), label, boxes,
                    idsCaption(List.of(f)))));
        }
    }

    /** Per group: texts with a value, those with any (above 0), and the mean among those with its 95% CI. */
    private static List<ChartData.ZeroPart> zeroParts(String f, Map<String, List<Double>> byGroup) {
        List<ChartData.ZeroPart> parts = new ArrayList<>();
        for (var e : byGroup.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            double[] hits = e.getValue().stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).toArray();
            Descriptives d = Descriptives.of(e.getKey(), hits);
            parts.add(new ChartData.ZeroPart(f, e.getKey(), e.getValue().size(), hits.length, d.mean(), d.ciLow(), d.ciHigh()));
        }
        return parts;
    }

    private static void monthly(Ctx c, List<Named> out) {
        Study study = c.study();
        ReportData d = c.d();
        Map<String, FeatureColumn> cols = c.cols();
        List<String> groups = c.groups();
        Set<String> monthlyFeatures = new LinkedHashSet<>();
        for (var m : d.monthly()) monthlyFeatures.add(m.feature());
        for (String f : monthlyFeatures) {
            List<ChartData.MonthlyPoint> pts = new ArrayList<>();
            String field = null;
            for (var m : d.monthly()) {
                if (!m.feature().equals(f) || (!groups.isEmpty() && !groups.contains(m.group()))) continue;
                field = m.groupField();
                pts.add(new ChartData.MonthlyPoint(m.group(), YearMonth.parse(m.month()), m.n(), m.mean()));
            }
            if (pts.isEmpty()) continue;
            String label = label(cols, f);
            out.add(new Named("monthly_" + safe(f), new ChartSpec.Monthly("Monthly means by " + field, label, pts,
                    study.analysis().minMonthN(), idsCaption(List.of(f)))));
        }
    }

    private static void terms(Ctx c, List<Named> out) {
        Study study = c.study();
        ReportData d = c.d();
        String gf = c.gf();
        List<String> groups = c.groups();
        Map<String, List<ChartData.TermCount>> byFamily = new LinkedHashMap<>();
        List<ReportData.TermRow> sorted = new ArrayList<>(d.terms());
        // the same group keeps the same colour and marker in every chart: order as in the Groups table
        sorted.sort(Comparator.comparingInt((ReportData.TermRow t) -> groups.indexOf(t.group()) < 0 ? Integer.MAX_VALUE : groups.indexOf(t.group())));
        // one value per term and group: counts of a term in several categories are added up
        Map<String, Map<String, long[]>> agg = new LinkedHashMap<>();
        for (var t : sorted) {
            if (!groups.isEmpty() && !groups.contains(t.group())) continue;
            if (t.family().equals("sources")) continue; // verbs per named source: a table, not a chart
            long[] cell = agg.computeIfAbsent(t.family(), x -> new LinkedHashMap<>())
                    .computeIfAbsent(t.term() + "\u0000" + t.group(), x -> new long[]{0, t.groupArticles()});
            cell[0] += t.count();
        }
        for (var fam : agg.entrySet()) {
            for (var e : fam.getValue().entrySet()) {
                String[] tg = e.getKey().split("\u0000", 2);
                byFamily.computeIfAbsent(fam.getKey(), x -> new ArrayList<>())
                        .add(new ChartData.TermCount(tg[0], fam.getKey(), tg[1], e.getValue()[0], e.getValue()[1]));
            }
        }
        for (var e : byFamily.entrySet()) {
            String title = FAMILY_TITLES.getOrDefault(e.getKey(), "Top " + e.getKey().replace('_', ' ') + " terms") + (gf == null ? "" : " by " + gf);
            out.add(new Named("terms_" + safe(e.getKey()), new ChartSpec.Terms(title, e.getValue(), study.charts().topTerms(),
                    "Table: terms.csv (family " + e.getKey() + ").")));
        }
    }

    private static void model(Ctx c, ModelReport m, List<Named> out) {
        Set<String> types = c.types();
        if (types.contains("confusion")) {
            out.add(new Named("confusion", new ChartSpec.ConfusionMatrix("Confusion matrix: " + m.labelField(),
                    new ChartData.Confusion(m.labels(), m.confusion()))));
        }
        if (types.contains("roc") && !m.roc().isEmpty()) {
            List<ChartData.RocCurve> curves = new ArrayList<>();
            for (var r : m.roc()) curves.add(new ChartData.RocCurve(r.label(), r.fpr(), r.tpr(), r.auc()));
            out.add(new Named("roc", new ChartSpec.Roc("ROC curves: " + m.labelField(), curves)));
        }
        if (types.contains("features") && !m.importance().isEmpty()) {
            List<ChartData.FeatureWeight> ws = new ArrayList<>();
            for (var i : m.importance()) { // the label alone: "Hedges" (a count) beside "Hedges per 1,000 tokens"
                FeatureColumn col = c.cols().get(i.feature());
                ws.add(new ChartData.FeatureWeight(i.classLabel(), col == null ? ColumnLabels.label(i.feature()) : ColumnLabels.label(col), i.value()));
            }
            boolean weights = org.framelab.app.ModelRows.isWeights(m.importance());
            out.add(new Named("top_features", new ChartSpec.TopFeatures(org.framelab.app.ModelRows.importanceTitle(weights, m.labelField()),
                    org.framelab.app.ModelRows.importanceCaption(weights), ws, 8)));
        }
        if (types.contains("ablation") && !m.ablation().isEmpty()) {
            List<ChartData.ScoreBar> bars = new ArrayList<>();
            for (var a : m.ablation()) bars.add(new ChartData.ScoreBar(a.name(), a.macroF1(), a.ciLow(), a.ciHigh()));
            Double ref = m.baseline() == null ? null : m.baseline().value();
            out.add(new Named("ablation", new ChartSpec.Scores("Feature-family ablation: " + m.labelField(), "Macro-F1",
                    bars, ref, "majority baseline")));
        }
    }

    private static String groupsNote(ReportData d, String gf, List<String> shown) {
        long all = d.groups().stream().filter(g -> g.groupField().equals(gf)).map(GroupRow::group).distinct().count();
        return all > shown.size() ? " (" + shown.size() + " largest of " + all + ")" : "";
    }

    /** The value of a grouping field for a feature-table row: outlet, a label, or a period of its date. */
    public static String groupOf(FeatureTable.Row r, String field) {
        switch (field) {
            case "outlet", "source":
                return r.outlet() == null || r.outlet().isEmpty() ? null : r.outlet();
            case "year":
                return r.date() == null ? null : String.valueOf(r.date().getYear());
            case "month":
                return r.date() == null ? null : YearMonth.from(r.date()).toString();
            case "quarter":
                return r.date() == null ? null : r.date().getYear() + "-Q" + ((r.date().getMonthValue() - 1) / 3 + 1);
            default:
                String v = r.labels().get(field);
                return v == null || v.isEmpty() ? null : v;
        }
    }

    static String safe(String s) {
        String x = s.replaceAll("[^A-Za-z0-9_.-]+", "_");
        return x.length() > 60 ? x.substring(0, 60) : x;
    }
}
