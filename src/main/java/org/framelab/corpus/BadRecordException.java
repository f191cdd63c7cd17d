package org.framelab.corpus;

/** A bad record in the input; when {@link #recoverable()} reading can continue with the next one. */
public class BadRecordException extends CorpusException {
    private final boolean recoverable;
    private final String reason;

    public BadRecordException(String file, long line, String field, String problem, String hint, boolean recoverable) {
        this(file, line, field, problem, hint, recoverable, null);
    }

    public BadRecordException(String file, long line, String field, String problem, String hint, boolean recoverable,
                              Throwable cause) {
        super(file, line, field, problem, hint, cause);
        this.recoverable = recoverable;
        this.reason = (field != null ? "field '" + field + "': " : "") + problem;
    }

    public boolean recoverable() { return recoverable; }

    /** Short reason for the skipped-rows list. */
    public String reason() { return reason; }
}
