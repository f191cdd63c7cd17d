package org.framelab.gui;

import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A result table as the GUI shows it: column names, rows of values (String, Integer, Double),
 * optional header tooltips. Views turn API results into grids; {@link #model()} makes a sortable
 * table of it. Immutable.
 */
record Grid(List<String> columns, List<List<Object>> rows, List<String> headerTips) {
    Grid {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        rows = List.copyOf(copy);
        headerTips = headerTips == null ? List.of() : List.copyOf(headerTips);
    }

    Grid(List<String> columns, List<List<Object>> rows) {
        this(columns, rows, List.of());
    }

    static Grid empty() {
        return new Grid(List.of(), List.of());
    }

    Model model() {
        return new Model(this);
    }

    /** Column class: Double/Integer when every non-null value is a number of that kind, else String. */
    Class<?> type(int c) {
        boolean dbl = false, any = false;
        for (List<Object> r : rows) {
            Object v = c < r.size() ? r.get(c) : null;
            if (v == null) continue;
            any = true;
            if (v instanceof Integer || v instanceof Long) continue;
            if (v instanceof Double || v instanceof Float) { dbl = true; continue; }
            return String.class;
        }
        if (!any) return String.class;
        return dbl ? Double.class : Long.class;
    }

    static final class Model extends AbstractTableModel {
        final Grid grid;
        private final Class<?>[] types;
        /** Per column: true when every value is a whole number (shown without decimals). */
        final boolean[] integral;

        Model(Grid g) {
            grid = g;
            types = new Class<?>[g.columns().size()];
            integral = new boolean[types.length];
            for (int i = 0; i < types.length; i++) {
                types[i] = g.type(i);
                boolean whole = true;
                for (List<Object> r : g.rows()) {
                    Object v = i < r.size() ? r.get(i) : null;
                    if (v instanceof Double d && !Double.isNaN(d) && d != Math.rint(d)) { whole = false; break; }
                }
                integral[i] = whole;
            }
        }

        @Override public int getRowCount() { return grid.rows().size(); }
        @Override public int getColumnCount() { return grid.columns().size(); }
        @Override public String getColumnName(int c) { return grid.columns().get(c); }
        @Override public Class<?> getColumnClass(int c) { return types[c]; }

        @Override
        public Object getValueAt(int r, int c) {
            List<Object> row = grid.rows().get(r);
            Object v = c < row.size() ? row.get(c) : null;
            if (v instanceof Integer i && types[c] == Long.class) return i.longValue();
            if ((v instanceof Integer || v instanceof Long) && types[c] == Double.class) return ((Number) v).doubleValue();
            return v;
        }
    }

    /** A JTable for grids: sortable, numbers right-aligned and formatted. */
    static JTable table(String name) {
        JTable t = new JTable() {
            @Override
            public boolean getScrollableTracksViewportWidth() {
                // stretch to the viewport when the columns fit, scroll horizontally when they do not
                return getParent() == null || getPreferredSize().width < getParent().getWidth();
            }

            @Override
            protected javax.swing.table.JTableHeader createDefaultTableHeader() {
                return new javax.swing.table.JTableHeader(columnModel) {
                    @Override
                    public String getToolTipText(java.awt.event.MouseEvent e) {
                        int vc = columnAtPoint(e.getPoint());
                        if (vc < 0 || !(getModel() instanceof Model m)) return null;
                        int mc = convertColumnIndexToModel(vc);
                        List<String> tips = m.grid.headerTips();
                        return mc < tips.size() && tips.get(mc) != null && !tips.get(mc).isEmpty() ? tips.get(mc) : m.grid.columns().get(mc);
                    }
                };
            }
        };
        t.setName(name);
        t.setAutoCreateRowSorter(true);
        t.setFillsViewportHeight(true);
        t.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        DefaultTableCellRenderer num = new DefaultTableCellRenderer() {
            @Override
            public java.awt.Component getTableCellRendererComponent(JTable table, Object v, boolean sel, boolean focus, int row, int col) {
                super.getTableCellRendererComponent(table, v, sel, focus, row, col);
                boolean whole = table.getModel() instanceof Model m && m.integral[table.convertColumnIndexToModel(col)];
                setText(v == null ? "" : v instanceof Double d ? (whole || Double.isNaN(d) ? Format.number(d) : Format.decimal(d))
                        : v instanceof Number n ? String.format(java.util.Locale.ROOT, "%,d", n.longValue()) : v.toString());
                return this;
            }
        };
        num.setHorizontalAlignment(SwingConstants.RIGHT);
        t.setDefaultRenderer(Double.class, num);
        t.setDefaultRenderer(Long.class, num);
        return t;
    }

    static void show(JTable t, Grid g) {
        t.setModel(g.model());
        if (!t.getAutoCreateRowSorter()) t.setRowSorter(null);
        fit(t);
    }

    /**
     * Sizes columns to their header and first rows' content as the renderers draw it; a numeric column
     * never gets narrower than its values, so shrinking the table to fit squeezes the text columns.
     */
    static void fit(JTable t) {
        for (int c = 0; c < t.getColumnCount(); c++) {
            TableColumn col = t.getColumnModel().getColumn(c);
            int content = contentWidth(t, c, 50);
            col.setPreferredWidth(Math.min(Math.max(headerWidth(t, c), content), 360));
            if (Number.class.isAssignableFrom(t.getColumnClass(c))) col.setMinWidth(Math.min(content, 360));
        }
    }

    /** Width of column {@code c}'s header as drawn, with room for the sort arrow. */
    static int headerWidth(JTable t, int c) {
        var header = t.getTableHeader();
        var font = header != null ? header.getFont() : t.getFont();
        return t.getFontMetrics(font).stringWidth(t.getColumnName(c)) + 24;
    }

    /** Widest of the first {@code rows} cells of column {@code c} as its renderer draws them, with a little padding. */
    static int contentWidth(JTable t, int c, int rows) {
        int w = 0;
        for (int r = 0; r < Math.min(rows, t.getRowCount()); r++)
            w = Math.max(w, t.prepareRenderer(t.getCellRenderer(r, c), r, c).getPreferredSize().width + 8);
        return w;
    }
}
