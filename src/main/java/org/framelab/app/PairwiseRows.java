package org.framelab.app;

import org.framelab.features.FeatureTable;
import org.framelab.report.ReportData.PairRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.stats.ClusterDesign;
import org.framelab.stats.ClusterPairs;
import org.framelab.stats.ClusterTests;
import org.framelab.stats.Pairwise;
import org.framelab.stats.Tests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which groups differ: the pairwise comparisons of a comparison with 3 or more groups ({@link Pairwise}: Games-Howell
 * and Dunn's test) as report rows, for the console, {@code --json}, {@code --pairwise FILE}, the workbook's Pairwise
 * sheet and the GUI's Compare view alike.
 *
 * <p>A pair is marked significant when its feature's omnibus test of the same family (the Welch ANOVA for Games-Howell,
 * Kruskal-Wallis for Dunn) is significant after the request's correction across the features tested, and the pair's
 * p adjusted within the feature is below alpha: a closed, "protected" procedure. Where the group is constant within
 * outlets (a nested design), Games-Howell on the outlet means comes first, marked when the one-way ANOVA on outlet means
 * is significant after the correction and the pair's adjusted p is below alpha; the article-level pairs of a clustered
 * comparison are labelled so and never marked, as the article-level omnibus tests are not.
 */
public final class PairwiseRows {
    private PairwiseRows() {}

    /** Up to this many groups the pairs are computed (66 pairs per feature); beyond, choose groups to compare. */
    public static final int MAX_GROUPS = 12;

    /**
     * The pairs of {@code features}, or none when the comparison has 2 groups or more than {@link #MAX_GROUPS}. In a nested
     * design ({@code design}; {@code clusters}: each row's cluster) the pairs on cluster means ({@link ClusterPairs}, level
     * {@link TestRow#CLUSTER}) come first, marked after the one-way ANOVA on cluster means; then the article-level pairs, marked
     * only when the articles are not clustered.
     */
    static List<PairRow> of(FeatureTable table, String[] keys, List<String> features, List<TestRow> tests,
                            CompareGroups.Request req, ClusterDesign design, String[] clusters) {
        int groups = (int) java.util.Arrays.stream(keys).filter(k -> k != null && !k.isBlank()).distinct().count();
        if (groups < 3 || groups > MAX_GROUPS) return List.of();
        Set<String> significant = new HashSet<>();
        for (TestRow t : tests) if (t.significant()) significant.add(t.feature() + "\t" + t.test());
        List<PairRow> out = new ArrayList<>();
        if (design.kind() == ClusterDesign.Kind.NESTED) {
            String omnibus = ClusterTests.meansTest(design.clusterField(), false);
            for (Pairwise.Pair p : ClusterPairs.analyse(table, keys, features, design, clusters)) {
                boolean mark = significant.contains(p.feature() + "\t" + omnibus) && p.pAdjusted() < req.alpha();
                out.add(row(p, req, TestRow.CLUSTER, mark));
            }
        }
        boolean clustered = design.clustered();
        for (Pairwise.Pair p : Pairwise.analyse(table, keys, features)) {
            String omnibus = Pairwise.isGamesHowell(p.test()) ? Tests.WELCH_ANOVA : Tests.KRUSKAL_WALLIS;
            boolean mark = !clustered && significant.contains(p.feature() + "\t" + omnibus) && p.pAdjusted() < req.alpha();
            out.add(row(p, req, TestRow.ARTICLE, mark));
        }
        return out;
    }

    private static PairRow row(Pairwise.Pair p, CompareGroups.Request req, String level, boolean mark) {
        return new PairRow(p.feature(), req.groupField(), p.test(), level, p.groupA(), p.groupB(), p.nA(), p.nB(), p.meanA(), p.meanB(),
                p.difference(), p.statistic(), p.df(), p.p(), p.pAdjusted(), p.adjustment(), p.effectName(), p.effect(), mark, p.note());
    }

    /** Why a comparison of {@code groups} groups has no pairs ("" when it has them or has 2 groups). */
    static String missing(int groups) {
        if (groups <= MAX_GROUPS) return "";
        return String.format(java.util.Locale.ROOT, "Which groups differ: not computed for %d groups (%d pairs per feature; at most %d groups); "
                + "choose the groups to compare (compare --groups, analysis.groups, or the Compare view's group list)",
                groups, groups * (groups - 1) / 2, MAX_GROUPS);
    }
}
