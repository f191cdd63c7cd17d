package org.framelab.cli;

import org.framelab.app.CompareGroups;
import org.framelab.report.ReportData.IccRow;
import org.framelab.report.ReportData.MixedRow;
import org.framelab.report.ReportData.PermutationRow;
import org.framelab.stats.ClusterDesign;
import org.framelab.stats.TestResult;
import org.framelab.util.Json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.framelab.util.Json.num;

/**
 * How {@code compare} shows the cluster-aware tests (articles clustered in outlets): the design's warning, the
 * outlet-level (nested) or mixed-model (crossed) tests, the ICC of each feature; and the same in JSON.
 */
final class ClusterText {
    private ClusterText() {}

    /** The warnings, the cluster-aware tests and the ICC table, before the article-level tests. */
    static void section(StringBuilder sb, CompareGroups.Result r) {
        ClusterDesign d = r.design();
        warnings(sb, r);
        sb.append('\n');
        String cf = d.clusterField();
        List<String> per = new ArrayList<>();
        d.clustersPerGroup().forEach((g, n) -> per.add(g + " " + n));
        if (d.kind() == ClusterDesign.Kind.NESTED) {
            sb.append(String.format(Locale.ROOT, "%s-level tests (unit: the %s; n = %d %ss: %s)%n", title(cf), cf, d.clusters().size(), cf,
                    String.join(", ", per)));
        } else {
            sb.append(String.format(Locale.ROOT, "Mixed-model and cluster-robust tests (random intercept per %s; %d %ss, %d with articles in "
                    + "more than one group)%n", cf, d.clusters().size(), cf, d.mixedClusters()));
        }
        CompareCommand.testTable(sb, r.clusters().tests(), r.request(), true, r);
        permutationLine(sb, r.clusterRows().permutation());
        CompareCommand.footnote(sb, r.request(), r.report().descriptives().size());
        icc(sb, r.clusterRows().icc(), cf);
        sb.append('\n');
    }

    /**
     * The comparison's warnings (the design's first when clustered), as a study's manifest and the GUI's Compare view
     * give them, clustered or not; the choice of groups is said in the header instead.
     */
    static void warnings(StringBuilder sb, CompareGroups.Result r) {
        List<String> warnings = r.warnings();
        for (int i = 0; i < warnings.size(); i++) {
            if (warnings.get(i).equals(r.choice().describe())) continue; // said in the header
            sb.append(i == 0 ? "WARNING: " : "  also: ").append(warnings.get(i)).append('\n');
        }
    }

    static String title(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** How the permutation p values were obtained (one line when every feature was done the same way). */
    private static void permutationLine(StringBuilder sb, List<PermutationRow> rows) {
        Set<String> ways = new LinkedHashSet<>();
        for (PermutationRow p : rows) {
            if (p.method().isEmpty()) continue;
            ways.add(p.method().equals("exact")
                    ? String.format(Locale.ROOT, "exact, all %,d distinct assignments of the labels to the %d clusters; smallest possible p %s",
                    p.permutations(), p.clusters(), CompareCommand.p(p.smallestP()))
                    : String.format(Locale.ROOT, "Monte Carlo, %,d random assignments with the seed; p = (b + 1) / (B + 1)", p.permutations()));
        }
        for (String w : ways) sb.append("Permutation test: ").append(w).append('\n');
    }

    private static void icc(StringBuilder sb, List<IccRow> rows, String cf) {
        sb.append(String.format(Locale.ROOT, "%nIntraclass correlation by %s (ICC(1); design effect = 1 + (mean %s size - 1) x ICC)%n", cf, cf));
        int fw = Math.max(7, rows.stream().mapToInt(x -> x.feature().length()).max().orElse(7));
        sb.append(String.format(Locale.ROOT, "%-" + fw + "s %8s %10s %10s %14s %12s%n", "feature", "ICC", "F", "p", "design effect", "effective n"));
        for (IccRow x : rows) {
            sb.append(String.format(Locale.ROOT, "%-" + fw + "s %8s %10s %10s %14s %12s%s%n", x.feature(), CompareCommand.f(x.icc(), 3),
                    CompareCommand.f(x.f(), 2), CompareCommand.p(x.p()), CompareCommand.f(x.designEffect(), 2), CompareCommand.f(x.effectiveN(), 1),
                    x.note().isEmpty() ? "" : "  (" + x.note() + ")"));
        }
    }

    /** The design, the warnings and the cluster-aware results as JSON fields (null / empty when not clustered). */
    static void json(Map<String, Object> m, CompareGroups.Result r) {
        ClusterDesign d = r.design();
        m.put("design", Json.object("kind", d.kind().name().toLowerCase(Locale.ROOT), "clusterField", d.clusterField(),
                "clusters", d.clusters().size(), "clustersPerGroup", d.clustersPerGroup(), "mixedClusters", d.mixedClusters(),
                "rowsWithoutCluster", d.rowsWithoutCluster(), "note", d.note()));
        m.put("warnings", r.warnings());
        List<Map<String, Object>> tests = new ArrayList<>();
        if (r.clustered()) {
            String level = d.kind() == ClusterDesign.Kind.NESTED ? "cluster" : "mixed";
            List<double[]> ci = CompareCommand.intervals(r);
            int at = 0;
            for (TestResult t : r.clusters().tests()) {
                Map<String, Object> o = CompareCommand.testJson(t, ci.get(at++));
                o.put("level", level);
                tests.add(o);
            }
        }
        m.put("clusterTests", tests);
        List<Map<String, Object>> icc = new ArrayList<>();
        for (IccRow x : r.clusterRows().icc()) icc.add(Json.object("feature", x.feature(), "icc", num(x.icc()), "f", num(x.f()), "df1", num(x.df1()),
                "df2", num(x.df2()), "p", num(x.p()), "clusters", x.clusters(), "n", x.n(), "k0", num(x.k0()), "meanClusterSize",
                num(x.meanClusterSize()), "designEffect", num(x.designEffect()), "effectiveN", num(x.effectiveN()), "note", x.note()));
        m.put("icc", icc);
        List<Map<String, Object>> perm = new ArrayList<>();
        for (PermutationRow x : r.clusterRows().permutation()) perm.add(Json.object("feature", x.feature(), "statisticName", x.statisticName(),
                "statistic", num(x.statistic()), "p", num(x.p()), "pHolm", num(x.pHolm()), "pBh", num(x.pBh()), "method", x.method(),
                "permutations", x.permutations(), "smallestP", num(x.smallestP()), "clusters", x.clusters(), "note", x.note()));
        m.put("permutation", perm);
        List<Map<String, Object>> mixed = new ArrayList<>();
        for (MixedRow x : r.clusterRows().mixed()) mixed.add(Json.object("feature", x.feature(), "group", x.group(), "reference", x.reference(),
                "coefficient", num(x.coefficient()), "se", num(x.se()), "z", num(x.z()), "p", num(x.p()), "modelMean", num(x.modelMean()),
                "olsMean", num(x.olsMean()), "cr1Se", num(x.cr1Se()), "n", x.n(), "clusterVariance", num(x.clusterVariance()),
                "residualVariance", num(x.residualVariance()), "iccModel", num(x.icc()), "remlLogLik", num(x.remlLogLik()), "note", x.note()));
        m.put("mixedModel", mixed);
    }
}
