package org.framelab.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads (and thereby decompresses) the source in a background thread, so gzip inflation overlaps
 * with parsing. An I/O error of the source is rethrown unchanged to the reader, in order.
 */
final class ReadAheadInputStream extends InputStream {
    private static final int CHUNK = 1 << 18;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final InputStream source;
    private final Thread thread;
    private byte[] cur = new byte[0];
    private int pos;
    private int len;
    private boolean ended;
    private volatile boolean closed;

    ReadAheadInputStream(InputStream source) {
        this.source = source;
        thread = new Thread(this::pump, "framelab-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void pump() {
        try {
            while (!closed) {
                byte[] b = new byte[CHUNK];
                int n = 0;
                try {
                    while (n < CHUNK) {
                        int k = source.read(b, n, CHUNK - n);
                        if (k < 0) break;
                        n += k;
                    }
                } catch (IOException | RuntimeException e) {
                    // deliver the bytes read before the error, then the error
                    if (n > 0) queue.put(java.util.Arrays.copyOf(b, n));
                    throw e;
                }
                if (n > 0) queue.put(n == CHUNK ? b : java.util.Arrays.copyOf(b, n));
                if (n < CHUNK) break;
            }
            queue.put(END);
        } catch (IOException | RuntimeException e) {
            if (closed) return; // the reader closed the stream while we were reading: nothing to report
            try {
                queue.put(e instanceof IOException io ? io : new IOException(e.toString(), e));
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Error e) {
            // out of memory (or another error) in this thread: the reader gets it, instead of waiting forever
            // for bytes that will not come
            if (closed) return;
            queue.clear(); // frees the chunks read ahead, and room for the error
            queue.offer(new Failure(e));
        }
    }

    /** An error of the reading thread, handed to the reader. */
    private record Failure(Error error) {}

    private boolean fill() throws IOException {
        if (ended) return false;
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading");
        }
        if (o == END) {
            ended = true;
            return false;
        }
        if (o instanceof IOException e) {
            ended = true;
            throw e;
        }
        if (o instanceof Failure f) {
            ended = true;
            throw f.error();
        }
        cur = (byte[]) o;
        pos = 0;
        len = cur.length;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (pos >= len && !fill()) return -1;
        return cur[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        if (n == 0) return 0;
        if (pos >= len && !fill()) return -1;
        int k = Math.min(n, len - pos);
        System.arraycopy(cur, pos, b, off, k);
        pos += k;
        return k;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        thread.interrupt();
        queue.clear();
        source.close();
    }
}
