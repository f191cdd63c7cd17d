package org.framelab.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of {@code .txt} files, one article each (searched recursively, in path order). Fields:
 * {@code id} (relative path without .txt), {@code file}, {@code text}, and {@code label} = the
 * first sub-folder name when files sit in sub-folders ({@code left/a.txt} gets {@code left}).
 * A side-car CSV in the folder ({@code labels.csv}, {@code metadata.csv} or any single .csv) with a
 * column {@code file}/{@code filename}/{@code name}/{@code id} adds its other columns to the file
 * with that name (with or without .txt).
 */
public final class TxtFolderReader implements CorpusReader {
    @Override public String name() { return "txt-folder"; }

    @Override public List<String> extensions() { return List.of(); }

    @Override public boolean acceptsFolder(Path folder) {
        return !list(folder).isEmpty();
    }

    static List<Path> list(Path folder) {
        return JsonFolderReader.files(folder, ".txt", Integer.MAX_VALUE);
    }

    @Override
    public RecordSource open(Path folder, ReadOptions options) throws CorpusException {
        List<Path> files = list(folder);
        if (files.isEmpty()) {
            throw new CorpusException(folder.toString(), -1, null, "the folder contains no .txt files", "give a folder of .txt files");
        }
        Map<String, Map<String, String>> side = new HashMap<>();
        Map<String, Long> sideLines = new LinkedHashMap<>();
        List<String> sideFields = new java.util.ArrayList<>();
        Path csv = sideCar(folder);
        if (csv != null) {
            try (RecordSource src = new CsvReader().open(csv, new ReadOptions(FieldMapping.auto(), options.encoding(), null, null, false, 0))) {
                List<String> f = src.fields();
                String key = null;
                for (String k : List.of("file", "filename", "file_name", "name", "id")) {
                    key = FieldDetection.actual(f, k);
                    if (key != null) break;
                }
                if (key == null) {
                    throw new CorpusException(csv.toString(), 1, null, "the side-car CSV has no column naming the .txt file (file, filename, name or id); columns: "
                            + String.join(", ", f), "add a column 'file' with the .txt file names");
                }
                for (String x : f) if (!x.equals(key)) sideFields.add(x);
                RawRecord r;
                while ((r = src.next()) != null) {
                    String name = r.fields().get(key).strip();
                    if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) name = name.substring(0, name.length() - 4);
                    Map<String, String> vals = new LinkedHashMap<>(r.fields());
                    vals.remove(key);
                    Long first = sideLines.putIfAbsent(name, r.line());
                    if (first != null) {
                        throw new CorpusException(csv.toString(), r.line(), key, "the file '" + name + "' is listed twice (first at line " + first + ")",
                                "keep one row per .txt file");
                    }
                    side.put(name, vals);
                }
            }
        }
        return new Source(folder, files, side, sideFields, options.encoding(), csv, sideLines);
    }

    private static Path sideCar(Path folder) {
        for (String n : List.of("labels.csv", "metadata.csv", "index.csv")) {
            Path p = folder.resolve(n);
            if (Files.isRegularFile(p)) return p;
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> csvs = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
            return csvs.size() == 1 ? csvs.get(0) : null;
        } catch (IOException e) {
            return null;
        }
    }

    static final class Source implements RecordSource {
        private final Path folder;
        private final List<Path> files;
        private final Map<String, Map<String, String>> side;
        private final List<String> fields;
        private final Charset cs;
        private final boolean subfolders;
        private final Path sideCar;
        /** Side-car rows by file name (without .txt) with their line; matched rows are removed while reading. */
        private final Map<String, Long> unmatched;
        private int i;
        private long bytes;
        /** Files read as UTF-8 although another encoding was given (their bytes are UTF-8 with non-ASCII letters), and the first. */
        private int readAsUtf8;
        private String firstUtf8;

        Source(Path folder, List<Path> files, Map<String, Map<String, String>> side, List<String> sideFields, Charset cs,
               Path sideCar, Map<String, Long> sideLines) {
            this.sideCar = sideCar;
            this.unmatched = new LinkedHashMap<>(sideLines);
            this.folder = folder;
            this.files = files;
            this.side = side;
            this.cs = cs == null ? StandardCharsets.UTF_8 : cs;
            this.subfolders = files.stream().anyMatch(p -> folder.relativize(p).getNameCount() > 1);
            List<String> f = new java.util.ArrayList<>(List.of("id", "file", "text"));
            if (subfolders) f.add("label");
            for (String s : sideFields) if (!f.contains(s)) f.add(s);
            this.fields = List.copyOf(f);
        }

        @Override public List<String> fields() { return fields; }

        @Override public RawRecord next() throws CorpusException {
            if (i >= files.size()) {
                // a side-car row naming no .txt file (a typo, a missing file) would otherwise be lost without a word
                var it = unmatched.entrySet().iterator();
                if (!it.hasNext()) return null;
                var e = it.next();
                it.remove();
                throw new BadRecordException(sideCar.toString(), e.getValue(), null,
                        "the side-car row names '" + e.getKey() + "', but the folder has no such .txt file (its values are not used)",
                        "fix the file name in the side-car CSV or remove the row, or use " + CorpusHints.SKIP_BAD + " to skip such rows", true);
            }
            Path p = files.get(i++);
            Path rel = folder.relativize(p);
            String relName = rel.toString().replace('\\', '/');
            String id = relName.substring(0, relName.length() - 4);
            String text = readText(p);
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("file", relName);
            m.put("text", text.strip());
            if (subfolders) m.put("label", rel.getNameCount() > 1 ? rel.getName(0).toString() : "");
            Map<String, String> extra = side.get(id);
            String baseName = p.getFileName().toString().replaceFirst("(?i)\\.txt$", "");
            if (extra != null) {
                unmatched.remove(id);
            } else {
                extra = side.get(baseName);
                if (extra != null) unmatched.remove(baseName);
            }
            for (String f : fields) {
                if (m.containsKey(f)) {
                    if (extra != null && extra.containsKey(f) && !extra.get(f).isBlank()) m.put(f, extra.get(f));
                    continue;
                }
                m.put(f, extra == null ? "" : extra.getOrDefault(f, ""));
            }
            return new RawRecord(p.toString(), 1, i, m);
        }

        /** The file's text (a UTF-8 byte-order mark dropped); a file too large, unreadable or not in {@link #cs} is a bad record. */
        private String readText(Path p) throws BadRecordException {
            try {
                if (Files.size(p) > TextInput.MAX_RECORD) {
                    throw new BadRecordException(p.toString(), -1, null, "the file is larger than " + (TextInput.MAX_RECORD >> 20)
                            + " MB, too large for one article", "split it into one file per article, or use " + CorpusHints.SKIP_BAD + " to skip it", true);
                }
                byte[] b = Files.readAllBytes(p);
                bytes += b.length;
                int off = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
                if (!cs.equals(StandardCharsets.UTF_8)) {
                    // a folder gathered from several sources mixes encodings: a file whose bytes are UTF-8 with letters beyond
                    // ASCII (or that starts with UTF-8's byte-order mark) is UTF-8 (text in a one-byte encoding almost never
                    // is), and reading it as the given encoding would garble every such letter without a word
                    String utf8 = Utf8Scan.decodeIfUtf8WithNonAscii(b, off, off > 0);
                    if (utf8 != null) {
                        if (readAsUtf8++ == 0) firstUtf8 = folder.relativize(p).toString().replace('\\', '/');
                        return utf8;
                    }
                }
                return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(b, off, b.length - off)).toString();
            } catch (CharacterCodingException e) {
                long line = cs.equals(StandardCharsets.UTF_8) ? Utf8Scan.firstMalformedLine(p, false) : -1;
                throw new BadRecordException(p.toString(), line, null, "the bytes are not valid " + cs.name() + " text",
                        "give the encoding, e.g. " + CorpusHints.encoding("windows-1252", true) + ", or use " + CorpusHints.SKIP_BAD + " to skip the file", true);
            } catch (IOException e) {
                throw new BadRecordException(p.toString(), -1, null, JsonFolderReader.cannotRead(p, e),
                        "check the file or use " + CorpusHints.SKIP_BAD, true);
            }
        }

        @Override public List<String> files() { return List.of(folder.toString()); }

        @Override public List<String> notes() {
            if (readAsUtf8 == 0) return List.of();
            return List.of(String.format(java.util.Locale.ROOT, "%,d file%s read as UTF-8, not %s as given (e.g. %s): %s UTF-8 with letters beyond"
                            + " ASCII, which %s would garble; the other files were read as %s", readAsUtf8, readAsUtf8 == 1 ? " was" : "s were",
                    cs.name(), firstUtf8, readAsUtf8 == 1 ? "its bytes are" : "their bytes are", cs.name(), cs.name()));
        }
        @Override public long bytesRead() { return bytes; }
        @Override public void close() { }
    }
}
