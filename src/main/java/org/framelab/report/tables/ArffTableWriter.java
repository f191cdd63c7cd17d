package org.framelab.report.tables;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Weka ARFF, written by hand (no Weka classes outside the model package): string attributes
 * {@code id} and {@code outlet}, a {@code date} attribute, one nominal attribute per label field
 * (its values are only known at the end, so rows go to a temporary file first and the header is
 * written by {@link #finish}), then one numeric attribute per feature column. Rows are sparse
 * instances ({@code {index value, ...}}), so n-gram tables stay small; a missing value (a ratio whose
 * denominator is 0) is {@code ?}.
 */
public final class ArffTableWriter implements TableSink {
    private final Writer out;
    private final List<FeatureColumn> columns;
    private final List<String> labels;
    private final List<TreeSet<String>> labelValues = new ArrayList<>();
    private final Path tmp;
    private final BufferedWriter data;
    private final String relation;

    public ArffTableWriter(Writer out, List<FeatureColumn> columns, List<String> labelFields, String relation,
                           Path tempDir) throws IOException {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.labels = List.copyOf(labelFields);
        this.relation = relation;
        for (int i = 0; i < labels.size(); i++) labelValues.add(new TreeSet<>());
        this.tmp = Files.createTempFile(tempDir, ".framelab-arff-", ".tmp");
        this.data = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
    }

    @Override
    public void accept(FeatureTable.Row row) throws IOException {
        StringBuilder sb = new StringBuilder(128);
        sb.append('{').append("0 ").append(quote(row.id())).append(",1 ").append(row.outlet().isEmpty() ? "?" : quote(row.outlet()))
                .append(",2 ").append(row.date() == null ? "?" : quote(row.date().toString()));
        for (int i = 0; i < labels.size(); i++) {
            String v = row.labels().get(labels.get(i));
            sb.append(',').append(3 + i).append(' ');
            if (v == null || v.isEmpty()) sb.append('?');
            else {
                labelValues.get(i).add(v);
                sb.append(quote(v));
            }
        }
        int base = 3 + labels.size();
        SparseVector v = row.values();
        for (int k = 0; k < v.size(); k++) {
            double x = v.values()[k];
            // a missing value (an undefined ratio) is ARFF's '?', never 0
            sb.append(',').append(base + v.indices()[k]).append(' ').append(Double.isNaN(x) ? "?" : Cells.number(x));
        }
        sb.append("}\n");
        data.write(sb.toString());
    }

    @Override
    public void finish() throws IOException {
        data.close();
        try {
            StringBuilder h = new StringBuilder();
            h.append("% FrameLab feature table: one instance per article; see the FrameLab docs for every column.\n");
            h.append("@relation ").append(quote(relation)).append("\n\n");
            h.append("@attribute id string\n@attribute outlet string\n@attribute date date \"yyyy-MM-dd\"\n");
            for (int i = 0; i < labels.size(); i++) {
                h.append("@attribute ").append(quote("label:" + labels.get(i))).append(" {");
                boolean first = true;
                for (String v : labelValues.get(i)) {
                    if (!first) h.append(',');
                    h.append(quote(v));
                    first = false;
                }
                if (first) h.append("'?missing'");
                h.append("}\n");
            }
            for (FeatureColumn c : columns) h.append("@attribute ").append(quote(c.name())).append(" numeric\n");
            h.append("\n@data\n");
            out.write(h.toString());
            try (BufferedReader r = Files.newBufferedReader(tmp, StandardCharsets.UTF_8)) {
                char[] buf = new char[1 << 16];
                int n;
                while ((n = r.read(buf)) > 0) out.write(buf, 0, n);
            }
            out.flush();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void cleanup() {
        try {
            data.close();
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // best effort: the temporary file sits in the output folder's temp area
        }
    }

    /** Backslash escapes of an ARFF string (as Weka's own writer writes them). */
    private static final java.util.Map<Character, String> ESCAPES = java.util.Map.of('\\', "\\\\", '\'', "\\'",
            '"', "\\\"", '\n', "\\n", '\r', "\\r", '\t', "\\t", '%', "\\%");

    /** Single-quoted ARFF string with backslash escapes. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            String e = ESCAPES.get(s.charAt(i));
            if (e == null) sb.append(s.charAt(i));
            else sb.append(e);
        }
        return sb.append('\'').toString();
    }
}
