package org.framelab.features;

import org.framelab.corpus.Article;

import java.io.Serializable;
import java.util.List;

/**
 * Which features to compute, before seeing data. {@link #fit} learns whatever depends on data
 * (the n-gram vocabulary, document frequencies) from the given training articles only, so that
 * cross-validation can fit inside each training fold and never look at the test fold.
 */
public interface FeatureSpec extends Serializable {
    /** Learns the data-dependent parts from {@code training} only; the result is immutable and thread-safe. */
    FittedFeatures fit(List<Article> training);

    /** A fitted pipeline and the vectors of the training articles it was fitted on. */
    record FitResult(FittedFeatures fitted, SparseVector[] vectors, double fitSeconds) {}

    /**
     * {@link #fit} on {@code training}, then the vectors of the same articles: the same result as
     * {@code fit(training).transform(a)} for each article, in one pass where the implementation can
     * (each article is then analysed once instead of twice). {@code fitSeconds} is the time spent
     * before the vectors of the training articles are being computed (0 when done in one pass).
     */
    default FitResult fitTransform(List<Article> training, org.framelab.util.Progress progress) {
        long t0 = System.nanoTime();
        progress.start("fitting features on " + training.size() + " training articles", -1);
        FittedFeatures fitted;
        try {
            fitted = fit(training);
        } finally {
            progress.done();
        }
        double fitSeconds = (System.nanoTime() - t0) / 1e9;
        SparseVector[] out = fitted.transformAll(training, progress, "features (training)");
        return new FitResult(fitted, out, fitSeconds);
    }

    /** Human-readable description, e.g. {@code framing+ngrams}. */
    String describe();
}
