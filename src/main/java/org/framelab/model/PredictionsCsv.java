package org.framelab.model;

import org.framelab.util.AtomicFiles;
import org.framelab.util.CsvCells;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Writes predictions ({@code id,gold,predicted,fold,group,p_<label>...}, then the article fields asked for:
 * {@link PredictionColumns}) and fold assignments ({@code id,fold}); formula-like text is neutralised unless
 * {@code raw} (see {@link CsvCells}). Cells with commas, quotes or line breaks are quoted (RFC 4180).
 */
public final class PredictionsCsv {
    private PredictionsCsv() {}

    public static void write(Path file, List<String> labels, List<Prediction> predictions, boolean withGold) throws IOException {
        write(file, labels, predictions, withGold, false);
    }

    public static void write(Path file, List<String> labels, List<Prediction> predictions, boolean withGold, boolean raw)
            throws IOException {
        write(file, labels, predictions, withGold, raw, List.of(), i -> List.of());
    }

    /**
     * The same with the article fields {@code columns} after the probabilities: {@code valuesOf.apply(i)} gives
     * the values of prediction {@code i}, in the order of {@code columns}.
     */
    public static void write(Path file, List<String> labels, List<Prediction> predictions, boolean withGold, boolean raw,
                             List<PredictionColumns.Column> columns, IntFunction<List<String>> valuesOf) throws IOException {
        AtomicFiles.writeText(file, w -> {
            Rows rows = new Rows(w, labels, withGold, raw, columns);
            for (int i = 0; i < predictions.size(); i++) rows.write(predictions.get(i), columns.isEmpty() ? List.of() : valuesOf.apply(i));
            rows.flush(); // AtomicFiles closes the stream
        });
    }

    /**
     * Prediction rows written one at a time to a writer (the header first), so a stream of predictions
     * never has to be held; {@link #write} writes a list through it.
     */
    public static final class Rows {
        private final CsvCells.Printer printer;
        private final boolean withGold;
        private final int extra;

        /** Writes the header line. */
        public Rows(Writer out, List<String> labels, boolean withGold, boolean raw) throws IOException {
            this(out, labels, withGold, raw, List.of());
        }

        /** Writes the header line, with the article fields {@code columns} after the probabilities. */
        public Rows(Writer out, List<String> labels, boolean withGold, boolean raw, List<PredictionColumns.Column> columns)
                throws IOException {
            this.printer = new CsvCells.Printer(out, "\r\n", raw);
            this.withGold = withGold;
            this.extra = columns.size();
            List<String> header = new ArrayList<>(List.of("id"));
            if (withGold) header.add("gold");
            header.add("predicted");
            if (withGold) {
                header.add("fold");
                header.add("group");
            }
            for (String l : labels) header.add("p_" + l);
            for (PredictionColumns.Column c : columns) header.add(c.header());
            printer.printRecord(header);
        }

        /** A row without article fields (the rows were opened without columns). */
        public void write(Prediction pr) throws IOException {
            write(pr, List.of());
        }

        /** A row with the values of the article fields, in the order of the columns. */
        public void write(Prediction pr, List<String> values) throws IOException {
            if (values.size() != extra) throw new IllegalStateException(values.size() + " article fields for " + extra + " columns");
            List<String> row = new ArrayList<>();
            row.add(pr.id());
            if (withGold) row.add(pr.gold() == null ? "" : pr.gold());
            row.add(pr.predicted());
            if (withGold) {
                row.add(Integer.toString(pr.fold()));
                row.add(pr.group());
            }
            for (double d : pr.probabilities()) row.add(String.format(Locale.ROOT, "%.6f", d));
            row.addAll(values);
            printer.printRecord(row);
        }

        public void flush() throws IOException {
            printer.flush();
        }
    }

    public static void writeFolds(Path file, Map<String, Integer> foldOfId, String groupField, Map<String, String> groupOfId) throws IOException {
        writeFolds(file, foldOfId, groupField, groupOfId, false);
    }

    public static void writeFolds(Path file, Map<String, Integer> foldOfId, String groupField, Map<String, String> groupOfId,
                                  boolean raw) throws IOException {
        AtomicFiles.writeText(file, w -> {
            List<String> header = new ArrayList<>(List.of("id", "fold"));
            if (groupField != null) header.add(groupField);
            {
                CsvCells.Printer p = new CsvCells.Printer(w, "\r\n", raw);
                p.printRecord(header);
                for (Map.Entry<String, Integer> e : foldOfId.entrySet()) {
                    if (groupField != null) p.printRecord(e.getKey(), e.getValue(), groupOfId.getOrDefault(e.getKey(), ""));
                    else p.printRecord(e.getKey(), e.getValue());
                }
                p.flush();
            }
        });
    }
}
