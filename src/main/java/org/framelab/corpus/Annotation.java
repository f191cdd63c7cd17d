package org.framelab.corpus;

import org.framelab.util.OptionException;

import java.util.Objects;

/**
 * One annotator judgement on an article: a value for a coded variable, for the whole document
 * ({@code begin == end == -1}) or for a character span of the text.
 *
 * @param annotator annotator id as given in the data
 * @param field     the coded variable (e.g. {@code label_bias})
 * @param value     the judgement as read; empty string for a missing judgement
 * @param begin     span start (inclusive, char offset into {@link Article#text()}), -1 for document level
 * @param end       span end (exclusive), -1 for document level
 */
public record Annotation(String annotator, String field, String value, int begin, int end) implements java.io.Serializable {
    public Annotation {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(field, "field");
        value = value == null ? "" : value;
        if (begin > end) throw new OptionException("span", "" + begin + ".." + end);
    }

    public static Annotation document(String annotator, String field, String value) {
        return new Annotation(annotator, field, value, -1, -1);
    }

    public boolean isDocumentLevel() {
        return begin < 0;
    }
}
