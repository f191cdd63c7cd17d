package org.framelab.app;

import org.framelab.model.TextLengths;

import java.util.Locale;

/**
 * The warning when the texts a model is applied to are far shorter or longer than its training texts:
 * their median length in tokens below 1/{@link #RATIO} of the training median, or above {@link #RATIO} times
 * it. Counts (tokens, sentences, quotes) and rates per 1,000 tokens of a text 30 times shorter lie outside
 * the range the model was fitted on (a 25-token sentence has a rate of 40 per 1,000 for a single hedge),
 * and a linear model extrapolates there without a sign of doubt: a model of news articles called 96% of
 * NewsMTSC's sentences "right". One check for {@code predict}, {@code evaluate} and {@code train --test}
 * (docs/model.md, "Texts far shorter or longer than the training texts").
 */
public final class LengthCheck {
    private LengthCheck() {}

    /** How many times shorter or longer (median against median) the texts may be before the warning. */
    public static final int RATIO = 4;

    /**
     * The warning, or "" when the medians are within a factor of {@link #RATIO}, or when either distribution is
     * unknown (a model file written before the training lengths were recorded: nothing is said) or the training
     * median is 0.
     *
     * @param training the model's training texts ({@link org.framelab.model.TrainedModel#trainingLengths()}), or null
     * @param applied  the texts the model is applied to, or null
     * @param what     what the applied texts are, e.g. "texts to predict"
     */
    public static String warning(TextLengths training, TextLengths applied, String what) {
        if (training == null || applied == null || training.median() == 0) return "";
        boolean shorter = (long) applied.median() * RATIO < training.median();
        boolean longer = applied.median() > (long) training.median() * RATIO;
        if (!shorter && !longer) return "";
        String factor = applied.median() == 0 ? "" : String.format(Locale.ROOT, " (%.1fx %s)",
                shorter ? (double) training.median() / applied.median() : (double) applied.median() / training.median(),
                shorter ? "shorter" : "longer");
        return "The " + what + " are far " + (shorter ? "shorter" : "longer") + " than the model's training texts: "
                + applied.describe() + ", against a training " + training.describe().replaceFirst("^median ", "median of ") + factor
                + ": " + (shorter ? "below 1/" + RATIO + " of" : "above " + RATIO + " times") + " the training median."
                + " Features such as counts and rates are out of the range the model was fitted on; predictions are extrapolations."
                + " What to do: train on texts of the kind you predict (sentences for sentences, articles for articles),"
                + " or treat these predictions as unreliable.";
    }

    /**
     * The warning for the test part of {@code train --test} or a split file: the test texts against the training
     * texts of the final model (empty when the lengths are comparable).
     */
    public static java.util.List<String> ofTest(org.framelab.model.TrainedModel model, java.util.List<org.framelab.corpus.Article> test) {
        String w = warning(model.trainingLengths(), TextLengths.of(test), "test texts");
        return w.isEmpty() ? java.util.List.of() : java.util.List.of(w);
    }
}
