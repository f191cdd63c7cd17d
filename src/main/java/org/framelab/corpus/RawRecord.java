package org.framelab.corpus;

import java.util.Map;

/**
 * One raw input record before field mapping: the file, its 1-based line (or row) number where the
 * record starts, its 1-based data-row index (used for deterministic ids) and its fields as strings
 * (insertion-ordered, as in the input).
 */
public record RawRecord(String file, long line, long row, Map<String, String> fields) implements java.io.Serializable {
}
