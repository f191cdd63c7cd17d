package org.framelab.app;

import org.framelab.stats.NaturalOrder;
import org.framelab.util.NotInDataException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The groups a comparison tests: every value of the grouping field, or the ones chosen ({@code compare --groups},
 * the study key {@code analysis.groups}, the checked groups of the GUI's Compare view). Articles of the other
 * groups are left out of every test, descriptive and chart of the comparison, and counted: a choice, said in
 * words ({@link #describe()}), never a silent drop.
 *
 * @param field      the grouping field
 * @param chosen     the groups compared, as the data spells them, in natural order (every group when none was chosen)
 * @param found      every group of the data with its article count, in natural order
 * @param leftOut    per group not chosen, its article count (empty when none was chosen)
 * @param restricted whether groups were chosen (false: all compared)
 */
public record GroupChoice(String field, List<String> chosen, Map<String, Integer> found, Map<String, Integer> leftOut, boolean restricted) {
    public GroupChoice {
        chosen = List.copyOf(chosen);
        found = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(found));
        leftOut = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
    }

    /** Articles left out because their group was not chosen. */
    public int articlesLeftOut() {
        return leftOut.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The groups of the data with their article counts: "AP News (70), Fox News (65)". */
    public static String counts(Map<String, Integer> groups) {
        StringBuilder sb = new StringBuilder();
        groups.forEach((g, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(g).append(" (").append(String.format(Locale.ROOT, "%,d", n)).append(')'));
        return sb.toString();
    }

    /** The choice in words ("" when every group is compared). */
    public String describe() {
        if (!restricted) return "";
        int n = articlesLeftOut();
        return String.format(Locale.ROOT, "Groups of '%s' compared (chosen): %s; %,d article%s of the other groups left out of the tests: %s",
                field, String.join(", ", chosen), n, n == 1 ? "" : "s", leftOut.isEmpty() ? "none" : counts(leftOut));
    }

    /**
     * The choice {@code asked} (empty: every group) applied to the group of every article {@code keys} (null or blank:
     * no group): the keys of articles in groups not chosen become null. A value the data does not have is a
     * {@link NotInDataException} (bad input: known once the data is read) listing the groups found with their counts.
     * A value matches a group exactly, else ignoring case and surrounding blanks.
     */
    public static GroupChoice apply(String field, String[] keys, List<String> asked) {
        Map<String, Integer> found = new TreeMap<>(NaturalOrder.INSTANCE);
        for (String k : keys) if (k != null && !k.isBlank()) found.merge(k, 1, Integer::sum);
        if (asked == null || asked.isEmpty()) return new GroupChoice(field, new ArrayList<>(found.keySet()), found, Map.of(), false);
        List<String> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String a : asked) {
            String g = match(a, found);
            if (g == null) unknown.add(a);
            else if (!chosen.contains(g)) chosen.add(g);
        }
        if (!unknown.isEmpty()) {
            throw new NotInDataException("groups", String.join(", ", unknown), (unknown.size() == 1 ? "not a value" : "not values") + " of '"
                    + field + "' in the data; its values are: " + (found.isEmpty() ? "none" : counts(found)),
                    "give two or more of these values as the data spells them, separated by commas.");
        }
        if (chosen.size() < 2) {
            throw new NotInDataException("groups", String.join(", ", asked), "names only one group of '" + field + "' ("
                    + chosen.get(0) + "); a comparison needs at least 2; its values are: " + counts(found),
                    "give two or more groups, or none to compare them all.");
        }
        chosen.sort(NaturalOrder.INSTANCE);
        Map<String, Integer> left = new LinkedHashMap<>();
        found.forEach((g, n) -> { if (!chosen.contains(g)) left.put(g, n); });
        java.util.Set<String> keep = new java.util.HashSet<>(chosen);
        for (int i = 0; i < keys.length; i++) if (keys[i] != null && !keep.contains(keys[i])) keys[i] = null;
        return new GroupChoice(field, chosen, found, left, true);
    }

    private static String match(String asked, Map<String, Integer> found) {
        if (found.containsKey(asked)) return asked;
        String k = asked.strip().toLowerCase(Locale.ROOT);
        String hit = null;
        for (String g : found.keySet()) {
            if (!g.strip().toLowerCase(Locale.ROOT).equals(k)) continue;
            if (hit != null) return null; // two spellings: only the exact one will do
            hit = g;
        }
        return hit;
    }
}
