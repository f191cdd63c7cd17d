package org.framelab.gui;

import org.framelab.app.GroupChoice;
import org.framelab.corpus.Article;
import org.framelab.stats.GroupKey;
import org.framelab.stats.NaturalOrder;

import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Compare view's groups to compare: every value of the grouping field with its article count, each with a
 * check box, all checked at first. The comparison runs on the checked ones ({@link #chosen()}: none listed when all
 * are checked, as a study file without {@code analysis.groups}), so a saved study or {@code compare --groups}
 * reproduces it. The unchecked groups are remembered per corpus file and field in the {@link Settings}
 * ({@link #fill(String, List, Settings, java.nio.file.Path)}): when the same field of the same file is listed again
 * (another grouping field and back, a reload, a restart) they are unchecked again; groups no longer present are
 * ignored and new groups come checked.
 */
final class GroupChecklist {
    private final Model model = new Model();
    private final JTable table = new JTable(model);
    private final JScrollPane scroll = new JScrollPane(table);
    /** Where the unchecked groups of the listed field are remembered, or null (nothing remembered). */
    private Settings settings;
    private String memoryKey;

    GroupChecklist() {
        table.setName("compareGroups");
        table.setTableHeader(null);
        table.setShowGrid(false);
        table.getColumnModel().getColumn(0).setMaxWidth(28);
        table.getColumnModel().getColumn(2).setMaxWidth(48);
        table.setToolTipText("Uncheck the groups to leave out: the tests compare the checked ones (at least 2)");
        scroll.setPreferredSize(new Dimension(260, 8 * table.getRowHeight() + 4)); // eight groups in view, then a scroll bar
    }

    JScrollPane component() {
        return scroll;
    }

    JTable table() {
        return table;
    }

    /**
     * Lists the groups of {@code field} in the articles with their counts, checked except those the user unchecked
     * the last time this field of {@code corpus} was listed; later clicks are remembered in {@code settings}.
     */
    void fill(String field, List<Article> articles, Settings settings, java.nio.file.Path corpus) {
        fill(field, articles);
        this.settings = settings;
        memoryKey = settings == null || corpus == null || field == null ? null : memoryKey(corpus, field);
        if (memoryKey == null) return;
        String off = settings.get(memoryKey, "");
        List<String> unchecked = off.isEmpty() ? List.of() : List.of(off.split("\n"));
        for (int i = 0; i < model.groups.size(); i++) if (unchecked.contains(model.groups.get(i))) model.checked.set(i, false);
        model.fireTableDataChanged();
    }

    /** The settings key of the unchecked groups of one field of one corpus file (as the mapping: a hash of the path). */
    static String memoryKey(java.nio.file.Path corpus, String field) {
        return "compare.unchecked." + Integer.toHexString((corpus.toAbsolutePath().normalize() + "\n" + field).hashCode());
    }

    /** Stores the unchecked groups, one a line (none: the key is removed). */
    private void remember() {
        if (memoryKey == null) return;
        List<String> off = new ArrayList<>();
        for (int i = 0; i < model.groups.size(); i++) if (!model.checked.get(i)) off.add(model.groups.get(i));
        settings.put(memoryKey, off.isEmpty() ? null : String.join("\n", off));
    }

    /** Lists the groups of {@code field} in the articles with their counts, all checked (nothing remembered). */
    void fill(String field, List<Article> articles) {
        memoryKey = null;
        Map<String, Integer> counts = new TreeMap<>(NaturalOrder.INSTANCE);
        if (field != null && !articles.isEmpty()) {
            try {
                for (String k : GroupKey.of(articles, field)) if (k != null && !k.isBlank()) counts.merge(k, 1, Integer::sum);
            } catch (RuntimeException e) {
                counts.clear(); // a field no article has: the comparison says so when it runs
            }
        }
        model.groups = new ArrayList<>(counts.keySet());
        model.counts = new ArrayList<>(counts.values());
        model.checked = new ArrayList<>();
        for (int i = 0; i < model.groups.size(); i++) model.checked.add(true);
        model.fireTableDataChanged();
    }

    /** Checks exactly {@code groups} (all when empty). */
    void check(List<String> groups) {
        for (int i = 0; i < model.groups.size(); i++) model.checked.set(i, groups.isEmpty() || groups.contains(model.groups.get(i)));
        model.fireTableDataChanged();
        remember();
    }

    int listed() {
        return model.groups.size();
    }

    /** The checked groups. */
    List<String> checked() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < model.groups.size(); i++) if (model.checked.get(i)) out.add(model.groups.get(i));
        return out;
    }

    /** The groups to compare: empty when all are checked (every group), else the checked ones. */
    List<String> chosen() {
        List<String> c = checked();
        return c.size() == model.groups.size() ? List.of() : c;
    }

    /** "Fox News (65), Reuters (70)": what the view lists. */
    String describe() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < model.groups.size(); i++) m.put(model.groups.get(i), model.counts.get(i));
        return GroupChoice.counts(m);
    }

    private final class Model extends AbstractTableModel {
        List<String> groups = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Boolean> checked = new ArrayList<>();

        @Override public int getRowCount() { return groups.size(); }

        @Override public int getColumnCount() { return 3; }

        @Override public Class<?> getColumnClass(int c) { return c == 0 ? Boolean.class : c == 1 ? String.class : Integer.class; }

        @Override public String getColumnName(int c) { return c == 0 ? "" : c == 1 ? "Group" : "Articles"; }

        @Override public boolean isCellEditable(int r, int c) { return c == 0; }

        @Override public Object getValueAt(int r, int c) {
            return c == 0 ? checked.get(r) : c == 1 ? groups.get(r) : counts.get(r);
        }

        @Override public void setValueAt(Object v, int r, int c) {
            if (c == 0 && v instanceof Boolean b) {
                checked.set(r, b);
                fireTableCellUpdated(r, c);
                remember();
            }
        }
    }
}
