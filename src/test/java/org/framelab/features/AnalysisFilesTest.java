package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis cache on disk ({@link AnalysisFiles}): what it loads is exactly what was saved, a changed
 * text, outlet or setting never hits, a damaged file is ignored and replaced, concurrent saves leave
 * a loadable file, and a save writes only what the file lacks.
 */
class AnalysisFilesTest {
    static List<Article> all;
    static FeatureOptions options;
    static FeatureSpec widest;
    static List<int[][]> folds;

    @BeforeAll
    static void corpus() throws Exception {
        all = CorpusAnalysisTest.corpus(); // real AllSides articles (CI: must exist), the demo corpus, boilerplate
        options = FeatureOptions.defaults().withNgrams(new NgramOptions(1, 2, 2, 5000, true, true, 3));
        widest = FeatureSets.parse("framing+ngrams", options);
        folds = CorpusAnalysisTest.folds(all);
    }

    /** An analysis with the entries of one fold (training rows masked, test rows under the training mask) and of framing alone. */
    static CorpusAnalysis analysed(List<Article> articles, int fold) throws Exception {
        CorpusAnalysis a = CorpusAnalysis.of(articles, widest);
        int[][] f = folds.get(fold);
        a.fit(widest, f[0], f[1], Progress.NONE);
        a.fit(FeatureSets.parse("framing", options), f[0], f[1], Progress.NONE);
        return a;
    }

    static List<String> warnings = new ArrayList<>();

    static AnalysisFiles store(Path dir) {
        return new AnalysisFiles(dir, warnings::add);
    }

