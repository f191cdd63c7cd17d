package org.framelab.model;

import org.framelab.util.OptionException;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paired comparison of two configurations evaluated on the same folds and articles.
 *
 * @param nameA, nameB        what was compared (classifier or feature set)
 * @param macroF1A, macroF1B  pooled macro-F1 of each
 * @param foldDifferences     per-fold macro-F1 of A minus B
 * @param meanDifference      mean of the fold differences
 * @param tStatistic          Nadeau &amp; Bengio (2003) corrected resampled t: mean / sqrt((1/J + n_test/n_train) s^2), J-1 df
 * @param tPValue             two-sided p of that t (NaN with a single fold)
 * @param onlyACorrect        McNemar b: articles A got right and B wrong
 * @param onlyBCorrect        McNemar c: articles B got right and A wrong
 * @param mcNemarStatistic    chi-square with continuity correction, (|b-c|-1)^2/(b+c)
 * @param mcNemarPValue       two-sided p (exact binomial when b+c &lt; 25)
 */
public record Comparison(String nameA, String nameB, double macroF1A, double macroF1B, double[] foldDifferences,
                         double meanDifference, double tStatistic, double tPValue, int onlyACorrect, int onlyBCorrect,
                         double mcNemarStatistic, double mcNemarPValue) {

    public static Comparison of(String nameA, EvaluationResult a, String nameB, EvaluationResult b) {
        if (a.folds().size() != b.folds().size() || a.predictions().size() != b.predictions().size()) {
            throw new OptionException("comparison", "the two evaluations used different folds or articles");
        }
        Map<String, Prediction> byId = new HashMap<>();
        for (Prediction p : b.predictions()) byId.put(p.id() + "\u0000" + p.fold(), p);
        int onlyA = 0, onlyB = 0;
        for (Prediction pa : a.predictions()) {
            Prediction pb = byId.get(pa.id() + "\u0000" + pa.fold());
            if (pb == null) throw new OptionException("comparison", "article " + pa.id() + " (fold " + pa.fold() + ") missing in " + nameB);
            if (pa.correct() && !pb.correct()) onlyA++;
            else if (!pa.correct() && pb.correct()) onlyB++;
        }
        int j = a.folds().size();
        double[] d = new double[j];
        double ratio = 0;
        for (int f = 0; f < j; f++) {
            EvaluationResult.FoldMetrics fa = a.folds().get(f), fb = b.folds().get(f);
            d[f] = fa.macroF1() - fb.macroF1();
            ratio += fa.trainSize() == 0 ? 0 : fa.testSize() / (double) fa.trainSize();
        }
        ratio /= j;
        double mean = 0;
        for (double x : d) mean += x;
        mean /= j;
        double[] t = correctedTTest(d, ratio);
        double[] mc = mcNemar(onlyA, onlyB);
        return new Comparison(nameA, nameB, a.macroF1(), b.macroF1(), d, mean, t[0], t[1], onlyA, onlyB, mc[0], mc[1]);
    }

    /** {t, two-sided p} of the corrected resampled t-test for differences {@code d} and mean n_test/n_train {@code ratio}; NaN with one fold. */
    public static double[] correctedTTest(double[] d, double ratio) {
        int j = d.length;
        if (j < 2) return new double[]{Double.NaN, Double.NaN};
        double mean = 0;
        for (double x : d) mean += x;
        mean /= j;
        double var = 0;
        for (double x : d) var += (x - mean) * (x - mean);
        var /= (j - 1);
        double se = Math.sqrt((1.0 / j + ratio) * var);
        if (se == 0) return new double[]{mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean), mean == 0 ? 1 : 0};
        double t = mean / se;
        return new double[]{t, 2 * new TDistribution(null, j - 1).cumulativeProbability(-Math.abs(t))};
    }

    /** {statistic, two-sided p} of McNemar's test from the discordant counts (exact binomial p when b+c &lt; 25). */
    public static double[] mcNemar(int b, int c) {
        int n = b + c;
        if (n == 0) return new double[]{0, 1};
        double chi = Math.pow(Math.max(0, Math.abs(b - c) - 1), 2) / n;
        double p;
        if (n < 25) p = Math.min(1, 2 * new BinomialDistribution(null, n, 0.5).cumulativeProbability(Math.min(b, c)));
        else p = 1 - new ChiSquaredDistribution(null, 1).cumulativeProbability(chi);
        return new double[]{chi, p};
    }

    public List<String> summaryLines() {
        return List.of(
                String.format(java.util.Locale.ROOT, "%s vs %s: macro-F1 %.4f vs %.4f (mean fold difference %+.4f)", nameA, nameB, macroF1A, macroF1B, meanDifference),
                String.format(java.util.Locale.ROOT, "  corrected resampled t-test (Nadeau & Bengio 2003): t = %.3f, p = %.4f", tStatistic, tPValue),
                String.format(java.util.Locale.ROOT, "  McNemar: only %s right %d, only %s right %d, chi2 = %.3f, p = %.4g", nameA, onlyACorrect, nameB, onlyBCorrect, mcNemarStatistic, mcNemarPValue));
    }
}
