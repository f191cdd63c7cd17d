package org.framelab.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * An article stream in which every id is unique (the rule {@link Corpora#read} applies): a repeated id
 * is an error naming the file, the line and the line of its first use, or, with {@code skipBad}, the
 * later article is skipped and counted with the bad rows. Ids are remembered as 64-bit hashes with the
 * line of their first use (16 bytes per id in a table kept 3/8 to 3/4 full: 21 to 43 bytes per article,
 * 8 MB for 362,540; never the articles), so the check stays small on a stream of millions of articles. Two different ids share a hash with probability about
 * n&sup2;/2<sup>65</sup> (3&middot;10<sup>-8</sup> for a million articles).
 */
final class UniqueIdStream extends LookaheadStream {
    private final ArticleStream in;
    private final String path;
    private final boolean skipBad;
    private final String idField;
    private final HashLines seen = new HashLines();
    private final List<SkippedRow> dupSample = new ArrayList<>();
    private long n;
    private long skippedDup;

    /** Labels per outlet joined to every article passed on ({@link OutletLabels}); null for none. */
    private final OutletLabels outletLabels;

    UniqueIdStream(ArticleStream in, String path, boolean skipBad) {
        this(in, path, skipBad, null);
    }

    UniqueIdStream(ArticleStream in, String path, boolean skipBad, OutletLabels outletLabels) {
        this.in = in;
        this.path = path;
        this.skipBad = skipBad;
        this.idField = in.provenance().mapping().idField();
        this.outletLabels = outletLabels;
    }

    @Override
    boolean hasNextChecked() throws CorpusException {
        while (next == null) {
            if (!Corpora.more(in)) return false;
            Article a = in.nextArticle();
            n++;
            // the line of the record, or of a folded item's first judgement row; else the article's number
            RawRecord firstRow = in instanceof Corpora.ListStream l ? l.lastFirstRow() : null;
            boolean lines = in instanceof MappedArticleStream || firstRow != null;
            long line = in instanceof MappedArticleStream m ? m.lastLine : firstRow != null ? firstRow.line() : n;
            String file = in instanceof MappedArticleStream m ? m.lastFile : firstRow != null ? firstRow.file() : path;
            long first = seen.putIfAbsent(hash(a.id()), line);
            if (first < 0) {
                next = outletLabels == null ? a : outletLabels.apply(a, path);
                break;
            }
            String reason = firstRow != null
                    ? "duplicate id '" + a.id() + "': the item whose judgement rows start at line " + line
                            + " has the id of the item whose rows start at line " + first
                    : "duplicate id '" + a.id() + "' (first used at " + (lines ? "line " : "item ") + first + ")";
            if (!skipBad) {
                throw new CorpusException(file, line, idField, reason,
                        "ids must be unique: fix the data, choose another id field (--id-field; study file: corpus.mapping.id; GUI: 'Id' in the corpus mapping dialog), or use " + CorpusHints.SKIP_BAD + " to skip the later rows");
            }
            skippedDup++;
            if (dupSample.size() < MappedArticleStream.SAMPLE) dupSample.add(new SkippedRow(file, line, reason));
        }
        return true;
    }

    /** The reader's provenance with the skipped duplicates added (the sample in reading order). */
    @Override
    public Provenance provenance() {
        Provenance p = in.provenance();
        if (outletLabels != null) {
            List<String> notes = new ArrayList<>(p.notes());
            notes.add(outletLabels.note());
            List<String> joined = new ArrayList<>(p.joinedLabelFields());
            for (String f : outletLabels.fields()) if (!joined.contains(f)) joined.add(f);
            p = new Provenance(p.files(), p.reader(), p.mapping(), p.rowsRead(), p.rowsSkipped(), p.skippedSample(), p.duplicateIdsSkipped(), notes, joined);
        }
        if (skippedDup == 0) return p;
        // both lists in reading order, merged into one (files in the order they were read, lines ascending), first rows kept
        List<SkippedRow> sample = new ArrayList<>(p.skippedSample());
        sample.addAll(dupSample);
        List<String> fileOrder = new ArrayList<>();
        for (SkippedRow r : sample) if (!fileOrder.contains(r.file())) fileOrder.add(r.file());
        sample.sort(java.util.Comparator.<SkippedRow>comparingInt(r -> fileOrder.indexOf(r.file())).thenComparingLong(SkippedRow::line));
        if (sample.size() > MappedArticleStream.SAMPLE) sample = new ArrayList<>(sample.subList(0, MappedArticleStream.SAMPLE));
        return new Provenance(p.files(), p.reader(), p.mapping(), p.rowsRead(), p.rowsSkipped() + skippedDup, sample,
                p.duplicateIdsSkipped() + skippedDup, p.notes(), p.joinedLabelFields());
    }

    @Override public long bytesRead() { return in.bytesRead(); }

    @Override public long totalBytes() { return in.totalBytes(); }

    @Override public void close() { in.close(); }

    /** FNV-1a over the UTF-16 units, then the MurmurHash3 finaliser. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** An open-addressing map from a 64-bit hash to a line number (>= 0), grown at 3/4 load. */
    static final class HashLines {
        private long[] keys = new long[1024];
        private long[] lines = new long[1024];   // line + 1; 0 = empty slot
        private int size;

        /** The line stored for {@code key}, or -1 after storing {@code line} for it. */
        long putIfAbsent(long key, long line) {
            if (size + 1 > keys.length / 4 * 3) grow();
            int mask = keys.length - 1;
            for (int i = (int) key & mask; ; i = (i + 1) & mask) {
                if (lines[i] == 0) {
                    keys[i] = key;
                    lines[i] = line + 1;
                    size++;
                    return -1;
                }
                if (keys[i] == key) return lines[i] - 1;
            }
        }

        int size() {
            return size;
        }

        private void grow() {
            long[] k = keys, l = lines;
            keys = new long[k.length * 2];
            lines = new long[k.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < k.length; j++) {
                if (l[j] == 0) continue;
                int i = (int) k[j] & mask;
                while (lines[i] != 0) i = (i + 1) & mask;
                keys[i] = k[j];
                lines[i] = l[j];
            }
        }
    }
}
