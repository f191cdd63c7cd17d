package org.framelab.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job's output folder on any file system Hadoop knows (local, HDFS, S3): small files are written whole to a
 * hidden partial file and then renamed into place (atomic on local file systems and HDFS; on S3 the rename is a
 * copy, so a reader may see the old file until it ends), Spark's part files get deterministic names.
 */
public final class JobFiles {
    private final FileSystem fs;
    private final Path dir;
    private final String given;

    private JobFiles(FileSystem fs, Path dir, String given) {
        this.fs = fs;
        this.dir = dir;
        this.given = given;
    }

    /** The folder {@code dir} (created when missing) with the session's Hadoop configuration. */
    public static JobFiles of(SparkSession spark, String dir) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            Path p = new Path(dir);
            FileSystem fs = p.getFileSystem(conf);
            // no hidden .crc files beside the outputs on a local disk (HDFS and S3 keep their own checksums)
            if (fs instanceof org.apache.hadoop.fs.LocalFileSystem local) fs = local.getRaw();
            fs.mkdirs(p);
            return new JobFiles(fs, fs.makeQualified(p), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The qualified path of {@code name} inside the folder, as Spark's writers take it. */
    public String path(String name) {
        return new Path(dir, name).toString();
    }

    /** {@code name} inside the folder as the user named the folder (for messages). */
    public String shown(String name) {
        return (given.endsWith("/") ? given : given + "/") + name;
    }

    /** Writes {@code text} (UTF-8) as {@code name}, replacing an older file only when complete. */
    public void writeText(String name, String text) throws IOException {
        write(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Copies a local file into the folder as {@code name}. */
    public void copyIn(java.nio.file.Path local, String name) throws IOException {
        write(name, out -> Files.copy(local, out));
    }

    /** Writes a file through {@code body}, then moves it into place. */
    public void write(String name, IOBody body) throws IOException {
        Path target = new Path(dir, name);
        Path partial = new Path(dir, "." + name + ".partial");
        try (FSDataOutputStream out = fs.create(partial, true)) {
            body.write(out);
        } catch (IOException | RuntimeException e) {
            fs.delete(partial, false);
            throw e;
        }
        if (fs.exists(target)) fs.delete(target, true);
        if (!fs.rename(partial, target)) throw new IOException("cannot move " + partial + " to " + target);
    }

    /** Removes {@code name} (a file or folder) when it exists. */
    public void delete(String name) throws IOException {
        Path p = new Path(dir, name);
        if (fs.exists(p)) fs.delete(p, true);
    }

    public boolean exists(String name) throws IOException {
        return fs.exists(new Path(dir, name));
    }

    /** Text of a file in the folder (small files only). */
    public String readText(String name) throws IOException {
        try (var in = fs.open(new Path(dir, name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes through an output stream. */
    @FunctionalInterface
    public interface IOBody {
        void write(OutputStream out) throws IOException;
    }

    private static final Pattern PART = Pattern.compile("part-(\\d{5})(?:-[0-9a-f-]{36})?(?:-c\\d{3})?(\\..*)?");

    /**
     * Renames the part files Spark wrote into {@code folder} to {@code part-NNNNN.EXT} (Spark's names carry a random
     * id per job, so two runs would differ) and returns the new names in order. Hidden checksum files go too.
     */
    public List<String> tidyParts(String folder, String ext) throws IOException {
        Path f = new Path(dir, folder);
        FileStatus[] all = fs.listStatus(f);
        Arrays.sort(all, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
        List<String> names = new ArrayList<>();
        for (FileStatus s : all) {
            String n = s.getPath().getName();
            if (n.startsWith(".") || n.startsWith("_")) {
                fs.delete(s.getPath(), false);
                continue;
            }
            Matcher m = PART.matcher(n);
            if (!m.matches()) continue;
            String target = "part-" + m.group(1) + "." + ext;
            if (!n.equals(target)) {
                if (!fs.rename(s.getPath(), new Path(f, target))) throw new IOException("cannot rename " + s.getPath() + " to " + target);
            }
            names.add(target);
        }
        return names;
    }
}
