package org.framelab.corpus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadAheadArticlesTest {
    /** {@code n} articles; row {@code bad} (1-based, 0 = none) is a bad row. */
    private static final class Rows implements ArticleStream {
        final int n, bad;
        int next;
        boolean closed;

        Rows(int n, int bad) {
            this.n = n;
            this.bad = bad;
        }

        @Override
        public boolean hasNext() {
            return next < n;
        }

        @Override
        public Article next() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Article nextArticle() throws CorpusException {
            next++;
            if (next == bad) throw new CorpusException("f.jsonl", next, "text", "not a string", "fix it");
            return Article.of("a" + next, "text " + next);
        }

        @Override
        public Provenance provenance() {
            return null;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static List<String> ids(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add("a" + i);
        return out;
    }

    @Test
    void everyArticleInOrder() throws Exception {
        for (int n : new int[]{0, 1, ReadAheadArticles.BATCH - 1, ReadAheadArticles.BATCH, ReadAheadArticles.BATCH + 1, 5 * ReadAheadArticles.BATCH + 7}) {
            List<String> seen = new ArrayList<>();
            ReadAheadArticles.forEach(new Rows(n, 0), a -> seen.add(a.id()));
            assertEquals(ids(n), seen, "n = " + n);
        }
    }

    @Test
    void aBadRowStopsTheConsumerWhereReadingInOneThreadWould() {
        int bad = 3 * ReadAheadArticles.BATCH + 5;
        List<String> seen = new ArrayList<>();
        CorpusException e = assertThrows(CorpusException.class,
                () -> ReadAheadArticles.forEach(new Rows(10 * ReadAheadArticles.BATCH, bad), a -> seen.add(a.id())));
        assertTrue(e.getMessage().contains("not a string"), e.getMessage());
        assertEquals(ids(bad - 1), seen);
    }

    @Test
    void aFailingConsumerStopsTheReader() {
        Rows rows = new Rows(1_000_000, 0);
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReadAheadArticles.forEach(rows, a -> {
            if (a.id().equals("a300")) throw boom;
        }));
        assertSame(boom, e);
        // the reader stopped a few batches ahead instead of reading the whole stream
        assertTrue(rows.next < 300 + 10 * ReadAheadArticles.BATCH, "read " + rows.next);
    }
}
