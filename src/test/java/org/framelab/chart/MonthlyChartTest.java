package org.framelab.chart;

import org.framelab.chart.ChartData.MonthlyPoint;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monthly lines: a group with only single months (no neighbour, so no line) still shows its points, every group has
 * its own marker shape, and each name stands at the end of its own line, also when the line ends before the last
 * month. Writes target/chart-shots/monthly-isolated.png for a look (and a greyscale conversion).
 */
class MonthlyChartTest {
    static final YearMonth START = YearMonth.of(2018, 1);

    static List<MonthlyPoint> points() {
        List<MonthlyPoint> pts = new ArrayList<>();
        for (int m = 0; m < 30; m++) pts.add(new MonthlyPoint("Reuters", START.plusMonths(m), 20, 0.5 + 0.05 * Math.sin(m)));
        for (int m : new int[]{2, 9, 17}) pts.add(new MonthlyPoint("Vox", START.plusMonths(m), 6, 0.2 + 0.01 * m));
        for (int m = 0; m < 14; m++) pts.add(new MonthlyPoint("Breitbart News", START.plusMonths(m), 8, 0.3 + 0.01 * m));
        pts.add(new MonthlyPoint("Breitbart News", START.plusMonths(20), 2, 0.9)); // below the minimum: left out
        for (int m = 10; m < 30; m++) pts.add(new MonthlyPoint("National Review", START.plusMonths(m), 9, 0.5 + 0.05 * Math.sin(m + 0.3)));
        return pts;
    }

    @Test
    void isolatedMonthsHaveMarkersAndNamesStandAtTheEndsOfTheirLines() throws Exception {
        JFreeChart chart = Charts.monthly("Monthly means by outlet", "Share of reporting verbs that are 'say'", points(), 5);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        int vox = plot.getDataset().indexOf("Vox");
        int breitbart = plot.getDataset().indexOf("Breitbart News");
        for (int i = 0; i < plot.getDataset().getItemCount(vox); i++) {
            if (!Double.isNaN(plot.getDataset().getYValue(vox, i))) assertThat(r.getItemShapeVisible(vox, i)).as("Vox month " + i).isTrue();
        }
        List<String> shapes = new ArrayList<>();
        for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) shapes.add(r.getSeriesShape(s).getBounds2D() + " " + r.getSeriesShape(s).getClass()
                + java.util.Arrays.toString(pathOf(r.getSeriesShape(s))));
        assertThat(shapes).doesNotHaveDuplicates();
        assertThat(((TextTitle) chart.getSubtitles().stream().filter(t -> t instanceof TextTitle tt && tt.getText().contains("fewer than"))
                .findFirst().orElseThrow()).getText()).contains("fewer than 5 articles");

        // draw once, then ask where the names went
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(900, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 900, 560), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        TimeCharts.EndLabels labels = (TimeCharts.EndLabels) plot.getAnnotations().stream().filter(a -> a instanceof TimeCharts.EndLabels).findFirst().orElseThrow();
        List<double[]> placed = labels.layout(plot, area, plot.getDomainAxis(), plot.getRangeAxis(), g.getFontRenderContext());
        g.dispose();
        assertThat(placed).hasSize(4);
        for (double[] l : placed) {
            assertThat(l[3]).as("label right of its line's last point").isBetween(l[0], l[0] + 10);
            assertThat(l[4]).isBetween(area.getMinY(), area.getMaxY());
        }
        double[] b = placed.stream().filter(l -> (int) l[2] == breitbart).findFirst().orElseThrow();
        assertThat(b[3]).as("Breitbart's line ends in month 14 of 30: its name is in the plot, not at the right edge").isLessThan(area.getCenterX());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                double[] x = placed.get(i), y = placed.get(j);
                boolean sideBySide = x[3] < y[3] + y[5] && y[3] < x[3] + x[5];
                if (sideBySide) assertThat(Math.abs(x[4] - y[4])).as("labels apart").isGreaterThanOrEqualTo(labels.font().getSize2D());
            }
        }
        Path out = Path.of(System.getProperty("framelab.buildDir", "target"), "chart-shots");
        Files.createDirectories(out);
        ChartExport.write(chart, out.resolve("monthly-isolated"), ChartExport.Size.standard(), EnumSet.of(ChartExport.Format.PNG));
    }

    private static double[] pathOf(java.awt.Shape s) {
        List<Double> c = new ArrayList<>();
        double[] seg = new double[6];
        for (var it = s.getPathIterator(null); !it.isDone(); it.next()) {
            int t = it.currentSegment(seg);
            c.add((double) t);
            for (int k = 0; k < 2; k++) c.add(Math.round(seg[k] * 100) / 100.0);
        }
        return c.stream().mapToDouble(Double::doubleValue).toArray();
    }
    /**
     * Groups without a month of enough articles draw no line: they take none of the eight colours, so eight drawn groups
     * have eight colours (before, two such groups took two, and two drawn lines repeated the first colours).
     */
    @Test
    void groupsWithoutADrawnMonthTakeNoColour() {
        List<MonthlyPoint> pts = new ArrayList<>();
        String[] groups = {"A", "B", "few1", "few2", "C", "D", "E", "F", "G", "H"};
        for (String g : groups) {
            long n = g.startsWith("few") ? 2 : 20;
            for (int m = 0; m < 6; m++) pts.add(new MonthlyPoint(g, START.plusMonths(m), n, g.hashCode() % 7 + m));
        }
        XYPlot plot = (XYPlot) Charts.monthly("Monthly", "rate", pts, 5).getPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(8);
        assertThat(plot.getDataset().indexOf("few1")).isNegative();
        List<Object> paints = new ArrayList<>();
        for (int s = 0; s < 8; s++) paints.add(plot.getRenderer().getSeriesPaint(s));
        assertThat(paints).doesNotHaveDuplicates();
    }

    /** Every series colour is clearly darker than the grid lines on white, so a line or name in it survives grey print. */
    @Test
    void everyPaletteColourIsDarkerThanTheGrid() {
        double grid = luminance(ChartStyle.GRID);
        for (java.awt.Color c : ChartStyle.PALETTE) {
            double contrast = 1.05 / (luminance(c) + 0.05);
            assertThat(contrast).as("contrast of %06X on white (the grid's: %.2f)", c.getRGB() & 0xFFFFFF, 1.05 / (grid + 0.05))
                    .isGreaterThanOrEqualTo(1.9);
        }
    }

    /** WCAG relative luminance. */
    private static double luminance(java.awt.Color c) {
        double[] v = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }
}
