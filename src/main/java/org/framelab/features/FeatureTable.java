package org.framelab.features;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feature values for a set of articles: the stage between {@code features} and {@code model}/{@code stats}.
 * Immutable.
 */
public record FeatureTable(List<FeatureColumn> columns, List<Row> rows) {

    /** One article's values plus the fields analyses group by. */
    public record Row(String id, String outlet, LocalDate date, Map<String, String> labels, SparseVector values)
            implements java.io.Serializable {
        public Row {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }
    }

    public FeatureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Index of a column by name, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(name)) return i;
        return -1;
    }

    /** All values of one column, in row order. */
    public double[] column(int index) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) v[i] = rows.get(i).values().get(index);
        return v;
    }

    public Map<String, Integer> columnIndex() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) m.put(columns.get(i).name(), i);
        return m;
    }
}
