package org.framelab.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The nested check of {@link LexiconTuning}'s goal (session 24) and the standard error of its estimate between outlets
 * (session 25): whether the grid point chosen at an enrichment goal on the pooled inner folds reaches that goal on
 * inner folds it was not chosen on, and the enrichment to choose at so that it does.
 */
public final class GoalCheck {
    private GoalCheck() {}

    /**
     * One step of the nested check of the goal. The thresholds chosen at enrichment {@code innerGoal} on the pooled
     * inner folds may land below the goal on new outlets: of many grid points, the one of highest recall that just
     * clears the goal is more often one whose inner enrichment was lucky than one that was not (the winner's curse of
     * choosing by the same estimates that are reported). The check measures that on the training part alone: for each
     * inner fold, the point is chosen at {@code innerGoal} from the sums of the <em>other</em> folds and measured on that
     * fold (the lexicons were learned without the fold; the choice, from the other folds' measurements, is free of the
     * fold's measurement), and the folds' sums are pooled. The tuning raises the inner goal from the goal in steps of
     * {@link #STEP} until the pooled left-out enrichment reaches the goal, then chooses on all folds at that
     * inner goal. Cheap: it re-reads the sums already computed, no lexicon is learned again. It is the constrained
     * counterpart of estimating the bias of the minimum cross-validation error from the folds' own errors (Tibshirani
     * and Tibshirani 2009, "A bias correction for the minimum error rate in cross-validation", Annals of Applied
     * Statistics 3(2)); like it, it is an approximation of a fully nested tuning, whose inner lexicons would also leave the
     * measured fold out (here the other folds' lexicons were learned with it).
     *
     * <p>The pooled left-out enrichment is an estimate over a few outlets, and outlets differ far more than the
     * winner's curse does (session 24, docs/lexicon-learning.md). Its standard error is the delete-one-outlet jackknife
     * of the pooled ratio (Efron and Tibshirani 1993, An Introduction to the Bootstrap, chapter 11): the spread of the
     * estimate when each training outlet in turn is left out of the pooling. It is always reported; asked for, the
     * choice must reach the goal by a margin of that many standard errors, {@code enrichment - margin x se >= goal} (with
     * 1, the one-standard-error convention of choosing under cross-validation uncertainty: Breiman, Friedman, Olshen and
     * Stone 1984, section 3.4.3; Hastie, Tibshirani and Friedman 2009, section 7.10). The default margin is 0: on BABE
     * the standard error is 2-4x for an estimate of 8x, and one standard error asks for 12x on the training outlets, at a
     * span recall under 0.5 on new ones (docs/lexicon-learning.md, session 25). Deterministic: no resampling, no seed.
     *
     * @param innerGoal  the enrichment the choice was made at
     * @param enrichment pooled enrichment on the left-out folds
     * @param se         its delete-one-fold jackknife standard error (NaN with fewer than 3 folds measured)
     * @param recall     pooled span recall on the left-out folds
     * @param hits       hits pooled over the left-out folds
     */
    public record Calibration(double innerGoal, double enrichment, double se, double recall, long hits) {
        /** The enrichment less {@code margin} standard errors (the enrichment itself for margin 0). */
        public double lower(double margin) {
            return margin == 0 ? enrichment : enrichment - margin * se;
        }

        /** Whether the choice reached the goal on the folds left out, with the margin. */
        public boolean reaches(double goal, double margin) {
            return lower(margin) >= goal;
        }
    }

    /** The default margin of the nested check, in standard errors of the pooled left-out enrichment: none. */
    public static final double DEFAULT_GOAL_MARGIN = 0;

    /** The nested check raises the inner goal in steps of this much ... */
    static final double STEP = 0.25;
    /** ... at most this many times (the goal itself, then up to 4 over it). */
    static final int STEPS = 17;

