package org.framelab.features;

import org.framelab.util.Progress;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The binary form of a {@link CorpusAnalysis.Snapshot} ({@link AnalysisFiles}).
 *
 * <pre>
 * header (68 bytes): magic "FLAN", file format (int), key (32 bytes), articles (int),
 *                    body length (long), CRC32 of the body (long), entries (int), entries with counts (int)
 * body:  settings (string), words by id from 1 (count, strings),
 *        per article: entries + 1 (0 = none), per entry:
 *          ranges: count, then zig-zag deltas
 *          framing: non-zeros, then per value (index delta &lt;&lt; 1 | whole) and the value
 *                   (whole numbers as zig-zag varints, other values as the 8 bytes of the double: exact;
 *                   a missing value, NaN, is one of those and is restored as NaN)
 *          n-grams: keys + 1 (0 = framing only), per key (first-word delta, second word or its delta
 *                   when the first word repeats), then the counts
 * </pre>
 *
 * Integers are unsigned LEB128 varints, strings UTF-8 with a varint length. The body is checked
 * against its CRC before any entry is used; the entries are then restored in blocks, so loading
 * needs little memory beyond the analysis itself.
 */
final class AnalysisFileFormat {
    static final byte[] MAGIC = {'F', 'L', 'A', 'N'};
    /** 3: ratios with a zero denominator are NaN (missing), no longer 0; files of version 2 are never read. */
    static final int VERSION = 3;
    static final int HEADER = 68;
    /** Keys restored per block while loading. */
    private static final long BLOCK_KEYS = 4_000_000;

    private AnalysisFileFormat() {}

    /** A file that is not a complete analysis of the expected key: ignored by the store. */
    static final class Unusable extends IOException {
        Unusable(String why) {
            super(why);
        }
    }

    /** What a file (or a snapshot) holds: entries, and how many of them carry n-gram counts. */
    record Signature(long entries, long counted) {
        static Signature of(CorpusAnalysis.Entry[][] entries) {
            long n = 0, c = 0;
            for (CorpusAnalysis.Entry[] es : entries) {
                if (es == null) continue;
                for (CorpusAnalysis.Entry e : es) {
                    n++;
                    if (e.ngrams() != null) c++;
                }
            }
            return new Signature(n, c);
        }
    }

    /** Writes {@code s} into {@code ch} (empty, positioned at 0); returns the bytes written. */
    static long write(FileChannel ch, String key, CorpusAnalysis.Snapshot s, Progress progress) throws IOException {
        CorpusAnalysis.Entry[][] entries = s.entries();
        Signature sig = Signature.of(entries);
        progress.start("Writing the analysis cache (" + entries.length + " articles)", entries.length, "articles");
        try {
            Out out = new Out(ch, HEADER);
            out.string(s.settings());
            out.varint(s.words().size() - 1);
            for (int i = 1; i < s.words().size(); i++) out.string(s.words().get(i));
            for (int r = 0; r < entries.length; r++) {
                CorpusAnalysis.Entry[] es = entries[r];
                out.varint(es == null ? 0 : es.length + 1L);
                if (es != null) for (CorpusAnalysis.Entry e : es) entry(out, e);
                if ((r & 1023) == 1023) {
                    progress.checkCancelled();
                    progress.step(1024);
                }
            }
            progress.step(entries.length & 1023);
            out.flush();
            ByteBuffer h = ByteBuffer.allocate(HEADER);
            h.put(MAGIC).putInt(VERSION).put(HexFormat.of().parseHex(key)).putInt(entries.length)
                    .putLong(out.length).putLong(out.crc.getValue()).putInt((int) sig.entries()).putInt((int) sig.counted());
            h.flip();
            while (h.hasRemaining()) ch.write(h, h.position());
            return HEADER + out.length;
        } finally {
            progress.done();
        }
    }

