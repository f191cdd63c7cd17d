package org.framelab.features;

import org.framelab.corpus.Article;

import java.io.Serializable;
import java.util.List;

/**
 * A feature pipeline with everything learned from data fixed: applies unchanged to any article.
 * Immutable and thread-safe; serialisable so a model file can carry it.
 */
public interface FittedFeatures extends Serializable {
    List<FeatureColumn> columns();

    SparseVector transform(Article article);
}
