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
 * doubled quotes; a field that starts with a quote ends with its closing quote, and text after it is a bad row,
 * never a field silently stripped of its quote marks). The delimiter is detected from the first line (the most frequent of
 * {@code , ; TAB |} outside quotes) unless {@code --delimiter} is given. Title lines above the header, as a coding sheet
 * saved from Excel has them, are skipped with a note, by the rule of {@link XlsxReader#dropTitleRows}.
 */
public final class CsvReader extends TextFileReader {
    public CsvReader() {
        super("csv", "csv", "tsv", "tab", "csv.gz", "tsv.gz");
    }

    @Override
    RecordSource source(TextInput in, ReadOptions options, Path path) throws CorpusException {
        return new Source(in, options.delimiter(), path.getFileName().toString().toLowerCase(Locale.ROOT));
    }

    /**
     * The error for a column name given twice in a header: which column is the field would depend on the reader.
     *
     * @param letters the columns' spreadsheet letters (e.g. B and D), or null
     */
    static CorpusException duplicateColumn(String file, long line, String name, int first, int second, String[] letters) {
        String at = letters == null ? first + " and " + second : first + " (" + letters[0] + ") and " + second + " (" + letters[1] + ")";
        return new CorpusException(file, line, name, "duplicate column name '" + name + "': columns " + at + " of the header both have it",
                "give each column its own name in the header line (rename or delete one of the two)");
    }

    /** Most characters kept for re-reading the rows that a runaway quote swallowed (16 M chars, up to 32 MB). */
    static final int MAX_SPILL = 1 << 24;

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
        /** The column names (while title lines are looked for, the first line's, so that errors there are a data row's). */
        private List<String> header;
        /** What the reader did that the user should know (title lines above the header). */
        private final List<String> notes = new ArrayList<>();
        /** Records read ahead while looking for the header below title lines: returned first by {@link #next}. */
        private final java.util.ArrayDeque<TitleLines.Row> pending = new java.util.ArrayDeque<>();
        /** A bad record met while reading ahead: thrown by {@link #next} after the pending records, where it stands. */
        private BadRecordException pendingBad;
        private final StringBuilder sb = new StringBuilder(256);
        private int pushback = -2;
        private boolean eof;
        /** Raw text kept from the first line break inside a quoted field of the current record, for a re-read. */
        private final StringBuilder spill = new StringBuilder();
        private boolean spilling;
        /** The spill outgrew {@link #MAX_SPILL}: a bad row then ends the read (the rows after it cannot be re-read). */
        private boolean spillLost;
        private long spillLine;
        private long spillQuoteLine;
        private long spillClosedLine;
        /** Text to read again before the rest of the input (see {@link #replayAfter}). */
        private final StringBuilder replay = new StringBuilder();
        private int replayPos;

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
            long headerLine = recordStart;
            if (TitleLines.filled(h) == 1) {
                // title lines above the header, as coding sheets saved from Excel have them ("Framing study 2024,,,"):
                // the rule of the xlsx reader; otherwise the lines read ahead are data, read in order
                this.header = uniqueNames(h, in.display, headerLine); // meanwhile: errors ahead are a data row's
                TitleLines.Ahead a = TitleLines.readAhead(h, headerLine, new TitleLines.Records() {
                    @Override public List<String> next() throws CorpusException { return readRecord(); }
                    @Override public long line() { return recordStart; }
                });
                pendingBad = a.bad();
                int k = a.header();
                if (k > 0) {
                    notes.add(TitleLines.note("line", "", "at most one filled cell each", a.cells(0, k),
                            Long.toString(a.rows().get(0).line()), Long.toString(a.rows().get(k - 1).line()), a.rows().get(k).line()));
                    h = a.rows().get(k).cells();
                    headerLine = a.rows().get(k).line();
                } else {
                    pending.addAll(a.rows().subList(1, a.rows().size()));
                }
            }
            this.header = uniqueNames(h, in.display, headerLine);
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

        /**
         * The column names: an empty one is named {@code column_N} (N its position); a name given twice is an error
         * (the second column would otherwise be read under another name, and never as the field the user meant).
         */
        private static List<String> uniqueNames(List<String> h, String file, long line) throws CorpusException {
            List<String> out = new ArrayList<>(h.size());
            Map<String, Integer> given = new LinkedHashMap<>();
            for (int i = 0; i < h.size(); i++) {
                String name = h.get(i).strip();
                if (name.isEmpty()) continue;
                Integer first = given.putIfAbsent(name, i + 1);
                if (first != null) throw duplicateColumn(file, line, name, first, i + 1, null);
            }
            Set<String> seen = new LinkedHashSet<>(given.keySet());
            for (int i = 0; i < h.size(); i++) {
                String name = h.get(i).strip();
                if (name.isEmpty()) {
                    // a generated name never takes a given one
                    String n = "column_" + (i + 1);
                    for (int k = 2; !seen.add(n); k++) n = "column_" + (i + 1) + "_" + k;
                    name = n;
                }
                out.add(name);
            }
            return out;
        }

        @Override public List<String> fields() { return header; }

        private int read() throws CorpusException {
            if (pushback != -2) {
                int c = pushback; // already kept in the spill when it was first read
                pushback = -2;
                return c;
            }
            int c = readRaw();
            if (spilling && c >= 0) {
                if (spill.length() < MAX_SPILL) spill.append((char) c);
                else spillLost = true;
            }
            return c;
        }

        private int readRaw() throws CorpusException {
            if (replayPos < replay.length()) return replay.charAt(replayPos++);
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

        /** After a line break inside a quoted field: from here on the record's raw text is kept for a re-read. */
        private void startSpill(long quoteLine) {
            if (spilling) return;
            spilling = true;
            spillLine = line;
            spillQuoteLine = quoteLine;
            spillClosedLine = -1;
            spillLost = false;
            spill.setLength(0);
            if (pushback >= 0) spill.append((char) pushback); // read ahead after a lone \r, before the spill began
        }

        /**
         * Re-reads the input from the line after {@code quoteLine}: a record whose quoted field ran away
         * across line breaks is dropped as one bad row, and the rows it swallowed are read again.
         */
        private boolean replayAfter(long quoteLine) {
            if (spillLost) return false;
            String raw = spill.toString();
            int k = 0;
            for (long l = spillLine; l <= quoteLine && k < raw.length(); l++) {
                while (k < raw.length() && raw.charAt(k) != '\n' && raw.charAt(k) != '\r') k++;
                if (k < raw.length() && raw.charAt(k) == '\r' && k + 1 < raw.length() && raw.charAt(k + 1) == '\n') k++;
                k++;
            }
            String rest = raw.substring(Math.min(k, raw.length())) + replay.substring(replayPos);
            replay.setLength(0);
            replay.append(rest);
            replayPos = 0;
            pushback = -2;
            spilling = false;
            line = quoteLine + 1;
            return true;
        }

        private String column(int index) {
            return header != null && index < header.size() ? header.get(index) : null;
        }

        /** Reads one record's fields, or null at end of input. Blank lines are skipped. */
        private List<String> readRecord() throws CorpusException {
            List<String> fields = new ArrayList<>();
            spilling = false;
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
                int malformed = -1;          // the first field with text after its closing quote, -1 for none
                String malformedQuoted = null, malformedRest = null;
                long malformedLine = -1;
                while (!end) {
                    sb.setLength(0);
                    c = read();
                    int quotedLength = -1;   // characters inside the quotes when text follows the closing quote on its line
                    if (c == quote) {
                        long qStart = line;
                        while (true) {
                            c = read();
                            if (c < 0) throw unterminated(qStart, column(fields.size()));
                            if (c == quote) {
                                int n = read();
                                if (n == quote) { sb.append(quote); continue; }
                                c = n;
                                if (spilling && qStart == spillQuoteLine) spillClosedLine = line;
                                break;
                            }
                            if (c == '\n' || c == '\r') {
                                if (c == '\r') { int n = read(); if (n != '\n') pushback = n; }
                                line++;
                                sb.append('\n');
                                startSpill(qStart);
                                continue;
                            }
                            sb.append((char) c);
                            if (sb.length() > TextInput.MAX_RECORD) throw in.tooLong(qStart, "the quoted field opened on line " + qStart);
                        }
                        if (line > qStart && c >= 0 && c != delim && c != '\n' && c != '\r') {
                            throw textAfterQuote(qStart, column(fields.size()), (char) c);
                        }
                        // text after the closing quote on its line ("We will win" the minister said.): the field is
                        // malformed; the record is read to its end (so the next one starts where it should), then refused
                        if (c >= 0 && c != delim && c != '\n' && c != '\r' && malformed < 0) quotedLength = sb.length();
                    }
                    while (c >= 0 && c != delim && c != '\n' && c != '\r') {
                        sb.append((char) c);
                        if (sb.length() > TextInput.MAX_RECORD) throw in.tooLong(line, "a field on line " + line);
                        c = read();
                    }
                    if (quotedLength >= 0) {
                        malformed = fields.size();
                        malformedLine = line;
                        malformedQuoted = sb.substring(0, quotedLength);
                        malformedRest = sb.substring(quotedLength);
                    }
                    fields.add(sb.toString());
                    if (c < 0) end = true;
                    else if (c == '\n') { line++; end = true; }
                    else if (c == '\r') { int n = read(); if (n != '\n') pushback = n; line++; end = true; }
                }
                if (malformed >= 0) throw textAfterClosingQuote(malformedLine, column(malformed), malformedQuoted, malformedRest);
                return fields;
            }
        }

        private static final String QUOTE_HINT = "close the quote (a quote inside a quoted field is written as \"\"), or check " + CorpusHints.DELIMITER;

        /** The input ends inside a quoted field. */
        private CorpusException unterminated(long qStart, String col) {
            if (header == null) {
                return new CorpusException(in.display, qStart, null,
                        "unterminated quote in the header: the quote opened on line " + qStart + " is never closed", QUOTE_HINT);
            }
            boolean swallows = spilling;
            boolean again = !spilling || replayAfter(qStart);
            return new BadRecordException(in.display, qStart, col,
                    "unterminated quote: a field opened with \" on line " + qStart + " is never closed"
                            + (swallows ? " (all lines after it would be part of this field)" : ""),
                    QUOTE_HINT + ", or use " + CorpusHints.SKIP_BAD + " to skip line " + qStart + " and read on", again);
        }

        /**
         * A field opened with a quote has text after its closing quote on the same line ({@code "We will win" the minister
         * said.}): read as a quoted field, its quote marks would be lost. The row is bad (skipped with --skip-bad).
         */
        private CorpusException textAfterClosingQuote(long at, String col, String quoted, String rest) {
            String written = '"' + quoted + '"' + rest;   // the field as the quote marks suggest it was meant
            String problem = "text follows the closing quote of a quoted field (" + shorten(written)
                    + "): a field that starts with \" must end with its closing \" before the next '" + (delim == '\t' ? "\\t" : String.valueOf(delim))
                    + "' or the line end; read as it stands, its quote marks would be lost";
            String fix = "quote the whole field and double the quotes inside it: \"" + shorten(written.replace("\"", "\"\"")) + "\"";
            if (header == null) return new CorpusException(in.display, at, null, "in the header: " + problem, fix);
            return new BadRecordException(in.display, at, col, problem, fix + ", or use " + CorpusHints.SKIP_BAD + " to skip such rows", true);
        }

        private static String shorten(String s) {
            return s.length() > 80 ? s.substring(0, 77) + "..." : s;
        }

        /** A quoted field ran across line breaks and text follows its closing quote: its opening quote was probably never closed. */
        private CorpusException textAfterQuote(long qStart, String col, char after) throws CorpusException {
            long closed = line;
            StringBuilder text = new StringBuilder().append(after);
            int c;
            while (text.length() < 40 && (c = read()) >= 0 && c != '\n' && c != '\r') text.append((char) c); // re-read later
            String problem = "the quoted field opened on line " + qStart + " closes only on line " + closed
                    + ", and text follows the closing quote there ('" + text + "'): the quote on line " + qStart
                    + " is probably never closed, which would merge lines " + qStart + "-" + closed + " into one row";
            if (header == null) return new CorpusException(in.display, qStart, col, problem, QUOTE_HINT + " in the header");
            boolean again = replayAfter(qStart);
            return new BadRecordException(in.display, qStart, col, problem, "close the quote on line " + qStart
                    + " (a quote inside a quoted field is written as \"\"), or use " + CorpusHints.SKIP_BAD + " to skip line " + qStart
                    + " and read on from line " + (qStart + 1), again);
        }

        private long recordStart;

        @Override
        public RawRecord next() throws CorpusException {
            List<String> f;
            do {
                f = nextCells();
            } while (f != null && TitleLines.filled(f) == 0 && f.size() > 1 && emptyRow());
            if (f == null) {
                if (row == 0 && header != null) {
                    throw new CorpusException(in.display, -1, null, "the file has a header but no data rows",
                            "add rows below the header line");
                }
                return null;
            }
            row++;
            if (f.size() != header.size()) {
                String d = delim == '\t' ? "\\t" : String.valueOf(delim);
                String problem = "wrong number of columns: " + f.size() + " instead of " + header.size() + " (header: "
                        + String.join(d, header.subList(0, Math.min(header.size(), 8))) + (header.size() > 8 ? ",..." : "") + ")";
                if (spilling) {
                    // the row's quotes span lines: a quote that never closes merged the following rows into this one
                    long q = spillQuoteLine;
                    long closed = spillClosedLine;
                    boolean again = replayAfter(q);
                    throw new BadRecordException(in.display, recordStart, null, problem + "; a quoted field opened on line " + q
                            + " closes only on line " + closed + ", so the quotes make lines " + recordStart + "-" + closed + " one row",
                            "close the quote on line " + q + " (a quote inside a quoted field is written as \"\"), check " + CorpusHints.DELIMITER + ","
                                    + " or use " + CorpusHints.SKIP_BAD + " to skip the row and read on from line " + (q + 1), again);
                }
                throw new BadRecordException(in.display, recordStart, null, problem,
                        "quote fields that contain '" + d + "' with \"...\", check " + CorpusHints.DELIMITER + ", or use " + CorpusHints.SKIP_BAD + " to skip such rows", true);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), f.get(i));
            return new RawRecord(in.display, recordStart, row, m);
        }

        /** The next record's cells: the rows read ahead, the bad row met there, then the input. */
        private List<String> nextCells() throws CorpusException {
            try {
                if (!pending.isEmpty()) { TitleLines.Row r = pending.poll(); recordStart = r.line(); return r.cells(); }
                if (pendingBad != null) { BadRecordException e = pendingBad; pendingBad = null; throw e; }
                return readRecord();
            } catch (BadRecordException e) {
                row++; // a bad row counts (row numbers name the same rows with and without --skip-bad)
                throw e;
            }
        }

        private long emptyRows, firstEmptyRow;

        /** Counts a row with every cell empty ({@code ;;;} of an empty sheet row saved by Excel), passed over like a blank line (and as by the Excel reader). */
        private boolean emptyRow() {
            if (emptyRows++ == 0) firstEmptyRow = recordStart;
            return true;
        }

        @Override public List<String> notes() {
            if (emptyRows == 0) return List.copyOf(notes);
            List<String> all = new ArrayList<>(notes);
            all.add(String.format(Locale.ROOT, "%,d %s with every cell empty (%sline %d) passed over, as blank lines are",
                    emptyRows, emptyRows == 1 ? "row" : "rows", emptyRows == 1 ? "" : "first ", firstEmptyRow));
            return List.copyOf(all);
        }

        char delimiter() { return delim; }

        @Override public List<String> files() { return List.of(in.display); }
        @Override public long bytesRead() { return in.bytesRead(); }
        @Override public long totalBytes() { return in.totalBytes; }
        @Override public void close() { in.close(); }
    }
}
