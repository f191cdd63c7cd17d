package org.framelab.chart;

import org.framelab.chart.ChartData.BoxStats;
import org.framelab.chart.ChartData.MeanCi;
import org.framelab.chart.ChartData.MonthlyPoint;
import org.framelab.chart.ChartData.TermCount;
import org.framelab.chart.ChartData.ZeroPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Font;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each chart kind drawn from a small table: readable labels (no column ids in titles or axis
 * labels), groups sorted by the value shown with their n, the PDF page in millimetres for single
 * and double column width, and no font below 7 pt at print size. With
 * {@code -Dframelab.chart.out=DIR} the charts are kept as PNG/PDF/SVG for looking at.
 */
public class ChartKindsTest {
    /** A column id: dotted lower-case words without spaces (attribution.said_ratio). */
    public static final Pattern ID = Pattern.compile("\\b[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*(\\.[a-z0-9_]+)?\\b");

    static final Map<String, Integer> N = new LinkedHashMap<>();
    static {
        N.put("Fox News", 245);
        N.put("Reuters", 310);
        N.put("The Washington Post", 188);
        N.put("Breitbart", 97);
        N.put("USA Today", 150);
        N.put("HuffPost", 120);
    }

    static Map<String, ChartSpec> specs() {
        Random rnd = new Random(11);
        Map<String, ChartSpec> out = new LinkedHashMap<>();
        List<MeanCi> one = new ArrayList<>(), several = new ArrayList<>();
        String[] labels = {"Evaluative reporting verbs per 1,000 tokens", "Hedges per 1,000 tokens",
                "Share of reporting verbs that are 'say'", "Scare quotes (count per text)"};
        for (String f : labels) for (var g : N.entrySet()) {
            double m = 1 + rnd.nextDouble() * 3, hw = 0.2 + rnd.nextDouble() * 0.6;
            MeanCi x = new MeanCi(f, g.getKey(), g.getValue() - (f.startsWith("Share") ? 40 : 0), m, m - hw, m + hw);
            several.add(x);
            if (f.equals(labels[0])) one.add(x);
        }
        String ids = "Columns: attribution.evaluative.rate, stance.hedge.rate, attribution.said_ratio, quotation.scare.count.";
        out.put("forest", new ChartSpec.Means("Mean by outlet", labels[0], one, "Column: attribution.evaluative.rate."));
        out.put("small_multiples", new ChartSpec.Means("Means by outlet", labels[0], several, ids));
        List<ZeroPart> parts = new ArrayList<>();
        for (var g : N.entrySet()) {
            int hits = 5 + rnd.nextInt(g.getValue() / 3);
            double m = 1 + rnd.nextDouble();
            parts.add(new ZeroPart("quotation.scare.count", g.getKey(), g.getValue(), hits, m, m - 0.3, m + 0.3));
        }
        out.put("zero_inflated", new ChartSpec.ZeroInflated("Scare quotes by outlet", "Mean among texts with any", parts,
                "Column: quotation.scare.count. 81% of the 1,110 texts are 0."));
        List<TermCount> terms = new ArrayList<>();
        String[] verbs = {"said", "told", "according to", "claimed", "added", "noted", "argued", "insisted", "admitted", "warned"};
        for (String v : verbs) for (var g : N.entrySet()) terms.add(new TermCount(v, "attribution", g.getKey(), rnd.nextInt(120), g.getValue()));
        out.put("heat_map", new ChartSpec.Terms("Top attribution verbs by outlet", terms, 8, "Table: terms.csv (family attribution)."));
        List<MonthlyPoint> pts = new ArrayList<>();
        for (String g : List.of("Fox News", "Reuters", "The Washington Post", "Breitbart")) for (int mth = 0; mth < 18; mth++) {
            pts.add(new MonthlyPoint(g, YearMonth.of(2019, 1).plusMonths(mth), 20, 2 + rnd.nextDouble() * 2));
        }
        out.put("time_series", new ChartSpec.Monthly("Monthly means by outlet", "Hedges per 1,000 tokens", pts, 5,
                "Column: stance.hedge.rate."));
        List<BoxStats> boxes = new ArrayList<>();
        for (var g : N.entrySet()) {
            double[] v = new double[g.getValue()];
            for (int i = 0; i < v.length; i++) v[i] = Math.max(0, 3 + rnd.nextGaussian() * 1.5);
            if (g.getKey().equals("Reuters")) v[0] = Double.NaN; // undefined: left out, n says so
            boxes.add(BoxStats.of("Hedges per 1,000 tokens", g.getKey(), v, 20));
        }
        out.put("box", new ChartSpec.Box("Hedges by outlet", "Hedges per 1,000 tokens", boxes, "Column: stance.hedge.rate."));
        return out;
    }

