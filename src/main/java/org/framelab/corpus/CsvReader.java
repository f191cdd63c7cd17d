package org.framelab.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CSV/TSV with a header row (RFC 4180 quoting: quoted fields may contain the delimiter, newlines and
 * doubled quotes). The delimiter is detected from the header line (the most frequent of
 * {@code , ; TAB |} outside quotes) unless {@code --delimiter} is given.
 */
public final class CsvReader implements CorpusReader {
    @Override public String name() { return "csv"; }

    @Override public List<String> extensions() {
        return List.of("csv", "tsv", "tab", "csv.gz", "tsv.gz");
    }

    @Override
    public RecordSource open(Path path, ReadOptions options) throws CorpusException {
        TextInput in = TextInput.open(path, options.encoding());
        try {
            return new Source(in, options.delimiter(), path.getFileName().toString().toLowerCase(Locale.ROOT));
        } catch (CorpusException e) {
            in.close();
            throw e;
        }
    }

    static final class Source implements RecordSource {
        private final TextInput in;
        private final Reader r;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private long line = 1;
        private long row;
        private final char delim;
        private final char quote = '"';
        private final List<String> header;
        private final StringBuilder sb = new StringBuilder(256);
        private int pushback = -2;
        private boolean eof;

        Source(TextInput in, Character forcedDelimiter, String fileName) throws CorpusException {
            this.in = in;
            this.r = in.reader;
            char d;
            if (forcedDelimiter != null) {
                d = forcedDelimiter;
            } else {
                d = detect(fileName);
            }
            this.delim = d;
            List<String> h = readRecord();
            if (h == null) {
                throw new CorpusException(in.display, -1, null, "the file has no header line",
                        "the first line must name the columns, e.g. id,text,label");
            }
            this.header = uniqueNames(h);
        }

        private char detect(String fileName) throws CorpusException {
            // peek the first line (without consuming it) via mark/reset on the BufferedReader
            String first;
            try {
                in.reader.mark(1 << 20);
                StringBuilder s = new StringBuilder();
                int c;
                boolean q = false;
                while ((c = in.reader.read()) >= 0) {
                    if (c == '"') q = !q;
                    if (!q && (c == '\n' || c == '\r')) break;
                    s.append((char) c);
                    if (s.length() >= (1 << 20) - 2) break;
                }
                in.reader.reset();
                first = s.toString();
            } catch (IOException e) {
                throw in.error(e, 1);
            }
            char[] cands = {',', ';', '\t', '|'};
            int[] counts = new int[cands.length];
            boolean q = false;
            for (int i = 0; i < first.length(); i++) {
                char c = first.charAt(i);
                if (c == '"') q = !q;
                if (q) continue;
                for (int k = 0; k < cands.length; k++) if (c == cands[k]) counts[k]++;
            }
            int best = -1;
            for (int k = 0; k < cands.length; k++) if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) best = k;
            if (best >= 0) return cands[best];
            return fileName.endsWith(".tsv") || fileName.endsWith(".tab") || fileName.endsWith(".tsv.gz") ? '\t' : ',';
        }

        private static List<String> uniqueNames(List<String> h) {
            List<String> out = new ArrayList<>(h.size());
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < h.size(); i++) {
                String name = h.get(i).strip();
                if (name.isEmpty()) name = "column_" + (i + 1);
                String n = name;
                for (int k = 2; !seen.add(n); k++) n = name + "_" + k;
                out.add(n);
            }
            return out;
        }

        @Override public List<String> fields() { return header; }

        private int read() throws CorpusException {
            if (pushback != -2) {
                int c = pushback;
                pushback = -2;
                return c;
            }
            if (pos >= len) {
                if (eof) return -1;
                try {
                    len = r.read(buf, 0, buf.length);
                } catch (IOException e) {
                    throw in.error(e, line);
                }
                pos = 0;
                if (len <= 0) {
                    eof = true;
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++];
        }

        /** Reads one record's fields, or null at end of input. Blank lines are skipped. */
        private List<String> readRecord() throws CorpusException {
            List<String> fields = new ArrayList<>();
            while (true) {
                long start = line;
                fields.clear();
                int c = read();
                if (c < 0) return null;
                if (c == '\n' || c == '\r') {
                    if (c == '\r') { int n = read(); if (n != '\n') pushback = n; }
                    line++;
                    continue; // blank line
                }
                pushback = c;
                recordStart = start;
                boolean end = false;
                while (!end) {
                    sb.setLength(0);
                    c = read();
                    if (c == quote) {
                        long qStart = line;
                        while (true) {
                            c = read();
                            if (c < 0) {
                                String col = fields.size() < (header == null ? 0 : header.size()) ? header.get(fields.size()) : null;
                                throw new BadRecordException(in.display, qStart, col,
                                        "unterminated quote: a field opened with \" at line " + qStart + " is never closed",
                                        "close the quote (a quote inside a quoted field is written as \"\"), or check --delimiter", false);
                            }
                            if (c == quote) {
                                int n = read();
                                if (n == quote) { sb.append(quote); continue; }
                                c = n;
                                break;
                            }
                            if (c == '\n') line++;
                            else if (c == '\r') { int n = read(); if (n != '\n') pushback = n; line++; sb.append('\n'); continue; }
                            sb.append((char) c);
                        }
                        // after the closing quote: text up to the delimiter is kept literally (lenient, like Python's csv)
                    }
                    while (c >= 0 && c != delim && c != '\n' && c != '\r') {
                        sb.append((char) c);
                        c = read();
                    }
                    fields.add(sb.toString());
                    if (c < 0) end = true;
                    else if (c == '\n') { line++; end = true; }
                    else if (c == '\r') { int n = read(); if (n != '\n') pushback = n; line++; end = true; }
                }
                return fields;
            }
        }

        private long recordStart;

        @Override
        public RawRecord next() throws CorpusException {
            List<String> f = readRecord();
            if (f == null) {
                if (row == 0 && header != null) {
                    throw new CorpusException(in.display, -1, null, "the file has a header but no data rows",
                            "add rows below the header line");
                }
                return null;
            }
            row++;
            if (f.size() != header.size()) {
                throw new BadRecordException(in.display, recordStart, null,
                        "wrong number of columns: " + f.size() + " instead of " + header.size() + " (header: "
                                + String.join(String.valueOf(delim == '\t' ? "\\t" : delim), header.subList(0, Math.min(header.size(), 8)))
                                + (header.size() > 8 ? ",..." : "") + ")",
                        "quote fields that contain '" + (delim == '\t' ? "\\t" : String.valueOf(delim))
                                + "' with \"...\", check --delimiter, or use --skip-bad to skip such rows", true);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), f.get(i));
            return new RawRecord(in.display, recordStart, row, m);
        }

        char delimiter() { return delim; }

        @Override public List<String> files() { return List.of(in.display); }
        @Override public long bytesRead() { return in.bytesRead(); }
        @Override public long totalBytes() { return in.totalBytes; }
        @Override public void close() { in.close(); }
    }
}
