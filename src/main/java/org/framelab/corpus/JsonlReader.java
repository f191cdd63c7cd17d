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

    /**
     * One line of a JSON lines file as the reader sees it: its fields as strings (see {@link Json#readObject}), or
     * the reader's own BadRecordException (file, line, reason, what to do). For jobs that split files themselves
     * (the Spark job): the same rules as a local read, line by line.
     */
    public static java.util.Map<String, String> parseLine(String file, long line, String text) throws BadRecordException {
        try (JsonParser p = Json.FACTORY.createParser(text)) {
            Map<String, String> m = Json.readObject(p);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "extra content after the JSON object");
            }
            return m;
        } catch (IOException e) {
            throw badLine(file, line, e);
        }
    }

    private static BadRecordException badLine(String file, long line, IOException e) {
        return new BadRecordException(file, line, null, "invalid JSON: " + Json.describe(e),
                "fix the line (each line must be one complete JSON object) or use " + CorpusHints.SKIP_BAD + " to skip bad lines", true);
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
            while (true) {
                if (!lines.advance()) {
                    if (row == 0) throw new CorpusException(in.display, -1, null, "the file contains no JSON records",
                            "give a file with one JSON object per line");
                    return null;
                }
                if (!isBlank(lines.chars(), lines.start(), lines.length())) break;
            }
            long line = lines.number();
            row++;
            // parsed from the line's characters in place: no string of the whole line
            try (JsonParser p = Json.FACTORY.createParser(lines.chars(), lines.start(), lines.length())) {
                Map<String, String> m = Json.readObject(p);
                if (p.nextToken() != null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(p, "extra content after the JSON object");
                }
                return new RawRecord(in.display, line, row, m);
            } catch (IOException e) {
                throw badLine(in.display, line, e);
            }
        }

        /** {@link String#isBlank()} of {@code chars[start, start + length)}. */
        private static boolean isBlank(char[] chars, int start, int length) {
            for (int k = start; k < start + length; k++) if (!Character.isWhitespace(chars[k])) return false;
            return true;
        }

        @Override public List<String> files() { return List.of(in.display); }
        @Override public long bytesRead() { return in.bytesRead(); }
        @Override public long totalBytes() { return in.totalBytes; }
        @Override public void close() { in.close(); }
    }
}
