package org.framelab.report.tables;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV (RFC 4180, UTF-8, comma, "\n"): {@code id, outlet, date, <label fields>, <feature columns>},
 * one row per article (all columns, or a selection of them). Values are written as they arrive;
 * nothing is held in memory. A missing value (a ratio whose denominator is 0) is an empty cell.
 */
public final class CsvTableWriter implements TableSink {
    private final Writer out;
    private final List<FeatureColumn> columns;
    private final List<String> labels;
    private final boolean raw;
    /** Output position of each column of the rows' vectors, -1 when not written. */
    private final int[] position;
    private final double[] line;

    /** Text cells that would start a spreadsheet formula are neutralised (see {@link org.framelab.util.CsvCells}). */
    public CsvTableWriter(Writer out, List<FeatureColumn> columns, List<String> labelFields) throws IOException {
        this(out, columns, labelFields, false);
    }

    /** {@code raw}: write text cells as they are (no formula neutralising). */
    public CsvTableWriter(Writer out, List<FeatureColumn> columns, List<String> labelFields, boolean raw) throws IOException {
        this(out, columns, null, labelFields, raw);
    }

    /**
     * Only the columns {@code select} (indices into {@code all}, in that order; null = every column); the rows'
     * vectors are indexed by {@code all}.
     */
    public CsvTableWriter(Writer out, List<FeatureColumn> all, int[] select, List<String> labelFields, boolean raw) throws IOException {
        this.out = out;
        this.raw = raw;
        this.position = new int[all.size()];
        java.util.Arrays.fill(position, -1);
        List<FeatureColumn> shown = new java.util.ArrayList<>();
        for (int i = 0; i < (select == null ? all.size() : select.length); i++) {
            int c = select == null ? i : select[i];
            position[c] = i;
            shown.add(all.get(c));
        }
        this.columns = List.copyOf(shown);
        this.line = new double[columns.size()];
        this.labels = List.copyOf(labelFields);
        StringBuilder sb = new StringBuilder("id,outlet,date");
        for (String l : labels) sb.append(',').append(Cells.csv(Cells.labelHeader(l, columns), raw));
        for (FeatureColumn c : columns) sb.append(',').append(Cells.csv(c.name(), raw));
        sb.append('\n');
        out.write(sb.toString());
    }

    /** The header of a label field's column: the field's name, or {@code label:NAME} where a feature or id/outlet/date has it. */
    public static String labelHeader(String label, List<FeatureColumn> columns) {
        return Cells.labelHeader(label, columns);
    }

    @Override
    public void accept(FeatureTable.Row row) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        sb.append(Cells.csv(row.id(), raw)).append(',').append(Cells.csv(row.outlet(), raw)).append(',')
                .append(row.date() == null ? "" : row.date().toString());
        for (String l : labels) sb.append(',').append(Cells.csv(row.labels().getOrDefault(l, ""), raw));
        SparseVector v = row.values();
        int[] idx = v.indices();
        double[] val = v.values();
        java.util.Arrays.fill(line, 0);
        for (int k = 0; k < idx.length; k++) {
            int p = position[idx[k]];
            if (p >= 0) line[p] = val[k];
        }
        for (double x : line) {
            sb.append(',');
            if (x == 0) sb.append('0');
            else sb.append(Cells.number(x));
        }
        sb.append('\n');
        out.write(sb.toString());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
