package org.framelab.chart;

import org.framelab.chart.ChartData.MeanCi;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Means by group with nine outlets: when the rows are too low for two-line labels, each label is one line with its
 * whole n (the name shortened if need be), so neighbouring labels cannot overlap; in a tall chart long names keep
 * their n on a second line. Writes target/chart-shots/means-9-groups-{small,export}.png for a look.
 */
class RowLabelTest {
    static final String[] OUTLETS = {"Breitbart News", "National Review", "New York Times - News", "Reuters", "Fox News",
        "The Guardian", "USA TODAY", "Vox", "Washington Examiner Opinion Pages"};

    static JFreeChart chart() {
        List<MeanCi> means = new ArrayList<>();
        for (int i = 0; i < OUTLETS.length; i++) means.add(new MeanCi("f", OUTLETS[i], 99 + 7 * i, 3 + i * 0.4, 2.5 + i * 0.4, 3.5 + i * 0.4));
        return Charts.forest("Mean by outlet", "Named-source attributions (count per text)", means, "");
    }

    static RowLabelAxis draw(JFreeChart chart, int w, int h, Path png) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        g.dispose();
        Files.createDirectories(png.getParent());
        javax.imageio.ImageIO.write(img, "png", png.toFile());
        return (RowLabelAxis) ((PanelGridPlot) chart.getPlot()).panels().get(0).getDomainAxis();
    }

    @Test
    void labelsAreOneLineWhenRowsAreLowAndTwoWhenTheyAreTall() throws Exception {
        Path out = Path.of(System.getProperty("framelab.buildDir", "target"), "chart-shots");
        var frc = new java.awt.font.FontRenderContext(null, true, true);
        // the Compare view's chart pane on a 1366x768 screen
        RowLabelAxis low = draw(chart(), 520, 300, out.resolve("means-9-groups-small.png"));
        String breitbart = low.text(ForestCharts.rowLabel("Breitbart News", 99), frc);
        assertThat(breitbart).isEqualTo("Breitbart News (n = 99)").doesNotContain("\n");
        assertThat(low.text(ForestCharts.rowLabel("Washington Examiner Opinion Pages", 155), frc)).endsWith("(n = 155)").doesNotContain("\n");
        // a tall figure: room for the n on a second line under a long name
        RowLabelAxis tall = draw(chart(), 900, 1100, out.resolve("means-9-groups-tall.png"));
        assertThat(tall.text(ForestCharts.rowLabel("New York Times - News", 113), frc)).isEqualTo("New York Times - News\n(n = 113)");
        JFreeChart export = chart();
        ChartExport.write(export, out.resolve("means-9-groups-export"), ChartExport.Size.standard(), EnumSet.of(ChartExport.Format.PNG));
    }
}
