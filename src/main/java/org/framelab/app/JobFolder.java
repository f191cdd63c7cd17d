package org.framelab.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.corpus.CorpusException;
import org.framelab.util.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The folder the Spark job writes ({@code framelab spark features ... -o DIR}, see docs/spark-report-from.md):
 * {@code manifest.json} (what ran on what), {@code features/part-NNNNN.csv} (the per-article table in the
 * layout of {@code framelab features -o x.csv}), {@code terms.csv} (optional) and {@code train/} (optional:
 * {@code predictions.csv} and its {@code manifest.json}). Reads the manifests and finds the files; every
 * problem is an {@link InputException} naming the file and what to do.
 */
public final class JobFolder {
    private JobFolder() {}

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String RERUN = "point --from at the folder the Spark job wrote (its -o DIR), or run the job again";

    /**
     * The features job's manifest.
     *
     * @param mapping     the input's field mapping as the job was given it (id, text, title, outlet, date, labels; null values kept)
     * @param families    the {@code --families} spec of the features, e.g. {@code framing}
     * @param actors      actors of the {@code actors} family ({@code Name=alias|alias}), empty when none
     * @param badRowsFile the sample of bad rows (relative to the folder), or null
     * @param outletLabels the table of labels per outlet the job joined ({@code --outlet-labels}), or null
     */
    public record Manifest(Path file, String framelabVersion, String sparkVersion, String master, List<String> inputPaths,
                           String inputFormat, Map<String, Object> mapping, String families, List<String> actors, long records,
                           long articles, long badRows, String badRowsFile, String created, JoinedTable outletLabels) {
        public Manifest {
            inputPaths = List.copyOf(inputPaths);
            actors = List.copyOf(actors);
            mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        }

        /** The label fields the job joined from a table of labels per outlet (empty for none). */
        public List<String> joinedLabelFields() {
            return outletLabels == null ? List.of() : outletLabels.fields();
        }
    }

    /**
     * The table of labels per outlet the job joined ({@code input.outlet_labels} of its manifest).
     *
     * @param path         the table as the job was given it
     * @param fields       the label fields joined (columns of the features like the mapping's labels)
     * @param withoutValue articles the job left without a value for some of them
     * @param note         the job's note on the join (a local read's load note)
     */
    public record JoinedTable(String path, String sha256, List<String> fields, long withoutValue, String note) {
        public JoinedTable {
            fields = List.copyOf(fields);
        }
    }

    /** The train step's manifest and its predictions file. */
    public record Train(Path file, Path predictions, String label, String groupField, int folds, long seed, String classifier,
                        String families) {}

