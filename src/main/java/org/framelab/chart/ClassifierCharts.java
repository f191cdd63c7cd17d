package org.framelab.chart;

import org.framelab.chart.ChartData.Confusion;
import org.framelab.chart.ChartData.RocCurve;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.io.Serializable;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;

import static org.framelab.chart.PlotSetup.shorten;

/** Charts of classifier evaluations: confusion matrix heat map and ROC curves. */
final class ClassifierCharts {
    private ClassifierCharts() {}

    /** See {@link Charts#confusion}. */
    static JFreeChart confusion(String title, Confusion cm) {
        int k = cm.labels().size();
        double[] shares = rowShares(cm);
        double[] xs = new double[k * k], ys = new double[k * k];
        for (int i = 0; i < k * k; i++) {
            xs[i] = i % k;
            ys[i] = i / k;
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("share", new double[][]{xs, ys, shares});
        String[] labels = cm.labels().stream().map(PlotSetup::shorten).toArray(String[]::new);
        SymbolAxis xa = new SymbolAxis("Predicted label", labels);
        SymbolAxis ya = new SymbolAxis("True label", labels);
        for (SymbolAxis a : new SymbolAxis[]{xa, ya}) {
            a.setGridBandsVisible(false);
            a.setRange(-0.5, k - 0.5);
        }
        ya.setInverted(true);
        XYBlockRenderer r = new XYBlockRenderer();
        BluesScale scale = new BluesScale();
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(ds, xa, ya, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        annotateCells(plot, cm, shares);
        JFreeChart chart = PlotSetup.finish(title, plot, false);
        chart.addSubtitle(scaleLegend(scale, k));
        for (SymbolAxis a : new SymbolAxis[]{xa, ya}) a.setTickLabelFont(ChartStyle.LABEL_FONT);
        if (k > 4) xa.setVerticalTickLabels(true);
        PlotSetup.note(chart, "Cells: count and share of the true class (row %).");
        return chart;
    }

    /** Row percentages, row by row (true class), then column (predicted class); 0 for an empty row. */
    private static double[] rowShares(Confusion cm) {
        int k = cm.labels().size();
        double[] zs = new double[k * k];
        for (int t = 0; t < k; t++) {
            long tot = cm.rowTotal(t);
            for (int p = 0; p < k; p++) zs[t * k + p] = tot == 0 ? 0 : 100.0 * cm.counts()[t][p] / tot;
        }
        return zs;
    }

    /** Writes the count (bold) above and the row percentage below the centre of each cell. */
    private static void annotateCells(XYPlot plot, Confusion cm, double[] shares) {
        int k = cm.labels().size();
        Font big = new Font(ChartStyle.FONT_FAMILY, Font.BOLD, k > 6 ? 8 : k > 4 ? 10 : 12);
        Font small = new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, k > 6 ? 7 : k > 4 ? 8 : 10);
        String pctFormat = k > 4 ? "%.0f%%" : "%.1f%%";
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                double share = shares[t * k + p];
                Color ink = share > 55 ? Color.WHITE : ChartStyle.TEXT;
                plot.addAnnotation(cellText(String.valueOf(cm.counts()[t][p]), p, t - 0.1, big, ink, TextAnchor.BOTTOM_CENTER));
                plot.addAnnotation(cellText(String.format(Locale.ROOT, pctFormat, share), p, t + 0.05, small, ink, TextAnchor.TOP_CENTER));
            }
        }
    }

    private static XYTextAnnotation cellText(String text, double x, double y, Font font, Color ink, TextAnchor anchor) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setFont(font);
        a.setPaint(ink);
        a.setTextAnchor(anchor);
        return a;
    }

    /** The colour scale on the right, 0 to 100% of the true class. */
    private static PaintScaleLegend scaleLegend(PaintScale scale, int k) {
        NumberAxis scaleAxis = new NumberAxis("% of true class");
        scaleAxis.setRange(0, 100);
        scaleAxis.setTickUnit(new NumberTickUnit(20));
        ChartStyle.styleAxis(scaleAxis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 14, k > 4 ? 90 : 30, 4));
        legend.setStripWidth(12);
        legend.setStripOutlineVisible(true);
        legend.setAxisOffset(4);
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /** ColorBrewer "Blues" (Brewer 2003) interpolated: lightness decreases monotonically from 0 to 100. */
    static final class BluesScale implements PaintScale, Serializable {
        private static final int[] STOPS = {0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B};

        @Override public double getLowerBound() { return 0; }
        @Override public double getUpperBound() { return 100; }

        @Override
        public Paint getPaint(double value) {
            double v = Math.max(0, Math.min(100, Double.isNaN(value) ? 0 : value)) / 100.0 * (STOPS.length - 1);
            int i = Math.min((int) Math.floor(v), STOPS.length - 2);
            double f = v - i;
            Color a = new Color(STOPS[i]), b = new Color(STOPS[i + 1]);
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }

    /** See {@link Charts#roc}. */
    static JFreeChart roc(String title, List<RocCurve> curves) {
        XYSeriesCollection ds = new XYSeriesCollection();
        for (RocCurve c : curves) {
            XYSeries s = new XYSeries(String.format(Locale.ROOT, "%s (AUC %.3f)", shorten(c.label()), c.auc()), false, true);
            int n = c.fpr().length;
            int stride = Math.max(1, n / 400);
            for (int i = 0; i < n; i += stride) s.add(c.fpr()[i], c.tpr()[i]);
            if (n > 0 && (n - 1) % stride != 0) s.add(c.fpr()[n - 1], c.tpr()[n - 1]);
            ds.addSeries(s);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < ds.getSeriesCount(); s++) {
            r.setSeriesPaint(s, ChartStyle.color(s));
            r.setSeriesStroke(s, ChartStyle.line(s, 2.0f));
        }
        r.setLegendLine(new Line2D.Double(-12, 0, 12, 0));
        NumberAxis xa = new NumberAxis("False positive rate");
        NumberAxis ya = new NumberAxis("True positive rate");
        for (NumberAxis a : new NumberAxis[]{xa, ya}) {
            a.setRange(-0.015, 1.015);
            a.setTickUnit(new NumberTickUnit(0.2, new DecimalFormat("0.0")));
        }
        XYPlot plot = new XYPlot(ds, xa, ya, r);
        plot.addAnnotation(new XYLineAnnotation(0, 0, 1, 1, PlotSetup.dashed(1f, 2f, 3f), Color.GRAY));
        JFreeChart chart = PlotSetup.finish(title, plot, true);
        PlotSetup.note(chart, "One-vs-rest ROC curves from cross-validated predictions; dotted line: chance.");
        return chart;
    }
}
