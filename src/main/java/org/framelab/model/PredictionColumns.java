package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.corpus.FieldMapping;
import org.framelab.util.OptionException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The article fields written next to each prediction ({@code outlet}, {@code date}, {@code title}), so a
 * predictions file can be aggregated per outlet and month without joining it to the corpus again. They
 * follow the probability columns, so the columns before them keep their places. The date is the one
 * FrameLab read ({@code yyyy-mm-dd}), empty when the article has none or it could not be read; the outlet
 * and title are as read, empty when missing.
 */
public final class PredictionColumns {
    private PredictionColumns() {}

    /** One article field a predictions file can carry. */
    public enum Column {
        OUTLET("outlet"), DATE("date"), TITLE("title");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        /** The column's name in the header. */
        public String header() {
            return header;
        }

        /** The article's value, never null. */
        public String of(Article a) {
            return switch (this) {
                case OUTLET -> a.outlet();
                case DATE -> a.date() == null ? "" : a.date().toString();
                case TITLE -> a.title();
            };
        }
    }

    /** The setting's value that asks for no article field. */
    public static final String NONE = "none";

    /**
     * The columns named by a comma-separated list ({@code outlet,date,title}, in any order, written in
     * that order) or {@code none}; null or blank = not given (the caller then uses {@link #defaults}).
     *
     * @param key the setting's key for the error ({@code with})
     */
    public static List<Column> parse(String spec, String key) {
        if (spec == null || spec.isBlank()) return null;
        if (spec.strip().equalsIgnoreCase(NONE)) return List.of();
        boolean[] on = new boolean[Column.values().length];
        for (String part : spec.split(",", -1)) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            Column c = null;
            for (Column x : Column.values()) if (x.header.equals(name)) c = x;
            if (c == null) {
                throw new OptionException(key, spec, "'" + part.strip() + "' is not a field a predictions file can carry; give a"
                        + " comma-separated list of outlet, date, title, or none");
            }
            on[c.ordinal()] = true;
        }
        List<Column> out = new ArrayList<>();
        for (Column c : Column.values()) if (on[c.ordinal()]) out.add(c);
        return List.copyOf(out);
    }

    /**
     * The columns written when none are asked for: {@code outlet} when the corpus has an outlet field and
     * {@code date} when it has a date field (as given or detected), so a corpus without them keeps the
     * layout it had. The title is written only when asked for (it can be long, and evaluate keeps it per article).
     */
    public static List<Column> defaults(FieldMapping mapping) {
        if (mapping == null) return List.of();
        List<Column> out = new ArrayList<>();
        if (mapping.outletField() != null) out.add(Column.OUTLET);
        if (mapping.dateField() != null) out.add(Column.DATE);
        return List.copyOf(out);
    }

    /** {@code columns} when given, else {@link #defaults}. */
    public static List<Column> orDefaults(List<Column> columns, FieldMapping mapping) {
        return columns != null ? columns : defaults(mapping);
    }

    /** The values of {@code columns} for one article. */
    public static List<String> values(List<Column> columns, Article a) {
        List<String> out = new ArrayList<>(columns.size());
        for (Column c : columns) out.add(c.of(a));
        return out;
    }

    /**
     * The values of the columns for articles added one at a time, kept compactly (an outlet once per
     * distinct name, a date as a day number, the title only when it is a column): what {@code evaluate}
     * keeps beside its predictions, at a few bytes an article.
     */
    public static final class Store {
        private final List<Column> columns;
        private final Map<String, String> outlets = new HashMap<>();
        private final List<String> outletOf = new ArrayList<>();
        private final List<String> titleOf = new ArrayList<>();
        private int[] days = new int[1024];
        private int size;

        public Store(List<Column> columns) {
            this.columns = List.copyOf(columns);
        }

        public List<Column> columns() {
            return columns;
        }

        public void add(Article a) {
            if (columns.contains(Column.OUTLET)) outletOf.add(outlets.computeIfAbsent(a.outlet(), x -> x));
            if (columns.contains(Column.TITLE)) titleOf.add(a.title());
            if (columns.contains(Column.DATE)) {
                if (size == days.length) days = Arrays.copyOf(days, size * 2);
                days[size] = a.date() == null ? Integer.MIN_VALUE : (int) a.date().toEpochDay();
            }
            size++;
        }

        public void addAll(List<Article> articles) {
            for (Article a : articles) add(a);
        }

        public int size() {
            return size;
        }

        /** The values of article {@code i} (in the order added). */
        public List<String> values(int i) {
            List<String> out = new ArrayList<>(columns.size());
            for (Column c : columns) {
                out.add(switch (c) {
                    case OUTLET -> outletOf.get(i);
                    case DATE -> days[i] == Integer.MIN_VALUE ? "" : LocalDate.ofEpochDay(days[i]).toString();
                    case TITLE -> titleOf.get(i);
                });
            }
            return out;
        }
    }
}
