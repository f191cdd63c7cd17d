package org.framelab.corpus;

import java.util.Iterator;

/**
 * Articles read one at a time, so a 1-million-article file never sits in memory whole.
 * {@link #next()} may throw {@link java.io.UncheckedIOException} wrapping a {@link CorpusException}
 * (use {@link #nextArticle()} to get the checked form). After the stream is exhausted,
 * {@link #provenance()} reports files, rows read and rows skipped.
 */
public interface ArticleStream extends Iterator<Article>, AutoCloseable {
    /** Like {@link #next()} but throws the checked {@link CorpusException} for bad data. */
    Article nextArticle() throws CorpusException;

    /** Where the articles came from; complete once the stream is exhausted. */
    Provenance provenance();

    /** Bytes consumed so far of the total (for progress), or -1 when unknown. */
    default long bytesRead() { return -1; }

    /** Total bytes of input, or -1 when unknown. */
    default long totalBytes() { return -1; }

    @Override
    void close();
}