    /**
     * The nested check ({@link Calibration}): from the goal up, in steps of {@link #STEP}, the point chosen
     * at that inner goal on all folds but one is measured on that one, pooled over the folds; stops at the first inner
     * goal whose pooled left-out enrichment, less {@code margin} jackknife standard errors, reaches the goal.
     *
     * @param folds sums per fold and grid point ({@link LexiconTuning#SUMS} each)
     */
    static List<Calibration> calibrate(long[][][] folds, long[] foldWords, long[] foldSpanWords, List<Double> gates, List<LexiconTuning.ExpandPoint> expands,
                                       double goal, double margin, boolean e) {
        int nf = folds.length, g = folds[0].length;
        LexiconTuning.Pooled all = LexiconTuning.Pooled.of(folds, foldWords, foldSpanWords);
        long[][] total = all.sums();
        long words = all.words(), spanWords = all.spanWords();
        List<Calibration> out = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            double tried = goal + step * STEP;
            // per fold: hits, in spans, spans, found of the point chosen without it, measured on it (zeros: no point)
            long[][] left = new long[nf][4];
            for (int i = 0; i < nf; i++) {
                long[][] others = new long[g][LexiconTuning.SUMS];
                LexiconTuning.add(others, total, 1);
                LexiconTuning.add(others, folds[i], -1);
                List<LexiconTuning.Point> og = LexiconTuning.points(others, words - foldWords[i], spanWords - foldSpanWords[i], gates, expands);
                LexiconTuning.Point c = LexiconTuning.choose(og, tried, e);
                if (c == null) continue;
                long[] s = folds[i][LexiconTuning.indexOf(og, c)];
                left[i] = new long[] {e ? s[6] : s[0], e ? s[4] : s[1], s[2], e ? s[5] : s[3]};
            }
            long[] sum = new long[4];
            for (long[] l : left) for (int j = 0; j < 4; j++) sum[j] += l[j];
            double enr = enrichment(sum[0], sum[1], words, spanWords);
            out.add(new Calibration(tried, enr, jackknife(left, sum, foldWords, foldSpanWords, words, spanWords),
                    sum[2] == 0 ? Double.NaN : (double) sum[3] / sum[2], sum[0]));
            if (out.get(out.size() - 1).reaches(goal, margin)) break;
        }
        return out;
    }

    /** Hits in spans over hits, over the chance rate (span word tokens over word tokens); NaN without hits. */
    private static double enrichment(long hits, long in, long words, long spanWords) {
        return hits == 0 || words == 0 ? Double.NaN : (double) in / hits / ((double) spanWords / words);
    }

    /**
     * The delete-one-fold jackknife standard error of the pooled left-out enrichment: the enrichment pooled without
     * each fold (its hits and its word tokens both left out), {@code sqrt((n-1)/n * sum (theta_i - mean)^2)} over the
     * folds with hits; NaN when fewer than 3 folds have hits.
     */
    static double jackknife(long[][] left, long[] sum, long[] foldWords, long[] foldSpanWords, long words, long spanWords) {
        List<Double> thetas = new ArrayList<>();
        for (int i = 0; i < left.length; i++) {
            if (left[i][0] == 0) continue;
            double t = enrichment(sum[0] - left[i][0], sum[1] - left[i][1], words - foldWords[i], spanWords - foldSpanWords[i]);
            if (!Double.isNaN(t)) thetas.add(t);
        }
        int n = thetas.size();
        if (n < 3) return Double.NaN;
        double mean = 0;
        for (double t : thetas) mean += t / n;
        double ss = 0;
        for (double t : thetas) ss += (t - mean) * (t - mean);
        return Math.sqrt((n - 1.0) / n * ss);
    }

    /**
     * The enrichment to choose at: the first of the nested check's inner goals that reached the goal on the folds left
     * out (with the margin), else the one that came closest; the goal itself when the check was not run.
     */
    static double innerGoal(List<Calibration> calibration, double goal, double margin) {
        Calibration top = null;
        for (Calibration c : calibration) {
            if (c.reaches(goal, margin)) return c.innerGoal();
            double l = c.lower(margin);
            if (!Double.isNaN(l) && (top == null || l > top.lower(margin))) top = c;
        }
        return top == null ? goal : top.innerGoal();
    }
}
