package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.model.FoldPlan;
import org.framelab.model.SplitFile;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a classifier is evaluated: k-fold cross-validation (stratified, or grouped so that no value of
 * a field such as the outlet is in training and test at once), a published split, or a separate test
 * corpus. {@link #plan} is the one place where folds are decided, for the CLI, study files and the GUI.
 */
public sealed interface Protocol {
    /** Folds for a corpus of {@code articles} (the test corpus, if any, appended after them). */
    FoldPlan plan(List<Article> articles, String labelField, long seed) throws InputException;

    /** The field whose values the protocol keeps apart (per-group scores), or null. */
    default String groupField() {
        return null;
    }

    /** Default number of folds. */
    int DEFAULT_FOLDS = 5;

    /** k folds; grouped by {@code groupField} when it is not null ({@code mergeVariants}: outlet name variants as one group). */
    record CrossValidation(int folds, String groupField, boolean mergeVariants) implements Protocol {
        public CrossValidation {
            OptionException.check(folds >= 2 && folds <= 100, "folds", folds, "2..100");
            if (groupField != null && groupField.isBlank()) groupField = null;
            OptionException.check(!mergeVariants || groupField != null, "merge_outlet_variants", true, "needs a group field, e.g. --group-by outlet");
        }

        @Override
        public FoldPlan plan(List<Article> articles, String labelField, long seed) throws InputException {
            return groupField != null ? FoldPlan.grouped(articles, labelField, groupField, folds, seed, mergeVariants)
                    : FoldPlan.stratified(articles, labelField, folds, seed);
        }
    }

    /** A split file (a folder with train.tsv and valid.tsv/test.tsv, or an id,split table). */
    record Split(Path file) implements Protocol {
        @Override
        public FoldPlan plan(List<Article> articles, String labelField, long seed) throws InputException {
            return FoldPlan.split(articles, SplitFile.read(file), file.toString());
        }

        /**
         * How the split covers {@code articles} (those evaluated) and {@code corpus} (every article read,
         * unlabelled ones included): the articles it does not list and the ids it lists that no article has.
         */
        public SplitFile.Coverage coverage(List<Article> articles, List<Article> corpus) throws InputException {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Article a : corpus) ids.add(a.id());
            return SplitFile.coverage(SplitFile.read(file), articles, ids, file.toString());
        }
    }

    /** Train on the corpus, test on a second one ({@code test}, read with the same mapping). */
    record TestCorpus(List<Article> test, String trainName, String testName) implements Protocol {
        public TestCorpus {
            test = List.copyOf(test);
        }

        @Override
        public FoldPlan plan(List<Article> articles, String labelField, long seed) {
            return FoldPlan.trainTest(articles.size() - test.size(), test.size(), "train on " + trainName + ", test on " + testName);
        }
    }

    /** The articles a protocol evaluates on: the corpus, plus the test corpus for {@link TestCorpus}. */
    static List<Article> withTest(Protocol p, List<Article> articles) {
        if (!(p instanceof TestCorpus t)) return articles;
        List<Article> all = new ArrayList<>(articles);
        all.addAll(t.test());
        return all;
    }
}
