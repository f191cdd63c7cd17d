package org.framelab.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a grouping (leaning, a label, a period) relates to clusters of rows (articles of one outlet).
 *
 * <ul>
 *   <li>{@link Kind#NESTED}: every cluster has one group value (leaning is a property of the outlet). The unit
 *       of variation is the cluster: tests must compare clusters, not rows.</li>
 *   <li>{@link Kind#CROSSED}: the group varies within some clusters (periods before/after a date, sentence labels
 *       within outlets): rows of one cluster are correlated, which a mixed model or cluster-robust errors allow for.</li>
 *   <li>{@link Kind#NONE}: no cluster information (no cluster field, no row with a value, or the grouping is the
 *       cluster field itself).</li>
 * </ul>
 * Only rows with a group count; rows with a group but no cluster are counted in {@code rowsWithoutCluster}.
 *
 * @param clusters          the clusters of rows with a group, in {@link NaturalOrder}
 * @param clusterGroups     per cluster (parallel to {@code clusters}) the groups it has rows in, in natural order
 * @param clustersPerGroup  group to the number of clusters with rows in it (natural order of the groups)
 * @param mixedClusters     clusters with rows in more than one group (0 when nested)
 * @param note              why the design is NONE ("" otherwise)
 */
public record ClusterDesign(Kind kind, String groupField, String clusterField, List<String> clusters,
                            List<List<String>> clusterGroups, Map<String, Integer> clustersPerGroup, int mixedClusters,
                            int rowsWithoutCluster, String note) {
    public enum Kind { NESTED, CROSSED, NONE }

    public ClusterDesign {
        clusters = List.copyOf(clusters);
        clusterGroups = clusterGroups.stream().map(List::copyOf).toList();
        clustersPerGroup = Collections.unmodifiableMap(new LinkedHashMap<>(clustersPerGroup));
        note = note == null ? "" : note;
    }

    /** No cluster information, and why. */
    public static ClusterDesign none(String groupField, String clusterField, String why) {
        return new ClusterDesign(Kind.NONE, groupField, clusterField, List.of(), List.of(), Map.of(), 0, 0, why);
    }

    /**
     * The design of {@code groups} (one per row, null/blank = no group) within {@code clusters} (one per row,
     * null/blank = no cluster). {@code clusterField} null means no cluster information.
     */
    public static ClusterDesign detect(String groupField, String[] groups, String clusterField, String[] clusters) {
        if (clusterField == null || clusters == null) return none(groupField, clusterField, "no cluster field");
        if (clusterField.equals(groupField)) return none(groupField, clusterField, "the grouping is the cluster field");
        if (groups.length != clusters.length) throw new IllegalArgumentException(groups.length + " groups for " + clusters.length + " clusters");
        Map<String, TreeSet<String>> byCluster = new TreeMap<>(NaturalOrder.INSTANCE);
        int without = 0;
        for (int i = 0; i < groups.length; i++) {
            if (blank(groups[i])) continue;
            if (blank(clusters[i])) without++;
            else byCluster.computeIfAbsent(clusters[i], k -> new TreeSet<>(NaturalOrder.INSTANCE)).add(groups[i]);
        }
        if (byCluster.isEmpty()) return none(groupField, clusterField, "no row with a group has a value for '" + clusterField + "'");
        Map<String, Integer> perGroup = new TreeMap<>(NaturalOrder.INSTANCE);
        List<List<String>> clusterGroups = new ArrayList<>();
        int mixed = 0;
        for (TreeSet<String> gs : byCluster.values()) {
            clusterGroups.add(new ArrayList<>(gs));
            if (gs.size() > 1) mixed++;
            for (String g : gs) perGroup.merge(g, 1, Integer::sum);
        }
        Kind kind = mixed == 0 ? Kind.NESTED : Kind.CROSSED;
        return new ClusterDesign(kind, groupField, clusterField, new ArrayList<>(byCluster.keySet()), clusterGroups, perGroup,
                mixed, without, "");
    }

    public boolean clustered() {
        return kind != Kind.NONE;
    }

    /** The group of each cluster when nested (parallel to {@link #clusters()}). */
    public List<String> groupOfCluster() {
        if (kind != Kind.NESTED) throw new IllegalStateException("only a nested design has one group per cluster");
        return clusterGroups.stream().map(g -> g.get(0)).toList();
    }

    /** The index of each row's cluster in {@link #clusters()} (-1: none, or a row without a group). */
    public int[] index(String[] groups, String[] rowClusters) {
        Map<String, Integer> at = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) at.put(clusters.get(c), c);
        int[] out = new int[rowClusters.length];
        Arrays.fill(out, -1);
        for (int i = 0; i < out.length; i++) {
            if (blank(groups[i]) || blank(rowClusters[i])) continue;
            out[i] = at.getOrDefault(rowClusters[i], -1);
        }
        return out;
    }

    /** Groups with fewer than {@code min} clusters. */
    public List<String> groupsWithFewerClusters(int min) {
        List<String> out = new ArrayList<>();
        clustersPerGroup.forEach((g, n) -> { if (n < min) out.add(g); });
        return out;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
