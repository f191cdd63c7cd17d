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

import java.util.List;

/**
 * Builders for FrameLab's chart types, from plain {@link ChartData} records. Every chart uses
 * {@link ChartStyle}; export with {@link ChartExport}. The charts are built by one class per
 * family ({@link DotCharts}, {@link BoxCharts}, {@link TimeCharts}, {@link ClassifierCharts},
 * {@link WeightCharts}) on the shared {@link PlotSetup}.
 */
public final class Charts {
    private Charts() {}

    /**
     * Dot-and-whisker chart: one row per feature, one marker per group (distinct colour and shape),
     * whiskers for the 95% confidence interval of the mean.
     */
    public static JFreeChart meansByGroup(String title, String valueLabel, List<MeanCi> means) {
        return DotCharts.meansByGroup(title, valueLabel, means);
    }

    /** Box plots of one or more features by group (groups along the axis, one series per feature). */
    public static JFreeChart boxPlot(String title, String valueLabel, List<BoxStats> boxes) {
        return BoxCharts.boxPlot(title, valueLabel, boxes);
    }

    /** Monthly mean (or rate) per group; months with fewer than {@code minN} articles are left as gaps. */
    public static JFreeChart monthly(String title, String valueLabel, List<MonthlyPoint> points, int minN) {
        return TimeCharts.monthly(title, valueLabel, points, minN);
    }

    /**
     * Cleveland dot plot of the {@code top} most frequent terms (over all groups) with one marker
     * per group, in occurrences per 100 articles of the group.
     */
    public static JFreeChart topTerms(String title, List<TermCount> counts, int top) {
        return DotCharts.topTerms(title, counts, top);
    }

    /**
     * Heat map of a confusion matrix: cell shade = share of the true class (row %), annotated with
     * the count and the row percentage; a single-hue sequential scale whose lightness falls
     * monotonically, so it reads the same in grey.
     */
    public static JFreeChart confusion(String title, Confusion cm) {
        return ClassifierCharts.confusion(title, cm);
    }

    /** One-vs-rest ROC curves (one per class), with the chance diagonal. */
    public static JFreeChart roc(String title, List<RocCurve> curves) {
        return ClassifierCharts.roc(title, curves);
    }

    /** Horizontal bars of the {@code top} features by |weight| for each class, one panel per class. */
    public static JFreeChart topFeatures(String title, String valueLabel, List<FeatureWeight> weights, int top) {
        return WeightCharts.topFeatures(title, valueLabel, weights, top);
    }

    /**
     * Horizontal bars with 95% interval whiskers, e.g. macro-F1 of ablated feature sets, with an
     * optional reference line (e.g. the majority-class baseline).
     */
    public static JFreeChart scoreBars(String title, String valueLabel, List<ScoreBar> bars, Double reference,
                                       String referenceLabel) {
        return WeightCharts.scoreBars(title, valueLabel, bars, reference, referenceLabel);
    }
}
