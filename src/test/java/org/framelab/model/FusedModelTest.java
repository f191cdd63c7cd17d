package org.framelab.model;

import org.framelab.app.Classify;
import org.framelab.corpus.Article;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.SparseInstance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Late fusion of the framing and n-gram blocks: the fused decision is the weighted sum of the two
 * block models' decisions, its reported weights are the weighted block weights, the inner CV's ends of
 * the grid are exactly the single-block models, and a fused model survives its model file.
 */
class FusedModelTest {
    @TempDir
    Path dir;

    /** Random sparse rows over {@code framing} framing columns followed by {@code ngrams} n-gram columns; class from a noisy rule. */
    private static RowMatrix rows(int n, int framing, int ngrams, int[] y, long seed) {
        Random r = new Random(seed);
        RowMatrix.Builder b = RowMatrix.builder(framing + ngrams);
        for (int i = 0; i < n; i++) {
            List<Integer> cols = new ArrayList<>();
            List<Double> vals = new ArrayList<>();
            double signal = 0;
            for (int c = 0; c < framing; c++) {
                double v = r.nextDouble();
                cols.add(c);
                vals.add(v);
                if (c == 0) signal += 2 * v - 1;
            }
            for (int c = framing; c < framing + ngrams; c++) {
                if (r.nextDouble() < 0.2) {
                    double v = r.nextDouble();
                    cols.add(c);
                    vals.add(v);
                    if (c == framing + 1) signal += v;
                    if (c == framing + 2) signal -= v;
                }
            }
            y[i] = signal + 0.5 * r.nextGaussian() > 0.2 ? 2 : signal < -0.2 ? 0 : 1;
            int[] idx = cols.stream().mapToInt(Integer::intValue).toArray();
            double[] val = vals.stream().mapToDouble(Double::doubleValue).toArray();
            b.add(idx, val, idx.length);
        }
        return b.build();
    }

