package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.report.ReportData.ClusterRows;
import org.framelab.report.ReportData.DesignRow;
import org.framelab.report.ReportData.IccRow;
import org.framelab.report.ReportData.MixedRow;
import org.framelab.report.ReportData.PermutationRow;
import org.framelab.stats.ClusterDesign;
import org.framelab.stats.ClusterRobust;
import org.framelab.stats.ClusterTests;
import org.framelab.stats.GroupKey;
import org.framelab.stats.Icc;
import org.framelab.stats.MixedModel;
import org.framelab.stats.PermutationTest;
import org.framelab.stats.TestResult;
import org.framelab.util.OptionException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cluster side of a group comparison: which field clusters the articles (the outlet by default), the design
 * ({@link ClusterDesign}: nested, crossed or none), the warning it calls for, and the report rows of the
 * cluster-aware tests ({@link ClusterTests}).
 */
final class ClusterResults {
    private ClusterResults() {}

    /** The cluster field of a request: the one asked for, else the outlet when articles have one; null for none. */
    static String clusterField(List<Article> articles, CompareGroups.Request req) {
        if (req.clusterBy() == null) return articles.stream().anyMatch(a -> !a.outlet().isBlank()) ? "outlet" : null;
        return req.clusterBy().equals(CompareGroups.NO_CLUSTERS) ? null : req.clusterBy();
    }

    /** The cluster of every article (parallel to the list); a field no article has is a {@link org.framelab.util.FieldNotInDataException} (exit 3). */
    static String[] clusters(List<Article> articles, String field) {
        String[] out = new String[articles.size()];
        int found = 0;
        Set<String> fields = new LinkedHashSet<>(List.of("outlet"));
        for (int i = 0; i < out.length; i++) {
            Article a = articles.get(i);
            out[i] = GroupKey.PERIODS.contains(field) ? null : GroupKey.of(a, field);
            if (out[i] != null) found++;
            if (i < 1000) {
                fields.addAll(a.fieldNames());
            }
        }
        if (found == 0 && !articles.isEmpty()) {
            throw new org.framelab.util.FieldNotInDataException("cluster_by", field, "no article has a value for it; fields found: " + String.join(", ", fields)
                    + "; or none to switch the cluster-aware tests off");
        }
        return out;
    }

    /** The design of the comparison's groups within the clusters. */
    static ClusterDesign design(List<Article> articles, String[] keys, CompareGroups.Request req) {
        String field = clusterField(articles, req);
        if (field == null) {
            return ClusterDesign.none(req.groupField(), null, req.clusterBy() == null ? "the articles have no outlet" : "switched off");
        }
        if (field.equals(req.groupField())) return ClusterDesign.none(req.groupField(), field, "the grouping is the cluster field");
        return ClusterDesign.detect(req.groupField(), keys, field, clusters(articles, field));
    }

    /** The warnings of a design, the main one first ("" when none). */
    static List<String> warnings(ClusterDesign d, ClusterTests.Report r, double alpha) {
        List<String> out = new ArrayList<>();
        if (!d.clustered()) return out;
        String gf = d.groupField();
        String cf = d.clusterField();
        int n = d.clusters().size();
        if (d.kind() == ClusterDesign.Kind.NESTED) {
            out.add(String.format(Locale.ROOT, "%s is constant within each of the %d %ss (%s): articles are not independent observations. "
                    + "The %s-level test (n = %d %ss) and the cluster permutation test are the valid ones; article-level p values are "
                    + "shown for reference only.", gf, n, noun(cf), cf, noun(cf), n, noun(cf)));
            List<String> few = d.groupsWithFewerClusters(2);
            if (!few.isEmpty()) out.add(String.format(Locale.ROOT, "%s %s has fewer than 2 %ss: the comparison is confounded with the %s "
                    + "and the %s-level test cannot be computed for it (nor its %s-level pairs: which groups differ)", gf, String.join(", ", few), noun(cf), cf,
                    noun(cf), noun(cf)));
            double smallest = PermutationTest.smallestPossibleP(d.clustersPerGroup().values().stream().mapToInt(Integer::intValue).toArray());
            if (smallest >= alpha) out.add(String.format(Locale.ROOT, "with %d %ss the smallest possible permutation p is %.3g: "
                    + "no permutation test can reach %s", n, noun(cf), smallest, new java.math.BigDecimal(Double.toString(alpha)).toPlainString()));
        } else {
            out.add(String.format(Locale.ROOT, "%s varies within %d of the %d %ss (%s): articles of one %s are not independent. The mixed "
                    + "model (random intercept per %s) and the cluster-robust test are the valid ones; article-level p values are shown "
                    + "for reference only.", gf, d.mixedClusters(), n, noun(cf), cf, noun(cf), noun(cf)));
        }
        if (d.rowsWithoutCluster() > 0) out.add(d.rowsWithoutCluster() + " articles have no value for '" + cf
                + "' and are left out of the cluster-aware tests");
        return out;
    }

