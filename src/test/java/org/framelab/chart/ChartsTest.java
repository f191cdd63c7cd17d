package org.framelab.chart;

import org.framelab.chart.ChartData.BoxStats;
import org.framelab.chart.ChartData.Confusion;
import org.framelab.chart.ChartData.FeatureWeight;
import org.framelab.chart.ChartData.MeanCi;
import org.framelab.chart.ChartData.MonthlyPoint;
import org.framelab.chart.ChartData.RocCurve;
import org.framelab.chart.ChartData.ScoreBar;
import org.framelab.chart.ChartData.TermCount;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartsTest {
    static final List<String> GROUPS = List.of("left", "center", "right");

    /** All chart types on demo-like data (fixed seed). */
    static Map<String, JFreeChart> sampleCharts() {
        Random rnd = new Random(7);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        List<MeanCi> means = new ArrayList<>();
        String[] feats = {"attribution.evaluative.rate", "scare_quotes.rate", "hedges.rate", "boosters.rate",
                "loaded_language.rate_with_a_rather_long_feature_name_for_wrapping"};
        for (String f : feats) for (String g : GROUPS) {
            double m = 2 + rnd.nextDouble() * 4, hw = 0.3 + rnd.nextDouble();
            means.add(new MeanCi(f, g, 100, m, m - hw, m + hw));
        }
        charts.put("means", Charts.meansByGroup("Framing features by leaning", "Rate (per 1,000 tokens)", means));
        List<BoxStats> boxes = new ArrayList<>();
        for (String g : GROUPS) {
            double[] v = new double[200];
            for (int i = 0; i < v.length; i++) v[i] = Math.max(0, 3 + rnd.nextGaussian() * 1.5 + (i % 50 == 0 ? 8 : 0));
            boxes.add(BoxStats.of("hedges.rate", g, v, 50));
        }
        charts.put("box", Charts.boxPlot("Hedges by leaning", "Hedges (per 1,000 tokens)", boxes));
        List<MonthlyPoint> pts = new ArrayList<>();
        for (String g : GROUPS) for (int mth = 0; mth < 18; mth++) {
            if (g.equals("center") && mth == 7) continue;
            pts.add(new MonthlyPoint(g, YearMonth.of(2019, 1).plusMonths(mth), 20, 2 + rnd.nextDouble() * 2));
        }
        charts.put("monthly", Charts.monthly("Scare quotes over time", "Scare quotes (per 1,000 tokens)", pts, 5));
        List<TermCount> terms = new ArrayList<>();
        String[] words = {"experts", "facts", "reform", "fake news", "science", "crisis", "justice", "collusion", "war on coal", "free speech", "a very long scare quoted expression indeed here"};
        for (String w : words) for (String g : GROUPS) terms.add(new TermCount(w, "scare_quotes", g, rnd.nextInt(30), 100 + rnd.nextInt(20)));
        charts.put("terms", Charts.topTerms("Top scare-quoted terms", terms, 10));
        charts.put("confusion", Charts.confusion("Confusion matrix (leaning)",
                new Confusion(GROUPS, new long[][]{{50, 30, 20}, {10, 70, 20}, {15, 25, 60}})));
        List<RocCurve> rocs = new ArrayList<>();
        for (String g : GROUPS) {
            int n = 50;
            double[] fpr = new double[n], tpr = new double[n];
            double p = 0.3 + rnd.nextDouble() * 0.5;
            for (int i = 0; i < n; i++) {
                fpr[i] = i / (n - 1.0);
                tpr[i] = Math.pow(fpr[i], p);
            }
            rocs.add(new RocCurve(g, fpr, tpr, 1 / (1 + p)));
        }
        charts.put("roc", Charts.roc("ROC curves", rocs));
        List<FeatureWeight> ws = new ArrayList<>();
        for (String g : GROUPS) for (String f : feats) ws.add(new FeatureWeight(g, f, rnd.nextGaussian()));
        charts.put("features", Charts.topFeatures("Top features per class", "Coefficient", ws, 4));
        List<ScoreBar> bars = List.of(new ScoreBar("all features", 0.62, 0.58, 0.66),
                new ScoreBar("without attribution", 0.55, 0.51, 0.59), new ScoreBar("without scare quotes", 0.60, 0.57, 0.64),
                new ScoreBar("n-grams only", 0.58, 0.54, 0.61));
        charts.put("ablation", Charts.scoreBars("Ablation", "Macro-F1", bars, 0.33, "majority baseline"));
        return charts;
    }

    @Test
    void everyChartTypeExportsPngSvgPdf(@TempDir Path dir) throws Exception {
        Path out = System.getProperty("framelab.chart.out") != null ? Path.of(System.getProperty("framelab.chart.out")) : dir;
        ChartExport.Size size = new ChartExport.Size(468, 320, 150);
        for (var e : sampleCharts().entrySet()) {
            List<Path> files = ChartExport.write(e.getValue(), out.resolve(e.getKey()), size, EnumSet.allOf(ChartExport.Format.class));
            assertThat(files).hasSize(3);
            BufferedImage img = ImageIO.read(out.resolve(e.getKey() + ".png").toFile());
            assertThat(img.getWidth()).isEqualTo(975);
            assertThat(img.getHeight()).isEqualTo(667);
            assertThat(img.getRGB(2, 2)).as("white background").isEqualTo(0xFFFFFFFF);
            String svg = Files.readString(out.resolve(e.getKey() + ".svg"));
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            dbf.newDocumentBuilder().parse(out.resolve(e.getKey() + ".svg").toFile());
            assertThat(svg).contains("<svg");
            byte[] pdf = Files.readAllBytes(out.resolve(e.getKey() + ".pdf"));
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        }
        assertThat(Files.list(out).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }

    @Test
    void pngCarriesDpi(@TempDir Path dir) throws Exception {
        JFreeChart c = sampleCharts().get("box");
        Path base = dir.resolve("b");
        ChartExport.write(c, base, new ChartExport.Size(360, 216, 300), EnumSet.of(ChartExport.Format.PNG));
        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("b.png").toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            assertThat(r.getWidth(0)).isEqualTo(1500);
            IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
        }
    }

    @Test
    void sizeValidates() {
        assertThatThrownBy(() -> new ChartExport.Size(468, 300, 10)).hasMessageContaining("Invalid dpi");
        assertThatThrownBy(() -> ChartExport.Format.parse("gif")).hasMessageContaining("Invalid chart format");
    }

    @Test
    void boxStatsFollowTukey() {
        BoxStats b = BoxStats.of("f", "g", new double[]{1, 2, 3, 4, 5, 6, 7, 8, 100}, 10);
        assertThat(b.median()).isEqualTo(5);
        assertThat(b.q1()).isEqualTo(3);
        assertThat(b.q3()).isEqualTo(7);
        assertThat(b.whiskerHigh()).isEqualTo(8);
        assertThat(b.whiskerLow()).isEqualTo(1);
        assertThat(b.outliers()).containsExactly(100.0);
        assertThat(b.mean()).isEqualTo(136.0 / 9);
    }

    @Test
    void confusionRejectsRaggedMatrix() {
        assertThatThrownBy(() -> new Confusion(List.of("a", "b"), new long[][]{{1, 2}})).hasMessageContaining("Invalid confusion");
    }
}
