package org.framelab.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.framelab.corpus.Article;
import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.OutletLabels;
import org.framelab.corpus.RawRecord;
import org.framelab.corpus.ReadOptions;
import org.framelab.corpus.RecordMapping;
import org.framelab.corpus.SkippedRow;
import org.framelab.util.InputException;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A corpus as Spark reads it, with FrameLab's own reading rules: the field mapping is detected on the driver
 * exactly as the local readers detect it, and every record becomes the {@link Article} a local read gives.
 * <ul>
 *   <li>JSON lines (plain, .gz, .bz2): split by Hadoop's text input (large plain files in parallel), each line parsed
 *   by the local reader's parser; a first pass counts lines per split so that every record and every bad line gets
 *   its exact file line, and records without an id the local {@code FILE-STEM:ROW} id.</li>
 *   <li>CSV/TSV: one task per file with the local CSV reader (a CSV file with quoted line breaks cannot be split):
 *   the same encodings, delimiter detection and bad-row rules.</li>
 *   <li>Parquet: Spark's reader; every column's value as text (null as empty); needs an id field.</li>
 * </ul>
 * Bad rows never stop the job: {@link #census()} counts them and keeps the first with file, line and reason, and
 * {@link #articles()} leaves them out (the job stops before any work with {@code --strict}).
 */
public final class SparkCorpus implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Input formats. */
    public enum Format { JSONL, CSV, PARQUET }

    /** Bad rows kept with their reasons. */
    public static final int SAMPLE = 20;

    private final transient SparkSession spark;
    private final JobInput input;
    private final Format format;
    /** Qualified input files, sorted; and how each is named in messages and outputs. */
    private final List<String> files;
    private final Map<String, String> display;
    private final RecordMapping mapping;
    /** The table of labels per outlet joined to every article ({@code --outlet-labels}), or null. */
    private final OutletLabels outletLabels;
    private transient Census census;
    private transient OutletLabels joined;

    private SparkCorpus(SparkSession spark, JobInput input, Format format, List<String> files, Map<String, String> display,
                        RecordMapping mapping, OutletLabels outletLabels) {
        this.spark = spark;
        this.input = input;
        this.format = format;
        this.files = List.copyOf(files);
        this.display = Collections.unmodifiableMap(new LinkedHashMap<>(display));
        this.mapping = mapping;
        this.outletLabels = outletLabels;
    }

    /**
     * Finds the input files, decides the format and resolves the field mapping (on the driver).
     *
     * @throws InputException no such file, an unknown or mixed format, an option Spark cannot honour, or a mapping
     *                        that does not fit the fields (the local readers' messages)
     */
    /**
     * Why the job refuses judgement-level input, and what to do. FrameLab folds judgements only as it reads them (no
     * command writes the folded articles), so the way on is the local commands, or one row per article made elsewhere.
     */
    static final String JUDGEMENTS_REFUSED = "--item-field/--annotator-field: judgement-level data is folded into articles in memory, "
            + "which the Spark job does not do\n  What to do: use the local commands, which fold the judgements as they read them "
            + "(framelab features|report|train PATH --item-field F --annotator-field A); for the Spark job, give it one row per "
            + "article (FrameLab writes no folded corpus: fold the judgements with your own script, e.g. the majority label per item).";

    public static SparkCorpus open(SparkSession spark, JobInput input) throws InputException {
        if (input.paths().isEmpty()) throw new InputException("no input given\n  What to do: give a corpus file, folder or glob.");
        FieldMapping req = input.mapping();
        if (req.annotatorField() != null || req.itemField() != null) {
            throw new InputException(JUDGEMENTS_REFUSED);
        }
        OutletLabels table = SparkOutletLabels.read(input); // a bad table stops the job before the input is listed, as locally
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> files = new ArrayList<>();
        Map<String, String> display = new HashMap<>();
        for (String p : input.paths()) listFiles(conf, p, files, display);
        Collections.sort(files);
        Format format = format(input, files, display);
        RecordMapping mapping;
        String first = display.get(files.get(0));
        switch (format) {
            case JSONL -> {
                if (input.encoding() != null && !input.encoding().strip().equalsIgnoreCase("UTF-8")) {
                    throw new InputException("--encoding " + input.encoding() + ": the Spark job reads JSON lines as UTF-8 (as JSON requires)\n"
                            + "  What to do: convert the files to UTF-8 (e.g. iconv -f " + input.encoding() + " -t UTF-8).");
                }
                mapping = RecordMapping.resolve(first, JsonLinesInput.fields(conf, files, display), req);
            }
            case CSV -> mapping = csvMapping(conf, files.get(0), first, input);
            default -> {
                List<String> fields = List.of(spark.read().parquet(files.get(0)).schema().fieldNames());
                mapping = RecordMapping.resolve(first, fields, req);
                if (mapping.mapping().idField() == null) {
                    throw new InputException(first + ": no id field found among the fields: " + String.join(", ", fields)
                            + "\n  What to do: name the field with a unique id, e.g. --id-field " + fields.get(0)
                            + " (Parquet rows have no line numbers to make ids from).");
                }
            }
        }
        return new SparkCorpus(spark, input, format, files, display, mapping, table);
    }

    public Format format() { return format; }

    /** The effective field mapping (after detection). */
    public RecordMapping mapping() { return mapping; }

    /** The label fields of the articles: the mapping's, then those joined from the table of labels per outlet. */
    public List<String> labelFields() {
        return SparkOutletLabels.labelFields(mapping.mapping().labelFields(), outletLabels);
    }

    /** The table of labels per outlet as given ({@code --outlet-labels}), or null. */
    public String outletLabelsFile() {
        return input.outletLabels();
    }

    /**
     * The table of labels per outlet with the counts of its join (one pass over the input, computed once; the local
     * check that the corpus does not have a field of the table first), or null without a table.
     */
    public OutletLabels outletLabels() throws IOException, CorpusException {
        if (outletLabels == null) return null;
        if (joined == null) joined = SparkOutletLabels.count(read(), outletLabels, String.join(", ", input.paths()));
        return joined;
    }

    /** The input files as they are named in messages and outputs (relative to what the user gave). */
    public List<String> fileNames() {
        return files.stream().map(display::get).toList();
    }

    public SparkSession session() { return spark; }

    private JavaSparkContext jsc() {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    // ---- census: what the input holds, what is bad -------------------------------------------------

    /**
     * Counts of one pass over the input (no features computed).
     *
     * @param records  records read (non-blank lines, CSV rows, Parquet rows), bad ones included
     * @param articles records that became articles
     * @param bad      bad records (left out of every output)
     * @param sample   the first {@value #SAMPLE} bad records in file and line order
     * @param notes    what a local read would say about the values (slash dates read month-first with nothing showing
     *                 the order), one sentence each
     */
    public record Census(long records, long articles, long bad, List<SkippedRow> sample, Map<String, long[]> splitOffsets,
                         List<String> notes) implements Serializable {}

    /** One pass over the input: counts and the first bad records (computed once). */
    public Census census() throws IOException {
        if (census == null) census = switch (format) {
            case JSONL -> {
                try {
                    yield JsonLinesInput.census(spark, files, display, mapping.mapping());
                } catch (CorpusException e) {
                    throw new IllegalStateException(e.getMessage(), e); // the job's error handler finds the input error inside
                }
            }
            case CSV -> csvCensus();
            case PARQUET -> {
                long n = spark.read().parquet(files.toArray(new String[0])).count();
                yield new Census(n, n, 0, List.of(), Map.of(), List.of());
            }
        };
        return census;
    }

    /**
     * Every good record as an article, in input order within each partition. Inputs read in fewer partitions than
     * Spark has cores (a single .gz file) are spread over the cores first.
     */
    public JavaRDD<Article> articles() throws IOException {
        JavaRDD<Article> a = read();
        if (outletLabels != null) a = SparkOutletLabels.join(a, outletLabels);
        int cores = spark.sparkContext().defaultParallelism();
        return a.getNumPartitions() < cores ? a.repartition(cores) : a;
    }

    /** Every good record as an article, as read (no labels per outlet joined, partitions as the input gives them). */
    private JavaRDD<Article> read() throws IOException {
        return switch (format) {
            case JSONL -> JsonLinesInput.articles(spark, files, display, mapping, census());
            case CSV -> csvArticles();
            case PARQUET -> parquetArticles();
        };
    }

    // ---- CSV ----------------------------------------------------------------------------------------

    private static ReadOptions csvOptions(JobInput in, FieldMapping mapping) {
        return ReadOptions.parse(mapping, in.encoding(), in.delimiter(), null, true, 0);
    }

    private static RecordMapping csvMapping(Configuration conf, String file, String shown, JobInput in) throws InputException {
        try (LocalCopy local = LocalCopy.of(conf, file, shown)) {
            List<String> fields = Corpora.fields(local.path(), csvOptions(in, in.mapping()));
            return RecordMapping.resolve(shown, fields, in.mapping());
        } catch (IOException e) {
            throw new InputException(shown + ": cannot read: " + e.getMessage() + "\n  What to do: check the path and permissions.");
        }
    }

    private record FileCount(String file, long records, long bad, List<SkippedRow> sample) implements Serializable {}

    private Census csvCensus() {
        JobInput in = input;
        FieldMapping fm = mapping.mapping();
        Map<String, String> names = display;
        List<FileCount> counts = jsc().parallelize(files, Math.max(1, files.size())).map(f -> {
            Configuration conf = new Configuration();
            String shown = names.get(f);
            try (LocalCopy local = LocalCopy.of(conf, f, shown);
                 ArticleStream s = Corpora.open(local.path(), csvOptions(in, fm))) {
                long n = 0;
                while (s.hasNext()) {
                    s.nextArticle();
                    n++;
                }
                var prov = s.provenance();
                List<SkippedRow> sample = prov.skippedSample().stream()
                        .map(r -> new SkippedRow(shown, r.line(), r.reason())).toList();
                return new FileCount(f, prov.rowsRead() + prov.rowsSkipped(), prov.rowsSkipped(), new ArrayList<>(sample));
            }
        }).collect();
        long records = 0, bad = 0;
        List<SkippedRow> sample = new ArrayList<>();
        List<FileCount> sorted = new ArrayList<>(counts);
        sorted.sort((x, y) -> x.file().compareTo(y.file()));
        for (FileCount c : sorted) {
            records += c.records();
            bad += c.bad();
            for (SkippedRow r : c.sample()) if (sample.size() < SAMPLE) sample.add(r);
        }
        return new Census(records, records - bad, bad, sample, Map.of(), List.of()); // the local reader's notes: CSV files read by it
    }

    private JavaRDD<Article> csvArticles() {
        JobInput in = input;
        FieldMapping fm = mapping.mapping();
        Map<String, String> names = display;
        return jsc().parallelize(files, Math.max(1, files.size())).mapPartitions(fit -> new Iterator<Article>() {
            LocalCopy local;
            ArticleStream s;

            @Override
            public boolean hasNext() {
                try {
                    while (s == null || !s.hasNext()) {
                        close();
                        if (!fit.hasNext()) return false;
                        String f = fit.next();
                        local = LocalCopy.of(new Configuration(), f, names.get(f));
                        s = Corpora.open(local.path(), csvOptions(in, fm));
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (CorpusException e) {
                    throw new IllegalStateException(e.getMessage(), e); // the job's error handler finds the input error inside
                }
            }

            @Override
            public Article next() {
                if (!hasNext()) throw new NoSuchElementException();
                return s.next();
            }

            private void close() {
                if (s != null) s.close();
                if (local != null) local.close();
                s = null;
                local = null;
            }
        });
    }

    // ---- Parquet ------------------------------------------------------------------------------------

    private JavaRDD<Article> parquetArticles() {
        Dataset<Row> df = spark.read().parquet(files.toArray(new String[0])).withColumn("__file", functions.input_file_name());
        RecordMapping m = mapping;
        Map<String, String> names = display;
        String[] cols = df.columns();
        return df.javaRDD().map(r -> {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < cols.length - 1; i++) {
                Object v = r.get(i);
                fields.put(cols[i], v == null ? "" : v.toString());
            }
            String f = names.getOrDefault(r.getString(cols.length - 1), r.getString(cols.length - 1));
            return m.map(new RawRecord(f, -1, -1, fields));
        });
    }

    // ---- files --------------------------------------------------------------------------------------

    private static void listFiles(Configuration conf, String given, List<String> files, Map<String, String> display) throws InputException {
        Path p = new Path(given);
        try {
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) {
                throw new InputException(given + ": no such file or folder\n  What to do: check the path (local paths, hdfs://, s3a:// and globs such as 'data/*.jsonl.gz' are read).");
            }
            boolean single = matched.length == 1 && matched[0].isFile();
            for (FileStatus s : matched) {
                if (s.isDirectory()) {
                    FileStatus[] inside = fs.listStatus(s.getPath());
                    for (FileStatus x : inside) {
                        String n = x.getPath().getName();
                        if (x.isFile() && !n.startsWith(".") && !n.startsWith("_")) {
                            String q = x.getPath().toString();
                            files.add(q);
                            display.put(q, (given.endsWith("/") ? given : given + "/") + n);
                        }
                    }
                } else {
                    String q = s.getPath().toString();
                    files.add(q);
                    display.put(q, single ? given : s.getPath().getName());
                }
            }
        } catch (IOException e) {
            throw new InputException(given + ": cannot read: " + e.getMessage() + "\n  What to do: check the path and permissions.");
        }
        if (files.isEmpty()) throw new InputException(given + ": the folder holds no files\n  What to do: give a folder with corpus files.");
    }

    private static Format format(JobInput in, List<String> files, Map<String, String> display) throws InputException {
        if (in.format() != null) {
            try {
                return Format.valueOf(in.format().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new org.framelab.util.OptionException("input_format", in.format(), "jsonl, csv or parquet");
            }
        }
        Format found = null;
        for (String f : files) {
            Format x = byExtension(f);
            if (x == null) {
                throw new InputException(display.get(f) + ": not a format the Spark job reads (.jsonl/.ndjson/.json, .csv/.tsv, "
                        + ".parquet; plain, .gz or .bz2)\n  What to do: convert it (framelab corpus FILE -o FILE.jsonl) or give --input-format.");
            }
            if (found != null && x != found) {
                throw new InputException(display.get(f) + ": the input mixes " + found.name().toLowerCase(Locale.ROOT) + " and "
                        + x.name().toLowerCase(Locale.ROOT) + " files\n  What to do: give files of one format.");
            }
            found = x;
        }
        return found;
    }

    static Format byExtension(String file) {
        String n = new Path(file).getName().toLowerCase(Locale.ROOT);
        for (String c : List.of(".gz", ".bz2", ".snappy", ".zst")) if (n.endsWith(c)) n = n.substring(0, n.length() - c.length());
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return Format.JSONL;
        if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt.csv")) return Format.CSV;
        if (n.endsWith(".parquet")) return Format.PARQUET;
        return null;
    }
}
