package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.features.FramingFeatures;
import org.framelab.model.FoldPlan;
import org.framelab.model.TrainedModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an evaluation protocol supports, in words a reviewer accepts ("5-fold cross-validation with
 * whole outlets held out: 49 outlets ...; outlet names and page templates learned and removed inside
 * each training part ..."), and warnings where it cannot support a claim about framing on new
 * outlets: random folds or a test part sharing outlets with training when labels are properties of
 * the outlet, and fewer than {@link #MIN_OUTLETS_PER_CLASS} outlets for a class. The metrics JSON,
 * the console, the workbook's Model sheet and the GUI's result all show this one text.
 */
public record ProtocolStatement(String text, List<String> warnings) {
    /** Fewer outlets than this per class cannot support a claim about outlets of that class. */
    public static final int MIN_OUTLETS_PER_CLASS = 5;

    public ProtocolStatement {
        warnings = List.copyOf(warnings);
    }

    /** The statement of a classification. */
    public static ProtocolStatement of(Classify.Result r) {
        List<Article> all = r.articles();
        FoldPlan plan = r.plan();
        String label = r.request().label();
        String field = r.request().protocol().groupField() != null ? r.request().protocol().groupField() : "outlet";
        String[] outlet = new String[all.size()];
        for (int i = 0; i < outlet.length; i++) outlet[i] = outletOf(all.get(i), field);
        List<String> parts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Map<String, Integer>> labelsByOutlet = labelsByOutlet(all, outlet, label);
        boolean outletLabels = org.framelab.model.Evaluation.labelsConstantWithin(labelsByOutlet);
        parts.add(design(r, plan, outlet, field, outletLabels, warnings));
        List<String> left = new ArrayList<>();
        for (String v : r.request().excludeLabels()) {
            int n = r.excluded().getOrDefault(v, 0);
            left.add(String.format(Locale.ROOT, "%,d with %s '%s'", n, label, v));
        }
        if (!left.isEmpty()) parts.add("articles left out: " + String.join(", ", left));
        String learned = learnedPerFold(r.finalModel().model());
        if (!learned.isEmpty()) parts.add(learned);
        if (outletLabels) classOutlets(labelsByOutlet, field, warnings);
        return new ProtocolStatement(String.join("; ", parts) + ".", warnings);
    }

    /**
     * The warning for classes with fewer than {@link #MIN_OUTLETS_PER_CLASS} outlets ({@code field}) when the labels are
     * properties of the outlet, for a protocol run outside {@link Classify} (the Spark job's cross-validation), so that it
     * says what {@link #of} says; null when there is none.
     */
    public static String fewOutletsWarning(List<Article> all, String label, String field) {
        String[] outlet = new String[all.size()];
        for (int i = 0; i < outlet.length; i++) outlet[i] = outletOf(all.get(i), field);
        Map<String, Map<String, Integer>> byOutlet = labelsByOutlet(all, outlet, label);
        if (!org.framelab.model.Evaluation.labelsConstantWithin(byOutlet)) return null;
        List<String> w = new ArrayList<>();
        classOutlets(byOutlet, field, w);
        return w.isEmpty() ? null : w.get(0);
    }

    private static String outletOf(Article a, String field) {
        String v = field.equals("outlet") ? a.outlet() : a.field(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The design in words, with a warning when test articles share outlets with training and labels belong to outlets. */
    private static String design(Classify.Result r, FoldPlan plan, String[] outlet, String field, boolean outletLabels, List<String> warnings) {
        int outlets = distinct(outlet);
        int k = plan.folds().size();
        if (r.request().protocol() instanceof Protocol.CrossValidation cv) {
            if (cv.groupField() != null) {
                return String.format(Locale.ROOT, "%s: whole %ss held out (each of the %,d %ss in exactly one of the %d test folds%s)",
                        plan.protocol(), field, outlets, field, k, cv.mergeVariants() ? "; name variants of one outlet kept together" : "");
            }
            String s = String.format(Locale.ROOT, "%s: random folds stratified by label (articles of the same %s in training and test parts; %,d %ss)",
                    plan.protocol(), field, outlets, field);
            if (outletLabels && outlets > 1) {
                warnings.add("Random folds with labels that are properties of the " + field + ": the score measures recognising "
                        + field + "s seen in training, not framing on new " + field + "s. For that claim use grouped folds: "
                        + org.framelab.model.Evaluation.groupedFoldsHint(field) + ".");
            }
            return s;
        }
        FoldPlan.Fold f = plan.folds().get(0);
        Set<String> trainOutlets = new HashSet<>();
        for (int i : f.train()) if (outlet[i] != null) trainOutlets.add(outlet[i]);
        Set<String> testOutlets = new TreeSet<>();
        int shared = 0;
        for (int i : f.test()) {
            if (outlet[i] == null) continue;
            testOutlets.add(outlet[i]);
            if (trainOutlets.contains(outlet[i])) shared++;
        }
        long sharedOutlets = testOutlets.stream().filter(trainOutlets::contains).count();
        String s = String.format(Locale.ROOT, "%s: %,d training articles from %s, %,d test articles from %s, %d of them also in training (%,d test articles)",
                plan.protocol(), f.train().length, count(trainOutlets.size(), field), f.test().length, count(testOutlets.size(), field), sharedOutlets, shared);
        if (sharedOutlets > 0 && outletLabels) {
            warnings.add(String.format(Locale.ROOT, "%d of the %d test %ss (%,d of %,d test articles) also have training articles, and the labels are "
                    + "properties of the %s: the score mixes recognising seen %ss with generalising to new ones.", sharedOutlets, testOutlets.size(),
                    field, shared, f.test().length, field, field));
        }
        return s;
    }

    /** What was learned inside each training part and left out of the features, from the final model. */
    private static String learnedPerFold(TrainedModel m) {
        List<String> out = new ArrayList<>();
        if (m.features() instanceof FramingFeatures ff && ff.vocabulary() != null) {
            int names = ff.vocabulary().outletNames().size();
            int lines = ff.vocabulary().repeatedLines().size();
            if (names > 0) out.add("outlet names");
            if (lines > 0) out.add("boilerplate lines");
        }
        if (!m.templates().isEmpty()) out.add("outlet page templates");
        List<String> parts = new ArrayList<>();
        if (!out.isEmpty()) {
            parts.add(String.join(", ", out) + " learned from each training part and removed there (final model: " + counts(m) + ")");
        }
        String sel = m.selection();
        if (sel.startsWith("chosen ")) parts.add("the blend of framing and n-grams chosen inside each training part by inner cross-validation (final model: "
                + sel.substring("chosen ".length(), sel.indexOf(" by ") < 0 ? sel.length() : sel.indexOf(" by ")) + ")");
        return String.join("; ", parts);
    }

    private static String counts(TrainedModel m) {
        List<String> c = new ArrayList<>();
        if (m.features() instanceof FramingFeatures ff && ff.vocabulary() != null) {
            if (!ff.vocabulary().outletNames().isEmpty()) c.add(ff.vocabulary().outletNames().size() + " names");
            if (!ff.vocabulary().repeatedLines().isEmpty()) c.add(String.format(Locale.ROOT, "%,d lines", ff.vocabulary().repeatedLines().size()));
        }
        if (!m.templates().isEmpty()) c.add(String.format(Locale.ROOT, "%,d template n-grams", m.templates().size()));
        return String.join(", ", c);
    }

    /** Label counts per outlet (articles without an outlet or a label left out). */
    private static Map<String, Map<String, Integer>> labelsByOutlet(List<Article> all, String[] outlet, String label) {
        Map<String, Map<String, Integer>> byOutlet = new HashMap<>();
        for (int i = 0; i < outlet.length; i++) {
            String l = all.get(i).field(label);
            if (outlet[i] == null || l == null) continue;
            byOutlet.computeIfAbsent(outlet[i], x -> new HashMap<>()).merge(l.strip(), 1, Integer::sum);
        }
        return byOutlet;
    }

    /** A warning per class with fewer than {@link #MIN_OUTLETS_PER_CLASS} outlets (by each outlet's majority label). */
    private static void classOutlets(Map<String, Map<String, Integer>> byOutlet, String field, List<String> warnings) {
        Map<String, Integer> perClass = new TreeMap<>();
        byOutlet.values().forEach(c -> perClass.merge(c.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey(), 1, Integer::sum));
        List<String> few = new ArrayList<>();
        perClass.forEach((cls, n) -> {
            if (n < MIN_OUTLETS_PER_CLASS) few.add("'" + cls + "' " + n);
        });
        if (!few.isEmpty()) {
            warnings.add("Fewer than " + MIN_OUTLETS_PER_CLASS + " " + field + "s for " + String.join(", ", few) + " (" + field
                    + "s per class): with labels that are properties of the " + field + ", a claim about new " + field
                    + "s of that class rests on very few " + field + "s.");
        }
    }

    /** "1 outlet", "9 outlets". */
    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static int distinct(String[] values) {
        Set<String> s = new HashSet<>();
        for (String v : values) if (v != null) s.add(v);
        return s.size();
    }
}
