package org.framelab.util;

/**
 * A setting the user gave is not valid: a command-line option, a study-file key or a GUI field.
 * Carries the setting's canonical key (e.g. {@code ngrams.min_df}, {@code classifier.folds}), the
 * value given and a hint, so each front end names the setting its own way (the CLI its flag, a
 * study file its YAML key). The CLI exits 2 for it (3 for a {@link NotInDataException}: a field or an outlet the data does not have is known only after reading), a
 * study file 3; any other
 * {@link IllegalArgumentException} is a bug (exit 1 with the trace).
 */
public class OptionException extends IllegalArgumentException {
    private final String key;
    private final String value;
    private final String hint;
    /** The message is complete as it is: no "Invalid KEY:" prefix to rename ({@link #whole}). */
    private final boolean whole;

    public OptionException(String key, Object value, String hint) {
        super("Invalid " + key + ": " + (value == null ? "(none)" : "'" + value + "'") + (hint == null || hint.isEmpty() ? "" : " (" + hint + ")"));
        this.key = key;
        this.value = value == null ? null : String.valueOf(value);
        this.hint = hint == null ? "" : hint;
        this.whole = false;
    }

    /**
     * A bad setting described in one text: {@code detail} holds the value and what would be valid, e.g.
     * {@code new OptionException("folds", "1 (2..20)")} reads "Invalid folds: 1 (2..20)".
     */
    public OptionException(String key, String detail) {
        super("Invalid " + key + ": " + detail);
        this.key = key;
        this.value = null;
        this.hint = detail;
        this.whole = false;
    }

    private OptionException(String key, String message, boolean whole) {
        super(message);
        this.key = key;
        this.value = null;
        this.hint = message;
        this.whole = whole;
    }

    /**
     * A bad setting described in a message of its own that names the setting and what to do (e.g.
     * {@code "data.csv: the output would overwrite the input corpus; write to another file"}): every front end
     * shows it as it is.
     */
    public static OptionException whole(String key, String message) {
        return new OptionException(key, message, true);
    }

    /** The same, with the failure that showed the setting does not work. */
    public OptionException(String key, String detail, Throwable cause) {
        this(key, detail);
        initCause(cause);
    }

    /** The canonical key of the setting, e.g. {@code ngrams.min_df}. */
    public String key() { return key; }

    /** The value given, as text; null when none was given (or it is part of the hint). */
    public String value() { return value; }

    /** What would be valid, e.g. {@code at least 1}. */
    public String hint() { return hint; }

    /** The message with the key replaced by how a front end names it (a flag, a YAML path). */
    public String messageFor(String name) {
        if (whole) return getMessage();
        String rest = getMessage().substring(("Invalid " + key + ": ").length());
        return "Invalid " + name + ": " + rest;
    }

    /** Throws when {@code ok} is false. */
    public static void check(boolean ok, String key, Object value, String hint) {
        if (!ok) throw new OptionException(key, value, hint);
    }
}
