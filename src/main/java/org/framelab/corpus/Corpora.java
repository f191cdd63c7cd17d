package org.framelab.corpus;

import org.framelab.util.OptionException;

import org.framelab.util.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point for reading corpora in any supported format (JSON lines plain/.gz, folder of JSON
 * files, CSV/TSV, Excel .xlsx, folder of .txt files, judgement-level data). The reader is chosen by
 * {@link ReaderRegistry} from the extension or content; one {@link FieldMapping} (auto-detected
 * where not given) applies to all formats.
 */
public final class Corpora {
    private Corpora() {}

    /** Streams the articles (judgement-level data is folded in memory first). */
    public static ArticleStream open(Path path, ReadOptions options) throws CorpusException {
        if (options == null) options = ReadOptions.defaults();
        CorpusReader reader = ReaderRegistry.readerFor(path);
        RecordSource src = reader.open(path, options);
        MappedArticleStream s;
        try {
            s = new MappedArticleStream(src, options, reader.name());
        } catch (CorpusException | RuntimeException e) {
            src.close();
            throw e;
        }
        if (s.mapper.mapping.isJudgementLevel()) {
            try (s) {
                List<RawRecord> firstRows = new ArrayList<>();
                List<Article> folded = Judgements.fold(s, options, firstRows);
                ListStream out = new ListStream(folded, s.provenance(), s.totalBytes());
                out.firstRows = firstRows;
                return out;
            }
        }
        return s;
    }

    /**
     * Streams the articles with the checks of {@link #read}: a repeated id is an error, or with
     * {@code skipBad} the later article is skipped and counted (see {@link UniqueIdStream}).
     */
    public static ArticleStream openUnique(Path path, ReadOptions options) throws CorpusException {
        if (options == null) options = ReadOptions.defaults();
        OutletLabels labels = options.outletLabels() == null ? null : OutletLabels.read(options.outletLabels());
        return new UniqueIdStream(open(path, options), path.toString(), options.skipBad(), labels);
    }

    /**
     * Reads the whole corpus. Progress is reported in bytes of input (or rows when the size is unknown).
     * Duplicate ids are an error unless {@code skipBad}, in which case the later rows are skipped and counted.
     */
    public static Corpus read(Path path, ReadOptions options, Progress progress) throws CorpusException {
        if (options == null) options = ReadOptions.defaults();
        if (progress == null) progress = Progress.NONE;
        try (UniqueIdStream s = (UniqueIdStream) openUnique(path, options)) {
            long total = s.totalBytes();
            progress.start("Reading " + path.getFileName(), total, total > 0 ? "bytes" : "rows");
            List<Article> out = new ArrayList<>();
            long lastBytes = 0;
            long n = 0;
            while (s.hasNextChecked()) {
                out.add(s.nextArticle());
                n++;
                if ((n & 1023) == 0) {
                    progress.checkCancelled();
                    if (total > 0) {
                        long b = s.bytesRead();
                        progress.step(b - lastBytes);
                        lastBytes = b;
                    } else {
                        progress.step(1024);
                    }
                }
            }
            if (total > 0) progress.step(Math.max(0, total - lastBytes));
            else progress.step(n & 1023);
            progress.done();
            return new Corpus(out, s.provenance());
        }
    }

    /** Like {@code hasNext()} but with the checked exception for bad data. */
    static boolean more(ArticleStream s) throws CorpusException {
        if (s instanceof MappedArticleStream m) return m.hasNextChecked();
        return s.hasNext();
    }

    /** Raw field names of the input (CSV header, keys of the first JSON object, first xlsx row). */
    public static List<String> fields(Path path, ReadOptions options) throws CorpusException {
        if (options == null) options = ReadOptions.defaults();
        CorpusReader reader = ReaderRegistry.readerFor(path);
        try (RecordSource src = reader.open(path, options)) {
            return List.copyOf(src.fields());
        }
    }

    /** The first {@code rows} raw records as field-to-value maps (bad rows fail unless skipBad). */
    public static List<Map<String, String>> preview(Path path, ReadOptions options, int rows) throws CorpusException {
        if (options == null) options = ReadOptions.defaults();
        if (rows < 0) throw new OptionException("rows", "" + rows);
        CorpusReader reader = ReaderRegistry.readerFor(path);
        List<Map<String, String>> out = new ArrayList<>();
        try (RecordSource src = reader.open(path, options)) {
            while (out.size() < rows) {
                RawRecord r;
                try {
                    r = src.next();
                } catch (BadRecordException e) {
                    if (!options.skipBad() || !e.recoverable()) throw e;
                    continue;
                }
                if (r == null) break;
                out.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(r.fields())));
            }
        }
        return out;
    }

    /**
     * Auto-detects field roles from common names; fields set in {@code given} are kept. Never throws:
     * {@code textField()} is null when no text field was found (reading then fails with a message
     * listing the fields and suggesting {@code --text-field}).
     */
    public static FieldMapping detect(List<String> fields, FieldMapping given) {
        return FieldDetection.detect(fields, given);
    }

    /** An in-memory stream (folded judgement-level data). */
    static final class ListStream implements ArticleStream {
        private final List<Article> list;
        private final Provenance provenance;
        private final long total;
        private int i;
        /** Each folded article's first judgement row (its file and line, for messages), or null. */
        List<RawRecord> firstRows;

        ListStream(List<Article> list, Provenance provenance, long total) {
            this.list = list;
            this.provenance = provenance;
            this.total = total;
        }

        @Override public Article nextArticle() {
            if (i >= list.size()) throw new java.util.NoSuchElementException();
            return list.get(i++);
        }
        @Override public boolean hasNext() { return i < list.size(); }
        @Override public Article next() { return nextArticle(); }
        @Override public Provenance provenance() { return provenance; }

        /** The first judgement row of the article returned last, or null. */
        RawRecord lastFirstRow() {
            return firstRows == null || i == 0 ? null : firstRows.get(i - 1);
        }

        @Override public long bytesRead() { return i == list.size() ? total : 0; }
        @Override public long totalBytes() { return total; }
        @Override public void close() { }
    }

    /**
     * A warning when some articles have no text (blank after reading): they stay in the analysis with every
     * count 0, which a reader of the results should know; empty when every article has text.
     */
    public static String emptyTextWarning(java.util.List<Article> articles) {
        long n = 0;
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (Article a : articles) {
            if (a.text().isBlank() && a.title().isBlank()) {
                n++;
                if (ids.size() < 3) ids.add(a.id());
            }
        }
        if (n == 0) return "";
        return String.format(java.util.Locale.ROOT, "%,d article%s no text (e.g. %s): %s in the analysis with every count 0. "
                + "Check the text field of the mapping, or leave such rows out of the corpus if they should not count.",
                n, n == 1 ? " has" : "s have", String.join(", ", ids), n == 1 ? "it stays" : "they stay");
    }
}
