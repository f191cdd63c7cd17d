package org.framelab.model;

import org.framelab.util.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a split: which article ids are in the {@code train}, {@code valid} and {@code test} parts.
 * Accepts (1) a folder with {@code train.tsv}, {@code valid.tsv} and/or {@code test.tsv} (also
 * {@code .csv}/{@code .txt}; {@code dev} counts as {@code valid}) whose first column is the id, with
 * or without a header (the AllSides layout {@code ID<TAB>bias}); (2) one of those files, whose
 * sibling part files are read too; (3) one CSV/TSV with a header containing {@code id} and
 * {@code split} (or {@code part}/{@code set}) columns.
 */
public final class SplitFile {
    private static final Set<String> PARTS = Set.of("train", "valid", "test");

    private SplitFile() {}

    /** id -> part ({@code train}, {@code valid} or {@code test}), in file order. */
    public static Map<String, String> read(Path path) throws InputException {
        if (!Files.exists(path)) throw new InputException(path + ": split file not found.\n  What to do: check --split-file.");
        Map<String, String> out = new LinkedHashMap<>();
        try {
            if (Files.isDirectory(path)) {
                readFolder(path, out);
            } else {
                String part = partOf(path);
                if (part != null) readFolder(path.toAbsolutePath().getParent(), out);
                else readTable(path, out);
            }
        } catch (IOException e) {
            throw new InputException(path + ": cannot read the split file: " + e.getMessage(), e);
        }
        if (out.isEmpty()) throw new InputException(path + ": the split has no ids.\n  What to do: give a folder with train.tsv and valid.tsv/test.tsv, or a table with id and split columns.");
        return out;
    }

    /**
     * How a split matches the corpus it is applied to: how many of the articles evaluated it puts in
     * training and test, and what it leaves out on either side (ids written differently, e.g. {@code 99.0}
     * by a spreadsheet for {@code 99}, match nothing), so that nothing is dropped silently.
     *
     * @param source          the split file as given
     * @param train           articles in the 'train' part
     * @param test            articles in the test part ({@code testPart})
     * @param testPart        {@code test}, or {@code valid} when the split has no test part
     * @param notListed       articles evaluated (labelled, not excluded) that the split does not list: left out
     * @param notListedIds    the first few of them
     * @param notInCorpus     ids the split lists that no corpus article has
     * @param notInCorpusIds  the first few of them
     * @param unusedValid     articles in the 'valid' part, not used because the split has a test part
     */
    public record Coverage(String source, int train, int test, String testPart, int notListed, List<String> notListedIds,
                           int notInCorpus, List<String> notInCorpusIds, int unusedValid) {
        public Coverage {
            notListedIds = List.copyOf(notListedIds);
            notInCorpusIds = List.copyOf(notInCorpusIds);
        }

        /** Whether every article evaluated is in a used part and every listed id is in the corpus. */
        public boolean complete() {
            return notListed == 0 && notInCorpus == 0 && unusedValid == 0;
        }

        /** One line, e.g. "Split file split.csv: 150 train, 60 test; 4 corpus articles not listed (left out, e.g. a7), 2 listed ids not in the corpus (e.g. 99.0)". */
        public String describe() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Split file %s: %,d train, %,d %s", source, train, test, testPart));
            List<String> off = new java.util.ArrayList<>();
            if (notListed > 0) off.add(String.format(Locale.ROOT, "%,d corpus article%s not listed (left out, e.g. %s)", notListed,
                    notListed == 1 ? "" : "s", String.join(", ", notListedIds)));
            if (notInCorpus > 0) off.add(String.format(Locale.ROOT, "%,d listed id%s not in the corpus (e.g. %s)", notInCorpus,
                    notInCorpus == 1 ? "" : "s", String.join(", ", notInCorpusIds)));
            if (unusedValid > 0) off.add(String.format(Locale.ROOT, "%,d article%s of the 'valid' part not used (tested on 'test')", unusedValid,
                    unusedValid == 1 ? "" : "s"));
            sb.append(off.isEmpty() ? "; every corpus article listed, every listed id in the corpus" : "; " + String.join(", ", off));
            return sb.toString();
        }

