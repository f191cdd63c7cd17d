package org.framelab.stats;

import org.framelab.util.OptionException;

import org.framelab.features.FeatureTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Tests whether feature values differ between groups (outlets, leanings, periods, labels).
 *
 * <p>Two groups: Welch t-test (effect: Cohen's d with pooled SD, first group minus second) and
 * Mann-Whitney U (effect: Cliff's delta). Three or more groups: one-way ANOVA (eta squared), Welch
 * ANOVA (eta squared) and Kruskal-Wallis (epsilon squared). The choice depends on the number of groups
 * in the whole table, so every feature gets the same tests. Within a feature, groups with fewer than
 * 2 non-missing values are left out (named in the note). Holm and Benjamini-Hochberg adjustments are
 * made within each test across all features tested (one family per test).
 */
public final class GroupComparison {
    private GroupComparison() {}

    /** A full comparison: the tests plus the descriptives they are based on. */
    public record Report(String groupField, List<String> groups, int rowsWithoutGroup, List<TestResult> tests,
                         Map<String, List<Descriptives>> descriptives) {
        public Report {
            groups = List.copyOf(groups);
            tests = List.copyOf(tests);
            descriptives = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(descriptives));
        }
    }

    /** The tests for each feature (all columns when {@code features} is null or empty), adjusted across features. */
    public static List<TestResult> compare(FeatureTable table, String groupField, List<String> features) {
        return analyse(table, groupField, features).tests();
    }

    /** Tests plus descriptives per feature and the number of rows without a group. */
    public static Report analyse(FeatureTable table, String groupField, List<String> features) {
        return analyse(table, groupField, GroupKey.of(table, groupField), features);
    }

    /**
     * Like {@link #analyse(FeatureTable, String, List)} with the group of each row given by the caller
     * ({@code keys[i]} for {@code table.rows().get(i)}; null or blank = no group), e.g. a metadata field
     * of the articles. {@code groupName} is only used in messages and the report.
     */
    public static Report analyse(FeatureTable table, String groupName, String[] keys, List<String> features) {
        String groupField = groupName;
        if (keys.length != table.rows().size()) {
            throw new OptionException("group keys", "" + keys.length + " for " + table.rows().size() + " rows");
        }
        keys = keys.clone();
        for (int i = 0; i < keys.length; i++) if (keys[i] != null && keys[i].isBlank()) keys[i] = null;
        TreeSet<String> all = new TreeSet<>(NaturalOrder.INSTANCE);
        int without = 0;
        for (String k : keys) {
            if (k == null) without++;
            else all.add(k);
        }
        if (all.size() < 2) {
            throw new OptionException("group field", "" + groupField + " has " + all.size()
                    + " group(s) in the data" + (all.isEmpty() ? "" : " (" + all.first() + ")") + "; comparisons need at least 2");
        }
        List<String> names = features == null || features.isEmpty()
                ? table.columns().stream().map(c -> c.name()).toList() : List.copyOf(features);
        boolean twoGroups = all.size() == 2;
        double[][] values = columns(table, names);
        GroupStats.Index index = GroupStats.Index.of(keys);
        // features are independent: described and tested in parallel, collected in their order
        List<Map.Entry<List<Descriptives>, List<TestResult>>> per = IntStream.range(0, names.size()).parallel().mapToObj(i -> {
            Map<String, double[]> split = index.split(values[i]);
            return Map.entry(GroupStats.describe(split), testFeature(names.get(i), split, twoGroups));
        }).toList();
        List<TestResult> raw = new ArrayList<>();
        Map<String, List<Descriptives>> desc = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            desc.put(names.get(i), per.get(i).getKey());
            raw.addAll(per.get(i).getValue());
        }
        return new Report(groupField, new ArrayList<>(all), without, adjust(raw), desc);
    }

    /** The values of the named columns, one array per name (in row order), read in one pass over the rows. */
    static double[][] columns(FeatureTable table, List<String> names) {
        java.util.Set<String> wanted = new java.util.HashSet<>(names);
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String name = table.columns().get(c).name();
            if (wanted.contains(name)) index.putIfAbsent(name, c); // the first, as indexOf
        }
        int[] cols = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Integer c = index.get(names.get(i));
            if (c == null) throw new OptionException("feature", "" + names.get(i) + " (not a column of the feature table; list them with framelab features --list-features)");
            cols[i] = c;
        }
        return columnsAt(table, cols);
    }

    /**
     * The values of the columns at {@code cols} (indices into the table's columns), one array per index (in row
     * order), as {@link FeatureTable#column} gives them: read in one pass over the rows, the rows in parallel
     * (each fills its own cells). A column given twice is one array.
     */
    static double[][] columnsAt(FeatureTable table, int[] cols) {
        int[] slot = new int[table.columns().size()];
        java.util.Arrays.fill(slot, -1);
        int rows = table.rows().size();
        double[][] out = new double[cols.length][];
        int[] first = new int[cols.length];
        for (int i = 0; i < cols.length; i++) {
            if (slot[cols[i]] >= 0) first[i] = slot[cols[i]]; // the same column twice
            else {
                slot[cols[i]] = i;
                first[i] = i;
                out[i] = new double[rows];
            }
        }
        IntStream.range(0, rows).parallel().forEach(r -> {
            int[] idx = table.rows().get(r).values().indices();
            double[] val = table.rows().get(r).values().values();
            for (int k = 0; k < idx.length; k++) if (slot[idx[k]] >= 0) out[slot[idx[k]]][r] = val[k];
        });
        for (int i = 0; i < cols.length; i++) if (first[i] != i) out[i] = out[first[i]];
        return out;
    }

    /** The tests of one feature given its values by group (NaN = missing). */
    public static List<TestResult> testFeature(String feature, Map<String, double[]> byGroup, boolean twoGroups) {
        List<String> used = new ArrayList<>();
        List<String> small = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<Integer> ns = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        byGroup.forEach((g, raw) -> {
            double[] v = GroupStats.finite(raw);
            if (v.length < 2) {
                small.add(g);
                return;
            }
            used.add(g);
            values.add(v);
            ns.add(v.length);
            means.add(Descriptives.mean(v));
        });
        String left = small.isEmpty() ? "" : "left out (fewer than 2 values): " + String.join(", ", small);
        List<TestResult> out = new ArrayList<>();
        if (twoGroups) {
            if (values.size() < 2) {
                out.add(notComputed(feature, Tests.WELCH_T, EffectSizes.COHENS_D, used, ns, means, left));
                out.add(notComputed(feature, Tests.MANN_WHITNEY, EffectSizes.CLIFFS_DELTA, used, ns, means, left));
                return out;
            }
            double[] a = values.get(0);
            double[] b = values.get(1);
            out.add(result(feature, Tests.welch(a, b), EffectSizes.COHENS_D, EffectSizes.cohensD(a, b), used, ns, means, left));
            out.add(result(feature, Tests.mannWhitney(a, b), EffectSizes.CLIFFS_DELTA, EffectSizes.cliffsDelta(a, b), used, ns, means, left));
        } else {
            if (values.size() < 2) {
                out.add(notComputed(feature, Tests.ANOVA, EffectSizes.ETA_SQUARED, used, ns, means, left));
                out.add(notComputed(feature, Tests.WELCH_ANOVA, EffectSizes.ETA_SQUARED, used, ns, means, left));
                out.add(notComputed(feature, Tests.KRUSKAL_WALLIS, EffectSizes.EPSILON_SQUARED, used, ns, means, left));
                return out;
            }
            double eta = EffectSizes.etaSquared(values);
            int n = ns.stream().mapToInt(Integer::intValue).sum();
            out.add(result(feature, Tests.anova(values), EffectSizes.ETA_SQUARED, eta, used, ns, means, left));
            TestOutcome welch = Tests.welchAnova(values);
            if (Double.isNaN(welch.p())) {
                List<String> flat = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    double[] v = values.get(i);
                    if (Descriptives.variance(v, Descriptives.mean(v)) == 0) flat.add(used.get(i));
                }
                if (!flat.isEmpty()) welch = TestOutcome.notComputed(Tests.WELCH_ANOVA,
                        "no variance in group(s) " + String.join(", ", flat) + " (Welch's weights n/s^2 are undefined)");
            }
            out.add(result(feature, welch, EffectSizes.ETA_SQUARED, eta, used, ns, means, left));
            TestOutcome kw = Tests.kruskalWallis(values);
            out.add(result(feature, kw, EffectSizes.EPSILON_SQUARED, EffectSizes.epsilonSquared(kw.statistic(), n), used, ns, means, left));
        }
        return out;
    }

    /** Holm and BH adjustment within each test name, across features. Order is kept. */
    public static List<TestResult> adjust(List<TestResult> raw) {
        Map<String, List<Integer>> families = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) families.computeIfAbsent(raw.get(i).test(), k -> new ArrayList<>()).add(i);
        TestResult[] out = raw.toArray(new TestResult[0]);
        families.forEach((test, idx) -> {
            double[] p = idx.stream().mapToDouble(i -> raw.get(i).p()).toArray();
            double[] holm = MultipleTesting.holm(p);
            double[] bh = MultipleTesting.benjaminiHochberg(p);
            for (int j = 0; j < idx.size(); j++) out[idx.get(j)] = raw.get(idx.get(j)).withAdjusted(holm[j], bh[j]);
        });
        return List.of(out);
    }

    private static TestResult result(String feature, TestOutcome t, String effectName, double effect,
                                     List<String> groups, List<Integer> n, List<Double> means, String left) {
        String note = join(t.note(), left);
        if (Double.isNaN(t.p())) effect = Double.NaN;
        return new TestResult(feature, t.test(), t.statistic(), t.df(), t.df2(), t.p(), Double.NaN, Double.NaN,
                effectName, effect, groups, n, means, note);
    }

    private static TestResult notComputed(String feature, String test, String effectName, List<String> groups,
                                          List<Integer> n, List<Double> means, String left) {
        return new TestResult(feature, test, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                effectName, Double.NaN, groups, n, means, join("not computed: fewer than 2 groups with at least 2 values", left));
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a + "; " + b;
    }
}
