package org.framelab.features;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The document frequencies of a fold's training rows, counted from those of an earlier fold of the
 * same corpus analysis: the earlier fold's counts, minus the articles it had that this fold lacks,
 * plus the articles this fold has that it lacked, and for an article whose entry changed (another
 * mask blanked other ranges) minus the old entry's keys and plus the new one's. In a 5-fold
 * cross-validation two training parts share three fifths of their articles, so a fold counts two
 * fifths of the corpus instead of four, and the final model on all articles one fifth instead of five.
 *
 * <p>The counts are exactly those of counting the training rows afresh: {@link DfCounts} keeps a key
 * whose frequency falls to 0 out of what it reports, and the vocabulary selection does not depend on
 * the order of the keys ({@link VocabularySelection}). {@code FoldDfTest} compares the two. The base
 * is held softly: under memory pressure it is dropped and the next fold counts afresh. A fold for
 * which the difference is larger than its training part counts afresh too, and becomes the base.
 */
final class FoldDf {
    /** Training rows (multiplicity per corpus row), the entry each was counted with, and the counts. */
    private record Base(int[] times, CorpusAnalysis.Entry[] entry, DfCounts[] parts) {}

    private SoftReference<Base> base = new SoftReference<>(null);

    /** One signed change to the base: the keys of {@code entry}, {@code times} times (negative: subtracted). */
    private record Change(CorpusAnalysis.Entry entry, int times) {}

    /**
     * The document frequencies of the {@code train} rows of a corpus of {@code size} rows, row {@code r}'s
     * counts being {@code entryOf[position[r]]}, in {@code parts} parts (each key in part
     * {@link FoldNgrams#part}). The parts returned must not be changed.
     */
    synchronized DfCounts[] count(int size, int[] train, int[] position, CorpusAnalysis.Entry[] entryOf, int parts) {
        int[] times = new int[size];
        for (int r : train) times[r]++;
        CorpusAnalysis.Entry[] entry = new CorpusAnalysis.Entry[size];
        for (int r : train) entry[r] = entryOf[position[r]];
        Base b = base.get();
        if (b != null && b.parts().length == parts && b.times().length == size) {
            List<Change> changes = changes(b, times, entry);
            long work = 0;
            for (Change c : changes) work += Math.abs((long) c.times());
            if (work < train.length) {
                DfCounts[] out = new DfCounts[parts];
                IntStream.range(0, parts).parallel().forEach(p -> {
                    DfCounts m = b.parts()[p].copy();
                    for (Change c : changes) {
                        if (c.times() > 0) c.entry().ngrams().forEach((k, n) -> {
                            if (FoldNgrams.part(k, parts) == p) for (int t = 0; t < c.times(); t++) m.increment(k);
                        });
                    }
                    for (Change c : changes) {
                        if (c.times() < 0) c.entry().ngrams().forEach((k, n) -> {
                            if (FoldNgrams.part(k, parts) == p) for (int t = 0; t < -c.times(); t++) m.decrement(k);
                        });
                    }
                    out[p] = m;
                });
                return out;
            }
        }
        DfCounts[] out = new DfCounts[parts];
        for (int p = 0; p < parts; p++) out[p] = new DfCounts((1 << 20) / parts);
        countRows(out, train.length, i -> entry[train[i]].ngrams());
        base = new SoftReference<>(new Base(times, entry, out));
        return out;
    }

    /** Rows decoded per task of {@link #countRows}. */
    private static final int CHUNK = 1024;

    /**
     * Adds the keys of {@code rows} rows ({@code row} gives each one's counts) to {@code parts} (each key to
     * its {@link FoldNgrams#part}): the rows decoded once on all cores, a few chunks at a time, then each
     * part counting its keys ({@link DfCounts#incrementAll}) on its own core. The same counts as
     * incrementing every key of every row.
     */
    static void countRows(DfCounts[] parts, int rows, IntFunction<PackedCounts> row) {
        int inFlight = 2 * parts.length;
        KeyParts[] buffers = new KeyParts[inFlight];
        for (int c = 0; c < inFlight; c++) buffers[c] = new KeyParts(parts.length);
        for (int from = 0; from < rows; from += CHUNK * inFlight) {
            int start = from;
            int chunks = Math.min(inFlight, (rows - from + CHUNK - 1) / CHUNK);
            KeyParts[] byPart = java.util.Arrays.copyOf(buffers, chunks);
            IntStream.range(0, chunks).parallel().forEach(c -> {
                int end = Math.min(rows, start + (c + 1) * CHUNK);
                long keys = 0;
                for (int i = start + c * CHUNK; i < end; i++) keys += row.apply(i).size();
                KeyParts kp = byPart[c];
                kp.reset(keys);
                for (int i = start + c * CHUNK; i < end; i++) row.apply(i).forEach((k, n) -> kp.add(k));
            });
            IntStream.range(0, parts.length).parallel().forEach(p -> {
                for (KeyParts kp : byPart) kp.countInto(p, parts[p]);
            });
        }
        for (DfCounts d : parts) d.dropScratch();
    }

    /** What turns the base's rows into these: per row, the old entry's keys out and the new one's in, or the difference in times. */
    private static List<Change> changes(Base b, int[] times, CorpusAnalysis.Entry[] entry) {
        List<Change> out = new ArrayList<>();
        for (int r = 0; r < times.length; r++) {
            int was = b.times()[r], now = times[r];
            if (was == 0 && now == 0) continue;
            if (was > 0 && now > 0 && b.entry()[r] != entry[r]) {
                out.add(new Change(b.entry()[r], -was));
                out.add(new Change(entry[r], now));
            } else if (now != was) {
                out.add(new Change(now > 0 ? entry[r] : b.entry()[r], now - was));
            }
        }
        return out;
    }
}