    @Test
    void fusedDecisionIsTheWeightedSumOfTheBlockModelsAndItsWeightsAreTheWeightedBlockWeights() throws Exception {
        int framing = 3, ngrams = 12, n = 300;
        int[] y = new int[n];
        RowMatrix x = rows(n, framing, ngrams, y, 7);
        boolean[] ngram = new boolean[framing + ngrams];
        for (int c = framing; c < ngram.length; c++) ngram[c] = true;
        LinearModel f = new LinearModel(), g = new LinearModel();
        f.fit(x.scaleColumns(NestedSelection.factors(new ModelSelection.Blend(1, 0), ngram)), y, 3);
        g.fit(x.scaleColumns(NestedSelection.factors(new ModelSelection.Blend(0, 1), ngram)), y, 3);
        double a = 0.3;
        FusedModel fused = new FusedModel(f, g, a, ngram);

        ArrayList<Attribute> atts = new ArrayList<>();
        for (int c = 0; c < ngram.length; c++) atts.add(new Attribute("c" + c));
        atts.add(new Attribute("class", List.of("a", "b", "c")));
        Instances header = new Instances("t", atts, 0);
        header.setClassIndex(ngram.length);
        double[][] w = fused.classWeights(), wf = f.classWeights(), wg = g.classWeights();
        for (int r = 0; r < 40; r++) {
            double[] dense = new double[ngram.length + 1];
            int[] idx = new int[x.rowLength(r)];
            double[] val = new double[idx.length];
            x.copyRow(r, idx, val);
            for (int k = 0; k < idx.length; k++) dense[idx[k]] = val[k];
            SparseInstance inst = new SparseInstance(1, dense);
            inst.setDataset(header);
            inst.setClassMissing();

            // the weighted sum of the block models' decisions, each on its own block's entries
            int[] fi = new int[idx.length], gi = new int[idx.length];
            double[] fv = new double[idx.length], gv = new double[idx.length];
            int fc = 0, gc = 0;
            for (int k = 0; k < idx.length; k++) {
                if (ngram[idx[k]]) {
                    gi[gc] = idx[k];
                    gv[gc++] = (float) val[k];
                } else {
                    fi[fc] = idx[k];
                    fv[fc++] = (float) val[k];
                }
            }
            double[] df = f.decision(fi, fv, fc), dg = g.decision(gi, gv, gc);
            double[] expected = f.distribution(new double[] {a * df[0] + (1 - a) * dg[0], a * df[1] + (1 - a) * dg[1], a * df[2] + (1 - a) * dg[2]});
            assertThat(fused.distributionForInstance(inst)).containsExactly(expected, within(1e-12));

            // linear: the reported weights times each block's L2-normalised values, plus the weighted biases
            double nf = 0, ng = 0;
            for (int k = 0; k < fc; k++) nf += fv[k] * fv[k];
            for (int k = 0; k < gc; k++) ng += gv[k] * gv[k];
            double[] zero = f.decision(new int[0], new double[0], 0), zeroG = g.decision(new int[0], new double[0], 0);
            int[] order = f.modelLabels();
            for (int m = 0; m < order.length; m++) {
                double d = a * zero[m] + (1 - a) * zeroG[m];
                for (int k = 0; k < fc; k++) d += w[order[m]][fi[k]] * fv[k] / Math.sqrt(nf);
                for (int k = 0; k < gc; k++) d += w[order[m]][gi[k]] * gv[k] / Math.sqrt(ng);
                assertThat(d).isCloseTo(a * df[m] + (1 - a) * dg[m], within(1e-9));
            }
        }
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < ngram.length; j++) {
                assertThat(w[c][j]).isEqualTo(ngram[j] ? (1 - a) * wg[c][j] : a * wf[c][j]);
            }
        }
    }

    @Test
    void theEndsOfTheFusionGridAreTheSingleBlockModels() throws Exception {
        List<Article> demo = FoldChoicesTest.demo();
        TrainConfig fused = FoldChoicesTest.leaning(Classify.DEFAULT_SELECTION);
        ModelSelection joint = new ModelSelection(true, List.of(new ModelSelection.Blend(0, 1), new ModelSelection.Blend(1, 0)), List.of(), 3);
        TrainedModel mf = Trainer.train(demo, fused, Progress.NONE);
        TrainedModel mj = Trainer.train(demo, fused.withSelection(joint), Progress.NONE);
        List<NestedSelection.Score> sf = mf.selectionOutcome().scores(), sj = mj.selectionOutcome().scores();
        assertThat(sf).hasSize(ModelSelection.DEFAULT_FUSION_WEIGHTS.size());
        // a = 0 is "n-grams only", a = 1 "framing only": the same inner models, so the same inner scores
        assertThat(sf.get(0).blend().toString()).isEqualTo("n-grams only");
        assertThat(sf.get(sf.size() - 1).blend().toString()).isEqualTo("framing only");
        assertThat(sf.get(0).perFold()).containsExactly(sj.get(0).perFold());
        assertThat(sf.get(sf.size() - 1).perFold()).containsExactly(sj.get(1).perFold());
        // the best mean wins, ties to the smaller weight
        NestedSelection.Score best = sf.get(0);
        for (NestedSelection.Score s : sf) if (s.macroF1() > best.macroF1() + 1e-12) best = s;
        assertThat(mf.selectionOutcome().blend()).isEqualTo(best.blend());
        assertThat(mf.selection()).contains("chosen " + best.blend());
    }

    @Test
    void aFusedModelSurvivesItsModelFile() throws Exception {
        List<Article> demo = FoldChoicesTest.demo();
        TrainConfig cfg = FoldChoicesTest.leaning(new ModelSelection(true, List.of(ModelSelection.Blend.fusedAt(0.4)), List.of(), 3));
        TrainedModel m = Trainer.train(demo.subList(0, 90), cfg, Progress.NONE);
        assertThat(m.classifier()).isInstanceOf(FusedModel.class);
        assertThat(((FusedModel) m.classifier()).framingWeight()).isEqualTo(0.4);
        assertThat(m.topWeights(5)).isNotEmpty();
        Path file = dir.resolve("fused.model");
        ModelFile.save(m, file);
        TrainedModel back = ModelFile.load(file);
        List<Prediction> p = m.predict(demo.subList(90, demo.size()), "leaning", null, 0, Progress.NONE);
        List<Prediction> q = back.predict(demo.subList(90, demo.size()), "leaning", null, 0, Progress.NONE);
        for (int i = 0; i < p.size(); i++) assertThat(q.get(i).probabilities()).containsExactly(p.get(i).probabilities());
        assertThat(back.selection()).isEqualTo(m.selection());
    }
}
