package org.framelab.corpus;

import java.util.List;

/**
 * Which input field plays which role. A null field means "auto-detect" (common names such as
 * text/content/body, source/outlet/publisher); the effective mapping after detection is kept in
 * {@link Provenance#mapping()}.
 *
 * @param idField        unique id; when absent ids are assigned as {@code <file-stem>:<row>}
 * @param textField      body text (required, auto-detected)
 * @param titleField     title/headline
 * @param labelFields    label fields (several allowed); empty = auto-detect common ones (bias, label, ...)
 * @param outletField    outlet/source/publisher
 * @param dateField      publication date
 * @param itemField      judgement-level data: the field identifying the item (rows with the same value fold into one article)
 * @param annotatorField judgement-level data: the annotator id field
 * @param dateFormat     how the date field's values are read ({@link DateOrder}): {@code dmy}, {@code mdy}, {@code ymd}
 *                       or a pattern such as {@code dd.MM.yyyy}; null = not given (slash dates month-first, and a
 *                       value that proves them day-first stops the read)
 */
public record FieldMapping(String idField, String textField, String titleField, List<String> labelFields,
                           String outletField, String dateField, String itemField, String annotatorField, String dateFormat)
        implements java.io.Serializable {
    public FieldMapping {
        labelFields = labelFields == null ? List.of() : List.copyOf(labelFields);
        dateFormat = DateOrder.parse(dateFormat).text(); // checked here, kept in its canonical form (null = not given)
    }

    /** Without a date format (the default reading of dates). */
    public FieldMapping(String idField, String textField, String titleField, List<String> labelFields,
                        String outletField, String dateField, String itemField, String annotatorField) {
        this(idField, textField, titleField, labelFields, outletField, dateField, itemField, annotatorField, null);
    }

    public static FieldMapping auto() {
        return new FieldMapping(null, null, null, List.of(), null, null, null, null, null);
    }

    /** The same mapping with another date format (null = not given). */
    public FieldMapping withDateFormat(String format) {
        return new FieldMapping(idField, textField, titleField, labelFields, outletField, dateField, itemField, annotatorField, format);
    }

    /** The date format as a {@link DateOrder}. */
    public DateOrder dateOrder() {
        return DateOrder.parse(dateFormat);
    }

    public boolean isJudgementLevel() {
        return annotatorField != null;
    }

    /**
     * The article field under which an input column is found: a column the reader mapped to a role
     * ({@code --outlet-field source}, or AllSides' detected {@code source}) is the role ({@code outlet});
     * any other name is itself. So {@code --group-by source} groups by the outlet in every command, as
     * {@code train} always did.
     */
    public String role(String name) {
        if (name == null) return null;
        if (name.equalsIgnoreCase(String.valueOf(outletField))) return "outlet";
        if (name.equalsIgnoreCase(String.valueOf(titleField))) return "title";
        if (name.equalsIgnoreCase(String.valueOf(dateField))) return "date";
        if (name.equalsIgnoreCase(String.valueOf(idField))) return "id";
        if (name.equalsIgnoreCase(String.valueOf(textField))) return "text";
        return name;
    }
}
