package org.framelab.chart;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.event.PlotChangeEvent;
import org.jfree.chart.event.PlotChangeListener;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.HorizontalAlignment;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Small multiples: horizontal category plots (one per feature) in a grid, each with its title
 * above it (the measure, wrapped at the panel's width), its own value axis and the same category
 * order. One column below {@link #TWO_COLUMNS_FROM} points of width
 * (a single-column figure), else two. The category labels of all panels get the same width, so the
 * plot areas line up.
 */
final class PanelGridPlot extends Plot implements PlotChangeListener {
    /** From this width (points) the panels are laid out in two columns. */
    static final double TWO_COLUMNS_FROM = 400;
    private static final double GAP_X = 14, GAP_Y = 8;

    private final List<CategoryPlot> panels;
    private final List<String> titles;
    private Font titleFont = ChartStyle.PANEL_TITLE_FONT;

    /** Panels with a title above each (null: none); the titles wrap at the panel's width. */
    PanelGridPlot(List<CategoryPlot> panels, List<String> titles) {
        this.panels = List.copyOf(panels);
        this.titles = new java.util.ArrayList<>(titles);
        for (CategoryPlot p : this.panels) {
            p.setParent(this);
            p.addChangeListener(this);
        }
    }

    List<CategoryPlot> panels() {
        return panels;
    }

    /** The panel titles (the measure each panel shows). */
    List<String> titles() {
        return java.util.Collections.unmodifiableList(titles);
    }

    Font titleFont() {
        return titleFont;
    }

    void setTitleFont(Font f) {
        titleFont = f;
        fireChangeEvent();
    }

    /** Columns of the grid at a width in points. */
    static int columns(int panels, double width) {
        return panels > 1 && width >= TWO_COLUMNS_FROM ? 2 : 1;
    }

    @Override
    public String getPlotType() {
        return "Panels";
    }

    @Override
    public void plotChanged(PlotChangeEvent event) {
        fireChangeEvent();
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) info.setPlotArea(area);
        Rectangle2D a = (Rectangle2D) area.clone();
        getInsets().trim(a);
        int cols = columns(panels.size(), a.getWidth());
        int rows = (panels.size() + cols - 1) / cols;
        double w = (a.getWidth() - GAP_X * (cols - 1)) / cols, h = (a.getHeight() - GAP_Y * (rows - 1)) / rows;
        // row labels on two lines only when every panel's rows have the height for two (else they overlap)
        boolean twoLines = true;
        for (CategoryPlot p : panels) {
            if (!(p.getDomainAxis() instanceof RowLabelAxis ra)) continue;
            double line = ra.lineHeight(g2);
            double rowHeight = (h - 3 * line) * 0.9 / Math.max(1, p.getCategories().size());
            twoLines &= ra.fitsTwoLines(g2, rowHeight);
        }
        double labelWidth = 0;
        for (CategoryPlot p : panels) {
            labelWidth = Math.max(labelWidth, p.getDomainAxis() instanceof RowLabelAxis ra
                    ? ra.widest(g2, p.getCategories(), twoLines) : labelWidth(g2, p.getDomainAxis(), p));
        }
        labelWidth = Math.min(labelWidth, w * 0.5);
        for (CategoryPlot p : panels) if (p.getDomainAxis() instanceof RowLabelAxis ra) ra.layOut(twoLines, labelWidth);
        for (int i = 0; i < panels.size(); i++) {
            CategoryPlot p = panels.get(i);
            AxisSpace space = new AxisSpace();
            space.setLeft(labelWidth + 10);
            p.setFixedDomainAxisSpace(space, false);
            Rectangle2D cell = new Rectangle2D.Double(a.getX() + (i % cols) * (w + GAP_X), a.getY() + (i / cols) * (h + GAP_Y), w, h);
            String title = i < titles.size() ? titles.get(i) : null;
            if (title != null && !title.isBlank()) {
                g2.setFont(titleFont); // the measurer measures in the current font
                TextBlock b = TextUtils.createTextBlock(title, titleFont, ChartStyle.TEXT, (float) w, 3, new G2TextMeasurer(g2));
                b.setLineAlignment(HorizontalAlignment.LEFT);
                double th = b.calculateDimensions(g2).getHeight() + 2;
                b.draw(g2, (float) cell.getX(), (float) cell.getY(), TextBlockAnchor.TOP_LEFT);
                cell = new Rectangle2D.Double(cell.getX(), cell.getY() + th, w, Math.max(10, h - th));
            }
            PlotRenderingInfo sub = info == null ? null : new PlotRenderingInfo(info.getOwner());
            if (info != null) info.addSubplotInfo(sub);
            p.draw(g2, cell, null, parentState, sub);
        }
    }

    /** The widest category label of a panel in its tick font. */
    private static double labelWidth(Graphics2D g2, CategoryAxis axis, CategoryPlot p) {
        Font font = axis.getTickLabelFont();
        double max = 0;
        for (Object k : p.getCategories()) {
            for (String line : String.valueOf(k).split("\n")) {
                max = Math.max(max, font.getStringBounds(line, g2.getFontRenderContext()).getWidth());
            }
        }
        return max;
    }
}
