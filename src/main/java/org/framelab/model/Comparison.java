package org.framelab.model;

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
            throw new IllegalArgumentException("Invalid comparison: the two evaluations used different folds or articles");
        }
        Map<String, Prediction> byId = new HashMap<>();
        for (Prediction p : b.predictions()) byId.put(p.id() + "\u0000" + p.fold(), p);
        int onlyA = 0, onlyB = 0;
        for (Prediction pa : a.predictions()) {
            Prediction pb = byId.get(pa.id() + "\u0000" + pa.fold());
            if (pb == null) throw new IllegalArgumentException("Invalid comparison: article " + pa.id() + " (fold " + pa.fold() + ") missing in " + nameB);
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
        double t = Double.NaN, p = Double.NaN;
        if (j > 1) {
            double var = 0;
            for (double x : d) var += (x - mean) * (x - mean);
            var /= (j - 1);
            double se = Math.sqrt((1.0 / j + ratio) * var);
            if (se > 0) {
                t = mean / se;
                p = 2 * new TDistribution(j - 1).cumulativeProbability(-Math.abs(t));
            } else {
                t = mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
                p = mean == 0 ? 1 : 0;
            }
        }
        int bc = onlyA + onlyB;
        double chi = bc == 0 ? 0 : Math.pow(Math.abs(onlyA - onlyB) - 1, 2) / bc;
        double mp;
        if (bc == 0) mp = 1;
        else if (bc < 25) {
            BinomialDistribution bin = new BinomialDistribution(null, bc, 0.5);
            mp = Math.min(1, 2 * bin.cumulativeProbability(Math.min(onlyA, onlyB)));
        } else mp = 1 - new ChiSquaredDistribution(null, 1).cumulativeProbability(chi);
        return new Comparison(nameA, nameB, a.macroF1(), b.macroF1(), d, mean, t, p, onlyA, onlyB, chi, mp);
    }

    public List<String> summaryLines() {
        return List.of(
                String.format(java.util.Locale.ROOT, "%s vs %s: macro-F1 %.4f vs %.4f (mean fold difference %+.4f)", nameA, nameB, macroF1A, macroF1B, meanDifference),
                String.format(java.util.Locale.ROOT, "  corrected resampled t-test (Nadeau & Bengio 2003): t = %.3f, p = %.4f", tStatistic, tPValue),
                String.format(java.util.Locale.ROOT, "  McNemar: only %s right %d, only %s right %d, chi2 = %.3f, p = %.4g", nameA, onlyACorrect, nameB, onlyBCorrect, mcNemarStatistic, mcNemarPValue));
    }
}
