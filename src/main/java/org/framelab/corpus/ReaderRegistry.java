package org.framelab.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readers keyed by file extension (longest match wins), plus folder readers. Office files FrameLab does not read
 * (.xls, .ods, .docx, ...) are told by their content first ({@link FileKinds}). Files with an unknown
 * extension are sniffed: {@code PK} (zip) is xlsx, a leading <code>{</code> is JSON lines, <code>[</code> a JSON array, anything else CSV.
 */
public final class ReaderRegistry {
    private static final Map<String, CorpusReader> BY_EXT = new LinkedHashMap<>();
    private static final List<CorpusReader> FOLDER_READERS = new ArrayList<>();

    static {
        register(new JsonlReader());
        register(new JsonFileReader());
        register(new CsvReader());
        register(new XlsxReader());
        registerFolder(new JsonFolderReader());
        registerFolder(new TxtFolderReader());
    }

    private ReaderRegistry() {}

    /** Registers a file reader under each of its extensions (replacing an earlier one). */
    public static synchronized void register(CorpusReader reader) {
        for (String ext : reader.extensions()) BY_EXT.put(ext.toLowerCase(Locale.ROOT), reader);
    }

    /** Registers a folder reader; the first that {@link CorpusReader#acceptsFolder accepts} a folder reads it. */
    public static synchronized void registerFolder(CorpusReader reader) {
        FOLDER_READERS.add(reader);
    }

    /** Extensions with a registered reader, for help texts and file dialogs. */
    public static synchronized List<String> extensions() {
        return List.copyOf(BY_EXT.keySet());
    }

    /** The reader for a path; a clear error for missing paths and unreadable folders. */
    public static synchronized CorpusReader readerFor(Path path) throws CorpusException {
        String file = path.toString();
        if (!Files.exists(path)) {
            throw new CorpusException(file, -1, null, "the file or folder does not exist",
                    "check the path (relative paths start from " + Path.of("").toAbsolutePath() + ")");
        }
        if (Files.isDirectory(path)) {
            for (CorpusReader r : FOLDER_READERS) if (r.acceptsFolder(path)) return r;
            throw new CorpusException(file, -1, null, "the folder contains no readable files (no .json files, no .txt files)",
                    "give a folder of .json files (one article each) or of .txt files (labels from sub-folders), or a single file");
        }
        FileKinds.refuseUnreadable(path); // an old .xls, an .ods, a .docx: say what the file is, whatever its name
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        CorpusReader best = null;
        int bestLen = -1;
        for (Map.Entry<String, CorpusReader> e : BY_EXT.entrySet()) {
            String ext = "." + e.getKey();
            if (name.endsWith(ext) && ext.length() > bestLen) {
                best = e.getValue();
                bestLen = ext.length();
            }
        }
        if (best != null) return best;
        return sniff(path);
    }

    private static CorpusReader sniff(Path path) throws CorpusException {
        byte[] b = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(b, 0, b.length);
        } catch (IOException e) {
            throw new CorpusException(path.toString(), -1, null, "cannot read the file: " + e.getMessage(), "check the file permissions");
        }
        // a zip: a workbook, unless named .zip (data.csv.zip): then the text reader says it is an archive to unzip
        if (n >= 2 && b[0] == 'P' && b[1] == 'K') {
            return BY_EXT.get(path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") ? "csv" : "xlsx");
        }
        for (int i = 0; i < n; i++) {
            if (Character.isWhitespace(b[i]) || (b[i] & 0xff) == 0xEF || (b[i] & 0xff) == 0xBB || (b[i] & 0xff) == 0xBF) continue;
            if (b[i] == '{') return BY_EXT.get("jsonl");
            if (b[i] == '[') return BY_EXT.get("json");
            break;
        }
        return BY_EXT.get("csv");
    }
}
