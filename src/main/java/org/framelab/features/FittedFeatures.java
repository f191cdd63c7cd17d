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

    /** {@link #transform} of every article, in parallel, with progress ({@code task}) and cancellation. */
    default SparseVector[] transformAll(List<Article> articles, org.framelab.util.Progress progress, String task) {
        SparseVector[] out = new SparseVector[articles.size()];
        progress.start(task, articles.size());
        java.util.concurrent.atomic.AtomicInteger since = new java.util.concurrent.atomic.AtomicInteger();
        try {
            java.util.stream.IntStream.range(0, articles.size()).parallel().forEach(i -> {
                progress.checkCancelled();
                out[i] = transform(articles.get(i));
                if (since.incrementAndGet() % 256 == 0) progress.step(256);
            });
            progress.step(since.get() % 256);
        } finally {
            progress.done();
        }
        return out;
    }

    /**
     * The evidence for the article's values: every span where a feature fired, in text order
     * (the GUI highlighter, the Excel evidence sheet and {@code explain} read these).
     */
    default List<Hit> explain(Article article) {
        return analyze(article).hits();
    }

    /** Values and hits in a single pass over the text. */
    default ArticleFeatures analyze(Article article) {
        return new ArticleFeatures(transform(article), List.of());
    }
}