    @Test
    void everyKindIsLabelledSortedAndSizedForPrint(@TempDir Path tmp) throws Exception {
        Path dir = System.getProperty("framelab.chart.out") != null ? Path.of(System.getProperty("framelab.chart.out")) : tmp;
        Files.createDirectories(dir);
        for (var e : specs().entrySet()) {
            for (var w : Map.of("single", 85.0, "double", 175.0).entrySet()) {
                ChartExport.Size size = new ChartExport.Size(ChartExport.Size.points(w.getValue()), 200, 300);
                JFreeChart chart = ChartSpec.build(e.getValue(), size.width());
                String what = e.getKey() + " " + w.getKey();
                for (String text : texts(chart)) assertThat(ID.matcher(text).find()).as(what + ": raw id in '" + text + "'").isFalse();
                for (Font f : FontFit.fonts(chart)) assertThat(f.getSize2D()).as(what + " font").isGreaterThanOrEqualTo(7f);
                List<Path> files = ChartSpec.write(e.getValue(), dir.resolve(e.getKey() + "_" + w.getKey()), size,
                        EnumSet.allOf(ChartExport.Format.class));
                byte[] pdf = Files.readAllBytes(files.get(2));
                double[] box = mediaBox(pdf);
                assertThat(box[2] / 72 * 25.4).as(what + " page width (mm)").isCloseTo(w.getValue(), org.assertj.core.data.Offset.offset(0.5));
                assertThat(box[3] / 72 * 25.4).as(what + " page height (mm)").isBetween(40.0, 240.0);
            }
        }
    }

    @Test
    void groupsAreSortedByTheValueShownWithTheirN() {
        Map<String, ChartSpec> specs = specs();
        CategoryPlot forest = ((PanelGridPlot) ChartSpec.build(specs.get("forest")).getPlot()).panels().get(0);
        assertDescending(forest);
        assertThat(forest.getCategories().get(0).toString()).matches("(?s).+\\s\\(n = [0-9,]+\\)");
        PanelGridPlot grid = (PanelGridPlot) ChartSpec.build(specs.get("small_multiples")).getPlot();
        assertThat(grid.panels()).hasSize(4);
        assertDescending(grid.panels().get(0));
        List<String> order = names(grid.panels().get(0));
        for (CategoryPlot p : grid.panels()) assertThat(names(p)).as("shared group order").isEqualTo(order);
        assertThat(grid.panels().get(2).getCategories().get(0).toString()).as("n of that feature").endsWith("(n = " + (N.get(order.get(0)) - 40) + ")");
        PanelGridPlot two = (PanelGridPlot) ChartSpec.build(specs.get("zero_inflated")).getPlot();
        assertThat(two.titles()).containsExactly("Texts with any (%)", "Mean among texts with any");
        assertDescending(two.panels().get(0));
        XYPlot heat = (XYPlot) ChartSpec.build(specs.get("heat_map")).getPlot();
        assertThat(((SymbolAxis) heat.getDomainAxis()).getSymbols()).hasSize(N.size()).allMatch(s -> s.matches(".+ \\(n = [0-9,]+\\)"));
        assertThat(heat.getAnnotations()).hasSize(8 * N.size()); // every cell's value printed
        JFreeChart time = ChartSpec.build(specs.get("time_series"));
        assertThat(time.getLegend()).as("direct labels, no legend").isNull();
        assertThat(((XYPlot) time.getPlot()).getAnnotations()).anyMatch(a -> a instanceof TimeCharts.EndLabels);
        CategoryPlot box = ((PanelGridPlot) ChartSpec.build(specs.get("box")).getPlot()).panels().get(0);
        assertThat(box.getCategories().stream().map(Object::toString)).contains("Reuters (n = 309)");
    }

    private static void assertDescending(CategoryPlot p) {
        List<Double> values = new ArrayList<>();
        for (int c = 0; c < p.getDataset().getColumnCount(); c++) {
            Number v = p.getDataset().getValue(0, c);
            if (v != null) values.add(v.doubleValue());
        }
        assertThat(values).hasSizeGreaterThan(2);
        for (int i = 1; i < values.size(); i++) assertThat(values.get(i)).isLessThanOrEqualTo(values.get(i - 1));
    }

    private static List<String> names(CategoryPlot p) {
        return p.getCategories().stream().map(k -> k.toString().replaceAll("(?s)\\s\\(n = .*", "")).toList();
    }

    /** The title, the subtitles except notes (which may name ids as a caption) and every axis label. */
    public static List<String> texts(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        if (chart.getTitle() != null) out.add(chart.getTitle().getText());
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            // notes under the chart may name the ids as a caption; text above it may not
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t && t.getPosition() != org.jfree.chart.ui.RectangleEdge.BOTTOM) {
                out.add(t.getText());
            }
        }
        axes(chart.getPlot(), out);
        return out;
    }

    private static void axes(Plot plot, List<String> out) {
        List<Axis> axes = new ArrayList<>();
        if (plot instanceof PanelGridPlot g) {
            out.addAll(g.titles());
            for (CategoryPlot p : g.panels()) axes(p, out);
        }
        if (plot instanceof CombinedDomainCategoryPlot c) for (Object p : c.getSubplots()) axes((Plot) p, out);
        if (plot instanceof CategoryPlot cp) {
            axes.add(cp.getDomainAxis());
            axes.add(cp.getRangeAxis());
        }
        if (plot instanceof XYPlot xp) {
            axes.add(xp.getDomainAxis());
            axes.add(xp.getRangeAxis());
        }
        for (Axis a : axes) if (a != null && a.getLabel() != null) out.add(a.getLabel());
    }

    /** The first page's MediaBox [x0 y0 x1 y1] in points. */
    static double[] mediaBox(byte[] pdf) {
        Matcher m = Pattern.compile("/MediaBox\\s*\\[\\s*([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s*\\]")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertThat(m.find()).as("MediaBox").isTrue();
        return new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4))};
    }
}
