package org.framelab.model;

import org.framelab.util.OptionException;

import org.framelab.corpus.Article;
import org.framelab.util.InputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Which articles train and which test, per fold: stratified k-fold, grouped k-fold (no group in both
 * parts of a fold), a split file, or a separate test corpus. Indices refer to the article list the
 * plan was made for.
 *
 * @param protocol   human-readable description
 * @param groupField field whose values must not cross train/test (null for ungrouped protocols)
 * @param folds      the folds
 */
public record FoldPlan(String protocol, String groupField, List<Fold> folds) {
    public FoldPlan {
        folds = List.copyOf(folds);
        if (folds.isEmpty()) throw new OptionException("fold plan", "no folds");
    }

    /** One fold: training and test indices (ascending). */
    public record Fold(int index, int[] train, int[] test) {}

    public boolean isGrouped() {
        return groupField != null;
    }

    /** Stratified k-fold: each label's articles shuffled with {@code seed} and dealt round-robin. */
    public static FoldPlan stratified(List<Article> articles, String labelField, int k, long seed) throws InputException {
        checkK(k, articles.size(), "articles");
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < articles.size(); i++) {
            String l = Trainer.labelOf(articles.get(i), labelField);
            byLabel.computeIfAbsent(l == null ? "" : l, x -> new ArrayList<>()).add(i);
        }
        Random rnd = new Random(seed);
        int[] foldOf = new int[articles.size()];
        int next = 0;
        for (List<Integer> idx : byLabel.values()) {
            Collections.shuffle(idx, rnd);
            for (int i : idx) {
                foldOf[i] = next;
                next = (next + 1) % k;
            }
        }
        return fromAssignment(k + "-fold stratified cross-validation (seed " + seed + ")", null, foldOf, k);
    }

    /**
     * Grouped k-fold: whole groups are assigned to folds, largest first (ties in seeded random order),
     * each to the fold where it best keeps fold sizes and label proportions even. Deterministic.
     */
    public static FoldPlan grouped(List<Article> articles, String labelField, String groupField, int k, long seed) throws InputException {
        return grouped(articles, labelField, groupField, k, seed, false);
    }

    /**
     * Grouped k-fold as above; with {@code mergeVariants}, names that are variants of one outlet
     * ({@link OutletVariants#family}: "Fox News", "Fox Online News") form one group.
     */
    public static FoldPlan grouped(List<Article> articles, String labelField, String groupField, int k, long seed,
                                   boolean mergeVariants) throws InputException {
        List<String> labels = Trainer.labelSet(articles, labelField);
        java.util.SortedMap<String, List<String>> caseGroups = mergeVariants ? new TreeMap<>() : caseGroups(articles, groupField);
        Map<String, List<Integer>> byGroup = byGroup(articles, groupField, k, mergeVariants, caseVariants(caseGroups));
        List<String> groups = new ArrayList<>(byGroup.keySet());
        Collections.shuffle(groups, new Random(seed));
        groups.sort((a, b) -> Integer.compare(byGroup.get(b).size(), byGroup.get(a).size())); // stable: ties keep seeded order
        int nl = labels.size();
        double[] target = new double[nl];
        for (Article a : articles) {
            int li = labels.indexOf(Trainer.labelOf(a, labelField));
            if (li >= 0) target[li] += 1.0 / k;
        }
        double[][] count = new double[k][nl];
        int[] size = new int[k];
        int[] foldOf = new int[articles.size()];
        double sizeTarget = articles.size() / (double) k;
        for (String g : groups) {
            List<Integer> members = byGroup.get(g);
            double[] gl = new double[nl];
            for (int i : members) {
                int li = labels.indexOf(Trainer.labelOf(articles.get(i), labelField));
                if (li >= 0) gl[li]++;
            }
            int best = bestFold(count, size, gl, members.size(), target, sizeTarget);
            for (int l = 0; l < nl; l++) count[best][l] += gl[l];
            size[best] += members.size();
            for (int i : members) foldOf[i] = best;
        }
        for (int f = 0; f < k; f++) {
            if (size[f] == 0) throw new InputException("Fold " + (f + 1) + " of " + k + " got no articles when grouping by '" + groupField
                    + "' (one group holds most articles).\n  What to do: use fewer folds.");
        }
        int caseMerged = caseGroups.values().stream().mapToInt(List::size).sum();
        return fromAssignment(k + "-fold cross-validation grouped by " + groupField + (mergeVariants ? " (name variants of one outlet merged)"
                : caseMerged > 0 ? " (" + caseMerged + " values that differ only in case or spacing kept together, e.g. "
                + String.join(" = ", caseGroups.values().iterator().next()) + ")" : "")
                + " (seed " + seed + ")", groupField, foldOf, k);
    }

    /**
     * Article indices by group value (variants merged when asked; articles without a value form the
     * group ""), refusing a group field nobody has or fewer groups than folds.
     */
    private static Map<String, List<Integer>> byGroup(List<Article> articles, String groupField, int k,
                                                      boolean mergeVariants, Map<String, String> spelling) throws InputException {
        Map<String, List<Integer>> byGroup = new TreeMap<>();
        int missing = 0;
        for (int i = 0; i < articles.size(); i++) {
            String g = Trainer.groupOf(articles.get(i), groupField);
            if (g.isEmpty()) missing++;
            else if (mergeVariants) g = OutletVariants.family(g);
            else g = spelling.getOrDefault(g, g);
            byGroup.computeIfAbsent(g, x -> new ArrayList<>()).add(i);
        }
        if (missing == articles.size()) throw noGroupValue(groupField);
        if (byGroup.size() < k) {
            throw new InputException("Only " + byGroup.size() + " distinct values of '" + groupField + "' for " + k
                    + " folds: every fold needs at least one group.\n  What to do: use " + Math.max(2, byGroup.size()) + " or fewer folds"
                    + " (train --cv, report --folds; study file: classifier.folds).");
        }
        return byGroup;
    }

    /**
     * Group values that differ from another only in letter case or spacing ("Politico", "POLITICO", "politico "), each
     * mapped to the first of its spellings in sorted order: one outlet, so one group. Values without such a variant are
     * not in the map, so a corpus without variants is grouped (and its folds drawn) exactly as by the values themselves.
     */
    static Map<String, String> caseVariants(java.util.SortedMap<String, List<String>> groups) {
        Map<String, String> out = new java.util.HashMap<>();
        groups.forEach((first, spellings) -> spellings.forEach(v -> out.put(v, first)));
        return out;
    }

    /** The groups of case or spacing variants among the values of {@code groupField} ({@link org.framelab.corpus.OutletNameKeys#caseGroups}). */
    static java.util.SortedMap<String, List<String>> caseGroups(List<Article> articles, String groupField) {
        List<String> values = new ArrayList<>(articles.size());
        for (Article a : articles) values.add(Trainer.groupOf(a, groupField));
        return org.framelab.corpus.OutletNameKeys.caseGroups(values);
    }

    /** The error for a group field no article has a value for: train's, and evaluate's ({@link StreamedScore}). */
    static InputException noGroupValue(String groupField) {
        return new InputException("No article has a value for the group field '" + groupField
                + "'.\n  What to do: check the group field, e.g. outlet or source (train and evaluate --group-by, report --group-field;"
                + " study file: classifier.group_field) and the corpus mapping of the outlet (--outlet-field; study file: corpus.mapping.outlet).");
    }

    /**
     * The fold whose squared distance from the label and size targets grows least by adding a group of
     * {@code groupSize} articles with label counts {@code gl} (ties: the lowest fold).
     */
    private static int bestFold(double[][] count, int[] size, double[] gl, int groupSize, double[] target, double sizeTarget) {
        int best = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int f = 0; f < count.length; f++) {
            double cost = 0;
            for (int l = 0; l < gl.length; l++) {
                double after = count[f][l] + gl[l] - target[l], before = count[f][l] - target[l];
                cost += after * after - before * before;
            }
            double sa = size[f] + groupSize - sizeTarget, sb = size[f] - sizeTarget;
            cost += sa * sa - sb * sb;
            if (cost < bestCost - 1e-9) {
                bestCost = cost;
                best = f;
            }
        }
        return best;
    }

    /** Train on the articles whose split-file part is {@code train}, test on {@code test} (or {@code valid} when there is no test part). */
    public static FoldPlan split(List<Article> articles, Map<String, String> partOfId, String source) throws InputException {
        boolean hasTest = partOfId.containsValue("test");
        String testPart = hasTest ? "test" : "valid";
        List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String p = partOfId.get(articles.get(i).id());
            if ("train".equals(p)) train.add(i);
            else if (testPart.equals(p)) test.add(i);
        }
        if (train.isEmpty() || test.isEmpty()) {
            String part = train.isEmpty() ? "train" : testPart;
            long listed = partOfId.values().stream().filter(part::equals).count();
            List<String> listedIds = partOfId.entrySet().stream().filter(e -> e.getValue().equals(part)).limit(3).map(Map.Entry::getKey).toList();
            List<String> corpusIds = articles.stream().limit(3).map(Article::id).toList();
            throw new InputException(String.format(java.util.Locale.ROOT, "%s: no article of the corpus is in the '%s' part, so there is no %s "
                            + "article (the split lists %,d id%s in '%s'%s; corpus ids: %s).\n  What to do: check that the split file's ids match the "
                            + "corpus ids as written (a spreadsheet may write 99 as 99.0) and --id-field.",
                    source, part, train.isEmpty() ? "training" : "test", listed, listed == 1 ? "" : "s", part,
                    listedIds.isEmpty() ? "" : ", e.g. " + String.join(", ", listedIds),
                    corpusIds.isEmpty() ? "none" : "e.g. " + String.join(", ", corpusIds)));
        }
        return new FoldPlan("split file " + source + ": train on 'train', test on '" + testPart + "'", null,
                List.of(new Fold(0, toArray(train), toArray(test))));
    }

    /** The first {@code nTrain} articles train, the next {@code nTest} test. */
    public static FoldPlan trainTest(int nTrain, int nTest, String description) {
        int[] train = new int[nTrain], test = new int[nTest];
        for (int i = 0; i < nTrain; i++) train[i] = i;
        for (int i = 0; i < nTest; i++) test[i] = nTrain + i;
        return new FoldPlan(description, null, List.of(new Fold(0, train, test)));
    }

    private static FoldPlan fromAssignment(String protocol, String groupField, int[] foldOf, int k) {
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < foldOf.length; i++) (foldOf[i] == f ? test : train).add(i);
            folds.add(new Fold(f, toArray(train), toArray(test)));
        }
        return new FoldPlan(protocol, groupField, folds);
    }

    private static void checkK(int k, int n, String what) throws InputException {
        if (k < 2) throw new OptionException("number of folds", "" + k + " (use 2 or more)");
        if (n < k) throw new InputException("Only " + n + " " + what + " for " + k + " folds.\n  What to do: use fewer folds or more data.");
    }

    private static int[] toArray(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    /** id -> fold (test fold of each article; articles in no test part are absent), in article order. */
    public Map<String, Integer> testFoldOfId(List<Article> articles) {
        int[] fold = new int[articles.size()];
        Arrays.fill(fold, -1);
        for (Fold f : folds) for (int i : f.test()) fold[i] = f.index();
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) if (fold[i] >= 0) m.put(articles.get(i).id(), fold[i]);
        return m;
    }
}
