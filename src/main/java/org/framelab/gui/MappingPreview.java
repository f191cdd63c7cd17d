package org.framelab.gui;

import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Component;
import java.util.List;
import java.util.Map;

/** The mapping dialog's preview of the first rows: the model (chosen fields marked with their role) and its renderer. */
final class MappingPreview {
    private MappingPreview() {}

    static final class PreviewModel extends AbstractTableModel {
        private final List<String> fields;
        private List<Map<String, String>> rows;
        private Map<String, String> roles = Map.of();

        PreviewModel(List<String> fields, List<Map<String, String>> rows) {
            this.fields = fields;
            this.rows = rows;
        }

        /** New rows (the file read again with another encoding). */
        void setRows(List<Map<String, String>> r) {
            rows = r;
            fireTableDataChanged();
        }

        void setRoles(Map<String, String> r) {
            roles = r;
            fireTableStructureChanged();
        }

        boolean isLong(int col) {
            String f = fields.get(col);
            return rows.stream().limit(10).anyMatch(r -> r.getOrDefault(f, "").length() > 80);
        }

        boolean marked(int col) {
            return roles.containsKey(fields.get(col));
        }

        @Override public int getRowCount() { return rows.size(); }
        @Override public int getColumnCount() { return fields.size(); }

        @Override
        public String getColumnName(int c) {
            String f = fields.get(c);
            String role = roles.get(f);
            return role == null ? f : f + "  [" + role + "]";
        }

        @Override
        public Object getValueAt(int r, int c) {
            String v = rows.get(r).get(fields.get(c));
            if (v == null) return "";
            v = v.replace('\n', ' ').replace('\r', ' ');
            return v.length() > 300 ? v.substring(0, 300) + "…" : v;
        }
    }

    /** Tints the chosen fields' columns. */
    static final class PreviewRenderer extends DefaultTableCellRenderer {
        private final PreviewModel previewModel;

        PreviewRenderer(PreviewModel model) {
            this.previewModel = model;
        }

        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            Component c = super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            int mc = t.convertColumnIndexToModel(col);
            if (!sel) {
                c.setBackground(previewModel.marked(mc)
                        ? Theme.mix(UIManager.getColor("Table.background"), Theme.series(0), Theme.isDark() ? 0.25 : 0.10)
                        : UIManager.getColor("Table.background"));
            }
            setToolTipText(v == null ? null : v.toString().length() > 60 ? "<html><body width=400>" + Format.html(v.toString()) : null);
            return c;
        }
    }
}
