package org.framelab.stats;

import org.framelab.util.OptionException;

import org.framelab.features.FeatureTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How rows of a {@link FeatureTable} are grouped: {@code outlet}; a period derived from the row
 * date ({@code year} = "2020", {@code quarter} = "2020-Q1", {@code month} = "2020-01",
 * {@code week} = ISO week "2020-W05", {@code day} = "2020-01-31"); or the name of a label field.
 * Rows without a value (no outlet, no date, label absent or blank) get null and are left out of
 * group statistics (callers count and report them).
 */
public final class GroupKey {
    public static final List<String> PERIODS = List.of("year", "quarter", "month", "week", "day");

    private GroupKey() {}

    /** The group of each row, parallel to {@code table.rows()}. Unknown fields are an IllegalArgumentException naming the choices. */
    public static String[] of(FeatureTable table, String field) {
        if (field == null || field.isBlank()) throw new OptionException("group field", "(empty)");
        List<FeatureTable.Row> rows = table.rows();
        String[] g = new String[rows.size()];
        boolean known = field.equals("outlet") || PERIODS.contains(field);
        for (int i = 0; i < g.length; i++) {
            FeatureTable.Row r = rows.get(i);
            String v = switch (field) {
                case "outlet" -> r.outlet();
                case "year", "quarter", "month", "week", "day" -> period(r.date(), field);
                default -> r.labels().get(field);
            };
            if (!known && r.labels().containsKey(field)) known = true;
            g[i] = v == null || v.isBlank() ? null : v;
        }
        if (!known && !rows.isEmpty()) {
            TreeSet<String> labels = new TreeSet<>(NaturalOrder.INSTANCE);
            for (FeatureTable.Row r : rows) labels.addAll(r.labels().keySet());
            List<String> choices = new ArrayList<>(List.of("outlet"));
            choices.addAll(PERIODS);
            choices.addAll(labels);
            throw new OptionException("group field", "" + field + " (choose one of: " + String.join(", ", choices) + ")");
        }
        return g;
    }

    /** The period key of a date, or null when the date is null. */
    public static String period(LocalDate d, String period) {
        if (d == null) return null;
        return switch (period) {
            case "year" -> String.format("%04d", d.getYear());
            case "quarter" -> String.format("%04d-Q%d", d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
            case "month" -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case "week" -> String.format("%04d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "day" -> d.toString();
            default -> throw new OptionException("period", "" + period + " (choose one of: " + String.join(", ", PERIODS) + ")");
        };
    }

    /**
     * The group of an article: {@code outlet}, a period of its date ({@link #PERIODS}), or any other
     * field (a label or an input field); null when it has no value. The one place articles are grouped.
     */
    public static String of(org.framelab.corpus.Article a, String field) {
        String v = PERIODS.contains(field) ? period(a.date(), field) : a.field(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * The group of every article, parallel to the list. A field no article has a value for is a
     * {@link org.framelab.util.FieldNotInDataException} naming the fields found (bad input: exit 3).
     */
    public static String[] of(List<org.framelab.corpus.Article> articles, String field) {
        if (field == null || field.isBlank()) throw new org.framelab.util.OptionException("group_by", field, "give a field, e.g. outlet");
        String[] keys = new String[articles.size()];
        int found = 0;
        java.util.LinkedHashSet<String> fields = new java.util.LinkedHashSet<>(List.of("outlet"));
        fields.addAll(PERIODS);
        for (int i = 0; i < keys.length; i++) {
            org.framelab.corpus.Article a = articles.get(i);
            keys[i] = of(a, field);
            if (keys[i] != null) found++;
            if (i < 1000) {
                fields.addAll(a.fieldNames());
            }
        }
        if (found == 0 && !articles.isEmpty()) {
            throw new org.framelab.util.FieldNotInDataException("group_by", field, "no article has a value for it"
                    + (PERIODS.contains(field) ? "; no article has a date: map the date column"
                        + dateHint(articles) : "")
                    + "; fields found: " + String.join(", ", fields));
        }
        return keys;
    }

    /** Why the mapped date column gave no date, when its values are not dates FrameLab reads. */
    private static String dateHint(java.util.List<org.framelab.corpus.Article> articles) {
        String d = org.framelab.corpus.Dates.unreadable(articles).describe();
        return d.isEmpty() ? "" : " (it is mapped, but " + d.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + d.substring(1) + ")";
    }
}
