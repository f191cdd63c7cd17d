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

    /** Human-readable description, e.g. {@code framing+ngrams}. */
    String describe();
}
