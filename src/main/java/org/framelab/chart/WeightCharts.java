package org.framelab.chart;

import org.framelab.chart.ChartData.FeatureWeight;
import org.framelab.chart.ChartData.ScoreBar;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.framelab.chart.PlotSetup.shorten;

/** Horizontal bar charts of model results: feature weights per class and scores of feature sets (ablation). */
final class WeightCharts {
    private WeightCharts() {}

    /** See {@link Charts#topFeatures}. */
    static JFreeChart topFeatures(String title, String valueLabel, List<FeatureWeight> weights, int top) {
        Map<String, List<FeatureWeight>> byClass = new LinkedHashMap<>();
        for (FeatureWeight w : weights) byClass.computeIfAbsent(w.classLabel(), c -> new ArrayList<>()).add(w);
        // the value's caption goes under the chart, where it wraps (an axis label is cut off on narrow figures)
        CombinedRangeCategoryPlot combined = PlotSetup.horizontal(new CombinedRangeCategoryPlot(new NumberAxis(null)));
        combined.setGap(12);
        int ci = 0;
        for (var e : byClass.entrySet()) {
            List<FeatureWeight> ws = new ArrayList<>(e.getValue());
            ws.sort(Comparator.comparingDouble((FeatureWeight w) -> -Math.abs(w.weight())).thenComparing(FeatureWeight::feature));
            if (ws.size() > top) ws = ws.subList(0, top);
            combined.add(classPanel(e.getKey(), ws, ci++), Math.max(1, ws.size()));
        }
        JFreeChart chart = PlotSetup.finish(title, combined, false);
        for (Object o : combined.getSubplots()) {
            CategoryPlot sub = (CategoryPlot) o;
            PlotSetup.leftLabels(sub.getDomainAxis());
            sub.getDomainAxis().setLabelFont(ChartStyle.LABEL_FONT.deriveFont(Font.BOLD));
            sub.getDomainAxis().setMaximumCategoryLabelLines(2);
        }
        if (valueLabel != null && !valueLabel.isBlank()) PlotSetup.note(chart, "Bars: " + valueLabel + ".");
        return chart;
    }

    /** One class's bars in the colour of its position, the class name as the (unrotated) axis label. */
    private static CategoryPlot classPanel(String classLabel, List<FeatureWeight> ws, int index) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (FeatureWeight w : ws) ds.addValue(w.weight(), classLabel, shorten(w.feature(), 56)); // wraps on two lines
        BarRenderer r = PlotSetup.flatBars();
        r.setSeriesPaint(0, ChartStyle.color(index));
        CategoryAxis ca = new CategoryAxis(shorten(classLabel));
        ca.setLabelAngle(0);
        CategoryPlot sub = new CategoryPlot(ds, ca, null, r);
        sub.setRangeZeroBaselineVisible(true);
        sub.setRangeZeroBaselinePaint(ChartStyle.AXIS);
        return sub;
    }

    /** See {@link Charts#scoreBars}. */
    static JFreeChart scoreBars(String title, String valueLabel, List<ScoreBar> bars, Double reference,
                                String referenceLabel) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Map<String, double[]> intervals = new HashMap<>();
        for (ScoreBar b : bars) {
            ds.addValue(b.score(), "score", shorten(b.name()));
            intervals.put(shorten(b.name()), new double[]{b.lower(), b.upper()});
        }
        CiBarRenderer r = new CiBarRenderer(intervals);
        r.setSeriesPaint(0, ChartStyle.color(0));
        CategoryAxis xa = new CategoryAxis(null);
        CategoryPlot plot = PlotSetup.horizontal(new CategoryPlot(ds, xa, new NumberAxis(valueLabel), r));
        boolean withReference = reference != null && Double.isFinite(reference);
        if (withReference) {
            plot.addRangeMarker(referenceMarker(reference), Layer.FOREGROUND);
            r.reference = reference;
        }
        JFreeChart chart = PlotSetup.finish(title, plot, false);
        PlotSetup.leftLabels(xa);
        // the reference line is named in the note, not beside the line, where its label covered the last bar
        PlotSetup.note(chart, "Bars: score of the pooled cross-validated predictions; whiskers: 95% percentile bootstrap interval "
                + "(whole groups resampled when the folds hold groups out)"
                + (withReference ? "; dashed line: " + referenceLabel + " (" + String.format(java.util.Locale.ROOT, "%.3f", reference) + ")" : "") + ".");
        return chart;
    }

    /** A dashed vertical line at {@code value} (named in the chart's note). */
    private static ValueMarker referenceMarker(double value) {
        return new ValueMarker(value, ChartStyle.color(5), PlotSetup.dashed(1.5f, 6f, 4f));
    }

    /** Flat bars with interval whiskers; the value range also covers the intervals, zero and the reference. */
    static final class CiBarRenderer extends BarRenderer {
        private final Map<String, double[]> intervals;
        Double reference;

        CiBarRenderer(Map<String, double[]> intervals) {
            this.intervals = intervals;
            PlotSetup.flat(this, 0.08);
        }

        @Override
        public Range findRangeBounds(CategoryDataset dataset) {
            Range base = super.findRangeBounds(dataset);
            double lo = base == null ? 0 : base.getLowerBound(), hi = base == null ? 0 : base.getUpperBound();
            for (double[] iv : intervals.values()) {
                if (Double.isFinite(iv[0])) lo = Math.min(lo, iv[0]);
                if (Double.isFinite(iv[1])) hi = Math.max(hi, iv[1]);
            }
            if (reference != null) {
                lo = Math.min(lo, reference);
                hi = Math.max(hi, reference);
            }
            return new Range(lo, hi);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
                             int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (pass != 0) return;
            double[] iv = intervals.get(String.valueOf(dataset.getColumnKey(column)));
            if (iv == null || !Double.isFinite(iv[0]) || !Double.isFinite(iv[1])) return;
            double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
            double mid = w0 + state.getBarWidth() / 2;
            double lo = rangeAxis.valueToJava2D(iv[0], dataArea, plot.getRangeAxisEdge());
            double hi = rangeAxis.valueToJava2D(iv[1], dataArea, plot.getRangeAxisEdge());
            g2.setPaint(ChartStyle.TEXT);
            g2.setStroke(new BasicStroke(1.2f));
            PlotSetup.drawWhisker(g2, plot.getOrientation(), lo, hi, mid, Math.min(5, state.getBarWidth() / 4));
        }
    }
}
