package org.framelab.util;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CancellationException;

/**
 * Tells a user's mistake from a bug, for every front end: an {@link InputException} (bad data),
 * an {@link OptionException} (a bad setting), a missing or unreadable file, or a cancellation, found
 * wherever a layer wrapped it. Anything else is a bug.
 */
public final class UserErrors {
    private UserErrors() {}

    /** The user's mistake behind {@code t} (the first in its cause chain), or null when there is none: then it is a bug. */
    public static Throwable find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InputException || c instanceof OptionException || c instanceof CancellationException
                    || c instanceof NoSuchFileException || c instanceof AccessDeniedException) return c;
        }
        return null;
    }
}
