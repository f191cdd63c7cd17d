package org.framelab.cli;

import org.framelab.app.CompareGroups;
import org.framelab.stats.Descriptives;
import org.framelab.stats.GroupComparison;
import org.framelab.stats.PooledRatio;
import org.framelab.util.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code compare} prints about ratio features: the n used per group where values are missing
 * (undefined ratios, left out of the means and tests), and the pooled ratio per group with its 95% CI
 * ({@link PooledRatio}).
 */
final class UndefinedRatiosText {
    private UndefinedRatiosText() {}

    /** The two blocks as text (empty when no feature has a missing value and none is a ratio). */
    static String text(CompareGroups.Result result) {
        StringBuilder sb = new StringBuilder();
        missing(sb, result.report());
        pooled(sb, result.report().groups(), result.pooled());
        return sb.toString();
    }

    /** One line per feature with missing values: n used of the group's articles, per group. */
    private static void missing(StringBuilder sb, GroupComparison.Report rep) {
        int fw = rep.descriptives().keySet().stream().mapToInt(String::length).max().orElse(7);
        boolean head = false;
        for (Map.Entry<String, List<Descriptives>> e : rep.descriptives().entrySet()) {
            if (e.getValue().stream().noneMatch(d -> d.missing() > 0)) continue;
            if (!head) {
                sb.append("\nUndefined ratios are missing, not 0: left out of the means and tests (n used / articles, per group)\n");
                head = true;
            }
            List<String> parts = new ArrayList<>();
            for (Descriptives d : e.getValue()) parts.add(String.format(Locale.ROOT, "%s %,d/%,d", d.group(), d.n(), d.n() + d.missing()));
            sb.append(String.format(Locale.ROOT, "%-" + fw + "s  %s%n", e.getKey(), String.join(", ", parts)));
        }
    }

    /** The pooled ratios: one column per group up to {@link CompareCommand#WIDE_GROUPS} groups, else one line per feature and group. */
    private static void pooled(StringBuilder sb, List<String> groups, List<PooledRatio> rows) {
        if (rows.isEmpty()) return;
        Map<String, Map<String, PooledRatio>> byFeature = new LinkedHashMap<>();
        for (PooledRatio r : rows) byFeature.computeIfAbsent(r.feature(), k -> new LinkedHashMap<>()).put(r.group(), r);
        int fw = byFeature.keySet().stream().mapToInt(String::length).max().orElse(7);
        sb.append("\nPooled ratios by group: sum of numerators / sum of denominators (x 1000 for rates), 95% CI\n")
                .append("(linearised ratio-estimator variance over articles, Cochran 1977 ch. 6; t with n-1 df)\n");
        if (groups.size() <= CompareCommand.WIDE_GROUPS) {
            int gw = Math.max(22, groups.stream().mapToInt(String::length).max().orElse(0) + 2);
            sb.append(String.format(Locale.ROOT, "%-" + fw + "s", "feature"));
            for (String g : groups) sb.append(String.format(Locale.ROOT, "  %" + gw + "s", g));
            sb.append('\n');
            byFeature.forEach((f, m) -> {
                sb.append(String.format(Locale.ROOT, "%-" + fw + "s", f));
                for (String g : groups) sb.append(String.format(Locale.ROOT, "  %" + gw + "s", m.containsKey(g) ? ratioCi(m.get(g)) : "-"));
                sb.append('\n');
            });
        } else {
            int gw = Math.max(5, groups.stream().mapToInt(String::length).max().orElse(0));
            sb.append(String.format(Locale.ROOT, "%-" + fw + "s  %-" + gw + "s %8s  %s%n", "feature", "group", "articles", "pooled [95% CI]"));
            byFeature.forEach((f, m) -> m.values().forEach(r -> sb.append(String.format(Locale.ROOT, "%-" + fw + "s  %-" + gw + "s %,8d  %s%n",
                    f, r.group(), r.articles(), ratioCi(r)))));
        }
    }

    static String ratioCi(PooledRatio r) {
        if (Double.isNaN(r.ratio())) return "undefined";
        return CompareCommand.f(r.ratio(), 3) + (Double.isNaN(r.ciLow()) ? "" : " [" + CompareCommand.f(r.ciLow(), 2) + ", "
                + CompareCommand.f(r.ciHigh(), 2) + "]");
    }

    /** The pooled ratios for {@code --json}. */
    static List<Map<String, Object>> json(List<PooledRatio> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PooledRatio r : rows) {
            out.add(Json.object("feature", r.feature(), "groupField", r.groupField(), "group", r.group(), "articles", r.articles(),
                    "defined", r.defined(), "numerator", Json.num(r.numerator()), "denominator", Json.num(r.denominator()),
                    "pooledRatio", Json.num(r.ratio()), "se", Json.num(r.se()), "ciLow", Json.num(r.ciLow()),
                    "ciHigh", Json.num(r.ciHigh()), "computedAs", r.formula()));
        }
        return out;
    }
}
