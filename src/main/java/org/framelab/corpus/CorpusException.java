package org.framelab.corpus;

/**
 * A problem with the user's input data: names the file, the line or row (when known), the field
 * (when relevant) and what to do. The CLI prints {@link #getMessage()} and exits with code 3;
 * never a stack trace.
 */
public class CorpusException extends org.framelab.util.InputException {
    private final String file;
    private final long line;
    private final String field;
    private final String hint;

    /**
     * @param file    the file (or folder) concerned, never null
     * @param line    1-based line or row number, or -1 when not applicable
     * @param field   the field concerned, or null
     * @param problem what is wrong, one sentence
     * @param hint    what the user can do, one sentence, or null
     */
    public CorpusException(String file, long line, String field, String problem, String hint) {
        this(file, line, field, problem, hint, null);
    }

    public CorpusException(String file, long line, String field, String problem, String hint, Throwable cause) {
        super(format(file, line, field, problem, hint), cause);
        this.file = file;
        this.line = line;
        this.field = field;
        this.hint = hint;
    }

    private static String format(String file, long line, String field, String problem, String hint) {
        StringBuilder sb = new StringBuilder();
        sb.append(file);
        if (line > 0) sb.append(", line ").append(line);
        if (field != null) sb.append(", field '").append(field).append('\'');
        sb.append(": ").append(problem);
        if (hint != null && !hint.isBlank()) sb.append("\n  What to do: ").append(hint);
        return sb.toString();
    }

    public String file() { return file; }
    public long line() { return line; }
    public String field() { return field; }
    public String hint() { return hint; }
}
