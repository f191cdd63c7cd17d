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

    /** {@link #forest} without a caption. */
    public static JFreeChart meansByGroup(String title, String valueLabel, List<MeanCi> means) {
        return forest(title, valueLabel, means, "");
    }

    /**
     * Forest plot of means with 95% CIs: one row per group (labelled with its n), sorted by the mean,
     * no legend. Several features give small multiples, one panel per feature (its name as the value
     * axis label), the groups in the order of the first panel; one feature is labelled {@code valueLabel}.
     * {@code caption} (e.g. the column ids) is added to the note under the chart.
     */
    public static JFreeChart forest(String title, String valueLabel, List<MeanCi> means, String caption) {
        boolean one = means.stream().map(MeanCi::feature).distinct().count() == 1;
        List<MeanCi> shown = one && valueLabel != null && !valueLabel.isBlank()
                ? means.stream().map(m -> new MeanCi(valueLabel, m.group(), m.n(), m.mean(), m.lower(), m.upper())).toList() : means;
        return ForestCharts.forest(title, shown, caption);
    }

    /**
     * Two-part display of a zero-inflated measure (most texts have none): the share of texts with any
     * by group (95% Wilson interval) beside the mean among those texts (axis {@code meanLabel}).
     */
    public static JFreeChart zeroInflated(String title, String meanLabel, List<ChartData.ZeroPart> parts, String caption) {
        return ForestCharts.zeroInflated(title, meanLabel, parts, caption);
    }

    /** Box plots of one or more features by group (groups along the axis, sorted by median; one series per feature). */
    public static JFreeChart boxPlot(String title, String valueLabel, List<BoxStats> boxes) {
        return boxPlot(title, valueLabel, boxes, "");
    }

    /** The same with a caption added to the note. */
    public static JFreeChart boxPlot(String title, String valueLabel, List<BoxStats> boxes, String caption) {
        return withCaption(BoxCharts.boxPlot(title, valueLabel, boxes), caption);
    }

    /** Monthly mean (or rate) per group, each line named at its end; months with fewer than {@code minN} articles are gaps. */
    public static JFreeChart monthly(String title, String valueLabel, List<MonthlyPoint> points, int minN) {
        return monthly(title, valueLabel, points, minN, "");
    }

    /** The same with a caption added to the note. */
    public static JFreeChart monthly(String title, String valueLabel, List<MonthlyPoint> points, int minN, String caption) {
        return withCaption(TimeCharts.monthly(title, valueLabel, points, minN), caption);
    }

    /**
     * Heat map of the {@code top} most frequent terms (over all groups) by group, in occurrences per
     * 100 articles of the group, the value printed in each cell.
     */
    public static JFreeChart topTerms(String title, List<TermCount> counts, int top) {
        return topTerms(title, counts, top, "");
    }

    /** The same with a caption added to the note. */
    public static JFreeChart topTerms(String title, List<TermCount> counts, int top, String caption) {
        return HeatCharts.terms(title, counts, top, caption);
    }

    /** Appends {@code caption} to the chart's last note. */
    private static JFreeChart withCaption(JFreeChart chart, String caption) {
        if (caption == null || caption.isBlank()) return chart;
        for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                t.setText(t.getText() + " " + caption);
                break;
            }
        }
        return chart;
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
