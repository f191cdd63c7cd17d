package org.framelab.gui;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import javax.swing.UIManager;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;

/**
 * Small charts for the overview (distributions) and the styling that makes any JFreeChart,
 * including those from {@code org.framelab.chart}, fit the current light or dark theme on screen.
 */
final class GuiCharts {
    private GuiCharts() {}

    static ChartPanel panel(JFreeChart chart) {
        ChartPanel p = new ChartPanel(chart, false, true, false, true, true);
        p.setMouseWheelEnabled(false);
        p.setPopupMenu(null);
        p.setMinimumDrawWidth(200);
        p.setMinimumDrawHeight(150);
        p.setMaximumDrawWidth(3000);
        p.setMaximumDrawHeight(2000);
        return p;
    }

    /** A chart panel whose right-click menu offers "Export chart…" ({@code export}). */
    static ChartPanel panel(JFreeChart chart, Runnable export) {
        ChartPanel p = panel(chart);
        javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
        javax.swing.JMenuItem item = new javax.swing.JMenuItem("Export chart…");
        item.setName("exportChartMenu");
        item.addActionListener(e -> export.run());
        menu.add(item);
        p.setPopupMenu(menu);
        return p;
    }

    /** Applies theme colours and fonts for on-screen display (exports use the chart package's print style). */
    static JFreeChart themed(JFreeChart chart) {
        Color bg = UIManager.getColor("Panel.background");
        Color fg = UIManager.getColor("Label.foreground");
        Color grid = Theme.isDark() ? new Color(0x55595C) : new Color(0xDDDDDD);
        Font base = UIManager.getFont("Label.font");
        chart.setBackgroundPaint(bg);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(fg);
            chart.getTitle().setFont(base.deriveFont(Font.BOLD, base.getSize2D() + 1f));
        }
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle tt) tt.setPaint(fg);
            if (t instanceof org.jfree.chart.title.LegendTitle lt) {
                lt.setBackgroundPaint(bg);
                lt.setItemPaint(fg);
                lt.setItemFont(base);
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(bg);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot cp) {
            List<CategoryPlot> parts = new java.util.ArrayList<>(List.of(cp));
            if (cp instanceof org.jfree.chart.plot.CombinedDomainCategoryPlot cd) for (Object sub : cd.getSubplots()) parts.add((CategoryPlot) sub);
            if (cp instanceof org.jfree.chart.plot.CombinedRangeCategoryPlot cr) for (Object sub : cr.getSubplots()) parts.add((CategoryPlot) sub);
            for (CategoryPlot part : parts) {
                part.setBackgroundPaint(bg);
                part.setRangeGridlinePaint(grid);
                part.setDomainGridlinePaint(grid);
                axis(part.getDomainAxis(), fg, base);
                for (int i = 0; i < part.getRangeAxisCount(); i++) axis(part.getRangeAxis(i), fg, base);
                for (Object m : part.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND) == null ? List.of()
                        : part.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND)) {
                    if (m instanceof org.jfree.chart.plot.ValueMarker vm) {
                        vm.setPaint(fg);
                        vm.setLabelPaint(fg);
                        vm.setLabelBackgroundColor(bg);
                    }
                }
            }
        } else if (plot instanceof XYPlot xp) {
            xp.setRangeGridlinePaint(grid);
            xp.setDomainGridlinePaint(grid);
            axis(xp.getDomainAxis(), fg, base);
            for (int i = 0; i < xp.getRangeAxisCount(); i++) axis(xp.getRangeAxis(i), fg, base);
        }
        return chart;
    }

    private static void axis(org.jfree.chart.axis.Axis a, Color fg, Font base) {
        if (a == null) return;
        a.setLabelPaint(fg);
        a.setTickLabelPaint(fg);
        a.setLabelFont(base);
        a.setTickLabelFont(base.deriveFont(base.getSize2D() - 1f));
        a.setAxisLinePaint(fg);
        a.setTickMarkPaint(fg);
    }

    /** Vertical or horizontal bar chart of counts (entries in the given order). */
    static JFreeChart counts(String title, String categoryLabel, List<Map.Entry<String, Integer>> entries, boolean horizontal) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (var e : entries) ds.addValue(e.getValue(), "articles", e.getKey());
        CategoryAxis x = new CategoryAxis(categoryLabel);
        x.setMaximumCategoryLabelWidthRatio(horizontal ? 0.45f : 1.0f);
        x.setCategoryMargin(0.15);
        if (!horizontal && entries.size() > 6) x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis y = new NumberAxis("Articles");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, Theme.series(0));
        r.setMaximumBarWidth(horizontal ? 0.08 : 0.12);
        r.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardCategoryToolTipGenerator("{1}: {2} articles", java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT)));
        CategoryPlot plot = new CategoryPlot(ds, x, y, r);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        if (horizontal) {
            plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
            y.setUpperMargin(0.12); // room for the last tick label
        }
        JFreeChart c = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return themed(c);
    }

    /** Articles per month. */
    static JFreeChart perMonth(String title, Map<java.time.YearMonth, Integer> months) {
        TimeSeries s = new TimeSeries("articles");
        months.forEach((ym, n) -> s.addOrUpdate(new Month(ym.getMonthValue(), ym.getYear()), n));
        TimeSeriesCollection ds = new TimeSeriesCollection(s);
        DateAxis x = new DateAxis("Month");
        NumberAxis y = new NumberAxis("Articles");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer r = new XYBarRenderer(months.size() > 36 ? 0.0 : 0.1);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, Theme.series(0));
        r.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardXYToolTipGenerator("{1}: {2} articles",
                new java.text.SimpleDateFormat("MMM yyyy", java.util.Locale.ROOT), java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT)));
        XYPlot plot = new XYPlot(ds, x, y, r);
        return themed(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    }
}
