package org.framelab.stats;

import org.framelab.features.FeatureTable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which groups differ at the cluster level of a nested design (the group is constant within each cluster, e.g. the
 * leaning of an outlet): Games-Howell ({@link Pairwise}) on the cluster means, each cluster one observation, so
 * n = the clusters of a group. It follows the one-way ANOVA on cluster means ({@link ClusterTests}) as the
 * article-level Games-Howell follows the Welch ANOVA.
 *
 * <p>A group with fewer than 2 clusters with a value has no variance of its own: its pairs are not computed and say
 * so in their note (nothing is left out without a word); the studentized range's k is the number of groups with at
 * least 2 clusters. A cluster without a value of the feature is left out of that feature and named in the note.
 */
public final class ClusterPairs {
    private ClusterPairs() {}

    /** The name of the test, e.g. "Games-Howell on outlet means". */
    public static String name(String clusterField) {
        return Pairwise.GAMES_HOWELL + " on " + clusterField + " means";
    }

    /**
     * The pairs of every feature (in feature order) of the groups {@code keys[i]} of rows in clusters {@code clusters[i]};
     * empty unless the design is {@link ClusterDesign.Kind#NESTED}.
     */
    public static List<Pairwise.Pair> analyse(FeatureTable table, String[] keys, List<String> features, ClusterDesign design, String[] clusters) {
        if (design.kind() != ClusterDesign.Kind.NESTED) return List.of();
        int[] clusterOf = design.index(keys, clusters);
        double[][] values = GroupComparison.columns(table, features);
        List<String> groups = new ArrayList<>(design.clustersPerGroup().keySet());
        List<String> groupOfCluster = design.groupOfCluster();
        List<List<Pairwise.Pair>> per = IntStream.range(0, features.size()).parallel().mapToObj(f -> {
            double[] means = ClusterTests.clusterMeans(values[f], clusterOf, design.clusters().size());
            List<List<Double>> byGroup = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) byGroup.add(new ArrayList<>());
            List<String> empty = new ArrayList<>();
            for (int c = 0; c < means.length; c++) {
                if (Double.isNaN(means[c])) empty.add(design.clusters().get(c));
                else byGroup.get(groups.indexOf(groupOfCluster.get(c))).add(means[c]);
            }
            String note = empty.isEmpty() ? "" : design.clusterField() + " without a value left out: " + String.join(", ", empty);
            return of(features.get(f), design.clusterField(), groups, byGroup, note);
        }).toList();
        List<Pairwise.Pair> out = new ArrayList<>();
        per.forEach(out::addAll);
        return out;
    }

    /**
     * Games-Howell over the cluster means {@code byGroup} (parallel to {@code groups}); every pair of groups gets a row,
     * those with a group of fewer than 2 clusters a not-computed one saying why. Empty with fewer than 3 groups.
     */
    public static List<Pairwise.Pair> of(String feature, String clusterField, List<String> groups, List<List<Double>> byGroup, String note) {
        if (groups.size() < 3) return List.of();
        String test = name(clusterField);
        List<String> used = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (byGroup.get(g).size() < 2) continue;
            used.add(groups.get(g));
            values.add(byGroup.get(g).stream().mapToDouble(Double::doubleValue).toArray());
        }
        List<Pairwise.Pair> computed = used.size() < 2 ? List.of() : Pairwise.gamesHowell(feature, used, values, note);
        List<Pairwise.Pair> out = new ArrayList<>();
        int at = 0;
        for (int a = 0; a < groups.size(); a++) {
            for (int b = a + 1; b < groups.size(); b++) {
                List<Double> x = byGroup.get(a);
                List<Double> y = byGroup.get(b);
                if (x.size() >= 2 && y.size() >= 2) {
                    Pairwise.Pair p = computed.get(at++);
                    out.add(new Pairwise.Pair(feature, test, p.groupA(), p.groupB(), p.nA(), p.nB(), p.meanA(), p.meanB(), p.statistic(), p.df(),
                            p.p(), p.pAdjusted(), p.effectName(), p.effect(), p.groups(), p.note()));
                    continue;
                }
                List<String> few = new ArrayList<>();
                if (x.size() < 2) few.add(groups.get(a) + " (" + x.size() + ")");
                if (y.size() < 2) few.add(groups.get(b) + " (" + y.size() + ")");
                String why = "not computed: fewer than 2 " + clusterField + "s with a value in " + String.join(" and ", few);
                out.add(new Pairwise.Pair(feature, test, groups.get(a), groups.get(b), x.size(), y.size(), mean(x), mean(y), Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, EffectSizes.COHENS_D, Double.NaN, used.size(), note.isEmpty() ? why : why + "; " + note));
            }
        }
        return out;
    }

    private static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
