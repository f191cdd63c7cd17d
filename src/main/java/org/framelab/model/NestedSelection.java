package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.util.InputException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the blend of the framing and n-gram blocks (and the linear model's C) by cross-validation
 * inside a training part: folds grouped by outlet when the training articles name at least as many
 * outlets as folds (stratified otherwise), each candidate trained on the inner training rows and
 * scored by macro-F1 on the inner test rows; the candidate with the best mean wins (ties: the
 * earlier candidate). The outer test rows are never seen: this runs on the training part's matrix.
 *
 * <p>Fused blends (the default, {@link FusedModel}) cost two fits per inner fold and C, one per block,
 * whatever the number of weights: every weight is scored from the same two models' decision values.
 * Blends of the columns ({@code --dense-weight}-style, one model on both blocks) cost one fit per
 * candidate, inner fold and C.
 *
 * <p>The inner folds reuse the outer training part's vocabulary, masks and scaling rather than
 * fitting them again inside each inner fold: a candidate's inner score is then a little optimistic,
 * the same for every candidate, and the outer estimate stays honest (docs/model.md).
 */
final class NestedSelection {
    private NestedSelection() {}

    /** One candidate's inner-CV result. */
    record Score(ModelSelection.Blend blend, double cost, double macroF1, double[] perFold) implements Serializable {
        String label() {
            return blend + (Double.isNaN(cost) ? "" : ", C=" + fmt(cost));
        }
    }

    /** What was chosen and from what (null fields when nothing was chosen). */
    record Outcome(ModelSelection.Blend blend, double cost, String protocol, List<Score> scores, String note) implements Serializable {
        Outcome {
            scores = List.copyOf(scores);
        }

        /** One line for logs, metrics and the workbook. */
        String describe() {
            if (scores.isEmpty()) return blend + (note.isEmpty() ? "" : " (" + note + ")");
            StringBuilder b = new StringBuilder("chosen " + blend + (Double.isNaN(cost) ? "" : ", C=" + fmt(cost)) + " by " + protocol + ":");
            for (Score s : scores) b.append(' ').append(s.label()).append(' ').append(String.format(Locale.ROOT, "%.4f", s.macroF1())).append(';');
            b.setLength(b.length() - 1);
            return b.toString();
        }
    }

    /**
     * Stopping tolerance of the inner fits, at least liblinear's default for its dual solvers (0.1):
     * the inner fits only rank candidates, and a looser tolerance makes them about three times faster.
     */
    static final double INNER_TOLERANCE = 0.1;

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * Runs the inner cross-validation on {@code x} (the training rows scaled with framing weight 1 and
     * n-gram weight 1) with labels {@code y}.
     *
     * @param ngram    whether each column is an n-gram column
     * @param training the training articles (row order), for the inner folds
     */
    static Outcome choose(RowMatrix x, int[] y, int numClasses, boolean[] ngram, List<Article> training, TrainConfig cfg,
                          LinearModel base) throws Exception {
        ModelSelection sel = cfg.selection();
        List<ModelSelection.Blend> blends = usable(sel.blends(), ngram);
        List<Double> costs = sel.costs().isEmpty() ? List.of(Double.NaN) : sel.costs();
        if (blends.size() * costs.size() < 2) return new Outcome(blends.get(0), costs.get(0), "", List.of(), "one candidate");
        FoldPlan inner = innerPlan(training, cfg, sel.innerFolds());
        if (inner == null) {
            return new Outcome(fallback(blends), Double.NaN, "", List.of(), "too few articles or outlets for " + sel.innerFolds() + " inner folds");
        }
        List<Score> scores = new ArrayList<>();
        if (blends.stream().anyMatch(ModelSelection.Blend::isFusion)) {
            scores = scoreFused(x, y, numClasses, ngram, inner, blends, costs, base);
        } else for (ModelSelection.Blend b : blends) {
            RowMatrix xb = x.scaleColumns(factors(b, ngram));
            for (double c : costs) scores.add(score(xb, y, numClasses, inner, b, c, base));
        }
        Score best = scores.get(0);
        for (Score s : scores) if (s.macroF1() > best.macroF1() + 1e-12) best = s;
        return new Outcome(best.blend(), best.cost(), inner.protocol(), scores, "");
    }

    /**
     * Every fused blend and C scored from two models per inner fold and C, one on each block: their
     * decision values on the inner test rows are combined at each blend's weights without fitting again
     * (a blend's score costs nothing beyond the two fits).
     */
    private static List<Score> scoreFused(RowMatrix x, int[] y, int numClasses, boolean[] ngram, FoldPlan inner,
                                          List<ModelSelection.Blend> blends, List<Double> costs, LinearModel base) throws Exception {
        RowMatrix xf = x.scaleColumns(factors(new ModelSelection.Blend(1, 0), ngram));
        RowMatrix xn = x.scaleColumns(factors(new ModelSelection.Blend(0, 1), ngram));
        int nf = inner.folds().size();
        double[][][] f1 = new double[costs.size()][blends.size()][nf];
        for (int fi = 0; fi < nf; fi++) {
            FoldPlan.Fold fold = inner.folds().get(fi);
            int[] ty = new int[fold.train().length];
            for (int i = 0; i < ty.length; i++) ty[i] = y[fold.train()[i]];
            RowMatrix ft = xf.rows(fold.train()), nt = xn.rows(fold.train());
            RowMatrix fs = xf.rows(fold.test()), ns = xn.rows(fold.test());
            for (int ci = 0; ci < costs.size(); ci++) {
                LinearModel mf = base.withCost(costs.get(ci)).withTolerance(INNER_TOLERANCE);
                LinearModel mn = base.withCost(costs.get(ci)).withTolerance(INNER_TOLERANCE);
                mf.fit(ft, ty, numClasses);
                mn.fit(nt, ty, numClasses);
                int[] order = mf.modelLabels();
                if (!java.util.Arrays.equals(order, mn.modelLabels())) throw new IllegalStateException("class orders differ between the blocks");
                double[][] df = new double[fold.test().length][], dn = new double[fold.test().length][];
                for (int i = 0; i < df.length; i++) {
                    df[i] = mf.decision(fs, i);
                    dn[i] = mn.decision(ns, i);
                }
                for (int bi = 0; bi < blends.size(); bi++) {
                    double a = blends.get(bi).framing() / (blends.get(bi).framing() + blends.get(bi).ngrams());
                    int[][] conf = new int[numClasses][numClasses];
                    for (int i = 0; i < df.length; i++) {
                        double[] d = mf.distribution(FusedModel.fuse(df[i], dn[i], a));
                        int arg = 0;
                        for (int c = 1; c < d.length; c++) if (d[c] > d[arg]) arg = c;
                        conf[y[fold.test()[i]]][arg]++;
                    }
                    f1[ci][bi][fi] = Metrics.accuracyMacroF1(conf)[1];
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        for (int bi = 0; bi < blends.size(); bi++) {
            for (int ci = 0; ci < costs.size(); ci++) {
                double mean = 0;
                for (double v : f1[ci][bi]) mean += v / nf;
                scores.add(new Score(blends.get(bi), costs.get(ci), mean, f1[ci][bi]));
            }
        }
        return scores;
    }

    /** The blends that make sense for these columns (one block missing: only the other alone). */
    private static List<ModelSelection.Blend> usable(List<ModelSelection.Blend> blends, boolean[] ngram) {
        boolean hasNgrams = false, hasFraming = false;
        for (boolean g : ngram) {
            if (g) hasNgrams = true;
            else hasFraming = true;
        }
        if (hasNgrams && hasFraming) return blends;
        return List.of(hasNgrams ? new ModelSelection.Blend(0, 1) : new ModelSelection.Blend(1, 0));
    }

    /** Without inner folds: a fusion of both blocks alike when the candidates are fusions, else framing next to n-grams at the default weight when it is a candidate, else the first. */
    private static ModelSelection.Blend fallback(List<ModelSelection.Blend> blends) {
        if (blends.stream().anyMatch(ModelSelection.Blend::isFusion)) return ModelSelection.Blend.fusedAt(ModelSelection.FALLBACK_FUSION_WEIGHT);
        for (ModelSelection.Blend b : blends) if (b.framing() == TrainConfig.DEFAULT_DENSE_WEIGHT && b.ngrams() == 1) return b;
        return blends.get(0);
    }

    /** Column factors of a blend relative to the (1, 1) scaling. */
    static float[] factors(ModelSelection.Blend b, boolean[] ngram) {
        float[] f = new float[ngram.length];
        for (int c = 0; c < f.length; c++) f[c] = (float) (ngram[c] ? b.ngramScale() : b.framingScale());
        return f;
    }

    /** Inner folds grouped by outlet (by the outer protocol's group field when it has one), else stratified; null when neither works. */
    private static FoldPlan innerPlan(List<Article> training, TrainConfig cfg, int k) {
        String field = cfg.outletField() == null ? "outlet" : cfg.outletField();
        try {
            return FoldPlan.grouped(training, cfg.labelField(), field, k, cfg.seed());
        } catch (InputException | RuntimeException e) {
            try {
                return FoldPlan.stratified(training, cfg.labelField(), k, cfg.seed());
            } catch (InputException | RuntimeException e2) {
                return null;
            }
        }
    }

    private static Score score(RowMatrix xb, int[] y, int numClasses, FoldPlan inner, ModelSelection.Blend b, double cost,
                               LinearModel base) throws Exception {
        double[] f1 = new double[inner.folds().size()];
        for (int fi = 0; fi < f1.length; fi++) {
            FoldPlan.Fold fold = inner.folds().get(fi);
            LinearModel m = base.withCost(cost).withTolerance(INNER_TOLERANCE);
            int[] ty = new int[fold.train().length];
            for (int i = 0; i < ty.length; i++) ty[i] = y[fold.train()[i]];
            m.fit(xb.rows(fold.train()), ty, numClasses);
            RowMatrix test = xb.rows(fold.test());
            int[][] conf = new int[numClasses][numClasses];
            for (int i = 0; i < fold.test().length; i++) {
                double[] d = m.distribution(test, i);
                int arg = 0;
                for (int c = 1; c < d.length; c++) if (d[c] > d[arg]) arg = c;
                conf[y[fold.test()[i]]][arg]++;
            }
            f1[fi] = Metrics.accuracyMacroF1(conf)[1];
        }
        double mean = 0;
        for (double v : f1) mean += v / f1.length;
        return new Score(b, cost, mean, f1);
    }
}
