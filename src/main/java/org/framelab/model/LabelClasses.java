package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.util.InputException;

import java.util.List;

/**
 * A label must have two classes or more to be learned: trained on one class a classifier predicts it
 * for every article and scores 1.0 (macro-F1) by construction. {@link Trainer} refuses such training
 * data, {@link Evaluation} such a label set, and the application layer says what was left out.
 */
public final class LabelClasses {
    private LabelClasses() {}

    /**
     * Fails with a clear message when the articles' labels hold fewer than two classes: a classifier
     * trained on one class predicts it for every article, and its score (macro-F1 1.0 on the same
     * class) means nothing. {@code leftOut} is appended after the counts (e.g. what was excluded), or "".
     */
    public static void check(List<Article> articles, String field, String leftOut) throws InputException {
        List<String> classes = Trainer.labelSet(articles, field);
        if (classes.size() >= 2 || articles.isEmpty()) return;
        throw oneClass(classes, articles.size(), field, leftOut);
    }

    /**
     * A warning when label values differ only in letter case or spacing ({@code left}, {@code Left}): each is a class of
     * its own, which is seldom what a coder meant; "" when there are none. Counted over {@code articles}.
     */
    public static String caseVariantWarning(List<Article> articles, String field) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Article a : articles) {
            String l = Trainer.labelOf(a, field);
            if (l != null) counts.merge(l, 1, Integer::sum);
        }
        List<String> groups = new java.util.ArrayList<>();
        for (List<String> spellings : org.framelab.corpus.OutletNameKeys.caseGroups(counts.keySet()).values()) {
            List<String> parts = new java.util.ArrayList<>();
            for (String v : spellings) parts.add(String.format(java.util.Locale.ROOT, "'%s' (%,d)", v, counts.get(v)));
            groups.add(String.join(", ", parts));
        }
        if (groups.isEmpty()) return "";
        return "Label values of '" + field + "' that differ only in case or spacing are separate classes here: " + String.join("; ", groups)
                + ". If they mean the same class, write them one way in the data (or leave the stray ones out: --exclude-label;"
                + " study file: classifier.exclude_labels; GUI: Classify, Leave out labels).";
    }

    /** The error for a label field with the classes {@code classes} (at most one) among {@code n} articles. */
    public static InputException oneClass(List<String> classes, long n, String field, String leftOut) {
        String present = classes.isEmpty() ? "no class" : "only one class, '" + classes.get(0) + "'";
        return new InputException(String.format(java.util.Locale.ROOT, "Label field '%s' has %s, in all %,d articles%s: "
                        + "a classifier needs at least two classes (trained on one it predicts it everywhere and scores 1.0).",
                field, present, n, leftOut == null ? "" : leftOut)
                + "\n  What to do: choose a label field with two or more values, "
                + (leftOut != null && leftOut.contains("labelled '") ? "keep more classes (check the labels left out: --exclude-label; study file: classifier.exclude_labels;"
                        + " GUI: Classify, Leave out labels), " : "")
                + "or add articles of another class.");
    }

    /** {@link Trainer#checkLabels}, then fewer than two classes in the label set the model is trained for is an error. */
    static void checkTrainable(List<Article> training, TrainConfig cfg) throws InputException {
        Trainer.checkLabels(training, cfg.labelField());
        if (cfg.labels().isEmpty()) check(training, cfg.labelField(), "");
        else if (cfg.labels().size() < 2) throw oneClass(cfg.labels(), training.size(), cfg.labelField(), "");
    }
}
