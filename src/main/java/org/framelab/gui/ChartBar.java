package org.framelab.gui;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

/** The Compare view's chart bar: the kind of chart, the feature it shows, and Export. */
final class ChartBar {
    private ChartBar() {}

    /**
     * Two rows that fit a narrow chart pane (a 1366-pixel screen): "Chart [kind]" with Export at the right end, then
     * "of [feature]", the feature box taking the pane's width (it shrinks instead of pushing the others out).
     */
    static JPanel of(JComboBox<String> chartKind, JComboBox<String> chartFeature, JButton exportChart) {
        JPanel bar = new JPanel(new GridBagLayout());
        bar.setName("chartBar");
        bar.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        exportChart.setToolTipText("Write the chart as PNG (300 dpi), SVG or PDF in print style (also on the chart's right-click menu)");
        chartFeature.setMinimumSize(new Dimension(80, chartFeature.getPreferredSize().height));
        chartKind.setMinimumSize(chartKind.getPreferredSize());
        bar.add(new JLabel("Chart"), cell(0, 0, 0));
        bar.add(chartKind, cell(1, 0, 0));
        bar.add(new JLabel(), cell(2, 0, 1));
        bar.add(exportChart, cell(3, 0, 0));
        bar.add(new JLabel("of"), cell(0, 1, 0));
        GridBagConstraints f = cell(1, 1, 1);
        f.gridwidth = 3;
        f.fill = GridBagConstraints.HORIZONTAL;
        bar.add(chartFeature, f);
        return bar;
    }

    private static GridBagConstraints cell(int x, int y, double weight) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = x;
        g.gridy = y;
        g.weightx = weight;
        g.anchor = GridBagConstraints.WEST;
        g.insets = new Insets(2, x == 0 ? 0 : 6, 2, 0);
        return g;
    }

}
