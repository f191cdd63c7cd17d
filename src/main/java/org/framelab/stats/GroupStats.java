package org.framelab.stats;

import org.framelab.util.OptionException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Descriptive statistics by group. */
public final class GroupStats {
    private GroupStats() {}

    /**
     * Descriptives per group, in {@link NaturalOrder} of the group names. {@code groups[i]} is the
     * group of {@code values[i]}; rows whose group is null or blank are left out (callers report
     * them), NaN values count as missing within their group.
     */
    public static List<Descriptives> describe(double[] values, String[] groups) {
        Map<String, double[]> split = split(values, groups);
        List<Descriptives> out = new ArrayList<>(split.size());
        split.forEach((g, v) -> out.add(Descriptives.of(g, v)));
        return Collections.unmodifiableList(out);
    }

    /**
     * Values by group, in {@link NaturalOrder} of the group names (NaN values kept; null/blank groups
     * left out).
     */
    public static Map<String, double[]> split(double[] values, String[] groups) {
        if (values.length != groups.length) {
            throw new OptionException("input", "" + values.length + " values but " + groups.length + " group names");
        }
        Map<String, int[]> counts = new TreeMap<>(NaturalOrder.INSTANCE);
        for (String g : groups) {
            if (g == null || g.isBlank()) continue;
            counts.computeIfAbsent(g, k -> new int[1])[0]++;
        }
        Map<String, double[]> out = new TreeMap<>(NaturalOrder.INSTANCE);
        Map<String, int[]> fill = new TreeMap<>(NaturalOrder.INSTANCE);
        counts.forEach((g, c) -> {
            out.put(g, new double[c[0]]);
            fill.put(g, new int[1]);
        });
        for (int i = 0; i < values.length; i++) {
            String g = groups[i];
            if (g == null || g.isBlank()) continue;
            out.get(g)[fill.get(g)[0]++] = values[i];
        }
        return Collections.unmodifiableMap(out);
    }

    /** The same values without NaNs. */
    static double[] finite(double[] v) {
        return java.util.Arrays.stream(v).filter(d -> !Double.isNaN(d)).toArray();
    }
}