    /** "outlet" for the outlet field, else "cluster" (a "topic-level test" would read oddly for any field). */
    static String noun(String clusterField) {
        return clusterField.equals("outlet") || clusterField.equals("source") ? clusterField : "cluster";
    }

    /** The report rows of the cluster details. */
    static ClusterRows rows(ClusterTests.Report r, String warning, double alpha, boolean bh) {
        if (r == null) return ClusterRows.EMPTY;
        ClusterDesign d = r.design();
        String gf = d.groupField();
        String cf = d.clusterField();
        List<String> per = new ArrayList<>();
        d.clustersPerGroup().forEach((g, n) -> per.add(g + " " + n));
        DesignRow design = new DesignRow(gf, cf, d.kind().name().toLowerCase(Locale.ROOT), d.clusters().size(), String.join(", ", per),
                d.mixedClusters(), d.rowsWithoutCluster(), warning);
        List<IccRow> icc = new ArrayList<>();
        List<PermutationRow> perm = new ArrayList<>();
        List<MixedRow> mixed = new ArrayList<>();
        for (ClusterTests.Detail x : r.details()) {
            Icc i = x.icc();
            icc.add(new IccRow(x.feature(), gf, cf, i.icc(), i.f(), i.df1(), i.df2(), i.p(), i.clusters(), i.n(), i.k0(), i.meanSize(),
                    i.designEffect(), i.effectiveN(), i.note()));
            if (x.permutation() != null) perm.add(permutationRow(x, r, gf, cf, alpha, bh));
            if (x.mixed() != null) mixed.addAll(mixedRows(x.feature(), x.mixed(), x.robust(), gf, cf));
        }
        return new ClusterRows(List.of(design), icc, perm, mixed);
    }

    private static PermutationRow permutationRow(ClusterTests.Detail x, ClusterTests.Report r, String gf, String cf, double alpha, boolean bh) {
        PermutationTest.Result p = x.permutation();
        TestResult t = r.tests().stream().filter(tr -> tr.feature().equals(x.feature()) && tr.test().equals(ClusterTests.permutationTest(cf)))
                .findFirst().orElseThrow();
        String statName = r.groups().size() == 2 ? "difference of means (first minus second)" : "F";
        int clusters = t.n().stream().mapToInt(Integer::intValue).sum();
        return new PermutationRow(x.feature(), gf, cf, statName, p.statistic(), p.p(), t.pHolm(), t.pBh(), p.method(), p.permutations(),
                p.smallestP(), clusters, (bh ? t.pBh() : t.pHolm()) < alpha, t.note());
    }

    private static List<MixedRow> mixedRows(String feature, MixedModel.Fit f, ClusterRobust r, String gf, String cf) {
        List<MixedRow> out = new ArrayList<>();
        for (int g = 0; g < f.groups().size(); g++) {
            String group = f.groups().get(g);
            int ri = r.groups().indexOf(group);
            double olsMean = ri < 0 ? Double.NaN : r.means()[ri];
            double cr1 = ri < 0 ? Double.NaN : r.se()[ri];
            if (!f.computed()) {
                out.add(new MixedRow(feature, gf, cf, group, g == 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, olsMean, cr1,
                        f.rowsPerGroup()[g], Double.NaN, Double.NaN, Double.NaN, Double.NaN, f.clusters(), f.note()));
                continue;
            }
            double b = f.beta()[g];
            double se = f.se()[g];
            double z = g == 0 ? Double.NaN : b / se;
            double p = g == 0 ? Double.NaN : MixedModel.twoSidedP(z);
            out.add(new MixedRow(feature, gf, cf, group, g == 0, b, se, z, p, f.means()[g], olsMean, cr1, f.rowsPerGroup()[g],
                    f.clusterVariance(), f.residualVariance(), f.icc(), f.remlLogLik(), f.clusters(), f.note()));
        }
        return out;
    }
}
