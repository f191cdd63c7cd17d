package org.framelab.chart;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import static org.framelab.chart.PlotSetup.cellKey;

/** The dot-with-whiskers renderer of the forest plots ({@link ForestCharts}). */
final class DotCharts {
    private DotCharts() {}

    /** Draws dots with interval whiskers; series are dodged within a category. */
    static final class CiDotRenderer extends LineAndShapeRenderer {
        private final Map<String, double[]> intervals;

        CiDotRenderer(Map<String, double[]> intervals) {
            super(false, true);
            this.intervals = intervals;
            setUseSeriesOffset(true);
            setItemMargin(0.0);
            setUseFillPaint(false);
        }

        @Override
        public Range findRangeBounds(CategoryDataset dataset) {
            Range base = super.findRangeBounds(dataset);
            double lo = base == null ? Double.NaN : base.getLowerBound(), hi = base == null ? Double.NaN : base.getUpperBound();
            for (double[] iv : intervals.values()) {
                if (Double.isFinite(iv[0])) lo = Double.isNaN(lo) ? iv[0] : Math.min(lo, iv[0]);
                if (Double.isFinite(iv[1])) hi = Double.isNaN(hi) ? iv[1] : Math.max(hi, iv[1]);
            }
            return Double.isNaN(lo) ? base : new Range(lo, hi);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
                             int row, int column, int pass) {
            if (pass == 0 && getItemVisible(row, column)) {
                double[] iv = intervals.get(cellKey(dataset.getRowKey(row), dataset.getColumnKey(column)));
                if (iv != null && Double.isFinite(iv[0]) && Double.isFinite(iv[1])) {
                    int visibleRow = state.getVisibleSeriesIndex(row);
                    double x = domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(), visibleRow,
                            state.getVisibleSeriesCount(), getItemMargin(), dataArea, plot.getDomainAxisEdge());
                    double lo = rangeAxis.valueToJava2D(iv[0], dataArea, plot.getRangeAxisEdge());
                    double hi = rangeAxis.valueToJava2D(iv[1], dataArea, plot.getRangeAxisEdge());
                    g2.setPaint(getItemPaint(row, column));
                    g2.setStroke(new BasicStroke(1.3f));
                    PlotSetup.drawWhisker(g2, plot.getOrientation(), lo, hi, x, 3.0);
                }
            }
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        }
    }
}