    /** Every entry as text with words spelled out, so analyses with other word ids compare. */
    static List<String> entries(CorpusAnalysis a) {
        CorpusAnalysis.Snapshot s = a.snapshot();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < s.entries().length; r++) {
            if (s.entries()[r] == null) continue;
            List<String> es = new ArrayList<>();
            for (CorpusAnalysis.Entry e : s.entries()[r]) {
                StringBuilder b = new StringBuilder().append(r).append(java.util.Arrays.toString(e.ranges()))
                        .append(java.util.Arrays.toString(e.framing().indices()));
                for (double v : e.framing().values()) b.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
                if (e.ngrams() != null) {
                    List<String> ks = new ArrayList<>();
                    long[] keys = e.ngrams().keys();
                    int[] counts = e.ngrams().counts();
                    for (int i = 0; i < keys.length; i++) {
                        long k = keys[i];
                        int w2 = (int) k;
                        ks.add(s.words().get((int) (k >>> 32)) + (w2 == 0 ? "" : " " + s.words().get(w2)) + "=" + counts[i]);
                    }
                    ks.sort(null);
                    b.append(ks);
                }
                if (e.terms() != null) b.append(java.util.Arrays.toString(e.terms()));
                es.add(b.toString());
            }
            es.sort(null);
            out.addAll(es);
        }
        return out;
    }

    @Test
    void whatIsLoadedIsExactlyWhatWasSavedAndNoTextIsReadAgain(@TempDir Path dir) throws Exception {
        CorpusAnalysis first = analysed(all, 0);
        AnalysisFiles s = store(dir);
        assertThat(s.load(first, Progress.NONE)).isFalse();
        s.save(first, Progress.NONE);
        Path file = s.file(first);
        assertThat(file).exists().hasFileName(AnalysisKey.of(first) + ".analysis");
        assertThat(s.lastUse().saved()).isTrue();
        assertThat(s.lastUse().bytes()).isEqualTo(Files.size(file)).isGreaterThan(1000);

        CorpusAnalysis second = CorpusAnalysis.of(all, widest);
        AnalysisFiles other = store(dir);
        assertThat(other.load(second, Progress.NONE)).isTrue();
        assertThat(other.lastUse().hit()).isTrue();
        assertThat(entries(second)).isEqualTo(entries(first)).isNotEmpty();
        // the same fold fitted again reads no text, and gives the same vectors
        int[][] f = folds.get(0);
        CountedFeatures a = first.fit(widest, f[0], f[1], Progress.NONE), b = second.fit(widest, f[0], f[1], Progress.NONE);
        assertThat(second.analyses()).isZero();
        for (int r : f[1]) {
            assertThat(b.vector(r).indices()).isEqualTo(a.vector(r).indices());
            assertThat(b.vector(r).values()).isEqualTo(a.vector(r).values());
        }
        // nothing new: the save writes nothing
        Object before = Files.getAttribute(file, "lastModifiedTime");
        other.save(second, Progress.NONE);
        assertThat(other.lastUse().saved()).isFalse();
        assertThat(Files.getAttribute(file, "lastModifiedTime")).isEqualTo(before);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aChangedTextOutletOrSettingNeverHits(@TempDir Path dir) throws Exception {
        CorpusAnalysis first = analysed(all, 1);
        store(dir).save(first, Progress.NONE);

        List<Article> oneChar = new ArrayList<>(all);
        Article a = oneChar.get(7);
        char c = a.text().charAt(10);
        oneChar.set(7, a.withText(a.text().substring(0, 10) + (c == 'x' ? 'y' : 'x') + a.text().substring(11)));
        assertThat(store(dir).load(CorpusAnalysis.of(oneChar, widest), Progress.NONE)).isFalse();

        List<Article> otherOutlet = new ArrayList<>(all);
        Article o = otherOutlet.get(3);
        otherOutlet.set(3, new Article(o.id(), o.title(), o.text(), o.outlet() + " x", o.date(), o.url(), o.authors(), o.labels(),
                o.metadata(), o.annotations()));
        assertThat(store(dir).load(CorpusAnalysis.of(otherOutlet, widest), Progress.NONE)).isFalse();

        assertThat(store(dir).load(CorpusAnalysis.of(all.subList(0, all.size() - 1), widest), Progress.NONE)).isFalse();

        FeatureOptions minDf3 = FeatureOptions.defaults().withNgrams(new NgramOptions(1, 2, 3, 5000, true, true, 3));
        assertThat(store(dir).load(CorpusAnalysis.of(all, FeatureSets.parse("framing+ngrams", minDf3)), Progress.NONE)).isFalse();
        assertThat(store(dir).load(CorpusAnalysis.of(all, FeatureSets.parse("attribution+ngrams", options)), Progress.NONE)).isFalse();

        // the unchanged articles and settings still hit
        assertThat(store(dir).load(CorpusAnalysis.of(all, widest), Progress.NONE)).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aDamagedOrTruncatedFileIsIgnoredAndReplaced(@TempDir Path dir) throws Exception {
        CorpusAnalysis first = analysed(all, 2);
        store(dir).save(first, Progress.NONE);
        Path file = store(dir).file(first);
        byte[] good = Files.readAllBytes(file);
        List<String> expected = entries(first);

        for (int damage = 0; damage < 4; damage++) {
            byte[] bad = good.clone();
            switch (damage) {
                case 0 -> bad[good.length / 2] ^= 0x10;                  // a flipped bit in the body
                case 1 -> bad = java.util.Arrays.copyOf(good, good.length - 100); // truncated
                case 2 -> bad[10] ^= 0x01;                                // the key in the header
                default -> bad = java.util.Arrays.copyOf(good, 30);       // shorter than the header
            }
            Files.write(file, bad);
            warnings.clear();
            CorpusAnalysis fresh = CorpusAnalysis.of(all, widest);
            AnalysisFiles s = store(dir);
            assertThat(s.load(fresh, Progress.NONE)).as("damage %d", damage).isFalse();
            assertThat(entries(fresh)).as("nothing restored from a damaged file").isEmpty();
            assertThat(warnings).as("damage %d", damage).hasSize(1);
            assertThat(warnings.get(0)).contains(file.toString()).contains("ignored");
            // recomputed, and the save replaces the damaged file
            int[][] f = folds.get(2);
            fresh.fit(widest, f[0], f[1], Progress.NONE);
            fresh.fit(FeatureSets.parse("framing", options), f[0], f[1], Progress.NONE);
            s.save(fresh, Progress.NONE);
            assertThat(s.lastUse().saved()).isTrue();
            assertThat(warnings).as("one warning per damaged file, not one per read").hasSize(1);
            CorpusAnalysis again = CorpusAnalysis.of(all, widest);
            assertThat(store(dir).load(again, Progress.NONE)).isTrue();
            assertThat(entries(again)).isEqualTo(expected);
        }
        warnings.clear();
    }

    @Test
    void savesMergeWhatAnotherRunWroteAndConcurrentSavesLeaveALoadableFile(@TempDir Path dir) throws Exception {
        CorpusAnalysis fold0 = analysed(all, 0), fold1 = analysed(all, 1);
        // two runs share a folder: both save at once, several times
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> runs = new ArrayList<>();
                for (CorpusAnalysis a : List.of(fold0, fold1)) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        store(dir).save(a, Progress.NONE);
                        return null;
                    }));
                }
                for (Future<?> r : runs) r.get();
                CorpusAnalysis loaded = CorpusAnalysis.of(all, widest);
                assertThat(store(dir).load(loaded, Progress.NONE)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temporary file is left")
                    .containsExactly(AnalysisKey.of(fold0) + ".analysis");
        }
        // one after the other: the second save keeps the first one's entries (union of the two folds)
        Files.delete(store(dir).file(fold0));
        CorpusAnalysis a0 = analysed(all, 0), a1 = analysed(all, 1);
        store(dir).save(a0, Progress.NONE);
        store(dir).save(a1, Progress.NONE);
        CorpusAnalysis union = CorpusAnalysis.of(all, widest);
        store(dir).load(union, Progress.NONE);
        CorpusAnalysis both = analysed(all, 0);
        int[][] f = folds.get(1);
        both.fit(widest, f[0], f[1], Progress.NONE);
        assertThat(entries(union)).isEqualTo(entries(both));
        assertThat(warnings).isEmpty();
    }

    @Test
    void theMemoryStoreServesARerunWithoutTheFolder(@TempDir Path dir) throws Exception {
        AnalysisMemory memory = new AnalysisMemory(store(dir));
        CorpusAnalysis first = analysed(all, 0);
        assertThat(memory.load(CorpusAnalysis.of(all, widest), Progress.NONE)).isFalse();
        memory.save(first, Progress.NONE);
        Files.delete(store(dir).file(first)); // only memory can serve it now
        CorpusAnalysis second = CorpusAnalysis.of(all, widest);
        assertThat(memory.load(second, Progress.NONE)).isTrue();
        assertThat(memory.lastHit()).isTrue();
        assertThat(entries(second)).isEqualTo(entries(first));
        memory.clear();
        assertThat(memory.load(CorpusAnalysis.of(all, widest), Progress.NONE)).isFalse();
    }

    @Test
    void aFolderThatCannotBeWrittenCostsAWarningNotTheRun(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        warnings.clear();
        AnalysisFiles s = store(file.resolve("cache"));
        CorpusAnalysis a = analysed(all, 0);
        assertThat(s.load(a, Progress.NONE)).isFalse();
        s.save(a, Progress.NONE);
        assertThat(s.lastUse().saved()).isFalse();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("cannot write the analysis cache").contains("not affected");
        warnings.clear();
    }

    @Test
    void framingValuesOfEveryKindSurviveExactly(@TempDir Path dir) throws Exception {
        CorpusAnalysis a = CorpusAnalysis.of(all.subList(0, 3), widest);
        CorpusAnalysis.Entry[][] es = new CorpusAnalysis.Entry[3][];
        double[] odd = {0.0, -0.0, 1.0, -7.0, 1e15, 1e16, 0.1, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, -3.5, 123456789.0};
        int[] idx = new int[odd.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i * 3 + 2;
        es[1] = new CorpusAnalysis.Entry[]{new CorpusAnalysis.Entry(new int[]{0, 5, 17, 20}, new SparseVector(idx, odd),
                PackedCounts.of(new long[]{1L << 32, (1L << 32) | 2, 2L << 32}, new int[]{1, 70000, 3}),
                new TermCount[]{new TermCount("said", "attribution", "neutral", "", 3)})};
        a.restore(new CorpusAnalysis.Snapshot(a.settings(), java.util.Arrays.asList(null, "a", "b"), es));
        store(dir).save(a, Progress.NONE);
        CorpusAnalysis b = CorpusAnalysis.of(all.subList(0, 3), widest);
        assertThat(store(dir).load(b, Progress.NONE)).isTrue();
        assertThat(entries(b)).isEqualTo(entries(a)).hasSize(1);
    }
}
