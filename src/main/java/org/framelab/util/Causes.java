package org.framelab.util;

import java.io.IOException;

/** What a task on another thread threw, thrown again on the thread that waited for it (its {@code ExecutionException}'s cause). */
public final class Causes {
    private Causes() {}

    /** Throws {@code cause} when it is unchecked (a RuntimeException or an Error); else returns it, for the caller to wrap. */
    public static Throwable throwIfUnchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error e) throw e;
        return cause;
    }

    /** Throws {@code cause} when it is an IOException or unchecked; else returns it, for the caller to wrap. */
    public static Throwable throwIfIoOrUnchecked(Throwable cause) throws IOException {
        if (cause instanceof IOException io) throw io;
        return throwIfUnchecked(cause);
    }
}
