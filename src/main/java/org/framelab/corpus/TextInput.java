package org.framelab.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens a text file for reading: transparent gzip ({@code .gz}), BOM handling (UTF-8 BOM skipped,
 * UTF-16 chosen by its BOM), strict decoding (malformed bytes raise an error instead of becoming
 * U+FFFD), and a byte counter for progress.
 */
final class TextInput implements AutoCloseable {
    final Path path;
    final String display;
    final Charset charset;
    final BufferedReader reader;
    private final Counting counting;
    final long totalBytes;
    final boolean gzip;

    private TextInput(Path path, Charset charset, BufferedReader reader, Counting counting, long totalBytes, boolean gzip) {
        this.path = path;
        this.display = path.toString();
        this.charset = charset;
        this.reader = reader;
        this.counting = counting;
        this.totalBytes = totalBytes;
        this.gzip = gzip;
    }

    static TextInput open(Path path, Charset forced) throws CorpusException {
        String file = path.toString();
        if (!Files.exists(path)) {
            throw new CorpusException(file, -1, null, "the file does not exist", "check the path (relative paths start from " + Path.of("").toAbsolutePath() + ")");
        }
        if (!Files.isReadable(path) || Files.isDirectory(path)) {
            throw new CorpusException(file, -1, null, "the file cannot be read", "check the path and the file permissions");
        }
        try {
            long size = Files.size(path);
            if (size == 0) {
                throw new CorpusException(file, -1, null, "the file is empty (0 bytes)",
                        "give a file with at least one record (CSV/TSV: a header line, then one row per article; JSON lines: one object per line)");
            }
            Counting counting = new Counting(Files.newInputStream(path));
            InputStream in = new BufferedInputStream(counting, 1 << 16);
            boolean gz = isGzip(path);
            if (gz) {
                try {
                    in = new BufferedInputStream(new ReadAheadInputStream(new GZIPInputStream(in, 1 << 16)), 1 << 16);
                } catch (ZipException | EOFException e) {
                    counting.close();
                    throw new CorpusException(file, -1, null, "not a valid gzip file (" + e.getMessage() + ")",
                            "the download may be incomplete or the file is not compressed; re-download it or remove the .gz extension");
                }
            }
            in.mark(SNIFF);
            byte[] head = new byte[SNIFF];
            int got = in.readNBytes(head, 0, SNIFF);
            in.reset();
            CorpusException notText = notText(file, head, got, gz, forced);
            if (notText != null) {
                counting.close();
                throw notText;
            }
            byte[] b = head;
            int n = Math.min(got, 3);
            Charset cs;
            int skip = 0;
            if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                cs = forced != null ? forced : StandardCharsets.UTF_8;
                if (cs.equals(StandardCharsets.UTF_8)) skip = 3;
            } else if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
                cs = forced != null ? forced : StandardCharsets.UTF_16BE;
                if (cs.equals(StandardCharsets.UTF_16BE) || cs.equals(StandardCharsets.UTF_16)) { cs = StandardCharsets.UTF_16BE; skip = 2; }
            } else if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
                cs = forced != null ? forced : StandardCharsets.UTF_16LE;
                if (cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16)) { cs = StandardCharsets.UTF_16LE; skip = 2; }
            } else {
                cs = forced != null ? forced : StandardCharsets.UTF_8;
            }
            if (skip > 0) in.skipNBytes(skip);
            CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
            return new TextInput(path, cs, r, counting, size, gz);
        } catch (NoSuchFileException e) {
            throw new CorpusException(file, -1, null, "the file does not exist", "check the path");
        } catch (EOFException | ZipException e) {
            throw new CorpusException(file, 1, null, "the compressed file ends unexpectedly or is damaged (" + e.getMessage() + ")",
                    "the download or copy was incomplete; download or copy the file again");
        } catch (IOException e) {
            throw new CorpusException(file, -1, null, "cannot read the file: " + e.getMessage(), "check the file");
        }
    }

    /** Bytes looked at before reading: for the BOM, a compression format's signature and UTF-16 without a BOM. */
    private static final int SNIFF = 64;

    /** Compression formats FrameLab does not read: signature (-1: any byte), name, how to decompress. */
    private static final Object[][] COMPRESSED = {
            {new int[]{'B', 'Z', 'h', -1, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59}, "bzip2", "bzip2 -d"},   // BZh, block size, block magic
            {new int[]{0xFD, '7', 'z', 'X', 'Z', 0x00}, "xz", "xz -d"},
            {new int[]{0x28, 0xB5, 0x2F, 0xFD}, "Zstandard (zstd)", "zstd -d"},
            {new int[]{'7', 'z', 0xBC, 0xAF, 0x27, 0x1C}, "7-Zip", "7z x"},
            {new int[]{0x04, 0x22, 0x4D, 0x18}, "LZ4", "lz4 -d"},
            {new int[]{'P', 'K', 0x03, 0x04}, "zip", "unzip"},
    };

    /**
     * The error for a file that is not text a reader can decode, seen in its first bytes: compressed in a format
     * FrameLab does not read ({@code .jsonl.bz2}), gzip under a name without {@code .gz}, or UTF-16 without a
     * byte-order mark (every other byte zero), which would otherwise be read as UTF-8 with a NUL between letters. Null
     * when the bytes look like text (or a UTF-16 encoding was given).
     */
    static CorpusException notText(String file, byte[] b, int n, boolean gz, Charset forced) {
        for (Object[] c : COMPRESSED) {
            int[] sig = (int[]) c[0];
            if (startsWith(b, n, sig)) {
                return new CorpusException(file, -1, null, "the file is compressed with " + c[1] + (gz ? " (inside the gzip)" : "")
                        + ", which FrameLab does not read", "decompress it first (" + c[2] + " " + Path.of(file).getFileName()
                        + "), or compress it with gzip instead (FrameLab reads .gz files directly)");
            }
        }
        if (!gz && startsWith(b, n, new int[]{0x1F, 0x8B})) {
            return new CorpusException(file, -1, null, "the file is compressed with gzip, but its name does not end in .gz",
                    "add .gz to the file name (e.g. " + Path.of(file).getFileName() + ".gz), or decompress it (gzip -d)");
        }
        if (forced != null && forced.name().startsWith("UTF-16")) return null;
        if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) return null;
        if (n >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) return null;
        int pairs = n / 2;
        if (pairs < 2) return null;
        boolean le = true, be = true;
        for (int i = 0; i < pairs * 2; i += 2) {
            le &= b[i] != 0 && b[i + 1] == 0;
            be &= b[i] == 0 && b[i + 1] != 0;
        }
        if (!le && !be) return null;
        String order = le ? "UTF-16LE" : "UTF-16BE";
        return new CorpusException(file, 1, null, "the file looks like " + order + " text without a byte-order mark (every other one of its first "
                + pairs * 2 + " bytes is zero)" + (forced != null ? ", not " + forced.name() : ""),
                "give its encoding: " + CorpusHints.encoding(order, false) + ", or save the file as UTF-8");
    }

    private static boolean startsWith(byte[] b, int n, int[] sig) {
        if (n < sig.length) return false;
        for (int i = 0; i < sig.length; i++) if (sig[i] >= 0 && (b[i] & 0xff) != sig[i]) return false;
        return true;
    }

    /** Longest record, line or field the readers accept (64 M characters): beyond it, the input is not text records (or is a decompression bomb). */
    static final int MAX_RECORD = 1 << 26;

    /** Builds a record source on an opened input; closes the input when that fails. */
    interface SourceFactory<T> {
        T create(TextInput in) throws CorpusException;
    }

    static <T> T open(Path path, Charset forced, SourceFactory<T> factory) throws CorpusException {
        TextInput in = open(path, forced);
        try {
            return factory.create(in);
        } catch (CorpusException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The error for a line or field past {@link #MAX_RECORD} (the read cannot go on: the line's end is unknown). */
    CorpusException tooLong(long line, String what) {
        return new BadRecordException(display, line, null, what + " is longer than " + (MAX_RECORD >> 20)
                + " M characters: this is not a file of text records" + (gzip ? " (or the .gz expands without end)" : ""),
                "check that the file is what it should be; split an oversized record into smaller ones", false);
    }

    Lines lines() {
        return new Lines();
    }

    /**
     * Lines ending in \n, \r\n or \r, each at most {@link #MAX_RECORD} characters. {@link #advance()}
     * hands out each line as characters ({@link #chars()} from {@link #start()}, {@link #length()} of
     * them, valid until the next call) without making a string; {@link #next()} makes one.
     */
    final class Lines {
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private boolean skipLf;
        private long number;
        /** A line that ran over the end of {@link #buf}, put together here. */
        private char[] spill = new char[0];
        private char[] lineChars;
        private int lineStart;
        private int lineLength;

        /** The next line without its line break, or null at the end. */
        String next() throws CorpusException {
            return advance() ? new String(lineChars, lineStart, lineLength) : null;
        }

        /** Moves to the next line (without its line break); false at the end. */
        boolean advance() throws CorpusException {
            int spilled = -1;   // characters put together in spill so far, -1 while none
            if (spill.length > 1 << 20) spill = new char[0];   // an exceptionally long line is not kept
            while (true) {
                if (pos >= len) {
                    try {
                        len = reader.read(buf, 0, buf.length);
                    } catch (IOException e) {
                        throw error(e, number + 1);
                    }
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        if (spilled < 0) return false;
                        number++;
                        return line(spill, 0, spilled);
                    }
                }
                if (skipLf) {
                    skipLf = false;
                    if (buf[pos] == '\n') pos++;
                    continue;
                }
                int start = pos;
                while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') pos++;
                int n = pos - start;
                if (Math.max(spilled, 0) + n > MAX_RECORD) throw tooLong(number + 1, "line " + (number + 1));
                if (pos < len) {
                    skipLf = buf[pos] == '\r';
                    pos++;
                    number++;
                    if (spilled < 0) return line(buf, start, n);
                    spilled = spill(spilled, start, n);
                    return line(spill, 0, spilled);
                }
                spilled = spill(Math.max(spilled, 0), start, n);
            }
        }

        private int spill(int have, int start, int n) {
            if (have + n > spill.length) spill = java.util.Arrays.copyOf(spill, Math.max(have + n, Math.max(16, spill.length * 2)));
            System.arraycopy(buf, start, spill, have, n);
            return have + n;
        }

        private boolean line(char[] chars, int start, int length) {
            lineChars = chars;
            lineStart = start;
            lineLength = length;
            return true;
        }

        /** The characters of the line {@link #advance()} moved to. */
        char[] chars() {
            return lineChars;
        }

        int start() {
            return lineStart;
        }

        int length() {
            return lineLength;
        }

        /** 1-based number of the line last returned. */
        long number() {
            return number;
        }
    }

    static boolean isGzip(Path path) {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }

    long bytesRead() {
        return counting.count;
    }

    /**
     * Turns an I/O error during reading into a clear message. Malformed bytes: the line of the first
     * malformed byte is located by re-scanning the file, and the user is told to use --encoding.
     */
    CorpusException error(IOException e, long approxLine) {
        if (e instanceof CharacterCodingException) {
            long line = approxLine;
            if (charset.equals(StandardCharsets.UTF_8)) {
                long exact = Utf8Scan.firstMalformedLine(path, gzip);
                if (exact > 0) line = exact;
            }
            return new BadRecordException(display, line, null,
                    "the bytes are not valid " + charset.name() + " text",
                    "if the file was saved by Excel or an old Windows program, give its encoding, e.g. " + CorpusHints.encoding("windows-1252", true), false, e);
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            long complete = gzip ? Utf8Scan.readableLines(path) : approxLine - 1;
            return new BadRecordException(display, complete + 1, null,
                    "the compressed file ends unexpectedly after " + complete + " complete lines (truncated .gz: " + e.getMessage() + ")",
                    "the download or copy was incomplete; download or copy the file again", false, e);
        }
        return new BadRecordException(display, approxLine, null, "cannot read the file: " + e.getMessage(),
                "check the file", false, e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // closing a read-only input: nothing to recover
        }
    }

    static final class Counting extends FilterInputStream {
        volatile long count;

        Counting(InputStream in) { super(in); }

        @Override public int read() throws IOException {
            int c = super.read();
            if (c >= 0) count++;
            return c;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
