package org.framelab.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.framelab.app.FeatureStep;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureTable;
import org.framelab.features.FittedFeatures;
import org.framelab.features.FramingSpec;
import org.framelab.features.SparseVector;
import org.framelab.features.TermCount;
import org.framelab.report.tables.CsvTableWriter;
import org.framelab.report.tables.FeatureTableFiles;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import scala.Tuple2;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * {@code framelab spark features}: the framing features of every article, computed by FrameLab's own per-article
 * analysis inside Spark partitions, written as Parquet (typed columns) or as CSV part files carrying exactly the
 * header, columns and values of {@code framelab features}; plus the terms table, the bad-row sample and a manifest.
 *
 * <pre>
 * DIR/features/part-NNNNN.parquet | part-NNNNN.csv   one row per article (every CSV part starts with the header)
 * DIR/terms.csv                                       the terms table of framelab features (counted in Spark)
 * DIR/bad-rows.csv                                    the first bad rows: file, line, reason (only when there are some)
 * DIR/manifest.json                                   job, versions, master, input, mapping, families, counts, timings
 * </pre>
 */
public final class FeaturesJob {
    private FeaturesJob() {}

    public enum Format { PARQUET, CSV }

    /**
     * @param families the --families spec as given (recorded in the manifest; {@code report --from} reads it)
     * @param output   output folder (local, HDFS or S3)
     * @param terms    also count and write the terms table
     */
    public record Request(JobInput input, FeatureOptions features, String families, String output, Format format, boolean terms,
                          boolean fullPrecision) {
        public Request(JobInput input, FeatureOptions features, String families, String output, Format format, boolean terms) {
            this(input, features, families, output, format, terms, false);
        }
    }

    /** What the job did: the census of the input, the rows written, the part files and the terms table's size. */
    public record Result(SparkCorpus.Census census, long rows, List<String> parts, int termRows, List<FeatureColumn> columns,
                         SparkCorpus corpus) {}

    public static Result run(SparkSession spark, Request r) throws InputException, IOException {
        JobManifest mf = new JobManifest("features", spark);
        FramingSpec spec = (FramingSpec) FeatureSets.parse(r.features());
        if (spec.needsFit()) {
            throw new org.framelab.util.OptionException("families", r.families(), "n-gram columns need a vocabulary fitted on training "
                    + "articles: compute the framing families here (e.g. --families framing) and let `framelab spark train` fit the n-gram "
                    + "vocabulary inside each fold");
        }
        FittedFeatures fitted = FeatureStep.fit(List.of(), spec, Progress.NONE).features();
        SparkCorpus corpus = SparkCorpus.open(spark, r.input());
        mf.joinOutletLabels(corpus); // --outlet-labels: a table that cannot be joined stops the job before any output
        JobFiles out = JobFiles.of(spark, r.output());
        SparkCorpus.Census census = mf.census(corpus, out, r.input().strict());
        List<String> labels = corpus.labelFields(); // the joined labels per outlet too, as a local features table has them
        List<FeatureColumn> columns = fitted.columns();
        JavaRDD<FeatureExtraction.Analysed> analysed = SparkAnalysis.analyse(corpus, fitted, r.terms())
                .persist(StorageLevel.DISK_ONLY()); // rows are small; on disk the executors' memory stays flat
        try {
            out.delete("features");
            List<String> parts;
            if (r.format() == Format.PARQUET) {
                Dataset<Row> df = spark.createDataFrame(analysed.map(a -> toRow(a.row(), labels, columns.size())), schema(labels, columns));
                df.write().mode(SaveMode.Overwrite).parquet(out.path("features"));
                parts = out.tidyParts("features", "parquet");
            } else {
                boolean raw = false, full = r.fullPrecision();
                analysed.mapPartitions(it -> csvLines(it, columns, labels, raw, full)).saveAsTextFile(out.path("features"));
                parts = out.tidyParts("features", "csv");
            }
            mf.lap("features");
            long rows = analysed.count();
            int termRows = 0;
            if (r.terms()) {
                List<TermCount> terms = FeatureExtraction.mergeTerms(countTerms(analysed));
                Path tmp = Files.createTempFile("framelab-terms-", ".csv");
                try {
                    FeatureTableFiles.writeTerms(tmp, terms, false);
                    out.copyIn(tmp, "terms.csv");
                } finally {
                    Files.deleteIfExists(tmp);
                }
                termRows = terms.size();
                mf.lap("terms");
            } else {
                out.delete("terms.csv");
            }
            mf.input(corpus, r.input().paths())
                    .put("features", JobManifest.map("families", r.families(), "columns", columns.size()))
                    .put("outputs", JobManifest.map("features", "features/", "format", r.format().name().toLowerCase(Locale.ROOT),
                            "parts", parts.size(), "rows", rows, "terms", r.terms() ? "terms.csv" : "none",
                            "precision", r.format() == Format.CSV && r.fullPrecision() ? "full" : r.format() == Format.CSV ? "6 decimals" : "double"));
            out.writeText("manifest.json", mf.json());
            return new Result(census, rows, parts, termRows, columns, corpus);
        } finally {
            analysed.unpersist(false);
        }
    }

