package org.framelab.corpus;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** A folder of {@code .json} files, one JSON object (article) per file, read in file-name order. */
public final class JsonFolderReader implements CorpusReader {
    @Override public String name() { return "json-folder"; }

    @Override public List<String> extensions() { return List.of(); }

    @Override public boolean acceptsFolder(Path folder) {
        return !list(folder).isEmpty();
    }

    /** Why a file in a folder corpus cannot be read, in words (a broken link, no permission, ...). */
    static String cannotRead(Path p, IOException e) {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            String target;
            try {
                target = Files.readSymbolicLink(p).toString();
            } catch (IOException x) {
                target = "?";
            }
            if (e.getMessage() != null && e.getMessage().contains("levels of symbolic links")) {
                return "the file is a symbolic link that leads back to itself (to " + target + ")";
            }
            return "the file is a broken link (to " + target + "; with git-annex/DataLad, fetch the content first)";
        }
        if (e instanceof java.nio.file.AccessDeniedException) return "cannot read the file: permission denied";
        return "cannot read the file: " + e.getMessage();
    }

    static List<Path> list(Path folder) {
        return files(folder, ".json", 1);
    }

    /** Files (and links) below {@code folder}, at most {@code depth} levels down, whose name ends with {@code extension}, sorted. */
    static List<Path> files(Path folder, String extension, int depth) {
        try (Stream<Path> s = Files.walk(folder, depth)) {
            // not isRegularFile: a broken link (e.g. git-annex content not fetched) must be reported, not skipped silently
            return s.filter(p -> !Files.isDirectory(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    @Override
    public RecordSource open(Path path, ReadOptions options) throws CorpusException {
        List<Path> files = list(path);
        if (files.isEmpty()) {
            throw new CorpusException(path.toString(), -1, null, "the folder contains no .json files", "give a folder of .json files");
        }
        return new Source(path, files);
    }

    static final class Source extends PeekingRecordSource {
        private final Path folder;
        private final List<Path> files;
        private int i;
        private long bytes;
        private final long total;

        Source(Path folder, List<Path> files) {
            this.folder = folder;
            this.files = files;
            long t = 0;
            for (Path p : files) {
                try { t += Files.size(p); } catch (IOException ignored) { /* size only for progress */ }
            }
            this.total = t;
        }

        @Override
        protected RawRecord read() throws CorpusException {
            if (i >= files.size()) return null;
            Path p = files.get(i++);
            try {
                bytes += Files.size(p);
                if (Files.size(p) == 0) {
                    throw new BadRecordException(p.toString(), -1, null, "the file is empty",
                            "remove the file or use " + CorpusHints.SKIP_BAD, true);
                }
                try (JsonParser parser = Json.FACTORY.createParser(p.toFile())) {
                    Map<String, String> m = Json.readObject(parser);
                    return new RawRecord(p.toString(), 1, i, m);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
                    throw new BadRecordException(p.toString(), line, null, "invalid JSON: " + Json.describe(e),
                            "fix the file (it must hold one JSON object) or use " + CorpusHints.SKIP_BAD, true);
                }
            } catch (IOException e) {
                throw new BadRecordException(p.toString(), -1, null, cannotRead(p, e),
                        "check the file or use " + CorpusHints.SKIP_BAD, true);
            }
        }

        @Override public List<String> files() { return List.of(folder.toString()); }
        @Override public long bytesRead() { return bytes; }
        @Override public long totalBytes() { return total; }
        @Override public void close() { }
    }
}
