package org.framelab.util;

/**
 * A setting names a field the data does not have (no article has a value for it: {@code --group-by},
 * {@code --crosstab}, {@code --cluster-by}, the Spark job's {@code --categories}). Like every
 * {@link NotInDataException} it is known only after the data is read, so it is bad input: the CLI exits 3 for it, as
 * for a mapping field ({@code --text-field}), a label ({@code train --label}) or a group field ({@code train --group-by})
 * the data does not have.
 */
public class FieldNotInDataException extends NotInDataException {
    /** {@code detail} says what was found, e.g. "no article has a value for it; fields found: outlet, topic". */
    public FieldNotInDataException(String key, String field, String detail) {
        super(key, field, detail, "give one of the fields found (names are case-sensitive), or map the column with the corpus options.");
    }
}
