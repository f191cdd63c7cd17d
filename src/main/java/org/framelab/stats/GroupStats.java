package org.framelab.stats;

import org.framelab.util.OptionException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Descriptive statistics by group. */
public final class GroupStats {
    private GroupStats() {}

    /**
     * Descriptives per group, in {@link NaturalOrder} of the group names. {@code groups[i]} is the
     * group of {@code values[i]}; rows whose group is null or blank are left out (callers report
     * them), NaN values count as missing within their group.
     */
    public static List<Descriptives> describe(double[] values, String[] groups) {
        return describe(split(values, groups));
    }

    /** Descriptives of values already split by group ({@link #split}), in the map's order. */
    public static List<Descriptives> describe(Map<String, double[]> split) {
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
        return Index.of(groups).split(values);
    }

    /**
     * The groups of a table's rows worked out once, to split many columns: the group names in
     * {@link NaturalOrder} and each row's group (null/blank: none). {@link #split} gives what
     * {@link GroupStats#split} gives for the same groups, without comparing names for every value.
     */
    public static final class Index {
        private final String[] names;
        private final int[] groupOf;
        private final int[] sizes;

        private Index(String[] names, int[] groupOf, int[] sizes) {
            this.names = names;
            this.groupOf = groupOf;
            this.sizes = sizes;
        }

        public static Index of(String[] groups) {
            Map<String, Integer> seen = new HashMap<>();
            for (String g : groups) if (g != null && !g.isBlank()) seen.putIfAbsent(g, 0);
            String[] names = seen.keySet().toArray(new String[0]);
            Arrays.sort(names, NaturalOrder.INSTANCE);
            for (int i = 0; i < names.length; i++) seen.put(names[i], i);
            int[] groupOf = new int[groups.length];
            int[] sizes = new int[names.length];
            for (int r = 0; r < groups.length; r++) {
                String g = groups[r];
                groupOf[r] = g == null || g.isBlank() ? -1 : seen.get(g);
                if (groupOf[r] >= 0) sizes[groupOf[r]]++;
            }
            return new Index(names, groupOf, sizes);
        }

        /** The rows this index was made for. */
        public int rows() {
            return groupOf.length;
        }

        /** {@code values} (one per row) by group, in {@link NaturalOrder} of the names, each in row order. */
        public Map<String, double[]> split(double[] values) {
            if (values.length != groupOf.length) {
                throw new OptionException("input", "" + values.length + " values but " + groupOf.length + " group names");
            }
            double[][] out = new double[names.length][];
            for (int i = 0; i < names.length; i++) out[i] = new double[sizes[i]];
            int[] fill = new int[names.length];
            for (int r = 0; r < values.length; r++) {
                int g = groupOf[r];
                if (g >= 0) out[g][fill[g]++] = values[r];
            }
            Map<String, double[]> m = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) m.put(names[i], out[i]);
            return Collections.unmodifiableMap(m);
        }
    }

    /** The same values without NaNs. */
    static double[] finite(double[] v) {
        double[] out = new double[v.length];
        int n = 0;
        for (double d : v) if (!Double.isNaN(d)) out[n++] = d;
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
