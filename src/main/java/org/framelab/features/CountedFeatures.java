package org.framelab.features;

/**
 * A feature pipeline fitted on training rows of a {@link CorpusAnalysis} from its cached counts,
 * with the vectors of the rows it was fitted for: {@code vector(row)} equals
 * {@code fitted().transform(article)} for the article of that row.
 */
public interface CountedFeatures {
    /** The fitted pipeline (what a model file carries and applies to new articles). */
    FittedFeatures fitted();

    /** The vector of corpus row {@code row} (one of the training or test rows of the fit). */
    SparseVector vector(int row);

    /**
     * The values of row {@code row} in the columns that are not n-grams (the n-gram columns left out):
     * all a scaler needs to learn, since it passes n-gram values unchanged.
     */
    SparseVector framingVector(int row);

    /** The terms-table counts of corpus row {@code row} (outlet empty); only when fitted with the terms. */
    TermCount[] terms(int row);

    /** Seconds spent fitting (mask, vocabulary), analyses of articles not cached yet included. */
    double fitSeconds();
}