    /** The terms of every article added up in Spark (by term, family, category, outlet). */
    static List<TermCount> countTerms(JavaRDD<FeatureExtraction.Analysed> analysed) {
        JavaPairRDD<List<String>, Long> pairs = analysed.flatMapToPair(a -> {
            List<Tuple2<List<String>, Long>> l = new ArrayList<>(a.terms().size());
            for (TermCount t : a.terms()) l.add(new Tuple2<>(List.of(t.term(), t.family(), t.category(), t.outlet()), t.count()));
            return l.iterator();
        });
        List<TermCount> out = new ArrayList<>();
        for (Tuple2<List<String>, Long> t : pairs.reduceByKey(Long::sum).collect()) {
            List<String> k = t._1();
            out.add(new TermCount(k.get(0), k.get(1), k.get(2), k.get(3), t._2()));
        }
        return out;
    }

    /** Parquet schema: id, outlet, date, the label fields (named as in the CSV header), one double per feature column. */
    public static StructType schema(List<String> labels, List<FeatureColumn> columns) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("id", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("outlet", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("date", DataTypes.DateType, true));
        for (String l : labels) f.add(DataTypes.createStructField(CsvTableWriter.labelHeader(l, columns), DataTypes.StringType, true));
        for (FeatureColumn c : columns) f.add(DataTypes.createStructField(c.name(), DataTypes.DoubleType, true));
        return DataTypes.createStructType(f);
    }

    /** A row as Parquet holds it: a missing value (NaN, e.g. a ratio of nothing) is null. */
    static Row toRow(FeatureTable.Row row, List<String> labels, int ncols) {
        Object[] v = new Object[3 + labels.size() + ncols];
        v[0] = row.id();
        v[1] = row.outlet();
        v[2] = row.date() == null ? null : java.sql.Date.valueOf(row.date());
        for (int i = 0; i < labels.size(); i++) v[3 + i] = row.labels().get(labels.get(i));
        int base = 3 + labels.size();
        for (int i = 0; i < ncols; i++) v[base + i] = 0.0;
        SparseVector sv = row.values();
        int[] idx = sv.indices();
        double[] val = sv.values();
        for (int k = 0; k < idx.length; k++) v[base + idx[k]] = Double.isNaN(val[k]) ? null : val[k];
        return RowFactory.create(v);
    }

    /** One CSV part: the header of {@code framelab features}, then its rows, written by its own CSV writer. */
    static Iterator<String> csvLines(Iterator<FeatureExtraction.Analysed> it, List<FeatureColumn> columns, List<String> labels, boolean raw,
                                     boolean fullPrecision) throws IOException {
        StringWriter buf = new StringWriter();
        CsvTableWriter w = new CsvTableWriter(buf, columns, labels, raw);
        if (fullPrecision) w.fullPrecision();
        String header = take(buf);
        return new Iterator<>() {
            boolean headerDone;

            @Override public boolean hasNext() { return !headerDone || it.hasNext(); }

            @Override
            public String next() {
                if (!headerDone) {
                    headerDone = true;
                    return header;
                }
                try {
                    w.accept(it.next().row());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return take(buf);
            }
        };
    }

    /** The buffer's text without its final line break, and the buffer emptied. */
    private static String take(StringWriter buf) {
        StringBuffer b = buf.getBuffer();
        String s = b.toString();
        b.setLength(0);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
