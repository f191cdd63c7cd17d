package org.framelab.gui;

import org.framelab.corpus.Corpora;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a corpus file's fields and first rows for the mapping dialog (in the background). When no encoding was
 * chosen and the file's bytes are not UTF-8, the file is read as Windows-1252 instead of failing, so that the
 * dialog — with its Encoding box — still opens; the dialog then says so ({@link MappingDialog.Input#encodingNote()}).
 */
final class CorpusInspection {
    private CorpusInspection() {}

    /** The encoding tried when a file's bytes are not UTF-8: what Excel and older Windows programs write in Western Europe. */
    static final Charset FALLBACK = Charset.forName("windows-1252");

    /** What the dialog says when it read the file as {@link #FALLBACK}. */
    static final String FALLBACK_NOTE = "This file is not UTF-8; read as Windows-1252 (Western European). "
            + "Change Encoding if characters look wrong.";

    /** Bytes checked for UTF-8 before the fields are read (the rest is checked when the corpus is loaded). */
    static final int CHECKED_BYTES = 8 << 20;

    static MappingDialog.Input inspect(Path path, ReadOptions base) throws Exception {
        ReadOptions probe = base == null ? ReadOptions.defaults() : base;
        if (probe.encoding() != null) return read(path, probe, null);
        if (!startsAsUtf8(path)) return read(path, withEncoding(probe, FALLBACK), FALLBACK_NOTE);
        try {
            return read(path, probe, null);
        } catch (CorpusException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) throw e;
            return read(path, withEncoding(probe, FALLBACK), FALLBACK_NOTE);
        }
    }

    /** Fields and up to {@code rows} preview rows of {@code path} read with {@code options}. */
    static List<Map<String, String>> preview(Path path, ReadOptions options) throws CorpusException {
        return Corpora.preview(path, options, 20);
    }

    static ReadOptions withEncoding(ReadOptions o, Charset cs) {
        return new ReadOptions(o.mapping(), cs, o.delimiter(), o.sheet(), o.skipBad(), o.limit(), o.outletLabels());
    }

    private static MappingDialog.Input read(Path path, ReadOptions probe, String note) throws Exception {
        List<String> fields = Corpora.fields(path, probe);
        List<Map<String, String>> preview = preview(path, probe);
        FieldMapping detected;
        try {
            detected = Corpora.detect(fields, probe.mapping());
        } catch (RuntimeException e) {
            detected = probe.mapping();
        }
        return new MappingDialog.Input(path, fields, preview, detected, probe, note);
    }

    /**
     * False when the first {@link #CHECKED_BYTES} of a text file (decompressed for .gz) hold bytes that are not
     * UTF-8; true for valid UTF-8, UTF-16 with its byte-order mark, workbooks, folders and unreadable files (their
     * readers report those).
     */
    static boolean startsAsUtf8(Path path) {
        if (!Files.isRegularFile(path)) return true;
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".ods")) return true;
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            byte[] head = in.readNBytes(CHECKED_BYTES);
            boolean complete = head.length < CHECKED_BYTES;
            return isUtf8(head, complete);
        } catch (IOException e) {
            return true;
        }
    }

    /** Whether {@code b} is UTF-8 (or starts with a UTF-16 byte-order mark); a sequence cut at the end counts as valid unless {@code complete}. */
    static boolean isUtf8(byte[] b, boolean complete) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) return true;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        while (true) {
            var r = dec.decode(in, out, complete);
            if (r.isError()) return false;
            if (r.isUnderflow()) return !complete || !dec.flush(out).isError();
            out.clear();
        }
    }
}
