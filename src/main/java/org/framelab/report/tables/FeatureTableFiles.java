package org.framelab.report.tables;

import org.framelab.util.OptionException;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FeatureTable;
import org.framelab.features.TermCount;
import org.framelab.util.AtomicFiles;
import org.framelab.util.CsvCells;
import org.framelab.util.InputException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes feature tables as {@code .csv}, {@code .arff} or {@code .xlsx} (chosen by extension),
 * always through {@link AtomicFiles}: a failed or cancelled run leaves no half-written file.
 */
public final class FeatureTableFiles {
    private FeatureTableFiles() {}

    public enum Format { CSV, ARFF, XLSX }

    /** Produces rows into the sink (for streaming: the corpus is read while the file is written). */
    @FunctionalInterface
    public interface RowProducer {
        void produce(TableSink sink) throws IOException, InputException;
    }

    /** The format for a file name, or an IllegalArgumentException naming the supported ones. */
    public static Format formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) return Format.CSV;
        if (n.endsWith(".arff")) return Format.ARFF;
        if (n.endsWith(".xlsx")) return Format.XLSX;
        throw new OptionException("output file", "'" + file.getFileName() + "' (use a .csv, .arff or .xlsx file name)");
    }

    /** Streams rows from {@code producer} into {@code target}; a CSV's formula-like text is neutralised. */
    public static void write(Path target, List<FeatureColumn> columns, List<String> labelFields, RowProducer producer)
            throws IOException, InputException {
        write(target, columns, labelFields, false, producer);
    }

    /** As {@link #write(Path, List, List, RowProducer)}; {@code rawCsv}: CSV text cells as they are (--raw-csv). */
    public static void write(Path target, List<FeatureColumn> columns, List<String> labelFields, boolean rawCsv,
                             RowProducer producer) throws IOException, InputException {
        Format format = formatOf(target);
        InputException[] input = {null};
        try {
            AtomicFiles.write(target, out -> {
                TableSink sink = null;
                Writer w = null;
                try {
                    switch (format) {
                        case CSV -> {
                            w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                            sink = new CsvTableWriter(w, columns, labelFields, rawCsv);
                        }
                        case ARFF -> {
                            w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                            Path dir = target.toAbsolutePath().getParent();
                            sink = new ArffTableWriter(w, columns, labelFields, stem(target), dir);
                        }
                        case XLSX -> sink = new XlsxTableWriter(out, columns, labelFields);
                    }
                    try {
                        producer.produce(sink);
                    } catch (InputException e) {
                        input[0] = e;
                        throw new IOException("aborted: " + e.getMessage());
                    }
                    sink.finish();
                    if (w != null) w.flush();
                } finally {
                    if (sink != null) sink.cleanup();
                }
            });
        } catch (IOException e) {
            if (input[0] != null) throw input[0];
            throw e;
        }
    }

    /** Writes an in-memory table; the label fields are those of its rows, in first-seen order. */
    public static void write(Path target, FeatureTable table, List<TermCount> terms) throws IOException {
        Set<String> labels = new LinkedHashSet<>();
        for (FeatureTable.Row r : table.rows()) labels.addAll(r.labels().keySet());
        try {
            write(target, table.columns(), new ArrayList<>(labels), sink -> {
                for (FeatureTable.Row r : table.rows()) sink.accept(r);
                if (terms != null) sink.terms(terms);
            });
        } catch (InputException e) {
            throw new IllegalStateException(e); // an in-memory producer raises none
        }
    }

    /** The terms table as CSV: term, family, category, outlet, count. */
    public static void writeTerms(Path target, List<TermCount> terms) throws IOException {
        writeTerms(target, terms, false);
    }

    /** {@code rawCsv}: text cells as they are (no formula neutralising). */
    public static void writeTerms(Path target, List<TermCount> terms, boolean rawCsv) throws IOException {
        AtomicFiles.writeText(target, w -> {
            CsvCells.Printer p = new CsvCells.Printer(w, "\n", rawCsv);
            p.printRecord("term", "family", "category", "outlet", "count");
            for (TermCount t : terms) p.printRecord(t.term(), t.family(), t.category(), t.outlet(), t.count());
        });
    }

    /** The companion terms file of an output: {@code out/features.csv} → {@code out/features.terms.csv}. */
    public static Path termsPathFor(Path output) {
        return output.resolveSibling(stem(output) + ".terms.csv");
    }

    /** Rows adapter so a {@link FeatureExtraction} run writes straight into a sink. */
    public static FeatureExtraction.RowSink rows(TableSink sink) {
        return sink;
    }

    static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
