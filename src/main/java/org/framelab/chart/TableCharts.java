package org.framelab.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.List;

/**
 * A small wide table (rows = categories, columns = series) drawn as the picture twin of a native
 * Excel chart: the same bars or lines, in the same colours, for viewers that do not draw Excel
 * charts (the workbook keeps the picture beside the editable chart). Missing values are gaps.
 */
public final class TableCharts {
    private TableCharts() {}

    /** A grouped bar chart ({@code line} false) or a line chart with markers. */
    public static JFreeChart of(String title, String categoryTitle, String valueTitle, List<String> categories,
                                List<String> series, double[][] values, boolean line) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int j = 0; j < series.size(); j++) {
            for (int i = 0; i < categories.size(); i++) {
                double v = j < values[i].length ? values[i][j] : Double.NaN;
                ds.addValue(Double.isNaN(v) ? null : v, series.get(j), categories.get(i));
            }
        }
        JFreeChart chart = line
                ? ChartFactory.createLineChart(title, categoryTitle, valueTitle, ds, PlotOrientation.VERTICAL, series.size() > 1, false, false)
                : ChartFactory.createBarChart(title, categoryTitle, valueTitle, ds, PlotOrientation.VERTICAL, series.size() > 1, false, false);
        CategoryPlot p = chart.getCategoryPlot();
        if (p.getRenderer() instanceof BarRenderer br) {
            br.setBarPainter(new StandardBarPainter());
            br.setShadowVisible(false);
            br.setItemMargin(0.05);
            for (int j = 0; j < series.size(); j++) br.setSeriesPaint(j, ChartStyle.color(j));
        } else if (p.getRenderer() instanceof LineAndShapeRenderer lr) {
            for (int j = 0; j < series.size(); j++) {
                lr.setSeriesPaint(j, ChartStyle.color(j));
                lr.setSeriesShape(j, ChartStyle.shape(j));
                lr.setSeriesShapesVisible(j, true);
                lr.setSeriesStroke(j, ChartStyle.line(j, 1.6f));
            }
        }
        if (categories.size() > 6) p.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ChartStyle.apply(chart);
        return chart;
    }
}
