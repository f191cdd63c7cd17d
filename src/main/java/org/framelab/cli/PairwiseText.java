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
        if (r.clustered()) sb.append("Article-level pairs (assume independent articles; shown for reference only, not starred)\n");
        if (shown.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "No feature's %s test is significant: no pairs shown (the %d features' pairs: --pairwise FILE or --json).%n",
                    r.clustered() ? "cluster-aware" : "omnibus", all.size()));
            return;
        }
        Map<String, Map<String, PairRow[]>> byFeature = new LinkedHashMap<>(); // feature -> pair -> {Games-Howell, Dunn}
        for (PairRow p : rows) {
            if (!shown.contains(p.feature())) continue;
            PairRow[] two = byFeature.computeIfAbsent(p.feature(), k -> new LinkedHashMap<>()).computeIfAbsent(p.groupA() + " - " + p.groupB(),
                    k -> new PairRow[2]);
            two[p.test().equals(Pairwise.GAMES_HOWELL) ? 0 : 1] = p;
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
        sb.append(String.format(Locale.ROOT, "Difference: mean of the first group minus the second. Shown: the %d of %d features whose %s test is "
                + "significant%s; every feature's pairs: --pairwise FILE or --json.%n", byFeature.size(), all.size(),
                r.clustered() ? "cluster-aware" : "omnibus", r.clustered() ? "" : "; * the feature's omnibus test is significant and the pair's "
                + "adjusted p < " + new java.math.BigDecimal(Double.toString(r.request().alpha())).toPlainString()));
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
