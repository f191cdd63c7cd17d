package org.framelab.chart;

import org.framelab.chart.ChartData.BoxStats;
import org.framelab.chart.ChartData.Confusion;
import org.framelab.chart.ChartData.FeatureWeight;
import org.framelab.chart.ChartData.MeanCi;
import org.framelab.chart.ChartData.MonthlyPoint;
import org.framelab.chart.ChartData.RocCurve;
import org.framelab.chart.ChartData.ScoreBar;
import org.framelab.chart.ChartData.TermCount;
import org.framelab.chart.ChartData.ZeroPart;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A chart described as plain data, so callers outside this package (the study runner, the GUI)
 * never touch JFreeChart types: build a spec, then {@link #write} it or {@link #build} it.
 */
public sealed interface ChartSpec {
    String title();

    /**
     * Height (points) of the plot area with its axes for the given width when it follows from the
     * content (rows of groups or terms); 0 when the chart takes the requested height.
     */
    default double plotHeight(double width) {
        return 0;
    }

    /** Suggested height (points) for the given width, so long category lists are not squeezed. */
    default double suggestedHeight(double width, double defaultHeight) {
        return defaultHeight;
    }

    /** Means with 95% CIs by group: a forest plot, one panel per feature (small multiples). */
    record Means(String title, String valueLabel, List<MeanCi> means, String caption) implements ChartSpec {
        public Means(String title, String valueLabel, List<MeanCi> means) {
            this(title, valueLabel, means, "");
        }

        @Override
        public double plotHeight(double width) {
            List<String> titles = means.stream().map(MeanCi::feature).distinct().toList();
            if (titles.size() == 1 && valueLabel != null && !valueLabel.isBlank()) titles = List.of(valueLabel);
            return Layout.gridHeight(titles, means.stream().map(MeanCi::group).distinct().count(), width, 1.85);
        }
    }

    /** Zero-inflated measure by group: share of texts with any hit and the mean among them. */
    record ZeroInflated(String title, String meanLabel, List<ZeroPart> parts, String caption) implements ChartSpec {
        @Override
        public double plotHeight(double width) {
            return Layout.gridHeight(List.of("Texts with any (%)", meanLabel), parts.size(), width, 1.85);
        }
    }

    record Box(String title, String valueLabel, List<BoxStats> boxes, String caption) implements ChartSpec {
        public Box(String title, String valueLabel, List<BoxStats> boxes) {
            this(title, valueLabel, boxes, "");
        }

        @Override
        public double plotHeight(double width) {
            long features = boxes.stream().map(BoxStats::feature).distinct().count();
            return Layout.gridHeight(List.of(valueLabel == null ? "" : valueLabel), boxes.stream().map(BoxStats::group).distinct().count(),
                    width, 1.2 + 1.3 * features);
        }
    }

    record Monthly(String title, String valueLabel, List<MonthlyPoint> points, int minN, String caption) implements ChartSpec {
        public Monthly(String title, String valueLabel, List<MonthlyPoint> points, int minN) {
            this(title, valueLabel, points, minN, "");
        }
    }

    /** Terms by group: a heat map of rates per 100 articles. */
    record Terms(String title, List<TermCount> counts, int top, String caption) implements ChartSpec {
        public Terms(String title, List<TermCount> counts, int top) {
            this(title, counts, top, "");
        }

        @Override
        public double plotHeight(double width) {
            long terms = Math.min(top, counts.stream().map(TermCount::term).distinct().count());
            int longest = 0;
            for (TermCount t : counts) longest = Math.max(longest, ForestCharts.groupLabel(t.group(), t.groupArticles()).length());
            return Layout.heatHeight(terms, longest, width);
        }
    }

    record ConfusionMatrix(String title, Confusion matrix) implements ChartSpec {
        @Override
        public double suggestedHeight(double width, double h) {
            return Math.max(h, Math.min(width * 1.1, 190 + matrix.labels().size() * 52));
        }
    }

    record Roc(String title, List<RocCurve> curves) implements ChartSpec {
        @Override
        public double suggestedHeight(double width, double h) {
            return Math.max(h, width * 0.75);
        }

        /** A square-ish plot (its axes below and left), the legend and notes added as they wrap. */
        @Override
        public double plotHeight(double width) {
            return Math.min(width - 40, 340) * 0.85 + 40;
        }
    }

    record TopFeatures(String title, String valueLabel, List<FeatureWeight> weights, int top) implements ChartSpec {
        @Override
        public double suggestedHeight(double width, double h) {
            long classes = weights.stream().map(FeatureWeight::classLabel).distinct().count();
            // narrow figures wrap the feature labels on two lines: more room per row
            return Math.max(h, 80 + classes * (top * (width < 400 ? 21 : 16) + 20));
        }
    }

    record Scores(String title, String valueLabel, List<ScoreBar> bars, Double reference, String referenceLabel)
            implements ChartSpec {
        @Override
        public double suggestedHeight(double width, double h) {
            return Math.max(h, 110 + bars.size() * 26);
        }
    }

    /** Builds the JFreeChart (for the GUI or for further styling). */
    static JFreeChart build(ChartSpec spec) {
        if (spec instanceof Means m) return Charts.forest(m.title(), m.valueLabel(), m.means(), m.caption());
        if (spec instanceof ZeroInflated z) return Charts.zeroInflated(z.title(), z.meanLabel(), z.parts(), z.caption());
        if (spec instanceof Box b) return Charts.boxPlot(b.title(), b.valueLabel(), b.boxes(), b.caption());
        if (spec instanceof Monthly m) return Charts.monthly(m.title(), m.valueLabel(), m.points(), m.minN(), m.caption());
        if (spec instanceof Terms t) return Charts.topTerms(t.title(), t.counts(), t.top(), t.caption());
        if (spec instanceof ConfusionMatrix c) return Charts.confusion(c.title(), c.matrix());
        if (spec instanceof Roc r) return Charts.roc(r.title(), r.curves());
        if (spec instanceof TopFeatures f) return Charts.topFeatures(f.title(), f.valueLabel(), f.weights(), f.top());
        Scores s = (Scores) spec;
        return Charts.scoreBars(s.title(), s.valueLabel(), s.bars(), s.reference(), s.referenceLabel());
    }

    /**
     * Writes {@code base.png/.svg/.pdf}; the height grows with the number of categories when
     * needed ({@link #suggestedHeight}). Returns the files written.
     */
    static List<Path> write(ChartSpec spec, Path base, ChartExport.Size size, Set<ChartExport.Format> formats) throws IOException {
        JFreeChart chart = build(spec, size.width());
        return ChartExport.write(chart, base, size.withHeight(height(spec, chart, size)), formats);
    }

    /** Builds the chart with its fonts fitted to a print width in points ({@link FontFit}). */
    static JFreeChart build(ChartSpec spec, double width) {
        return FontFit.fit(build(spec), width);
    }

    /**
     * The height of the exported chart: titles and notes as they wrap at this width plus the plot's
     * content height where it follows from the rows, else {@link #suggestedHeight}.
     */
    static double height(ChartSpec spec, JFreeChart chart, ChartExport.Size size) {
        double plot = spec.plotHeight(size.width());
        return plot > 0 ? Layout.titlesHeight(chart, size.width()) + plot : spec.suggestedHeight(size.width(), size.height());
    }
}
