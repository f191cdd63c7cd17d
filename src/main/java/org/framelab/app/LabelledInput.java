package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.util.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The checks and messages of {@link Classify} about labelled input: a test corpus without the label, what was left out. */
final class LabelledInput {
    private LabelledInput() {}

    /** The field names of (the first 1,000) articles, sorted: their labels and other input fields. */
    static String fieldsOf(List<Article> articles) {
        java.util.Set<String> fields = new java.util.TreeSet<>();
        for (Article a : articles.subList(0, Math.min(1000, articles.size()))) {
            fields.addAll(a.fieldNames());
        }
        return fields.isEmpty() ? "none" : String.join(", ", fields);
    }

    /**
     * The test corpus's articles with a value for the label (left out ones counted into {@code excluded});
     * a test corpus that leaves none is an error naming it and the label field: its score would be that
     * of 0 predictions.
     */
    static List<Article> test(Protocol.TestCorpus t, Classify.Request req, Map<String, Integer> excluded) throws InputException {
        Map<String, Integer> left = new TreeMap<>();
        List<Article> test = Classify.labelled(t.test(), req.label(), req.excludeLabels(), left);
        left.forEach((k, v) -> excluded.merge(k, v, Integer::sum));
        if (!test.isEmpty()) return test;
        String name = "test corpus " + t.testName();
        if (t.test().isEmpty()) {
            throw new InputException("The " + name + " has no articles: nothing to test on.\n  What to do: check --test.");
        }
        if (left.size() == 1 && left.containsKey(Classify.NO_VALUE)) {
            throw new InputException(String.format(java.util.Locale.ROOT,
                    "The %s has no value for label field '%s' in any of its %,d articles (fields found: %s): nothing to test on."
                            + "\n  What to do: give a test corpus labelled in '%s' (read with the same mapping options as the training corpus), "
                            + "or map its label column to '%s'.",
                    name, req.label(), t.test().size(), fieldsOf(t.test()), req.label(), req.label()));
        }
        throw new InputException(String.format(java.util.Locale.ROOT, "None of the %,d articles of the %s is left to test on%s."
                        + "\n  What to do: check --exclude-label and the test corpus's label field '%s'.",
                t.test().size(), name, leftOut(left), req.label()));
    }

    /** What was left out, for the one-class error: " (left out: 193 labelled 'center', 12 without a value)", or "". */
    static String leftOut(Map<String, Integer> excluded) {
        if (excluded.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        excluded.forEach((k, v) -> parts.add(String.format(java.util.Locale.ROOT, "%,d %s", v,
                k.equals(Classify.NO_VALUE) ? "without a value" : "labelled '" + k + "'")));
        return " (left out: " + String.join(", ", parts) + ")";
    }
}
