package org.framelab.features;

import org.framelab.util.OptionException;

import java.io.Serializable;

/**
 * Word n-gram settings.
 *
 * @param minN        smallest n (1 = unigrams)
 * @param maxN        largest n (2 = up to bigrams; at most 3)
 * @param minDf       keep n-grams that occur in at least this many training documents
 * @param maxFeatures keep at most this many n-grams (the most frequent by document frequency; ties alphabetical)
 * @param tfidf       weight counts by the IDF learned at fit time and L2-normalise each article's n-gram vector
 * @param lowercase   lower-case tokens before counting
 * @param repeatedLines skip lines repeated verbatim in at least this many training articles (outlet
 *                    boilerplate such as copyright notices and newsletter sign-ups; see
 *                    {@link RepeatedLines}); 0 = keep every line
 * @param maskOutletNames leave the names of the training outlets out of the features ("told Fox
 *                    News", "NPR's"; see {@link OutletNames})
 */
public record NgramOptions(int minN, int maxN, int minDf, int maxFeatures, boolean tfidf, boolean lowercase,
                           int repeatedLines, boolean maskOutletNames)
        implements Serializable {
    /** Default of {@link #repeatedLines}: a line found in 5 or more training articles is boilerplate. */
    public static final int DEFAULT_REPEATED_LINES = 5;
    /** Outlets with at least this many training articles give names to leave out ({@link #maskOutletNames}). */
    public static final int OUTLET_NAME_MIN_ARTICLES = 20;

    /** With the default boilerplate filter ({@link #DEFAULT_REPEATED_LINES}) and outlet names masked. */
    public NgramOptions(int minN, int maxN, int minDf, int maxFeatures, boolean tfidf, boolean lowercase) {
        this(minN, maxN, minDf, maxFeatures, tfidf, lowercase, DEFAULT_REPEATED_LINES, true);
    }

    /** With outlet names masked. */
    public NgramOptions(int minN, int maxN, int minDf, int maxFeatures, boolean tfidf, boolean lowercase, int repeatedLines) {
        this(minN, maxN, minDf, maxFeatures, tfidf, lowercase, repeatedLines, true);
    }

    public NgramOptions {
        OptionException.check(repeatedLines >= 0 && repeatedLines != 1, "repeated_lines", repeatedLines,
                "0 = off, or the number of training articles a line must repeat in, at least 2");
        OptionException.check(minN >= 1 && minN <= 3, "min_n", minN, "1..3");
        OptionException.check(maxN >= minN && maxN <= 3, "max_n", maxN, minN + "..3");
        OptionException.check(minDf >= 1, "min_df", minDf, "at least 1");
        OptionException.check(maxFeatures >= 1 && maxFeatures <= 2_000_000, "max_features", maxFeatures, "1..2,000,000");
    }

    /**
     * The defaults of every command, study file and the GUI: uni- and bigrams in at least 3 training
     * documents, at most 100,000, TF-IDF weighted and L2-normalised, lower case, boilerplate lines and
     * outlet names skipped (the settings measured best on unseen AllSides outlets, docs/model.md).
     */
    public static NgramOptions defaults() {
        return new NgramOptions(1, 2, DEFAULT_MIN_DF, DEFAULT_MAX_FEATURES, true, true);
    }

    /** Default of {@link #minDf}. */
    public static final int DEFAULT_MIN_DF = 3;
    /** Default of {@link #maxFeatures}. */
    public static final int DEFAULT_MAX_FEATURES = 100_000;
}