    /** Reads {@code DIR/manifest.json} (it must say {@code "job": "features"}). */
    public static Manifest manifest(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException(dir.toString(), -1, null, Files.exists(dir) ? "not a folder" : "no such folder", RERUN);
        }
        Path file = dir.resolve("manifest.json");
        JsonNode m = read(file, "features");
        JsonNode input = object(m, "input", file, true);
        JsonNode mapping = object(input, "mapping", file, false);
        JsonNode features = object(m, "features", file, true);
        JsonNode counts = object(m, "counts", file, true);
        Map<String, Object> map = new LinkedHashMap<>();
        if (mapping != null) {
            for (var it = mapping.fields(); it.hasNext(); ) {
                var e = it.next();
                map.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().isArray() ? strings(e.getValue(), file, "input.mapping." + e.getKey())
                        : e.getValue().asText());
            }
        }
        String families = text(features, "families", file, true);
        JsonNode ol = object(input, "outlet_labels", file, false);
        JoinedTable joined = ol == null ? null : new JoinedTable(text(ol, "path", file, true), text(ol, "sha256", file, true),
                strings(ol.get("fields"), file, "input.outlet_labels.fields"), count(ol, "without_value", "input.outlet_labels.without_value", file), text(ol, "note", file, false));
        JsonNode actors = features.get("actors");
        return new Manifest(file, text(m, "framelab_version", file, true), text(m, "spark_version", file, true), text(m, "master", file, true),
                strings(input.get("paths"), file, "input.paths"), text(input, "format", file, true), map, families,
                actors == null || actors.isNull() ? List.of() : strings(actors, file, "features.actors"),
                count(counts, "records", file), count(counts, "articles", file), count(counts, "bad_rows", file),
                text(m, "bad_rows_sample", file, false), text(m, "created", file, false), joined);
    }

    /** The CSV part files of {@code DIR/features/}, sorted by name; parquet-only folders are an error saying how to get CSV. */
    public static List<Path> featureParts(Path dir) throws InputException {
        Path f = dir.resolve("features");
        if (!Files.isDirectory(f)) {
            throw new CorpusException(f.toString(), -1, null, "no features folder: the job's per-article table is missing",
                    "run the Spark job's features step to completion (it writes DIR/features/part-*.csv)");
        }
        List<Path> csv = new ArrayList<>(), parquet = new ArrayList<>();
        try (Stream<Path> s = Files.list(f)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!n.startsWith("part-") || !Files.isRegularFile(p)) continue;
                if (n.endsWith(".csv")) csv.add(p);
                else if (n.endsWith(".parquet")) parquet.add(p);
            }
        } catch (IOException e) {
            throw new CorpusException(f.toString(), -1, null, "cannot list the folder (" + e.getMessage() + ")", "check its permissions", e);
        }
        if (csv.isEmpty() && !parquet.isEmpty()) {
            throw new CorpusException(f.toString(), -1, null, "the features are in Parquet only (" + parquet.size()
                    + " part files); report --from reads the CSV parts", "run the Spark job with --format csv --full-precision");
        }
        if (csv.isEmpty()) {
            throw new CorpusException(f.toString(), -1, null, "no part-*.csv files: the job's per-article table is missing",
                    "run the Spark job's features step to completion with --format csv --full-precision");
        }
        return csv;
    }

    /** {@code DIR/terms.csv}, or null when the job wrote none. */
    public static Path terms(Path dir) {
        Path t = dir.resolve("terms.csv");
        return Files.isRegularFile(t) ? t : null;
    }

    /** The train step's manifest and predictions, or null when {@code DIR/train/} does not exist. */
    public static Train train(Path dir) throws InputException {
        Path t = dir.resolve("train");
        if (!Files.isDirectory(t)) return null;
        Path file = t.resolve("manifest.json");
        JsonNode m = read(file, "train");
        Path preds = t.resolve("predictions.csv");
        if (!Files.isRegularFile(preds)) {
            throw new CorpusException(preds.toString(), -1, null, "missing: the train step wrote a manifest but no predictions",
                    "run the job's train step to completion, or remove " + t + " to report without the classifier");
        }
        JsonNode folds = m.get("folds"), seed = m.get("seed");
        return new Train(file, preds, text(m, "label", file, true), text(m, "group_field", file, false),
                folds == null || !folds.canConvertToInt() ? 0 : folds.asInt(), seed == null || !seed.canConvertToLong() ? CompareGroups.DEFAULT_SEED : seed.asLong(),
                text(m, "classifier", file, true), text(m, "families", file, false));
    }

    private static JsonNode read(Path file, String job) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file.toString(), -1, null, "missing: this is not a folder the Spark job wrote (or the job did not finish)", RERUN);
        }
        JsonNode m;
        try {
            m = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new CorpusException(file.toString(), line, null, "not valid JSON (" + e.getOriginalMessage() + ")",
                    "the job writes this file last; run the job again rather than editing it", e);
        } catch (IOException e) {
            throw new CorpusException(file.toString(), -1, null, "cannot read the file (" + e.getMessage() + ")", "check its permissions", e);
        }
        if (m == null || !m.isObject()) {
            throw new CorpusException(file.toString(), -1, null, "not a JSON object", "the job writes this file last; run the job again");
        }
        String j = m.path("job").asText("");
        if (!j.equals(job)) {
            throw new CorpusException(file.toString(), -1, "job", "is '" + j + "', expected '" + job + "'",
                    job.equals("features") ? RERUN : "train/manifest.json must come from the job's train step");
        }
        return m;
    }

    private static JsonNode object(JsonNode parent, String key, Path file, boolean required) throws InputException {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            if (!required) return null;
            throw missing(file, key);
        }
        if (!n.isObject()) throw new CorpusException(file.toString(), -1, key, "is not a JSON object", "run the job again");
        return n;
    }

    private static String text(JsonNode parent, String key, Path file, boolean required) throws InputException {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            if (required) throw missing(file, key);
            return null;
        }
        if (!n.isValueNode()) throw new CorpusException(file.toString(), -1, key, "is not a text value", "run the job again");
        return n.asText();
    }

    private static long count(JsonNode counts, String key, Path file) throws InputException {
        return count(counts, key, "counts." + key, file);
    }

    private static long count(JsonNode counts, String key, String shown, Path file) throws InputException {
        JsonNode n = counts.get(key);
        if (n == null || !n.canConvertToLong() || n.asLong() < 0) {
            throw new CorpusException(file.toString(), -1, shown, n == null ? "missing" : "is not a count: " + n, "run the job again");
        }
        return n.asLong();
    }

    private static List<String> strings(JsonNode n, Path file, String key) throws InputException {
        if (n == null || !n.isArray()) throw new CorpusException(file.toString(), -1, key, n == null ? "missing" : "is not a list", "run the job again");
        List<String> out = new ArrayList<>();
        for (JsonNode x : n) out.add(x.asText());
        return out;
    }

    private static InputException missing(Path file, String key) {
        return new CorpusException(file.toString(), -1, key, "missing", "the Spark job writes it; run the job again (or check that -o DIR is its output)");
    }
}
