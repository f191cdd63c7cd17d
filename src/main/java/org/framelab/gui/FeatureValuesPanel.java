package org.framelab.gui;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.event.MouseEvent;
import java.awt.event.MouseMotionAdapter;
import java.util.List;

/**
 * The browser's feature values: the non-zero features of the selected article, sortable, formatted
 * per unit (an undefined ratio as "–"), with the definition, unit, source and missing-value rule of
 * the feature under the mouse as tooltip.
 */
final class FeatureValuesPanel extends JPanel {
    private final ValuesModel values = new ValuesModel();
    private final JTable valuesTable = new JTable(values);
    private final JLabel valuesNote = new JLabel(" ");

    FeatureValuesPanel() {
        super(new BorderLayout());
        valuesTable.setName("featureValues");
        valuesTable.setAutoCreateRowSorter(true);
        valuesTable.setFillsViewportHeight(true);
        valuesTable.getColumnModel().getColumn(1).setPreferredWidth(70);
        valuesTable.getColumnModel().getColumn(0).setPreferredWidth(220);
        valuesTable.setDefaultRenderer(Double.class, new NumberRenderer());
        valuesTable.addMouseMotionListener(new MouseMotionAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                int r = valuesTable.rowAtPoint(e.getPoint());
                if (r < 0) {
                    valuesTable.setToolTipText(null);
                    return;
                }
                Evidence.Value v = values.rows.get(valuesTable.convertRowIndexToModel(r));
                valuesTable.setToolTipText(Format.columnTooltip(v.column()));
            }
        });
        JLabel vh = new JLabel("Feature values of this article");
        vh.setFont(vh.getFont().deriveFont(Font.BOLD));
        vh.setBorder(BorderFactory.createEmptyBorder(6, 8, 4, 8));
        add(vh, BorderLayout.NORTH);
        add(new JScrollPane(valuesTable), BorderLayout.CENTER);
        valuesNote.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        valuesNote.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(valuesNote, BorderLayout.SOUTH);
        setMinimumSize(new Dimension(220, 100));
    }

    /** No values and no note (no article, or no feature pipeline). */
    void clear() {
        clearRows();
        valuesNote.setText(" ");
    }

    /** No values while the next article's are computed; the note stays until they arrive. */
    void clearRows() {
        values.set(List.of());
    }

    void show(Evidence.ForArticle fa) {
        values.set(fa.values());
        long undefined = fa.values().stream().filter(v -> Double.isNaN(v.value())).count();
        valuesNote.setText(String.format("%d non-zero of %d features", fa.values().size() - undefined, fa.values().size() + fa.zeroColumns())
                + (undefined == 0 ? "" : String.format("; %d undefined (\u2013: a ratio whose denominator is 0)", undefined)));
    }

    /** Feature values of the selected article: the column's label (its id in the tooltip), value. */
    static final class ValuesModel extends AbstractTableModel {
        List<Evidence.Value> rows = List.of();

        void set(List<Evidence.Value> r) {
            rows = r;
            fireTableDataChanged();
        }

        @Override public int getRowCount() { return rows.size(); }
        @Override public int getColumnCount() { return 2; }
        @Override public String getColumnName(int c) { return c == 0 ? "Feature" : "Value"; }
        @Override public Class<?> getColumnClass(int c) { return c == 0 ? String.class : Double.class; }

        @Override
        public Object getValueAt(int r, int c) {
            Evidence.Value v = rows.get(r);
            return c == 0 ? org.framelab.features.ColumnLabels.label(v.column()) : v.value();
        }
    }

    /** Values right-aligned and formatted for the feature's unit (counts as whole numbers, the rest with decimals). */
    private final class NumberRenderer extends DefaultTableCellRenderer {
        NumberRenderer() {
            setHorizontalAlignment(SwingConstants.RIGHT);
        }

        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            Evidence.Value ev = values.rows.get(t.convertRowIndexToModel(row));
            setText(v instanceof Double d ? Format.featureValue(ev.column(), d) : String.valueOf(v));
            return this;
        }
    }
}
