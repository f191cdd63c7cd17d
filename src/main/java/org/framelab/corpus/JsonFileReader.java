package org.framelab.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A single {@code .json} file: either an array of article objects ({@code [{...}, {...}]}) or one or
 * more objects one after the other (pretty-printed or not), streamed with Jackson's parser.
 * A syntax error stops the read (the position after it cannot be trusted).
 */
public final class JsonFileReader extends TextFileReader {
    public JsonFileReader() {
        super("json", "json");
    }

    @Override
    RecordSource source(TextInput in, ReadOptions options, Path path) throws CorpusException {
        return new Source(in);
    }

    static final class Source extends PeekingRecordSource {
        private final TextInput in;
        private final JsonParser p;
        private boolean array;
        private boolean ended;
        private long row;

        Source(TextInput in) throws CorpusException {
            this.in = in;
            try {
                p = Json.FACTORY.createParser(in.reader);
                JsonToken t = p.nextToken();
                if (t == null) throw new CorpusException(in.display, -1, null, "the file contains no JSON", "give a JSON array of objects");
                if (t == JsonToken.START_ARRAY) array = true;
                else if (t != JsonToken.START_OBJECT) {
                    throw new CorpusException(in.display, p.currentLocation().getLineNr(), null,
                            "expected a JSON array of objects or an object, found " + t, "give a JSON array of article objects");
                }
            } catch (IOException e) {
                throw syntax(e);
            }
        }

        private CorpusException syntax(IOException e) {
            if (!(e instanceof com.fasterxml.jackson.core.JsonProcessingException)) return in.error(e, -1);
            long line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() : -1;
            return new BadRecordException(in.display, line, null, "invalid JSON: " + Json.describe(e),
                    "fix the JSON at that line (a validator such as 'python -m json.tool FILE' shows the spot)", false);
        }

        @Override
        protected RawRecord read() throws CorpusException {
            if (ended) return null;
            try {
                JsonToken t = row == 0 && !array ? p.currentToken() : p.nextToken();
                if (t == null || (array && t == JsonToken.END_ARRAY)) {
                    ended = true;
                    if (row == 0) throw new CorpusException(in.display, -1, null, "the file contains no JSON objects",
                            "give a JSON array of article objects");
                    return null;
                }
                long line = p.currentLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    throw new BadRecordException(in.display, line, null, "expected an object {...} but found " + t,
                            "every element must be an article object", false);
                }
                Map<String, String> m = Json.readObject(p);
                row++;
                return new RawRecord(in.display, line, row, m);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                ended = true;
                throw syntax(e);
            } catch (IOException e) {
                ended = true;
                throw in.error(e, p.currentLocation().getLineNr());
            }
        }

        @Override public List<String> files() { return List.of(in.display); }
        @Override public long bytesRead() { return in.bytesRead(); }
        @Override public long totalBytes() { return in.totalBytes; }

        @Override public void close() {
            try {
                p.close();
            } catch (IOException ignored) {
                // read-only input
            }
            in.close();
        }
    }
}
