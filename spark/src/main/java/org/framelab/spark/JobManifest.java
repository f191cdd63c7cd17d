package org.framelab.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.spark.sql.SparkSession;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.SkippedRow;
import org.framelab.util.Runtime2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of a job's output folder: what ran (job, FrameLab and Spark versions, master), on what
 * (input paths as given, format, effective mapping), with which settings, what came out and what was left out
 * (bad rows). Only {@code created} and {@code timings} change between two runs of the same job.
 */
public final class JobManifest {
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> timings = new LinkedHashMap<>();
    private final long t0 = System.nanoTime();
    private long lap = t0;
    /** {@code input.outlet_labels}: the table of labels per outlet and the counts of its join, or null. */
    private Map<String, Object> outletLabels;

    public JobManifest(String job, SparkSession spark) {
        root.put("job", job);
        root.put("framelab_version", Runtime2.version());
        root.put("spark_version", spark.version());
        root.put("master", spark.sparkContext().master());
    }

    /** The input: paths as given, format and the effective field mapping. */
    public JobManifest input(SparkCorpus c, List<String> paths) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("paths", paths);
        in.put("format", c.format().name().toLowerCase(java.util.Locale.ROOT));
        in.put("files", c.fileNames().size());
        FieldMapping m = c.mapping().mapping();
        Map<String, Object> mp = new LinkedHashMap<>();
        mp.put("id", m.idField());
        mp.put("text", m.textField());
        mp.put("title", m.titleField());
        mp.put("outlet", m.outletField());
        mp.put("date", m.dateField());
        mp.put("labels", m.labelFields());
        in.put("mapping", mp);
        if (outletLabels != null) in.put("outlet_labels", outletLabels);
        root.put("input", in);
        return this;
    }

    /**
     * The census every job starts with: counts the input's records and bad rows (one pass, no features), writes the
     * bad-row sample, records both here, and with {@code strict} stops before any work when a row is bad.
     */
    public SparkCorpus.Census census(SparkCorpus corpus, JobFiles out, boolean strict) throws IOException, org.framelab.util.InputException {
        SparkCorpus.Census census = corpus.census();
        if (!timings.containsKey("census")) lap("census");
        org.framelab.corpus.OutletLabels table = joinOutletLabels(corpus);
        if (table != null) {
            List<String> notes = new ArrayList<>(census.notes());
            notes.add(table.note()); // printed and recorded as a local read's load note
            census = new SparkCorpus.Census(census.records(), census.articles(), census.bad(), census.sample(), census.splitOffsets(), notes);
        }
        counts(census, writeBadRows(out, census));
        if (strict && census.bad() > 0) {
            throw new org.framelab.util.InputException(census.sample().get(0) + "\n  (" + census.bad() + " bad rows in all; the first are in "
                    + out.shown("bad-rows.csv") + ")\n  What to do: fix the rows, or run without --strict to count and skip them.");
        }
        return census;
    }

    /**
     * The join of the table of labels per outlet ({@code --outlet-labels}; null without one): the census, then one pass
     * counting the articles per outlet, both timed; a field the corpus already has stops the job here. Jobs call it
     * before they create their output folder, so that such a mistake leaves nothing behind.
     */
    public org.framelab.corpus.OutletLabels joinOutletLabels(SparkCorpus corpus) throws IOException, org.framelab.corpus.CorpusException {
        if (corpus.outletLabelsFile() == null) return null;
        corpus.census();
        if (!timings.containsKey("census")) lap("census");
        org.framelab.corpus.OutletLabels table = corpus.outletLabels();
        if (outletLabels == null) {
            lap("outlet_labels");
            outletLabels = SparkOutletLabels.manifest(corpus.outletLabelsFile(), table);
        }
        return table;
    }

    /** Record counts and the bad-row sample file (null when there were none). */
    public JobManifest counts(SparkCorpus.Census c, String badRowsFile) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("records", c.records());
        n.put("articles", c.articles());
        n.put("bad_rows", c.bad());
        root.put("counts", n);
        root.put("bad_rows_sample", badRowsFile);
        if (!c.notes().isEmpty()) root.put("notes", c.notes());
        return this;
    }

    /** An object of the manifest with its keys in the given order ({@code Map.of} would order them differently in every JVM). */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    public JobManifest put(String key, Object value) {
        root.put(key, value);
        return this;
    }

    /** Ends a timed step (seconds since the previous one). */
    public void lap(String step) {
        long now = System.nanoTime();
        timings.put(step, Math.round((now - lap) / 1e7) / 100.0);
        lap = now;
    }

    public String json() throws IOException {
        Map<String, Object> out = new LinkedHashMap<>(root);
        out.put("created", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        Map<String, Object> t = new LinkedHashMap<>(timings);
        t.put("total", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
        out.put("timings_seconds", t);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n";
    }

    /** Writes the bad-row sample ({@code file,line,reason}) or removes an old one; returns its name or null. */
    public static String writeBadRows(JobFiles out, SparkCorpus.Census c) throws IOException {
        String name = "bad-rows.csv";
        if (c.bad() == 0) {
            out.delete(name);
            return null;
        }
        StringBuilder sb = new StringBuilder("file,line,reason\n");
        for (SkippedRow r : c.sample()) {
            sb.append(csv(r.file())).append(',').append(r.line() > 0 ? Long.toString(r.line()) : "").append(',').append(csv(r.reason())).append('\n');
        }
        out.writeText(name, sb.toString());
        return name;
    }

    static String csv(String s) {
        if (s == null) return "";
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Prints the census's notes on {@code err} as a local read prints its own ("framelab: note: ..."). */
    public static void printNotes(SparkCorpus.Census c, java.io.PrintWriter err) {
        for (String n : c.notes()) err.println("framelab: note: " + n);
        err.flush();
    }

    /** The bad rows as the job prints them. */
    public static List<String> describe(SparkCorpus.Census c) {
        List<String> out = new ArrayList<>();
        for (SkippedRow r : c.sample()) out.add(r.toString());
        return out;
    }
}
