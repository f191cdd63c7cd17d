package org.framelab.report.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The UTF-8 writer under a streamed sheet's temporary XML: chars are encoded straight into a byte buffer
 * (POI's own writer, a BufferedWriter over an OutputStreamWriter, takes a lock and copies every small
 * string twice). The bytes are those of Java's UTF-8 encoder with its default replacement: a surrogate
 * without its other half, also one split across two writes and then left alone, becomes {@code ?}.
 * {@link #text} writes cell text escaped as POI's {@code SheetDataWriter.outputEscapedString} does.
 * Not thread-safe (one sheet's writer).
 */
final class XmlSink extends Writer {
    private static final int BUFFER = 1 << 16;
    /** Room kept per char: an escape such as {@code &quot;} after a lone surrogate's {@code ?}. */
    private static final int MAX_PER_CHAR = 8;

    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    /** A high surrogate waiting for its low half (0: none). */
    private char high;
    private boolean closed;

    XmlSink(OutputStream out) {
        this.out = out;
    }

    /** Characters all below 0x80 (markup and numbers), written as they are. */
    void ascii(String s) throws IOException {
        if (high != 0) loneAndRoom();
        int n = s.length();
        if (pos + n > BUFFER) {
            drain();
            if (n > BUFFER) {
                write(s, 0, n);
                return;
            }
        }
        s.getBytes(0, n, buf, pos); // ASCII only: the deprecated getBytes keeps the low byte
        pos += n;
    }

    /** One character below 0x80. */
    void ascii(char c) throws IOException {
        if (high != 0) loneAndRoom();
        if (pos == BUFFER) drain();
        buf[pos++] = (byte) c;
    }

    /** Bytes of ASCII text. */
    void ascii(byte[] b) throws IOException {
        if (high != 0) loneAndRoom();
        if (pos + b.length > BUFFER) drain();
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    /** A non-negative number in decimal. */
    void digits(long v) throws IOException {
        if (high != 0) loneAndRoom();
        if (pos + 20 > BUFFER) drain();
        int len = 1;
        for (long x = v; x >= 10; x /= 10) len++;
        int end = pos + len;
        for (int i = end - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos = end;
    }

    /**
     * Cell text escaped as POI's {@code SheetDataWriter.outputEscapedString}: {@code < > & "} and newline,
     * carriage return, tab and no-break space as entities, other control characters and U+FFFE/U+FFFF as
     * {@code ?}, everything else as it is.
     */
    void text(String s) throws IOException {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (pos + MAX_PER_CHAR > BUFFER) drain();
            int room = Math.min(n, i + (BUFFER - pos) / MAX_PER_CHAR);
            if (high == 0) { // the common case: a run of plain ASCII
                int p = pos;
                while (i < room) {
                    char c = s.charAt(i);
                    if (c < 0x20 || c >= 0x7F || c == '<' || c == '>' || c == '&' || c == '"') break;
                    buf[p++] = (byte) c;
                    i++;
                }
                pos = p;
            }
            for (; i < room; i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c < 0x7F && c != '<' && c != '>' && c != '&' && c != '"' && high == 0) {
                    buf[pos++] = (byte) c;
                    continue;
                }
                switch (c) {
                    case '<' -> entity("&lt;");
                    case '>' -> entity("&gt;");
                    case '&' -> entity("&amp;");
                    case '"' -> entity("&quot;");
                    case '\n' -> entity("&#xa;");
                    case '\r' -> entity("&#xd;");
                    case '\t' -> entity("&#x9;");
                    case '\u00A0' -> entity("&#xa0;");
                    default -> encode(c < ' ' || c >= '\uFFFE' ? '?' : c);
                }
            }
        }
    }

    private void entity(String e) {
        if (high != 0) lone();
        for (int k = 0; k < e.length(); k++) buf[pos++] = (byte) e.charAt(k);
    }

    /** One char as UTF-8 (room for it checked by the caller). */
    private void encode(char c) {
        if (high != 0) {
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                high = 0;
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            lone();
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** The waiting high surrogate had no low half: the encoder's replacement. */
    private void lone() {
        high = 0;
        buf[pos++] = '?'; // every caller keeps a byte of room
    }

    private void loneAndRoom() throws IOException {
        if (pos == BUFFER) drain();
        lone();
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void write(int c) throws IOException {
        if (pos + MAX_PER_CHAR > BUFFER) drain();
        encode((char) c);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            if (pos + MAX_PER_CHAR > BUFFER) drain();
            char c = s.charAt(i);
            if (c < 0x80 && high == 0) buf[pos++] = (byte) c; // POI's markup: ASCII
            else encode(c);
        }
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(char[] cs, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            if (pos + MAX_PER_CHAR > BUFFER) drain();
            encode(cs[i]);
        }
    }

    @Override
    public void flush() throws IOException {
        if (closed) return;
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        if (high != 0) loneAndRoom();
        drain();
        closed = true;
        out.close();
    }
}
