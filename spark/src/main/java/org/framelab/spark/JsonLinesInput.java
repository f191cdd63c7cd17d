package org.framelab.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.framelab.corpus.Article;
import org.framelab.corpus.BadRecordException;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.JsonlReader;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.DateEvidence;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.RawRecord;
import org.framelab.corpus.RecordMapping;
import org.framelab.corpus.SkippedRow;
import org.framelab.util.InputException;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * JSON lines as {@link SparkCorpus} reads them: Hadoop text splits, every line parsed by the local reader's parser.
 * A census pass counts the lines of each split, so the second pass gives every record its exact file line and row
 * (the local {@code FILE-STEM:ROW} ids of records without an id) and every bad line its place.
 */
final class JsonLinesInput {
    private JsonLinesInput() {}


    /** Per split: lines, non-blank records, bad count and the first bad lines (line numbers within the split). */
    private record SplitCount(String file, long start, long lines, long records, long bad, List<long[]> badLines,
                              List<String> reasons, List<DateEvidence.Value> dates, long ambiguousDates,
                              DateEvidence.Value firstAmbiguous) implements Serializable {}

    /**
     * The lines of every file, split so that plain files give at least one split per core (so no shuffle is needed and
     * the output keeps the input's order); a .gz file is one split (gzip cannot be split), a .bz2 file is split by Hadoop
     * at its block markers. Every line belongs to exactly one split and both passes compute the same splits, so the
     * census's line offsets hold for every codec.
     */
    private static JavaNewHadoopRDD<LongWritable, Text> lines(SparkSession spark, List<String> files) {
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        long total = 0;
        try {
            for (String f : files) {
                Path p = new Path(f);
                total += p.getFileSystem(conf).getFileStatus(p).getLen();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int cores = Math.max(1, spark.sparkContext().defaultParallelism());
        long split = Math.max(1 << 16, (total + cores - 1) / cores);
        if (split < conf.getLong("mapreduce.input.fileinputformat.split.maxsize", Long.MAX_VALUE)) {
            conf.setLong("mapreduce.input.fileinputformat.split.maxsize", split);
        }
        return (JavaNewHadoopRDD<LongWritable, Text>) JavaSparkContext.fromSparkContext(spark.sparkContext()).newAPIHadoopFile(String.join(",", files), TextInputFormat.class,
                LongWritable.class, Text.class, conf);
    }

    private static String key(String file, long start) {
        return start + "@" + file;
    }

    /**
     * One pass over the lines: counts, the first bad lines, and the date values the local reader's date order checks
     * act on ({@link DateEvidence}), which are then checked in input order as a local read checks them.
     *
     * @throws CorpusException the dates of {@code mapping}'s date field break the local reader's rules (a day-first date
     *                         without {@code --date-format}, a value that contradicts the format given): the local message
     */
    static SparkCorpus.Census census(SparkSession spark, List<String> files, Map<String, String> display, FieldMapping mapping)
            throws CorpusException {
        List<SplitCount> counts = lines(spark, files).mapPartitionsWithInputSplit((InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
            FileSplit fs = (FileSplit) split;
            String file = fs.getPath().toString();
            long lines = 0, records = 0, bad = 0;
            List<long[]> badLines = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            DateEvidence dates = new DateEvidence(mapping);
            while (it.hasNext()) {
                String line = text(it.next()._2(), fs.getStart() == 0 && lines == 0);
                lines++;
                if (line.isBlank()) continue;
                records++;
                try {
                    dates.offer(lines, JsonlReader.parseLine(file, lines, line));
                } catch (BadRecordException e) {
                    bad++;
                    if (badLines.size() < SparkCorpus.SAMPLE) {
                        badLines.add(new long[]{lines});
                        reasons.add(e.reason());
                    }
                }
            }
            return List.of(new SplitCount(file, fs.getStart(), lines, records, bad, badLines, reasons, dates.values(),
                    dates.ambiguous(), dates.firstAmbiguous())).iterator();
        }, false).collect();
        List<SplitCount> sorted = new ArrayList<>(counts);
        sorted.sort((x, y) -> x.file().equals(y.file()) ? Long.compare(x.start(), y.start()) : x.file().compareTo(y.file()));
        Map<String, long[]> offsets = new HashMap<>();
        List<SkippedRow> sample = new ArrayList<>();
        List<DateEvidence.Located> dates = new ArrayList<>();
        long ambiguous = 0;
        DateEvidence.Located firstAmbiguous = null;
        long records = 0, bad = 0;
        String file = null;
        long line = 0, row = 0;
        for (SplitCount c : sorted) {
            if (!c.file().equals(file)) {
                file = c.file();
                line = 0;
                row = 0;
            }
            offsets.put(key(c.file(), c.start()), new long[]{line, row});
            for (DateEvidence.Value v : c.dates()) dates.add(new DateEvidence.Located(display.get(c.file()), line + v.line(), v.raw()));
            if (firstAmbiguous == null && c.firstAmbiguous() != null) {
                firstAmbiguous = new DateEvidence.Located(display.get(c.file()), line + c.firstAmbiguous().line(), c.firstAmbiguous().raw());
            }
            ambiguous += c.ambiguousDates();
            for (int i = 0; i < c.badLines().size() && sample.size() < SparkCorpus.SAMPLE; i++) {
                sample.add(new SkippedRow(display.get(c.file()), line + c.badLines().get(i)[0], c.reasons().get(i)));
            }
            line += c.lines();
            row += c.records();
            records += c.records();
            bad += c.bad();
        }
        String note = DateEvidence.check(mapping, dates, ambiguous, firstAmbiguous);
        return new SparkCorpus.Census(records, records - bad, bad, sample, offsets, note.isEmpty() ? List.of() : List.of(note));
    }

    static JavaRDD<Article> articles(SparkSession spark, List<String> files, Map<String, String> names, RecordMapping m,
                                     SparkCorpus.Census census) {
        Broadcast<Map<String, long[]>> offsets = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new HashMap<>(census.splitOffsets()));
        return lines(spark, files).mapPartitionsWithInputSplit((InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
            FileSplit fs = (FileSplit) split;
            String file = fs.getPath().toString();
            long[] off = offsets.value().get(key(file, fs.getStart()));
            if (off == null) throw new IllegalStateException("no line count for " + file + " at byte " + fs.getStart());
            RecordMapping fm = m.forFile(names.get(file));
            String shown = names.get(file);
            return new Iterator<Article>() {
                long line = off[0], row = off[1];
                Article next;

                @Override
                public boolean hasNext() {
                    while (next == null && it.hasNext()) {
                        String text = text(it.next()._2(), fs.getStart() == 0 && line == 0);
                        line++;
                        if (text.isBlank()) continue;
                        row++;
                        try {
                            next = fm.map(new RawRecord(shown, line, row, JsonlReader.parseLine(shown, line, text)));
                        } catch (BadRecordException e) {
                            // counted by the census
                        }
                    }
                    return next != null;
                }

                @Override
                public Article next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    Article a = next;
                    next = null;
                    return a;
                }
            };
        }, false);
    }

