package org.framelab.report.tables;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV (RFC 4180, UTF-8, comma, "\n"): {@code id, outlet, date, <label fields>, <feature columns>},
 * one row per article. Values are written as they arrive; nothing is held in memory.
 */
public final class CsvTableWriter implements TableSink {
    private final Writer out;
    private final List<FeatureColumn> columns;
    private final List<String> labels;
    private final boolean raw;

    /** Text cells that would start a spreadsheet formula are neutralised (see {@link org.framelab.util.CsvCells}). */
    public CsvTableWriter(Writer out, List<FeatureColumn> columns, List<String> labelFields) throws IOException {
        this(out, columns, labelFields, false);
    }

    /** {@code raw}: write text cells as they are (no formula neutralising). */
    public CsvTableWriter(Writer out, List<FeatureColumn> columns, List<String> labelFields, boolean raw) throws IOException {
        this.out = out;
        this.raw = raw;
        this.columns = List.copyOf(columns);
        this.labels = List.copyOf(labelFields);
        StringBuilder sb = new StringBuilder("id,outlet,date");
        for (String l : labels) sb.append(',').append(Cells.csv(Cells.labelHeader(l, columns), raw));
        for (FeatureColumn c : columns) sb.append(',').append(Cells.csv(c.name(), raw));
        sb.append('\n');
        out.write(sb.toString());
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
        int k = 0;
        for (int c = 0; c < columns.size(); c++) {
            sb.append(',');
            if (k < idx.length && idx[k] == c) sb.append(Cells.number(val[k++]));
            else sb.append('0');
        }
        sb.append('\n');
        out.write(sb.toString());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
