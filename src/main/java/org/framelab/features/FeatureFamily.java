package org.framelab.features;

import org.framelab.corpus.Article;

import java.io.Serializable;
import java.util.List;

/**
 * One family of framing features (attribution, quotation, stance, ...): one class each, immutable
 * and thread-safe once built (lexicons compiled in the constructor, never per article).
 * Families that learn from data ({@link NgramFamily}) return a fitted copy from {@link #fit}; the
 * others return themselves.
 */
public interface FeatureFamily extends Serializable {
    /** The family name used in {@code --families}, e.g. {@code attribution}. */
    String name();

    /** One-line description for help texts; for FrameLab's own families, the one in {@link FeatureSets#description}. */
    default String description() {
        return FeatureSets.description(name());
    }

    /** The columns this family produces, in a fixed order (after {@link #fit} for data-dependent families). */
    List<FeatureColumn> columns();

    /**
     * Computes the family's values for one analysed text: {@code sink.value(localColumn, value)} with
     * local column indices into {@link #columns()} in ascending order, and, when
     * {@link FeatureSink#wantsHits()}, one {@link Hit} per piece of evidence.
     */
    void extract(TextAnalysis doc, FeatureSink sink);

    /**
     * Every feature name this family's hits can carry ({@link Hit#feature()}), or null when the family does not
     * say (then whoever samples evidence must keep looking at its hits). A family that declares names must emit
     * no others: the evidence sampler stops running a family once every name it declares has its rows.
     */
    default java.util.Set<String> hitFeatures() {
        return null;
    }

    /** True when {@link #fit} must run before {@link #extract}. */
    default boolean needsFit() {
        return false;
    }

    /** Learns the data-dependent parts from the training articles only. */
    default FeatureFamily fit(List<Article> training) {
        return this;
    }

    /** Receives one article's values and hits from the families. */
    interface FeatureSink {
        void value(int localColumn, double value);

        boolean wantsHits();

        void hit(Hit hit);
    }
}
