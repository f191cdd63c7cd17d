package org.framelab.chart;

import org.framelab.chart.ChartData.BoxStats;
import org.framelab.chart.ChartData.Confusion;
import org.framelab.chart.ChartData.FeatureWeight;
import org.framelab.chart.ChartData.MeanCi;
import org.framelab.chart.ChartData.MonthlyPoint;
import org.framelab.chart.ChartData.RocCurve;
import org.framelab.chart.ChartData.ScoreBar;
import org.framelab.chart.ChartData.TermCount;
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

    /** Suggested height (points) for the given width, so long category lists are not squeezed. */
    default double suggestedHeight(double width, double defaultHeight) {
        return defaultHeight;
    }

    record Means(String title, String valueLabel, List<MeanCi> means) implements ChartSpec {
        @Override
        public double suggestedHeight(double width, double h) {
            long features = means.stream().map(MeanCi::feature).distinct().count();
            long groups = means.stream().map(MeanCi::group).distinct().count();
            return Math.max(h, 110 + features * Math.max(22, groups * 9));
        }
    }

    record Box(String title, String valueLabel, List<BoxStats> boxes) implements ChartSpec {}

    record Monthly(String title, String valueLabel, List<MonthlyPoint> points, int minN) implements ChartSpec {}

    record Terms(String title, List<TermCount> counts, int top) implements ChartSpec {
        @Override
        public double suggestedHeight(double width, double h) {
            long terms = Math.min(top, counts.stream().map(TermCount::term).distinct().count());
            return Math.max(h, 110 + terms * 20);
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
    }

    record TopFeatures(String title, String valueLabel, List<FeatureWeight> weights, int top) implements ChartSpec {
        @Override
        public double suggestedHeight(double width, double h) {
            long classes = weights.stream().map(FeatureWeight::classLabel).distinct().count();
            return Math.max(h, 80 + classes * (top * 16 + 20));
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
        if (spec instanceof Means m) return Charts.meansByGroup(m.title(), m.valueLabel(), m.means());
        if (spec instanceof Box b) return Charts.boxPlot(b.title(), b.valueLabel(), b.boxes());
        if (spec instanceof Monthly m) return Charts.monthly(m.title(), m.valueLabel(), m.points(), m.minN());
        if (spec instanceof Terms t) return Charts.topTerms(t.title(), t.counts(), t.top());
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
        ChartExport.Size s = size.withHeight(spec.suggestedHeight(size.width(), size.height()));
        return ChartExport.write(build(spec), base, s, formats);
    }
}
