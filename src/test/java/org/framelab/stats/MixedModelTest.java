package org.framelab.stats;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The random-intercept mixed model and the cluster-robust means against statsmodels 0.13.5 on a made-up table
 * (src/test/resources/stats/mixed-model.csv: 6 clusters of 3-7 rows; `period`, 2 values, and `label`, 3 values,
 * vary within the clusters). The reference numbers were written by mixed_model_reference.py next to it
 * (mixed-model-reference.txt); Python is not needed to run this test.
 */
class MixedModelTest {
    static final Path DIR = Path.of("src/test/resources/stats");

    record Table(double[] y, int[] group, List<String> groups, int[] cluster, int clusters) {}

    static Table table(String field) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("mixed-model.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int gi = header.indexOf(field);
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
        List<String> groups = new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r[gi]).toList()));
        Map<String, Integer> clusters = new HashMap<>();
        double[] y = new double[rows.size()];
        int[] g = new int[rows.size()];
        int[] c = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            y[i] = Double.parseDouble(r[3]);
            g[i] = groups.indexOf(r[gi]);
            c[i] = clusters.computeIfAbsent(r[0], k -> clusters.size());
        }
        return new Table(y, g, groups, c, clusters.size());
    }

    static Map<String, double[]> reference() throws IOException {
        Map<String, double[]> m = new HashMap<>();
        for (String l : Files.readAllLines(DIR.resolve("mixed-model-reference.txt"))) {
            if (l.startsWith("#") || l.isBlank()) continue;
            String[] kv = l.split(" = ");
            m.put(kv[0], Arrays.stream(kv[1].trim().split(" ")).mapToDouble(Double::parseDouble).toArray());
        }
        return m;
    }

    static void close(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    static void close(double[] actual, double[] expected, double relative) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) close(actual[i], expected[i], relative);
    }

    @Test
    void matchesStatsmodelsMixedLmForTwoAndThreeGroups() throws IOException {
        Map<String, double[]> ref = reference();
        for (String field : List.of("period", "label")) {
            Table t = table(field);
            MixedModel.Fit f = MixedModel.fit(t.y(), t.group(), t.groups(), t.cluster(), t.clusters());
            assertThat(f.computed()).as(f.note()).isTrue();
            assertThat(f.boundary()).isFalse();
            assertThat(f.n()).isEqualTo(27);
            assertThat(f.clusters()).isEqualTo(6);
            close(f.beta(), ref.get(field + ".mixed.fe"), 1e-6);
            close(f.clusterVariance(), ref.get(field + ".mixed.group_var")[0], 1e-5);
            close(f.residualVariance(), ref.get(field + ".mixed.scale")[0], 1e-6);
            close(f.remlLogLik(), ref.get(field + ".mixed.llf")[0], 1e-9);
            // statsmodels' standard errors: inverse observed information of (beta, variance ratio)
            close(f.seObserved(), ref.get(field + ".mixed.se"), 1e-4);
            // the reported ones: s2 (X'V^-1 X)^-1, computed by numpy at statsmodels' estimates
            close(f.se(), ref.get(field + ".gls.se"), 1e-4);
            TestOutcome w = MixedModel.wald(f, "wald");
            if (field.equals("period")) {
                close(w.statistic() * w.statistic(), ref.get(field + ".gls.wald")[0], 1e-4);   // z^2 = chi-square with 1 df
                assertThat(w.statistic()).isPositive();   // first (after) minus second (before): beta of 'before' is negative
            } else {
                close(w.statistic(), ref.get(field + ".gls.wald")[0], 1e-4);
                assertThat(w.df()).isEqualTo(2);
            }
            close(w.p(), ref.get(field + ".gls.wald_p")[0], 1e-4);

            ClusterRobust r = ClusterRobust.of(t.y(), t.group(), t.groups(), t.cluster(), t.clusters());
            close(r.means(), ref.get(field + ".cr1.means"), 1e-12);
            close(r.se(), ref.get(field + ".cr1.se"), 1e-10);
            if (field.equals("label")) assertThat(r.df2()).isEqualTo(5);     // F with (k - 1, G - 1) df
            else assertThat(r.df1()).isEqualTo(5);                         // t with G - 1 df
        }
    }

    @Test
    void noClusterVarianceGivesTheBoundaryAndOrdinaryLeastSquares() {
        // cluster means identical: every cluster has the same values
        double[] y = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4};
        int[] g = {0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1};
        int[] c = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
        MixedModel.Fit f = MixedModel.fit(y, g, List.of("a", "b"), c, 3);
        assertThat(f.boundary()).isTrue();
        assertThat(f.clusterVariance()).isZero();
        assertThat(f.beta()[0]).isCloseTo(1.5, within(1e-12));
        assertThat(f.beta()[1]).isCloseTo(2.0, within(1e-12));
        // OLS: residual variance 0.25 x 12 / (12 - 2) = 0.3; SE of the difference sqrt(0.3 (1/6 + 1/6))
        assertThat(f.residualVariance()).isCloseTo(0.3, within(1e-12));
        assertThat(f.se()[1]).isCloseTo(Math.sqrt(0.1), within(1e-12));
        assertThat(f.note()).contains("boundary");
        assertThat(MixedModel.fit(new double[]{1, 2}, new int[]{0, 1}, List.of("a", "b"), new int[]{0, 1}, 2).note()).startsWith("not computed");
    }
}
