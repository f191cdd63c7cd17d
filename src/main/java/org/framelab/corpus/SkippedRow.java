package org.framelab.corpus;

/** A row the reader skipped (only with {@code --skip-bad}); always counted and reported. */
public record SkippedRow(String file, long line, String reason) implements java.io.Serializable {
    @Override
    public String toString() {
        return file + (line > 0 ? ", line " + line : "") + ": " + reason;
    }
}
