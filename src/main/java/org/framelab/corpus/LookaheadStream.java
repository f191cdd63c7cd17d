package org.framelab.corpus;

import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * An {@link ArticleStream} that finds its next article ahead ({@link #hasNextChecked} sets
 * {@link #next}); the Iterator methods carry bad data as an {@link UncheckedIOException} around the
 * {@link CorpusException} (the CLI unwraps it).
 */
abstract class LookaheadStream implements ArticleStream {
    /** The article found ahead, or null. */
    protected Article next;

    /** Whether there is a next article (finding it sets {@link #next}). */
    abstract boolean hasNextChecked() throws CorpusException;

    @Override
    public Article nextArticle() throws CorpusException {
        if (!hasNextChecked()) throw new NoSuchElementException();
        Article a = next;
        next = null;
        return a;
    }

    @Override
    public boolean hasNext() {
        return unchecked(this::hasNextChecked);
    }

    @Override
    public Article next() {
        return unchecked(this::nextArticle);
    }

    private interface Step<T> {
        T get() throws CorpusException;
    }

    private static <T> T unchecked(Step<T> step) {
        try {
            return step.get();
        } catch (CorpusException e) {
            throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
        }
    }
}
