package org.framelab.stats;

import org.framelab.features.FeatureTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Group comparisons that respect clusters (articles nested in outlets); see {@link ClusterDesign}.
 *
 * <p>Nested designs (the group is constant within each cluster): the cluster is the unit. Each cluster's mean of
 * the feature (NaN = missing; a cluster without a value is left out and named), then Welch's t-test (2 groups,
 * Cohen's d) or one-way ANOVA (3+, eta squared) across the cluster means, n = number of clusters (Hedges 2007;
 * Donner &amp; Klar 2000); and a {@link PermutationTest} of the labels across clusters. Groups with fewer than 2
 * clusters are left out of the t-test/ANOVA (named), as in {@link GroupComparison}.
 *
 * <p>Crossed designs (the group varies within clusters): a random-intercept {@link MixedModel} by REML with a
 * Wald test of the group effect, and OLS means with cluster-robust (CR1) errors ({@link ClusterRobust}).
 *
 * <p>Both: the {@link Icc} of each feature by cluster. Holm and Benjamini-Hochberg adjustments are made within
 * each test across the features, as {@link GroupComparison#adjust}.
 */
public final class ClusterTests {
    private ClusterTests() {}

    /** The name of the test on cluster means (e.g. "Welch t-test on outlet means"). */
    public static String meansTest(String clusterField, boolean twoGroups) {
        return (twoGroups ? "Welch t-test" : "One-way ANOVA") + " on " + clusterField + " means";
    }

    public static String permutationTest(String clusterField) {
        return "Permutation test across " + clusterField + " (cluster labels)";
    }

    public static String mixedTest(String clusterField, boolean twoGroups) {
        return "Mixed model " + (twoGroups ? "Wald z" : "Wald chi-square") + " (" + clusterField + " random intercept)";
    }

    public static String robustTest(String clusterField, boolean twoGroups) {
        return "Cluster-robust " + (twoGroups ? "t" : "F") + " (CR1 by " + clusterField + ")";
    }

    /** Effect size of a mixed model with two groups: the difference (first minus second) over the total SD. */
    public static final String MODEL_D = "d (model, total SD)";
    public static final String MEAN_DIFFERENCE = "mean difference";
    /**
     * Effect size of a mixed model with three or more groups: the variance of the fixed-effect (group) means over
     * the total of it and both variance components, the marginal R² of Nakagawa &amp; Schielzeth (2013, "A general and
     * simple method for obtaining R² from generalized linear mixed-effects models", Methods Ecol. Evol. 4:133-142).
     */
    public static final String MARGINAL_R2 = "marginal R² (Nakagawa-Schielzeth)";
    /**
     * Effect size of the cluster-robust test with three or more groups: eta squared of the OLS group means, given without
     * an interval (the usual one treats articles as independent, which a clustered design is not).
     */
    public static final String ETA_SQUARED_CLUSTERED = "eta squared (no CI: clustered)";

    /** Details of one feature beyond its test rows (null where the design has none). */
    public record Detail(String feature, Icc icc, PermutationTest.Result permutation, MixedModel.Fit mixed, ClusterRobust robust) {}

    /**
     * @param groups  the groups of the comparison (natural order)
     * @param tests   the cluster-aware tests, per feature: nested, the test on cluster means then the permutation
     *                test; crossed, the mixed model then the cluster-robust test; adjusted across features
     * @param details per feature, in feature order
     */
    public record Report(ClusterDesign design, List<String> groups, List<TestResult> tests, List<Detail> details, long seed) {
        public Report {
            groups = List.copyOf(groups);
            tests = List.copyOf(tests);
            details = List.copyOf(details);
        }
    }

    /**
     * The cluster-aware tests of {@code features} (columns of {@code table}) for the groups {@code groups[i]} of the
     * rows in clusters {@code clusters[i]}; null when the design is {@link ClusterDesign.Kind#NONE}.
     */
    public static Report analyse(FeatureTable table, List<String> features, ClusterDesign design, String[] groups,
                                 String[] clusters, long seed) {
        if (!design.clustered()) return null;
        List<String> groupNames = new ArrayList<>(design.clustersPerGroup().keySet());
        int[] clusterOf = design.index(groups, clusters);
        int[] groupOf = new int[groups.length];
        Map<String, Integer> at = new HashMap<>();
        for (int g = 0; g < groupNames.size(); g++) at.put(groupNames.get(g), g);
        for (int i = 0; i < groups.length; i++) groupOf[i] = ClusterDesign.blank(groups[i]) ? -1 : at.getOrDefault(groups[i], -1);
        double[][] values = GroupComparison.columns(table, features);
        boolean two = groupNames.size() == 2;
        List<Map.Entry<Detail, List<TestResult>>> per = IntStream.range(0, features.size()).parallel().mapToObj(f -> {
            String name = features.get(f);
            Icc icc = Icc.of(values[f], clusterOf, design.clusters().size());
            if (design.kind() == ClusterDesign.Kind.NESTED) return nested(name, values[f], clusterOf, design, groupNames, icc, seed, two);
            return crossed(name, values[f], groupOf, clusterOf, design, groupNames, icc, two);
        }).toList();
        List<TestResult> raw = new ArrayList<>();
        List<Detail> details = new ArrayList<>();
        for (Map.Entry<Detail, List<TestResult>> e : per) {
            details.add(e.getKey());
            raw.addAll(e.getValue());
        }
        return new Report(design, groupNames, GroupComparison.adjust(raw), details, seed);
    }

    /** Each cluster's mean of the values (NaN values ignored; NaN for a cluster without a value). */
    public static double[] clusterMeans(double[] values, int[] clusterOf, int clusters) {
        double[] sum = new double[clusters];
        int[] n = new int[clusters];
        sums(values, clusterOf, sum, n);
        double[] out = new double[clusters];
        for (int c = 0; c < clusters; c++) out[c] = n[c] == 0 ? Double.NaN : sum[c] / n[c];
        return out;
    }

    /** Adds each value (NaN values and rows without a cluster left out) to its cluster's {@code sum} and {@code count}. */
    static void sums(double[] values, int[] clusterOf, double[] sum, int[] count) {
        for (int i = 0; i < values.length; i++) {
            if (clusterOf[i] < 0 || Double.isNaN(values[i])) continue;
            sum[clusterOf[i]] += values[i];
            count[clusterOf[i]]++;
        }
    }

    private static Map.Entry<Detail, List<TestResult>> nested(String feature, double[] values, int[] clusterOf, ClusterDesign design,
                                                              List<String> groupNames, Icc icc, long seed, boolean two) {
        double[] means = clusterMeans(values, clusterOf, design.clusters().size());
        List<String> groupOfCluster = design.groupOfCluster();
        List<String> empty = new ArrayList<>();
        List<List<Double>> byGroup = new ArrayList<>();
        for (int g = 0; g < groupNames.size(); g++) byGroup.add(new ArrayList<>());
        for (int c = 0; c < means.length; c++) {
            if (Double.isNaN(means[c])) empty.add(design.clusters().get(c));
            else byGroup.get(groupNames.indexOf(groupOfCluster.get(c))).add(means[c]);
        }
        String leftOut = empty.isEmpty() ? "" : design.clusterField() + " without a value left out: " + String.join(", ", empty);
        TestResult test = meansTest(feature, design.clusterField(), groupNames, byGroup, two, leftOut);
        PermutationTest.Result perm = permutation(byGroup, seed);
        String permName = permutationTest(design.clusterField());
        TestResult permRow = new TestResult(feature, permName, perm.statistic(), Double.NaN, Double.NaN, perm.p(), Double.NaN, Double.NaN,
                test.effectName(), Double.isNaN(perm.p()) ? Double.NaN : test.effect(), groupNames, counts(byGroup), groupMeans(byGroup),
                join(perm.note(), leftOut));
        return Map.entry(new Detail(feature, icc, perm, null, null), List.of(test, permRow));
    }

    /** Welch's t (2 groups) or one-way ANOVA across the cluster means of the groups with at least 2 clusters. */
    static TestResult meansTest(String feature, String clusterField, List<String> groupNames, List<List<Double>> byGroup,
                                boolean two, String leftOut) {
        List<double[]> used = new ArrayList<>();
        List<String> small = new ArrayList<>();
        for (int g = 0; g < groupNames.size(); g++) {
            if (byGroup.get(g).size() < 2) small.add(groupNames.get(g));
            else used.add(byGroup.get(g).stream().mapToDouble(Double::doubleValue).toArray());
        }
        String note = join(leftOut, small.isEmpty() ? "" : "left out (fewer than 2 " + clusterField + " values): " + String.join(", ", small));
        String name = meansTest(clusterField, two);
        TestOutcome t;
        double effect;
        String effectName = two ? EffectSizes.COHENS_D : EffectSizes.ETA_SQUARED;
        if (used.size() < 2 || (two && used.size() != 2)) {
            t = TestOutcome.notComputed(name, "fewer than 2 groups with at least 2 " + clusterField + " values");
            effect = Double.NaN;
        } else if (two) {
            t = Tests.welch(used.get(0), used.get(1));
            effect = EffectSizes.cohensD(used.get(0), used.get(1));
        } else {
            t = Tests.anova(used);
            effect = EffectSizes.etaSquared(used);
        }
        if (Double.isNaN(t.p())) effect = Double.NaN;
        return new TestResult(feature, name, t.statistic(), t.df(), t.df2(), t.p(), Double.NaN, Double.NaN, effectName, effect,
                groupNames, counts(byGroup), groupMeans(byGroup), join(t.note(), note));
    }

    /** The permutation test on the cluster means of the groups with at least one cluster. */
    private static PermutationTest.Result permutation(List<List<Double>> byGroup, long seed) {
        List<Double> v = new ArrayList<>();
        List<Integer> g = new ArrayList<>();
        int k = 0;
        for (List<Double> list : byGroup) {
            if (list.isEmpty()) continue;
            for (double d : list) {
                v.add(d);
                g.add(k);
            }
            k++;
        }
        if (k < 2) return new PermutationTest.Result(Double.NaN, Double.NaN, false, 0, Double.NaN, "not computed: fewer than 2 groups with values");
        return PermutationTest.test(v.stream().mapToDouble(Double::doubleValue).toArray(), g.stream().mapToInt(Integer::intValue).toArray(), k, seed);
    }

    private static Map.Entry<Detail, List<TestResult>> crossed(String feature, double[] values, int[] groupOf, int[] clusterOf,
                                                               ClusterDesign design, List<String> groupNames, Icc icc, boolean two) {
        int clusters = design.clusters().size();
        String cf = design.clusterField();
        MixedModel.Fit fit = MixedModel.fit(values, groupOf, groupNames, clusterOf, clusters);
        TestOutcome w = MixedModel.wald(fit, mixedTest(cf, two));
        double d = Double.NaN;
        if (fit.computed() && fit.beta().length == 2 && !Double.isNaN(w.p())) d = -fit.beta()[1] / Math.sqrt(fit.clusterVariance() + fit.residualVariance());
        List<Double> modelMeans = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int g = 0; g < fit.groups().size(); g++) {
            modelMeans.add(fit.computed() ? fit.means()[g] : Double.NaN);
            rows.add(fit.rowsPerGroup()[g]);
        }
        if (!two && fit.computed() && !Double.isNaN(w.p())) d = marginalR2(fit);
        TestResult mixed = new TestResult(feature, w.test(), w.statistic(), w.df(), w.df2(), w.p(), Double.NaN, Double.NaN,
                two ? MODEL_D : MARGINAL_R2, d, fit.groups(), rows, modelMeans, w.note());
        ClusterRobust r = ClusterRobust.of(values, groupOf, groupNames, clusterOf, clusters);
        List<Double> rMeans = new ArrayList<>();
        List<Integer> rN = new ArrayList<>();
        for (int g = 0; g < r.means().length; g++) {
            rMeans.add(r.means()[g]);
            rN.add(r.n()[g]);
        }
        double diff = two && r.means().length == 2 && !Double.isNaN(r.p()) ? r.means()[0] - r.means()[1]
                : !two && !Double.isNaN(r.p()) ? etaSquared(values, groupOf, r.means().length) : Double.NaN;
        TestResult robust = new TestResult(feature, robustTest(cf, two), r.statistic(), r.df1(), r.df2(), r.p(), Double.NaN, Double.NaN,
                two ? MEAN_DIFFERENCE : ETA_SQUARED_CLUSTERED, diff, r.groups(), rN, rMeans, r.note());
        return Map.entry(new Detail(feature, icc, null, fit, r), List.of(mixed, robust));
    }

    /** σ²_f / (σ²_f + σ²_cluster + σ²_residual), σ²_f the variance of the model's group means over the rows. */
    static double marginalR2(MixedModel.Fit fit) {
        double[] m = fit.means();
        int[] n = fit.rowsPerGroup();
        double total = 0, mean = 0;
        for (int g = 0; g < m.length; g++) {
            total += n[g];
            mean += n[g] * m[g];
        }
        if (total == 0) return Double.NaN;
        mean /= total;
        double vf = 0;
        for (int g = 0; g < m.length; g++) vf += n[g] * (m[g] - mean) * (m[g] - mean);
        vf /= total;
        double all = vf + fit.clusterVariance() + fit.residualVariance();
        return all > 0 ? vf / all : Double.NaN;
    }

    /** Between-group over total sum of squares of the values (rows with a group index 0..k-1). */
    static double etaSquared(double[] values, int[] groupOf, int k) {
        double[] sum = new double[k];
        int[] n = new int[k];
        double grand = 0;
        int rows = 0;
        for (int i = 0; i < values.length; i++) {
            if (groupOf[i] < 0 || groupOf[i] >= k || Double.isNaN(values[i])) continue;
            sum[groupOf[i]] += values[i];
            n[groupOf[i]]++;
            grand += values[i];
            rows++;
        }
        if (rows == 0) return Double.NaN;
        grand /= rows;
        double between = 0, total = 0;
        for (int g = 0; g < k; g++) if (n[g] > 0) between += n[g] * (sum[g] / n[g] - grand) * (sum[g] / n[g] - grand);
        for (int i = 0; i < values.length; i++) {
            if (groupOf[i] < 0 || groupOf[i] >= k || Double.isNaN(values[i])) continue;
            total += (values[i] - grand) * (values[i] - grand);
        }
        return total > 0 ? between / total : Double.NaN;
    }

    private static List<Integer> counts(List<List<Double>> byGroup) {
        return byGroup.stream().map(List::size).toList();
    }

    private static List<Double> groupMeans(List<List<Double>> byGroup) {
        return byGroup.stream().map(l -> l.isEmpty() ? Double.NaN : l.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)).toList();
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) return b == null ? "" : b;
        if (b == null || b.isEmpty()) return a;
        return a + "; " + b;
    }
}
