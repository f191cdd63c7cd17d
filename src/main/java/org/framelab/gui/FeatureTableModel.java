package org.framelab.gui;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;

import javax.swing.table.AbstractTableModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FeatureTable} as a virtual table: id, outlet, the label fields, then the feature
 * columns (optionally only those whose name contains a filter). Values are read from the sparse
 * rows on demand; a missing value (an undefined ratio) is NaN, shown as "–" ({@link Format#featureValue}).
 */
final class FeatureTableModel extends AbstractTableModel {
    private FeatureTable table;
    private List<String> labels = List.of();
    private int[] shown = new int[0];

    void set(FeatureTable t, List<String> labelFields, String columnFilter) {
        table = t;
        labels = labelFields;
        List<Integer> cols = new ArrayList<>();
        if (t != null) {
            String f = columnFilter == null ? "" : columnFilter.toLowerCase(java.util.Locale.ROOT).trim();
            for (int i = 0; i < t.columns().size(); i++) {
                FeatureColumn c = t.columns().get(i);
                if (f.isEmpty() || c.name().toLowerCase(java.util.Locale.ROOT).contains(f) || c.family().toLowerCase(java.util.Locale.ROOT).contains(f)
                        || org.framelab.features.ColumnLabels.label(c).toLowerCase(java.util.Locale.ROOT).contains(f)) cols.add(i);
                if (cols.size() >= 400 && f.isEmpty()) break; // thousands of n-gram columns: filter to see them
            }
        }
        shown = cols.stream().mapToInt(Integer::intValue).toArray();
        fireTableStructureChanged();
    }

    FeatureTable table() {
        return table;
    }

    int fixed() {
        return 2 + labels.size();
    }

    int shownFeatures() {
        return shown.length;
    }

    /** The feature column at a table column index, or null for id/outlet/label columns. */
    FeatureColumn column(int modelCol) {
        int k = modelCol - fixed();
        return k >= 0 && k < shown.length ? table.columns().get(shown[k]) : null;
    }

    @Override public int getRowCount() { return table == null ? 0 : table.rows().size(); }
    @Override public int getColumnCount() { return table == null ? 0 : fixed() + shown.length; }

    @Override
    public String getColumnName(int c) {
        if (c == 0) return "id";
        if (c == 1) return "outlet";
        if (c < fixed()) return labels.get(c - 2);
        return org.framelab.features.ColumnLabels.label(table.columns().get(shown[c - fixed()]));   // the id is in the header's tooltip
    }

    @Override
    public Class<?> getColumnClass(int c) {
        return c < fixed() ? String.class : Double.class;
    }

    @Override
    public Object getValueAt(int r, int c) {
        FeatureTable.Row row = table.rows().get(r);
        if (c == 0) return row.id();
        if (c == 1) return row.outlet();
        if (c < fixed()) return row.labels().getOrDefault(labels.get(c - 2), "");
        return row.values().get(shown[c - fixed()]);
    }
}
