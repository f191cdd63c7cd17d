package org.framelab.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Streams articles from a {@link RecordSource}: detects the mapping from the source's fields,
 * maps each record, skips bad records when {@code skipBad} (counting them and keeping the first
 * {@value #SAMPLE} with reasons) and stops after {@code limit} articles.
 */
final class MappedArticleStream extends LookaheadStream {
    static final int SAMPLE = 20;

    private final RecordSource source;
    private final ReadOptions options;
    private final String readerName;
    final ArticleMapper mapper;
    private long rowsRead;
    private long skipped;
    private final List<SkippedRow> sample = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Articles whose title or text shows UTF-8 decoded as a one-byte encoding (mojibake), and the first one's id. */
    private long mojibake;
    private String firstMojibake;
    private boolean done;
    private long returned;
    String lastFile;
    long lastLine;

    MappedArticleStream(RecordSource source, ReadOptions options, String readerName) throws CorpusException {
        this.source = source;
        this.options = options;
        this.readerName = readerName;
        List<String> fields;
        while (true) {
            try {
                fields = source.fields(); // may read the first record (JSON): a bad one is skipped like any other
                break;
            } catch (BadRecordException e) {
                if (!options.skipBad() || !e.recoverable()) throw e;
                skip(e.file(), e.line(), e.reason());
            }
        }
        FieldMapping m = FieldDetection.detect(fields, options.mapping());
        String file = source.files().isEmpty() ? "" : source.files().get(0);
        FieldDetection.validate(file, fields, m, source.elsewhere());
        this.mapper = new ArticleMapper(m, fields, ArticleMapper.stem(file));
    }

    void skip(String file, long line, String reason) {
        skipped++;
        if (sample.size() < SAMPLE) sample.add(new SkippedRow(file, line, reason));
    }

    /** Adds a note for the load summary (what the reader did or saw that the user should know). */
    void note(String note) {
        notes.add(note);
    }

    /**
     * Counts the article when its title or text shows garbled UTF-8 (see {@link Mojibake}); the articles this stream
     * returns are counted here, and the folded judgement-level articles by {@link Judgements}, so both paths give the note.
     */
    void checkMojibake(Article a) {
        if (Mojibake.in(a.text()) || Mojibake.in(a.title())) {
            if (mojibake++ == 0) firstMojibake = a.id();
        }
    }

    /** The next raw record, honouring skip-bad; null at the end. */
    RawRecord nextRecord() throws CorpusException {
        while (true) {
            try {
                RawRecord r = source.next();
                if (r != null) {
                    rowsRead++;
                    lastFile = r.file();
                    lastLine = r.line();
                }
                return r;
            } catch (BadRecordException e) {
                // --skip-bad skips a bad row; a damaged file (truncated .gz, bytes in another encoding, a line without
                // end) cannot be skipped: how many rows are lost after it is unknown, so the read stops with the error
                if (!options.skipBad() || !e.recoverable()) throw e;
                skip(e.file(), e.line(), e.reason());
            }
        }
    }

    @Override
    boolean hasNextChecked() throws CorpusException {
        if (next != null) return true;
        if (done) return false;
        if (options.limit() > 0 && returned >= options.limit()) {
            done = true;
            return false;
        }
        RawRecord r = nextRecord();
        if (r == null) {
            done = true;
            return false;
        }
        next = mapper.map(r);
        checkMojibake(next);
        returned++;
        return true;
    }

    @Override
    public Provenance provenance() {
        List<String> all = new ArrayList<>(source.notes());
        String dates = mapper.dates.note();
        if (!dates.isEmpty()) all.add(dates);
        all.addAll(notes);
        if (mojibake > 0) all.add(Mojibake.note(mojibake, firstMojibake, options.encoding()));
        return new Provenance(source.files(), readerName, mapper.mapping, rowsRead, skipped, sample, 0, all);
    }

    long skippedCount() { return skipped; }

    List<SkippedRow> skippedSample() { return sample; }

    @Override public long bytesRead() { return source.bytesRead(); }
    @Override public long totalBytes() { return source.totalBytes(); }
    @Override public void close() { source.close(); }
}
