package org.framelab.util;

/**
 * The user's input (data file, lexicon, model file, study file) is wrong. The message names
 * the file, the position and what to do; the CLI prints it without a stack trace and exits 3.
 */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