        /** For the metrics JSON. */
        public Map<String, Object> tree() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", source);
            m.put("train", train);
            m.put("test", test);
            m.put("testPart", testPart);
            m.put("corpusArticlesNotListed", notListed);
            m.put("corpusArticlesNotListedExamples", notListedIds);
            m.put("listedIdsNotInCorpus", notInCorpus);
            m.put("listedIdsNotInCorpusExamples", notInCorpusIds);
            m.put("validNotUsed", unusedValid);
            return m;
        }
    }

    /** Examples kept per kind in a {@link Coverage}. */
    private static final int EXAMPLES = 5;

    /**
     * How {@code partOfId} covers the articles evaluated ({@code used}) and the whole corpus ({@code corpusIds}: the ids of
     * every article read, unlabelled ones included, so that their ids do not count as missing from the corpus).
     */
    public static Coverage coverage(Map<String, String> partOfId, List<org.framelab.corpus.Article> used, Set<String> corpusIds, String source) {
        String testPart = partOfId.containsValue("test") ? "test" : "valid";
        int train = 0, test = 0, notListed = 0, unusedValid = 0;
        List<String> notListedIds = new java.util.ArrayList<>();
        for (org.framelab.corpus.Article a : used) {
            String p = partOfId.get(a.id());
            if (p == null) {
                notListed++;
                if (notListedIds.size() < EXAMPLES) notListedIds.add(a.id());
            } else if (p.equals("train")) {
                train++;
            } else if (p.equals(testPart)) {
                test++;
            } else {
                unusedValid++;
            }
        }
        int notInCorpus = 0;
        List<String> notInCorpusIds = new java.util.ArrayList<>();
        for (String id : partOfId.keySet()) {
            if (!corpusIds.contains(id)) {
                notInCorpus++;
                if (notInCorpusIds.size() < EXAMPLES) notInCorpusIds.add(id);
            }
        }
        return new Coverage(source, train, test, testPart, notListed, notListedIds, notInCorpus, notInCorpusIds, unusedValid);
    }

    private static String partOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot + 1) : "";
        if (!Set.of("tsv", "csv", "txt").contains(ext)) return null;
        if (stem.equals("dev")) return "valid";
        return PARTS.contains(stem) ? stem : null;
    }

    private static void readFolder(Path dir, Map<String, String> out) throws IOException, InputException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> partOf(p) != null).sorted().toList();
        }
        if (files.isEmpty()) throw new InputException(dir + ": no train/valid/test .tsv/.csv/.txt files in this folder.\n  What to do: give the folder that holds train.tsv and valid.tsv.");
        for (Path f : files) {
            String part = partOf(f);
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                long no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (no == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                    if (line.isBlank()) continue;
                    String id = line.split("[\t,;]", -1)[0].trim();
                    if (no == 1 && id.equalsIgnoreCase("id")) continue; // header
                    put(out, id, part, f, no);
                }
            }
        }
    }

    private static void readTable(Path f, Map<String, String> out) throws IOException, InputException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) throw new InputException(f + ": empty split file.");
            if (header.startsWith("\uFEFF")) header = header.substring(1);
            String sep = header.contains("\t") ? "\t" : header.contains(";") ? ";" : ",";
            String[] cols = header.split(sep, -1);
            int idCol = -1, partCol = -1;
            for (int i = 0; i < cols.length; i++) {
                String c = cols[i].trim().toLowerCase(Locale.ROOT);
                if (c.equals("id")) idCol = i;
                if (c.equals("split") || c.equals("part") || c.equals("set")) partCol = i;
            }
            if (idCol < 0 || partCol < 0) {
                throw new InputException(f + ", line 1: the split table needs columns 'id' and 'split' (found: " + header.replace(sep, ", ")
                        + ").\n  What to do: add a header 'id" + sep + "split', or give a folder with train.tsv/valid.tsv/test.tsv.");
            }
            String line;
            long no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                String[] cells = line.split(sep, -1);
                if (cells.length <= Math.max(idCol, partCol)) {
                    throw new InputException(f + ", line " + no + ": expected " + cols.length + " columns, found " + cells.length + ".\n  What to do: fix the line.");
                }
                String part = cells[partCol].trim().toLowerCase(Locale.ROOT);
                if (part.equals("dev")) part = "valid";
                if (!PARTS.contains(part)) {
                    throw new InputException(f + ", line " + no + ", field 'split': unknown part '" + cells[partCol].trim() + "'.\n  What to do: use train, valid (or dev) or test.");
                }
                put(out, cells[idCol].trim(), part, f, no);
            }
        }
    }

    private static void put(Map<String, String> out, String id, String part, Path f, long line) throws InputException {
        if (id.isEmpty()) throw new InputException(f + ", line " + line + ": empty id.\n  What to do: fix or remove the line.");
        String prev = out.putIfAbsent(id, part);
        if (prev != null && !prev.equals(part)) {
            throw new InputException(f + ", line " + line + ": id '" + id + "' is in both '" + prev + "' and '" + part
                    + "'.\n  What to do: an article must be in one part only; fix the split.");
        }
    }
}
