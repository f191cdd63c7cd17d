package org.framelab.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Finds the line of the first malformed UTF-8 sequence, for exact error messages. */
final class Utf8Scan {
    private Utf8Scan() {}

    /** 1-based line of the first malformed UTF-8 byte, or -1 when none / unreadable. */
    /**
     * The text of {@code b[off..]} when it is valid UTF-8 and has at least one letter beyond ASCII (or {@code bom}: it
     * started with UTF-8's byte-order mark); null otherwise (plain ASCII reads the same in any ASCII-based encoding).
     */
    static String decodeIfUtf8WithNonAscii(byte[] b, int off, boolean bom) {
        boolean high = false;
        for (int k = off; k < b.length && !high; k++) high = b[k] < 0;
        if (!high && !bom) return null;
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(b, off, b.length - off)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    static long firstMalformedLine(Path path, boolean gzip) {
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
            long line = 1;
            int need = 0;
            int c;
            while ((c = in.read()) >= 0) {
                if (need > 0) {
                    if ((c & 0xC0) != 0x80) return line;
                    need--;
                    continue;
                }
                if (c == '\n') line++;
                else if (c < 0x80) continue;
                else if (c >= 0xC2 && c <= 0xDF) need = 1;
                else if (c >= 0xE0 && c <= 0xEF) need = 2;
                else if (c >= 0xF0 && c <= 0xF4) need = 3;
                else return line;
            }
            return need > 0 ? line : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Number of complete lines that can be decompressed before a truncated/corrupt gzip stream fails. */
    static long readableLines(Path path) {
        long lines = 0;
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(path), 1 << 16), 1 << 16)) {
            int c;
            while ((c = in.read()) >= 0) if (c == '\n') lines++;
        } catch (IOException e) {
            // expected: the stream ends early; lines counted so far are complete
        }
        return lines;
    }
}
