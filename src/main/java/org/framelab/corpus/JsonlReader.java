package org.framelab.corpus;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** JSON lines ({@code .jsonl}, {@code .ndjson}, plain or {@code .gz}): one JSON object per line. */
public final class JsonlReader extends TextFileReader {
    public JsonlReader() {
        super("jsonl", "jsonl", "jsonl.gz", "ndjson", "ndjson.gz", "json.gz");
    }

    @Override
    RecordSource source(TextInput in, ReadOptions options, Path path) {
        return new Source(in);
    }

    static final class Source extends PeekingRecordSource {
        private final TextInput in;
        private final TextInput.Lines lines;
        private long row;

        Source(TextInput in) {
            this.in = in;
            this.lines = in.lines();
        }

        @Override
        protected RawRecord read() throws CorpusException {
            String s;
            while (true) {
                s = lines.next();
                if (s == null) {
                    if (row == 0) throw new CorpusException(in.display, -1, null, "the file contains no JSON records",
                            "give a file with one JSON object per line");
                    return null;
                }
                if (!s.isBlank()) break;
            }
            long line = lines.number();
            row++;
            try (JsonParser p = Json.FACTORY.createParser(s)) {
                Map<String, String> m = Json.readObject(p);
                if (p.nextToken() != null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(p, "extra content after the JSON object");
                }
                return new RawRecord(in.display, line, row, m);
            } catch (IOException e) {
                throw new BadRecordException(in.display, line, null, "invalid JSON: " + Json.describe(e),
                        "fix the line (each line must be one complete JSON object) or use --skip-bad to skip bad lines", true);
            }
        }

        @Override public List<String> files() { return List.of(in.display); }
        @Override public long bytesRead() { return in.bytesRead(); }
        @Override public long totalBytes() { return in.totalBytes; }
        @Override public void close() { in.close(); }
    }
}