    /** A line's text; the first line of a file loses a UTF-8 byte order mark. */
    private static String text(Text t, boolean firstOfFile) {
        String s = t.toString();
        return firstOfFile && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Field names of the first JSON record of the input (a bad first line is passed over, as a local read with --skip-bad does). */
    static List<String> fields(Configuration conf, List<String> files, Map<String, String> display) throws InputException {
        for (String f : files) {
            Path p = new Path(f);
            try {
                FileSystem fs = p.getFileSystem(conf);
                var codec = new org.apache.hadoop.io.compress.CompressionCodecFactory(conf).getCodec(p);
                try (var raw = fs.open(p);
                     var in = codec == null ? raw : codec.createInputStream(raw);
                     var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
                    String line;
                    long n = 0;
                    while ((line = r.readLine()) != null && n < 1000) {
                        n++;
                        if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                        if (line.isBlank()) continue;
                        try {
                            return new ArrayList<>(JsonlReader.parseLine(display.get(f), n, line).keySet());
                        } catch (BadRecordException e) {
                            // look at the next line
                        }
                    }
                }
            } catch (IOException e) {
                throw new InputException(display.get(f) + ": cannot read: " + e.getMessage() + "\n  What to do: check the path and permissions.");
            }
        }
        throw new CorpusException(display.get(files.get(0)), -1, null, "no JSON record found in the first 1,000 lines of any input file",
                "give files with one JSON object per line");
    }
}
