package org.framelab.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsTest {
    private static final List<String> L = List.of("a", "b", "c");

    private static Prediction p(String id, String gold, String pred, String group) {
        double[] prob = new double[3];
        prob[L.indexOf(pred)] = 0.8;
        for (int i = 0; i < 3; i++) if (prob[i] == 0) prob[i] = 0.1;
        return new Prediction(id, gold, pred, prob, 0, group);
    }

    private static List<Prediction> example() {
        return List.of(p("1", "a", "a", "x"), p("2", "a", "a", "x"), p("3", "a", "b", "x"), p("4", "b", "b", "y"),
                p("5", "b", "c", "y"), p("6", "c", "c", "z"), p("7", "c", "c", "z"), p("8", "c", "a", "z"));
    }

    @Test
    void handComputedMulticlassMetrics() {
        EvaluationResult r = Metrics.evaluate("test", L, example(), Map.of(0, "c"), Map.of(0, 10), Metrics.Settings.defaults(1), List.of());
        assertThat(r.confusion()).isEqualTo(new int[][]{{2, 1, 0}, {0, 1, 1}, {1, 0, 2}});
        assertThat(r.accuracy()).isCloseTo(0.625, within(1e-12));
        assertThat(r.macroF1()).isCloseTo((2 / 3.0 + 0.5 + 2 / 3.0) / 3, within(1e-12));
        assertThat(r.weightedF1()).isCloseTo(0.625, within(1e-12));
        // pe = (3*3 + 2*2 + 3*3) / 64; kappa = (0.625 - pe) / (1 - pe)
        assertThat(r.kappa()).isCloseTo((0.625 - 22 / 64.0) / (1 - 22 / 64.0), within(1e-12));
        assertThat(r.mcc()).isCloseTo(18 / 42.0, within(1e-12));
        assertThat(r.perClass().get(1).precision()).isCloseTo(0.5, within(1e-12));
        assertThat(r.perClass().get(0).support()).isEqualTo(3);
        // baseline predicts "c" everywhere: accuracy 3/8; F1(c) = 2*(3/8*1)/(3/8+1) = 6/11, other classes 0
        assertThat(r.baseline().accuracy()).isCloseTo(3 / 8.0, within(1e-12));
        assertThat(r.baseline().macroF1()).isCloseTo((6 / 11.0) / 3, within(1e-12));
        assertThat(r.perGroup()).extracting(EvaluationResult.GroupMetrics::group).containsExactly("x", "y", "z");
        assertThat(r.perGroup().get(0).accuracy()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(r.ci95().accuracy().low()).isLessThan(0.625);
        assertThat(r.ci95().accuracy().high()).isGreaterThan(0.625);
    }

    @Test
    void chanceIsTheExpectedConfusionOfAUniformGuess() {
        // gold 90 / 10 / 0 over 3 classes: accuracy 1/3; F1 = 2pq/(p+q) with q = 1/3: 0.9 -> 0.45/0.6167, 0.1 -> 0.0667/0.4333, 0 -> 0
        double[] c = Metrics.chance(new int[][]{{90, 0, 0}, {5, 5, 0}, {0, 0, 0}});
        assertThat(c[0]).isCloseTo(1.0 / 3, within(1e-15));
        double q = 1.0 / 3;
        assertThat(c[1]).isCloseTo((2 * 0.9 * q / (0.9 + q) + 2 * 0.1 * q / (0.1 + q)) / 3, within(1e-15));
        // the same expected matrix through accuracyMacroF1's own formula (scaled to whole counts: 300 items, 100 per column)
        double[] viaMatrix = Metrics.accuracyMacroF1(new int[][]{{90, 90, 90}, {10, 10, 10}, {0, 0, 0}});
        assertThat(c[0]).isCloseTo(viaMatrix[0], within(1e-12));
        assertThat(c[1]).isCloseTo(viaMatrix[1], within(1e-12));
    }

    @Test
    void rocAucWithTiesByHand() {
        List<String> labels = List.of("neg", "pos");
        double[][] s = {{0.9, 1}, {0.6, 1}, {0.4, 1}, {0.6, 0}, {0.3, 0}};
        List<Prediction> preds = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            String gold = s[i][1] == 1 ? "pos" : "neg";
            preds.add(new Prediction("" + i, gold, s[i][0] > 0.5 ? "pos" : "neg", new double[]{1 - s[i][0], s[i][0]}, 0, ""));
        }
        EvaluationResult r = Metrics.evaluate("t", labels, preds, Map.of(0, "pos"), Map.of(0, 1), Metrics.Settings.defaults(1), List.of());
        // 6 positive-negative pairs: 4 ordered right, 1 tie (0.5), 1 wrong -> 4.5 / 6
        assertThat(r.perClass().get(1).rocAuc()).isCloseTo(0.75, within(1e-12));
        assertThat(r.perClass().get(0).rocAuc()).isCloseTo(0.75, within(1e-12));
        EvaluationResult.RocCurve c = r.roc().get(1);
        assertThat(c.fpr()[0]).isZero();
        assertThat(c.tpr()[c.tpr().length - 1]).isEqualTo(1.0);
    }

    @Test
    void bootstrapIsSeededAndGroupResamplingIsWider() {
        List<Prediction> preds = new ArrayList<>();
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 400; i++) {
            String group = "g" + (i % 20);
            // whole groups are right or wrong together -> clustered errors
            boolean right = (i % 20) < 12 ? r.nextDouble() < 0.95 : r.nextDouble() < 0.3;
            String gold = L.get(i % 3);
            preds.add(new Prediction("" + i, gold, right ? gold : L.get((i + 1) % 3), new double[]{0.3, 0.3, 0.4}, 0, group));
        }
        EvaluationResult.ConfidenceIntervals a = Metrics.bootstrap(L, preds, new Metrics.Settings(500, 9, false));
        EvaluationResult.ConfidenceIntervals b = Metrics.bootstrap(L, preds, new Metrics.Settings(500, 9, false));
        EvaluationResult.ConfidenceIntervals g = Metrics.bootstrap(L, preds, new Metrics.Settings(500, 9, true));
        assertThat(a).isEqualTo(b);
        assertThat(g.method()).contains("groups");
        assertThat(g.accuracy().high() - g.accuracy().low()).isGreaterThan(2 * (a.accuracy().high() - a.accuracy().low()));
    }

    @Test
    void pairedTests() {
        double[] t = Comparison.correctedTTest(new double[]{0.1, 0.2, 0.3}, 0.5);
        // mean 0.2, s^2 0.01, se = sqrt((1/3 + 1/2) * 0.01)
        assertThat(t[0]).isCloseTo(0.2 / Math.sqrt((1 / 3.0 + 0.5) * 0.01), within(1e-12));
        // t with 2 df: cdf = 1/2 + t / (2 sqrt(2 + t^2))
        double expectP = 2 * (0.5 - t[0] / (2 * Math.sqrt(2 + t[0] * t[0])));
        assertThat(t[1]).isCloseTo(expectP, within(1e-9));
        double[] m = Comparison.mcNemar(10, 25);
        assertThat(m[0]).isCloseTo(196 / 35.0, within(1e-12));
        assertThat(m[1]).isCloseTo(0.017961, within(1e-5));
        assertThat(Comparison.mcNemar(1, 6)[1]).isCloseTo(2 * 8 / 128.0, within(1e-12));
    }
}