    private static void entry(Out out, CorpusAnalysis.Entry e) throws IOException {
        int[] ranges = e.ranges();
        out.varint(ranges.length);
        int prev = 0;
        for (int v : ranges) {
            out.varint(zigzag((long) v - prev));
            prev = v;
        }
        int[] idx = e.framing().indices();
        double[] val = e.framing().values();
        out.varint(idx.length);
        int prevIdx = 0;
        for (int i = 0; i < idx.length; i++) {
            double v = val[i];
            boolean whole = v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0);
            out.varint(((long) (idx[i] - prevIdx) << 1) | (whole ? 1 : 0));
            if (whole) out.varint(zigzag((long) v));
            else out.fixed64(Double.doubleToRawLongBits(v));
            prevIdx = idx[i];
        }
        PackedCounts ng = e.ngrams();
        if (ng == null) {
            out.varint(0);
        } else {
            out.varint(ng.size() + 1L);
            out.bytes(ng.bytes());
        }
        TermCount[] terms = e.terms();
        out.varint(terms == null ? 0 : terms.length + 1L);
        if (terms != null) {
            for (TermCount t : terms) {
                out.string(t.term());
                out.string(t.family());
                out.string(t.category());
                out.varint(t.count());
            }
        }
    }

    /** The header of a file: checked against what the caller expects. */
    record Header(long bodyLength, long crc, Signature signature) {}

    static Header header(FileChannel ch, String key, int articles) throws IOException {
        long size = ch.size();
        if (size < HEADER) throw new Unusable("truncated: " + size + " bytes, shorter than the header");
        ByteBuffer h = ByteBuffer.allocate(HEADER);
        while (h.hasRemaining()) if (ch.read(h, h.position()) < 0) throw new Unusable("truncated header");
        h.flip();
        byte[] magic = new byte[4];
        h.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) throw new Unusable("not a FrameLab analysis cache file");
        int version = h.getInt();
        if (version != VERSION) throw new Unusable("file format " + version + ", this FrameLab reads " + VERSION);
        byte[] k = new byte[32];
        h.get(k);
        if (!HexFormat.of().formatHex(k).equals(key)) throw new Unusable("written for another key");
        int n = h.getInt();
        if (n != articles) throw new Unusable(n + " articles, not " + articles);
        long body = h.getLong();
        long crc = h.getLong();
        Signature sig = new Signature(h.getInt() & 0xffffffffL, h.getInt() & 0xffffffffL);
        if (size != HEADER + body) throw new Unusable("truncated or extended: " + size + " bytes, the header says " + (HEADER + body));
        return new Header(body, crc, sig);
    }

    /**
     * Checks the body's CRC, then restores its entries into {@code analysis} in blocks. Throws
     * {@link Unusable} (nothing restored) when the file is not a complete file of this key.
     */
    static Header read(FileChannel ch, String key, CorpusAnalysis analysis, Progress progress) throws IOException {
        Header h = header(ch, key, analysis.size());
        progress.start(String.format(java.util.Locale.ROOT, "Reading the analysis cache (%.0f MB)", (HEADER + h.bodyLength()) / 1e6),
                2 * h.bodyLength(), "bytes");
        try {
            CRC32 crc = new CRC32();
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            long pos = HEADER;
            while (pos < HEADER + h.bodyLength()) {
                buf.clear();
                int n = ch.read(buf, pos);
                if (n < 0) throw new Unusable("truncated body");
                buf.flip();
                crc.update(buf);
                pos += n;
                progress.step(n);
                progress.checkCancelled();
            }
            if (crc.getValue() != h.crc()) throw new Unusable("damaged: the checksum of its contents does not match");
            In in = new In(ch, HEADER, h.bodyLength(), progress);
            String settings = in.string();
            if (!settings.equals(analysis.settings())) throw new Unusable("written for other settings");
            int words = in.count();
            List<String> ws = new ArrayList<>(words + 1);
            ws.add(null);
            for (int i = 0; i < words; i++) ws.add(in.string());
            CorpusAnalysis.Entry[][] block = new CorpusAnalysis.Entry[analysis.size()][];
            long keys = 0;
            boolean pending = false;
            for (int r = 0; r < block.length; r++) {
                int n = in.count();
                if (n == 0) continue;
                CorpusAnalysis.Entry[] es = new CorpusAnalysis.Entry[n - 1];
                for (int j = 0; j < es.length; j++) {
                    es[j] = entry(in, words);
                    if (es[j].ngrams() != null) keys += es[j].ngrams().size();
                }
                block[r] = es;
                pending = true;
                if (keys >= BLOCK_KEYS) {
                    analysis.restore(new CorpusAnalysis.Snapshot(settings, ws, block));
                    block = new CorpusAnalysis.Entry[analysis.size()][];
                    keys = 0;
                    pending = false;
                    progress.checkCancelled();
                }
            }
            if (pending) analysis.restore(new CorpusAnalysis.Snapshot(settings, ws, block));
            if (in.remaining() != 0) throw new Unusable("unexpected data after the last article");
            return h;
        } finally {
            progress.done();
        }
    }

    private static CorpusAnalysis.Entry entry(In in, int words) throws IOException {
        int[] ranges = new int[in.count()];
        long prev = 0;
        for (int i = 0; i < ranges.length; i++) {
            prev += unzigzag(in.varint());
            ranges[i] = (int) prev;
        }
        int nnz = in.count();
        int[] idx = new int[nnz];
        double[] val = new double[nnz];
        int prevIdx = 0;
        for (int i = 0; i < nnz; i++) {
            long d = in.varint();
            idx[i] = prevIdx + (int) (d >>> 1);
            if (i > 0 && idx[i] <= prevIdx) throw new Unusable("column indices not ascending");
            val[i] = (d & 1) != 0 ? (double) unzigzag(in.varint()) : Double.longBitsToDouble(in.fixed64());
            prevIdx = idx[i];
        }
        SparseVector framing = new SparseVector(idx, val);
        int nk = in.count();
        PackedCounts ng = null;
        if (nk > 0) {
            ng = PackedCounts.ofBytes(in.bytes(), nk - 1);
            long[] prev2 = {0};
            boolean[] bad = {false};
            try {
                ng.forEach((k, c) -> {
                    long a = k >>> 32, x = k & 0xffffffffL;
                    if (k <= prev2[0] || a > words || x > words || c <= 0) bad[0] = true;
                    prev2[0] = k;
                });
            } catch (ArrayIndexOutOfBoundsException e) {
                bad[0] = true;
            }
            if (bad[0]) throw new Unusable("n-gram counts malformed");
        }
        int nt = in.count();
        TermCount[] terms = null;
        if (nt > 0) {
            terms = new TermCount[nt - 1];
            for (int i = 0; i < terms.length; i++) {
                String term = in.string(), family = in.string(), category = in.string();
                terms[i] = new TermCount(term, family, category, "", in.varint());
            }
        }
        return new CorpusAnalysis.Entry(ranges, framing, ng, terms);
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** A buffered writer of varints into a channel from a position, with the CRC and length of what it wrote. */
    private static final class Out {
        final FileChannel ch;
        final CRC32 crc = new CRC32();
        final ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        long pos;
        long length;

        Out(FileChannel ch, long pos) {
            this.ch = ch;
            this.pos = pos;
        }

        void varint(long v) throws IOException {
            if (buf.remaining() < 10) flush();
            while ((v & ~0x7FL) != 0) {
                buf.put((byte) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            buf.put((byte) v);
        }

        void fixed64(long v) throws IOException {
            if (buf.remaining() < 8) flush();
            buf.putLong(v);
        }

        void string(String s) throws IOException {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        /** A length, then the bytes as they are. */
        void bytes(byte[] b) throws IOException {
            varint(b.length);
            for (int off = 0; off < b.length; ) {
                if (!buf.hasRemaining()) flush();
                int n = Math.min(buf.remaining(), b.length - off);
                buf.put(b, off, n);
                off += n;
            }
        }

        void flush() throws IOException {
            buf.flip();
            crc.update(buf.duplicate());
            while (buf.hasRemaining()) {
                int n = ch.write(buf, pos);
                pos += n;
                length += n;
            }
            buf.clear();
        }
    }

    /** A buffered reader of varints from a channel, bounded by the body's length. */
    private static final class In {
        final FileChannel ch;
        final ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        final Progress progress;
        long pos;
        long left;

        In(FileChannel ch, long pos, long length, Progress progress) {
            this.ch = ch;
            this.pos = pos;
            this.left = length;
            this.progress = progress;
            buf.limit(0);
        }

        long remaining() {
            return left + buf.remaining();
        }

        private byte next() throws IOException {
            if (!buf.hasRemaining()) fill();
            return buf.get();
        }

        private void fill() throws IOException {
            if (left <= 0) throw new EOFException("body ends early");
            buf.clear();
            if (buf.capacity() > left) buf.limit((int) left);
            int n = ch.read(buf, pos);
            if (n <= 0) throw new EOFException("body ends early");
            pos += n;
            left -= n;
            buf.flip();
            progress.step(n);
        }

        long varint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = next();
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) return v;
            }
            throw new Unusable("malformed number");
        }

        int count() throws IOException {
            long v = varint();
            if (v > Integer.MAX_VALUE - 8) throw new Unusable("malformed count " + v);
            return (int) v;
        }

        long fixed64() throws IOException {
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (next() & 0xFF);
            return v;
        }

        String string() throws IOException {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        /** What {@link Out#bytes} wrote. */
        byte[] bytes() throws IOException {
            int n = count();
            if (n > remaining()) throw new Unusable("malformed length " + n);
            byte[] b = new byte[n];
            for (int off = 0; off < n; ) {
                if (!buf.hasRemaining()) fill();
                int k = Math.min(buf.remaining(), n - off);
                buf.get(b, off, k);
                off += k;
            }
            return b;
        }
    }
}
