package org.framelab.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Parses a stream of articles on a thread of its own, a few batches ahead of the consumer, so that the
 * parsing (UTF-8 decoding, JSON or CSV, the field mapping) and what the consumer does with each article
 * run on two cores. The consumer sees the same articles in the same order, and a bad row stops it at the
 * same place with the same {@link CorpusException} as reading in its own thread would.
 */
public final class ReadAheadArticles {
    private ReadAheadArticles() {}

    /** Articles handed over at a time. */
    static final int BATCH = 128;
    /** Batches read ahead at most. */
    private static final int AHEAD = 4;

    private record Failure(Throwable error) {}

    private static final Object END = new Object();

    /**
     * Calls {@code each} with every article of {@code stream} in order. The stream is read on another
     * thread (its provenance is complete when this returns normally); the caller still closes it.
     */
    public static void forEach(ArticleStream stream, Consumer<Article> each) throws CorpusException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        boolean[] stop = {false};
        Thread reader = new Thread(() -> read(stream, queue, stop), "framelab-read-articles");
        reader.setDaemon(true);
        reader.start();
        boolean finished = false;
        try {
            while (true) {
                Object o;
                try {
                    o = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                }
                if (o == END) break;
                if (o instanceof Failure f) {
                    if (f.error() instanceof CorpusException c) throw c;
                    if (f.error() instanceof RuntimeException r) throw r;
                    if (f.error() instanceof Error r) throw r;
                    throw new IllegalStateException(f.error());
                }
                @SuppressWarnings("unchecked")
                List<Article> batch = (List<Article>) o;
                for (Article a : batch) each.accept(a);
            }
            finished = true;
        } finally {
            if (!finished) {
                // the consumer or the stream failed: let the reader stop before the caller closes the stream
                synchronized (stop) {
                    stop[0] = true;
                }
                queue.clear();
                try {
                    reader.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void read(ArticleStream stream, BlockingQueue<Object> queue, boolean[] stop) {
        while (true) {
            List<Article> batch = new ArrayList<>(BATCH);
            Throwable failed = null;
            try {
                while (batch.size() < BATCH && stream.hasNext()) batch.add(stream.nextArticle());
            } catch (Throwable t) {
                failed = t;
            }
            // the articles before a bad row reach the consumer first, as they would reading in its own thread
            if (!batch.isEmpty() && !put(queue, batch, stop)) return;
            if (failed != null) {
                put(queue, new Failure(failed), stop);
                return;
            }
            if (batch.size() < BATCH) break;
        }
        put(queue, END, stop);
    }

    /** Puts {@code o}, waiting while the queue is full; false when the consumer has stopped. */
    private static boolean put(BlockingQueue<Object> queue, Object o, boolean[] stop) {
        try {
            while (true) {
                synchronized (stop) {
                    if (stop[0]) return false;
                }
                if (queue.offer(o, 50, TimeUnit.MILLISECONDS)) return true;
            }
        } catch (InterruptedException e) {
            return false;
        }
    }
}
