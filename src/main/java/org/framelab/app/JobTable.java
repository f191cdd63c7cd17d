package org.framelab.app;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framelab.corpus.Article;
import org.framelab.corpus.CorpusException;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.features.FeatureTable;
import org.framelab.features.NgramFamily;
import org.framelab.features.NgramOptions;
import org.framelab.features.SparseVector;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-article table of a Spark job's folder ({@code DIR/features/part-*.csv}, the layout of
 * {@code framelab features -o x.csv}: {@code id,outlet,date,<label fields>,<feature columns>}) read back as a
 * {@link FeatureTable} whose columns are the real {@link FeatureColumn}s of the job's families (from
 * {@link FeatureSets#parse(FeatureOptions)}, as the {@code features} command builds them), and the articles
 * without their texts (id, outlet, date, labels) that grouping and the tests need.
 */
final class JobTable {
    private JobTable() {}

    /** The table, the articles parallel to its rows, and the label fields in header order. */
    record Read(FeatureTable table, List<Article> articles, List<String> labelFields, String familiesDescribed) {}

    private static final List<String> FIXED = List.of("id", "outlet", "date");
    private static final String REDO = "run the Spark job again (a part file was cut short or changed after the job wrote it)";

    static Read read(JobFolder.Manifest m, List<Path> parts, Progress progress) throws InputException {
        String mf = m.file().toString();
        FeatureSpec spec;
        List<FeatureColumn> known;
        NgramOptions ngrams = NgramOptions.defaults();
        try {
            List<org.framelab.features.Actor> actors = new ArrayList<>();
            for (String a : m.actors()) actors.add(org.framelab.features.Actor.parse(a));
            FeatureOptions fo = new FeatureOptions(List.of(m.families()), Map.of(), actors, ngrams);
            spec = FeatureSets.parse(fo);
            known = spec.fit(List.of()).columns();
        } catch (OptionException e) {
            throw new CorpusException(mf, -1, "features.families", e.getMessage(),
                    "the spec is the job's --families (framing, all, or family names joined by +); check the job's version matches this FrameLab");
        }
        boolean withNgrams = FeatureSets.families(m.families()).contains(NgramFamily.NAME);
        Map<String, FeatureColumn> byName = new LinkedHashMap<>();
        for (FeatureColumn c : known) byName.put(c.name(), c);

        List<String> header = null;
        Path first = null;
        List<FeatureColumn> columns = null;
        List<String> labelFields = null;
        int labelEnd = 0;
        List<FeatureTable.Row> rows = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<String, String> seenAt = new HashMap<>();
        progress.start("Reading the job's features (" + parts.size() + " part files)", parts.size(), "files");
        try {
            for (Path part : parts) {
                progress.checkCancelled();
                String pf = part.toString();
                try (Reader r = Files.newBufferedReader(part, StandardCharsets.UTF_8);
                     CSVParser p = CSVFormat.RFC4180.builder().get().parse(r)) {
                    Iterator<CSVRecord> it = p.iterator();
                    if (!it.hasNext()) throw new CorpusException(pf, -1, null, "empty file: every part file begins with the header line", REDO);
                    List<String> h = it.next().toList();
                    if (header == null) {
                        header = h;
                        first = part;
                        if (h.size() < 3 || !h.subList(0, 3).equals(FIXED)) {
                            throw new CorpusException(pf, 1, null, "the header begins " + String.join(",", h.subList(0, Math.min(3, h.size())))
                                    + ", expected id,outlet,date (the layout of framelab features -o x.csv)", REDO);
                        }
                        labelEnd = 3;
                        while (labelEnd < h.size() && !byName.containsKey(h.get(labelEnd)) && !(withNgrams && h.get(labelEnd).startsWith("ngram:"))) labelEnd++;
                        labelFields = labelFields(h.subList(3, labelEnd), m, pf, byName.keySet());
                        columns = columns(h.subList(labelEnd, h.size()), byName, withNgrams, ngrams, m, pf);
                    } else if (!h.equals(header)) {
                        throw new CorpusException(pf, 1, null, "the header differs from that of " + first.getFileName() + " (" + difference(header, h) + ")",
                                "every part file of one job has the same header; run the job again into an empty folder");
                    }
                    long line = p.getCurrentLineNumber() + 1;
                    while (it.hasNext()) {
                        CSVRecord rec = it.next();
                        if (rec.size() != header.size()) {
                            throw new CorpusException(pf, line, null, rec.size() + " cells where the header has " + header.size(), REDO);
                        }
                        FeatureTable.Row row = row(rec, labelFields, labelEnd, pf, line, header);
                        String prev = seenAt.putIfAbsent(row.id(), part.getFileName() + " line " + line);
                        if (prev != null) {
                            throw new CorpusException(pf, line, "id", "id '" + row.id() + "' already at " + prev,
                                    "ids must be unique; check the job's id mapping (input.mapping.id)");
                        }
                        rows.add(row);
                        articles.add(new Article(row.id(), "", "", row.outlet(), row.date(), "", List.of(), row.labels(), Map.of(), List.of()));
                        line = p.getCurrentLineNumber() + 1;
                    }
                } catch (UncheckedIOException e) {
                    throw new CorpusException(pf, -1, null, "not a readable CSV file (" + e.getCause().getMessage() + ")", REDO, e);
                } catch (IOException e) {
                    throw new CorpusException(pf, -1, null, "cannot read the file (" + e.getMessage() + ")", "check its permissions", e);
                }
                progress.step(1);
            }
        } finally {
            progress.done();
        }
        return new Read(new FeatureTable(columns, rows), articles, labelFields, spec.describe());
    }

    /** The label fields of the header (a {@code label:} prefix removed), checked against the manifest's mapping when it names them. */
    private static List<String> labelFields(List<String> headers, JobFolder.Manifest m, String file, Set<String> known) throws InputException {
        List<String> out = new ArrayList<>();
        Object mapped = m.mapping().get("labels");
        for (String h : headers) {
            String name = h.startsWith("label:") ? h.substring(6) : h;
            // a field joined from the job's table of labels per outlet is a label column too
            if (mapped instanceof List<?> l && !l.contains(name) && !m.joinedLabelFields().contains(name)) {
                throw new CorpusException(file, 1, h, "unknown column: neither a label field of the job's mapping (" + l + ") nor a feature column of '"
                        + m.families() + "'", "run report --from on a folder whose manifest.json matches its part files (same job)");
            }
            if (out.contains(name)) throw new CorpusException(file, 1, h, "label column given twice", REDO);
            out.add(name);
        }
        return out;
    }

    private static List<FeatureColumn> columns(List<String> headers, Map<String, FeatureColumn> byName, boolean withNgrams, NgramOptions ngrams,
                                               JobFolder.Manifest m, String file) throws InputException {
        List<FeatureColumn> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String h : headers) {
            FeatureColumn c = byName.get(h);
            if (c == null && withNgrams && h.startsWith("ngram:") && h.length() > 6) {
                c = NgramFamily.column(ngrams, h.substring(6), "vocabulary fitted by the Spark job (" + m.file().getParent() + ")");
            }
            if (c == null) {
                throw new CorpusException(file, 1, h, "unknown column: not a feature column of the families '" + m.families() + "' (manifest.json)",
                        "the features must come from the same FrameLab version and --families as the manifest says; "
                                + "framelab features --list-features --families " + m.families() + " lists the columns");
            }
            if (!seen.add(h)) throw new CorpusException(file, 1, h, "column given twice", REDO);
            out.add(c);
        }
        List<String> missing = byName.keySet().stream().filter(n -> !seen.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw new CorpusException(file, 1, null, missing.size() + " feature columns of '" + m.families() + "' are missing, e.g. "
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size()))),
                    "the features must come from the same FrameLab version and --families as the manifest says");
        }
        return out;
    }

    private static FeatureTable.Row row(CSVRecord rec, List<String> labelFields, int labelEnd, String file, long line, List<String> header)
            throws InputException {
        String id = rec.get(0);
        if (id.isEmpty()) throw new CorpusException(file, line, "id", "empty id", REDO);
        LocalDate date = null;
        if (!rec.get(2).isEmpty()) {
            try {
                date = LocalDate.parse(rec.get(2));
            } catch (DateTimeParseException e) {
                throw new CorpusException(file, line, "date", "'" + rec.get(2) + "' is not a date (yyyy-MM-dd)", REDO);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < labelFields.size(); i++) labels.put(labelFields.get(i), rec.get(3 + i));
        int n = rec.size() - labelEnd;
        int[] idx = new int[n];
        double[] val = new double[n];
        int k = 0;
        for (int c = 0; c < n; c++) {
            String s = rec.get(labelEnd + c);
            double v;
            if (s.isEmpty()) v = Double.NaN; // a missing value (a ratio whose denominator is 0)
            else {
                try {
                    v = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new CorpusException(file, line, header.get(labelEnd + c), "'" + s + "' is not a number", REDO);
                }
                if (Double.isInfinite(v) || Double.isNaN(v)) throw new CorpusException(file, line, header.get(labelEnd + c), "'" + s + "' is not a finite number", REDO);
            }
            if (v != 0) {
                idx[k] = c;
                val[k++] = v;
            }
        }
        return new FeatureTable.Row(id, rec.get(1), date, labels, new SparseVector(java.util.Arrays.copyOf(idx, k), java.util.Arrays.copyOf(val, k)));
    }

    /** The first difference of two headers, in words. */
    private static String difference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) return "column " + (i + 1) + " is '" + b.get(i) + "' here, '" + a.get(i) + "' there";
        }
        return b.size() + " columns here, " + a.size() + " there";
    }
}
