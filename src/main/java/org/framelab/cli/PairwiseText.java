package org.framelab.cli;

import org.framelab.app.CompareGroups;
import org.framelab.report.ReportData.PairRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.stats.Pairwise;
import org.framelab.util.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.framelab.util.Json.num;

/**
 * How {@code compare} shows which groups differ (3 or more groups): per pair of groups, the Games-Howell and Dunn
 * results side by side, for the features whose omnibus test is significant (all of them in {@code --json} and
 * {@code --pairwise FILE}); and the pairs as JSON.
 */
final class PairwiseText {
    private PairwiseText() {}

    /** The console section ("" when the comparison has no pairs). */
    static void section(StringBuilder sb, CompareGroups.Result r) {
        List<PairRow> rows = r.pairwise();
        if (rows.isEmpty()) return;
        Set<String> shown = new LinkedHashSet<>();
        for (TestRow t : r.decisive()) if (t.significant()) shown.add(t.feature());
        Set<String> all = new LinkedHashSet<>();
        for (PairRow p : rows) all.add(p.feature());
        sb.append(String.format(Locale.ROOT, "%nWhich groups differ: Games-Howell (after the Welch ANOVA; p adjusted by the studentized range) "
                + "and Dunn (after Kruskal-Wallis; Holm), within each feature%n"));
        List<PairRow> cluster = rows.stream().filter(p -> !p.level().equals(TestRow.ARTICLE)).toList();
        String alpha = new java.math.BigDecimal(Double.toString(r.request().alpha())).toPlainString();
        if (shown.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "No feature's %s test is significant: no pairs shown (the %d features' pairs: --pairwise FILE or --json).%n",
                    r.clustered() ? "cluster-aware" : "omnibus", all.size()));
            return;
        }
        int features = 0;
        if (!cluster.isEmpty()) {
            String cf = r.design().clusterField();
            sb.append(String.format(Locale.ROOT, "%s-level pairs (unit: the %s; Games-Howell on the %s means, p adjusted by the studentized range; "
                    + "* the one-way ANOVA on %s means is significant and the pair's adjusted p < %s)%n", capitalised(cf), cf, cf, cf, alpha));
            features = clusterTable(sb, r, cluster, shown, cf);
            sb.append("Article-level pairs (assume independent articles; shown for reference only, not starred)\n");
        } else if (r.clustered()) {
            sb.append("Article-level pairs (assume independent articles; shown for reference only, not starred)\n");
        }
        features = Math.max(features, articleTable(sb, r, rows.stream().filter(p -> p.level().equals(TestRow.ARTICLE)).toList(), shown));
        sb.append(String.format(Locale.ROOT, "Difference: mean of the first group minus the second. Shown: the %d of %d features whose %s test is "
                + "significant%s; every feature's pairs: --pairwise FILE or --json.%n", features, all.size(),
                r.clustered() ? "cluster-aware" : "omnibus", r.clustered() ? "" : "; * the feature's omnibus test is significant and the pair's "
                + "adjusted p < " + alpha));
    }

    /** The Games-Howell pairs on cluster means of the features {@code shown}; returns how many features it listed. */
    private static int clusterTable(StringBuilder sb, CompareGroups.Result r, List<PairRow> rows, Set<String> shown, String cf) {
        List<PairRow> listed = rows.stream().filter(p -> shown.contains(p.feature())).toList();
        int fw = Math.max(7, listed.stream().mapToInt(p -> p.feature().length()).max().orElse(7));
        int pw = Math.max(4, listed.stream().mapToInt(p -> pair(p).length()).max().orElse(4));
        String head = "%-" + fw + "s  %-" + pw + "s %11s %8s %7s %10s %10s  %s%n";
        sb.append(String.format(Locale.ROOT, head, "feature", "pair", "difference", "t", "df", "GH p_adj", "Cohen's d", cf + "s"));
        List<List<PairRow>> parts = r.lengthLast(listed, PairRow::feature);
        for (int part = 0; part < 2; part++) {
            if (part == 1 && !parts.get(1).isEmpty()) sb.append("-- ").append(CompareGroups.Result.COUNTS_HEADING).append(" --\n");
            for (PairRow p : parts.get(part)) {
                String n = p.nA() + " v " + p.nB() + (Double.isNaN(p.pAdjusted()) && !p.note().isEmpty() ? "  " + p.note() : "");
                sb.append(String.format(Locale.ROOT, head, p.feature(), pair(p), CompareCommand.f(p.difference(), 3), CompareCommand.f(p.statistic(), 3),
                        CompareCommand.f(p.df(), 1), p(p), CompareCommand.f(p.effect(), 3), n));
            }
        }
        return (int) listed.stream().map(PairRow::feature).distinct().count();
    }

    /** The article-level pairs (Games-Howell and Dunn side by side) of the features {@code shown}; returns how many features it listed. */
    private static int articleTable(StringBuilder sb, CompareGroups.Result r, List<PairRow> rows, Set<String> shown) {
        Map<String, Map<String, PairRow[]>> byFeature = new LinkedHashMap<>(); // feature -> pair -> {Games-Howell, Dunn}
        for (PairRow p : rows) {
            if (!shown.contains(p.feature())) continue;
            PairRow[] two = byFeature.computeIfAbsent(p.feature(), k -> new LinkedHashMap<>()).computeIfAbsent(pair(p), k -> new PairRow[2]);
            two[Pairwise.isGamesHowell(p.test()) ? 0 : 1] = p;
        }
        int fw = Math.max(7, byFeature.keySet().stream().mapToInt(String::length).max().orElse(7));
        int pw = Math.max(4, byFeature.values().stream().flatMap(m -> m.keySet().stream()).mapToInt(String::length).max().orElse(4));
        sb.append(String.format(Locale.ROOT, "%-" + fw + "s  %-" + pw + "s %11s %10s %10s  %10s %10s%n", "feature", "pair", "difference",
                "GH p_adj", "Cohen's d", "Dunn p_adj", "Cliff's d"));
        List<List<String>> parts = r.lengthLast(new ArrayList<>(byFeature.keySet()), f -> f);
        for (int part = 0; part < 2; part++) {
            if (part == 1 && !parts.get(1).isEmpty()) sb.append("-- ").append(CompareGroups.Result.COUNTS_HEADING).append(" --\n");
            for (String f : parts.get(part)) {
                byFeature.get(f).forEach((pair, two) -> {
                    PairRow gh = two[0];
                    PairRow dunn = two[1];
                    PairRow any = gh != null ? gh : dunn;
                    sb.append(String.format(Locale.ROOT, "%-" + fw + "s  %-" + pw + "s %11s %10s %10s  %10s %10s%n", f, pair,
                            CompareCommand.f(any.difference(), 3), p(gh), gh == null ? "" : CompareCommand.f(gh.effect(), 3),
                            p(dunn), dunn == null ? "" : CompareCommand.f(dunn.effect(), 3)));
                });
            }
        }
        return byFeature.size();
    }

    private static String pair(PairRow p) {
        return p.groupA() + " - " + p.groupB();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String p(PairRow x) {
        if (x == null) return "";
        return CompareCommand.p(x.pAdjusted()) + (x.significant() ? "*" : " ");
    }

    /** The pairs as JSON records (field names documented in docs/stats.md). */
    static List<Map<String, Object>> json(List<PairRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PairRow r : rows) {
            out.add(Json.object("feature", r.feature(), "groupField", r.groupField(), "test", r.test(), "level", r.level(),
                    "groupA", r.groupA(), "groupB", r.groupB(), "nA", r.nA(), "nB", r.nB(), "meanA", num(r.meanA()), "meanB", num(r.meanB()),
                    "difference", num(r.difference()), "statistic", num(r.statistic()), "df", num(r.df()), "p", num(r.p()),
                    "pAdjusted", num(r.pAdjusted()), "adjustment", r.adjustment(), "effectName", r.effectName(), "effect", num(r.effect()),
                    "significant", r.significant(), "note", r.note()));
        }
        return out;
    }
}
