package org.framelab.report;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;
import org.framelab.report.ReportData.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Demo-like report data built with a fixed seed (values are made up; structure is real). */
public final class ReportFixtures {
    private ReportFixtures() {}

    public static final List<String> GROUPS = List.of("left", "center", "right");

    public static FeatureTable table(int rows, int features, long seed) {
        Random rnd = new Random(seed);
        List<FeatureColumn> cols = new ArrayList<>();
        for (int i = 0; i < features; i++) {
            cols.add(new FeatureColumn("family" + (i % 3) + ".feature_" + i + ".rate", "family" + (i % 3),
                    "Occurrences of feature " + i + " per 1,000 tokens.", "per 1,000 tokens", "FrameLab lexicon v1"));
        }
        List<FeatureTable.Row> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String g = GROUPS.get(r % 3);
            List<Integer> idx = new ArrayList<>();
            List<Double> val = new ArrayList<>();
            for (int i = 0; i < features; i++) {
                if (rnd.nextDouble() < 0.6) {
                    idx.add(i);
                    val.add(Math.round(rnd.nextDouble() * 10000) / 1000.0 + (r % 3));
                }
            }
            out.add(new FeatureTable.Row("a" + r, "Outlet " + (char) ('A' + r % 7), LocalDate.of(2020, 1 + r % 12, 1 + r % 28),
                    Map.of("leaning", g), new SparseVector(idx.stream().mapToInt(Integer::intValue).toArray(),
                    val.stream().mapToDouble(Double::doubleValue).toArray())));
        }
        return new FeatureTable(cols, out);
    }

    public static ReportData sample(Path chartPng, boolean withModel) {
        FeatureTable t = table(120, 8, 3);
        List<GroupRow> groups = new ArrayList<>();
        List<TestRow> tests = new ArrayList<>();
        List<MonthlyRow> monthly = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String f = t.columns().get(i).name();
            for (String g : GROUPS) {
                double m = 4 + i + GROUPS.indexOf(g);
                groups.add(new GroupRow(f, "leaning", g, 40, m, 1.2, m, m - 1, m + 1, m - 0.4, m + 0.4));
                for (int mo = 1; mo <= 6; mo++) monthly.add(new MonthlyRow(f, "leaning", g, "2020-0" + mo, 7, m + mo * 0.1));
            }
            tests.add(new TestRow(f, "leaning", "Kruskal-Wallis", 3, 12.5 - i * 4, 2, i == 3 ? 0.4 : 0.00001 * (i + 1),
                    i == 3 ? 1 : 0.00004, i == 3 ? 0.4 : 0.00002, "epsilon squared", 0.1 - i * 0.02, i < 3));
        }
        List<TermRow> terms = new ArrayList<>();
        for (String w : List.of("experts", "reform", "fake news")) for (String g : GROUPS)
            terms.add(new TermRow("scare_quotes", w, "scare_quote", g, 3 + w.length(), 40));
        List<EvidenceRow> ev = List.of(new EvidenceRow(t.columns().get(0).name(), "hedge", "a1", "center", 10, 15, "might",
                "... officials said it might be delayed ..."));
        ModelReport model = null;
        if (withModel) {
            model = new ModelReport("liblinear L2 logistic regression", "5-fold grouped by outlet", "leaning",
                    List.of(new Metric("accuracy", 0.61, 0.55, 0.67), new Metric("macro-F1", 0.58, 0.52, 0.64)),
                    List.of(new PerClass("left", 0.6, 0.5, 0.55, 40), new PerClass("center", 0.62, 0.7, 0.66, 40),
                            new PerClass("right", 0.55, 0.55, 0.55, 40)), GROUPS,
                    new long[][]{{20, 12, 8}, {6, 28, 6}, {9, 9, 22}},
                    List.of(new PerGroup("Outlet A", 18, 0.6, 0.5)),
                    List.of(new Importance("left", t.columns().get(1).name(), 0.8), new Importance("right", t.columns().get(2).name(), -0.5)),
                    List.of(new Ablation("all features", 0.58, 0.52, 0.64, 0.61), new Ablation("without family0", 0.5, 0.44, 0.56, 0.55)),
                    List.of(new Roc("left", new double[]{0, 0.2, 1}, new double[]{0, 0.6, 1}, 0.7)),
                    new Metric("majority baseline macro-F1", 0.17, Double.NaN, Double.NaN));
        }
        List<ChartImage> charts = chartPng == null ? List.of() : List.of(new ChartImage("means", "Feature means by leaning", chartPng));
        List<NativeChart> natives = List.of(new NativeChart("means", "Feature means by leaning", "bar", "feature",
                        "mean (per 1,000 tokens)", List.of("f0", "f1"), GROUPS, new double[][]{{1, 2, 3}, {2, 3, 4}}),
                new NativeChart("monthly", "Monthly f0", "line", "month", "mean", List.of("2020-01", "2020-02", "2020-03"), GROUPS,
                        new double[][]{{1, 2, 3}, {2, Double.NaN, 4}, {3, 3, 3}}));
        return new ReportData("sample", List.of(new OverviewEntry("Corpus", "file", "demo.jsonl"),
                new OverviewEntry("Corpus", "articles", "120"), new OverviewEntry("Settings", "seed", "42")),
                t, t.columns(), groups, tests, terms, ev, monthly, model,
                List.of(new AgreementRow("label_bias", "Krippendorff's alpha", "nominal", 0.4, 0.37, 0.43, 100, 5, 500)),
                charts, natives);
    }
}
