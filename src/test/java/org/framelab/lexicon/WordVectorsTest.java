package org.framelab.lexicon;

import org.framelab.text.Tokenizer;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** PPMI + randomised SVD ({@link PpmiSvd}), the vectors file ({@link WordVectors}) and the expansion ({@link VectorExpansion}). */
class WordVectorsTest {
    @TempDir
    Path dir;

    @Test
    void ppmiByHand() {
        // words 0,1 and contexts 0,1: counts [[2,0],[1,1]]; α = 1 (no smoothing) for a hand check
        PpmiSvd.Settings s = new PpmiSvd.Settings(2, 2, 1, 1.0, 1, 0.5, 0, 0, 1);
        PpmiSvd.Sparse m = PpmiSvd.ppmi(new int[]{2, 0, 1, 1}, s);
        // total 4; row sums 2, 2; col sums 3, 1: PMI(0,0) = ln(2·4/(2·3)) = ln(4/3); PMI(1,0) = ln(1·4/(2·3)) < 0 (dropped); PMI(1,1) = ln(1·4/(2·1)) = ln 2
        assertThat(m.rowStart()).containsExactly(0, 1, 2);
        assertThat(m.col()).containsExactly(0, 1);
        assertThat(m.value()[0]).isCloseTo(Math.log(4.0 / 3), within(1e-12));
        assertThat(m.value()[1]).isCloseTo(Math.log(2), within(1e-12));
        // context smoothing α = 0.75 raises the rare context's PMI: ln(1 · (3^.75 + 1) / (2 · 1))
        PpmiSvd.Sparse sm = PpmiSvd.ppmi(new int[]{2, 0, 1, 1}, new PpmiSvd.Settings(2, 2, 1, 0.75, 1, 0.5, 0, 0, 1));
        assertThat(sm.value()[sm.value().length - 1]).isCloseTo(Math.log((Math.pow(3, 0.75) + 1) / 2), within(1e-12));
    }

    @Test
    void windowStopsAtBreaksAndCountsBothSides() {
        PpmiSvd.Settings s = new PpmiSvd.Settings(3, 3, 2, 0.75, 1, 0.5, 0, 0, 1);
        int[] ids = {0, 1, 2, -1, 0, 3, 1};  // 3 is a rare word: fills a position, never counted
        int[] c = PpmiSvd.cooccurrence(ids, ids.length, s);
        assertThat(c[0 * 3 + 1]).isEqualTo(2);   // 0-1 before the break, 0 _ 1 after it (window 2)
        assertThat(c[0 * 3 + 2]).isEqualTo(1);
        assertThat(c[2 * 3 + 0]).isEqualTo(1);
        assertThat(c[1 * 3 + 0]).isEqualTo(2);
        assertThat(c[2 * 3 + 1]).isEqualTo(1);
    }

    @Test
    void svdRecoversALowRankMatrix() {
        // A = X Yᵀ of rank 4 (30 × 20): with eigenvalue power 1 the vectors W = U Σ give W Wᵀ = A Aᵀ
        Random r = new Random(3);
        int n = 30, m = 20, k = 4;
        double[] a = new double[n * m];
        double[][] x = new double[n][k], y = new double[m][k];
        for (double[] row : x) for (int j = 0; j < k; j++) row[j] = r.nextGaussian();
        for (double[] row : y) for (int j = 0; j < k; j++) row[j] = r.nextGaussian();
        for (int i = 0; i < n; i++) for (int c = 0; c < m; c++) for (int j = 0; j < k; j++) a[i * m + c] += x[i][j] * y[c][j];
        int[] rowStart = new int[n + 1], col = new int[n * m];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = (i + 1) * m;
            for (int c = 0; c < m; c++) col[i * m + c] = c;
        }
        PpmiSvd.Sparse sp = new PpmiSvd.Sparse(n, m, rowStart, col, a);
        PpmiSvd.Settings s = new PpmiSvd.Settings(n, m, 1, 0.75, k, 1.0, 3, 1, 11);
        double[] w = PpmiSvd.vectors(sp, s);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double aa = 0, ww = 0;
                for (int c = 0; c < m; c++) aa += a[i * m + c] * a[j * m + c];
                for (int d = 0; d < k; d++) ww += w[i * k + d] * w[j * k + d];
                assertThat(ww).isCloseTo(aa, within(1e-6 * (1 + Math.abs(aa))));
            }
        }
        // the same seed, the same numbers
        assertThat(PpmiSvd.vectors(sp, s)).containsExactly(w);
    }

    /** Animals and vehicles in the same frames: the nearest neighbour of an animal is an animal. */
    static WordVectors toyVectors() {
        String[] animals = {"cat", "dog", "horse", "goat"}, vehicles = {"car", "truck", "bus", "van"};
        String[] animalFrames = {"the %s ate the food", "a hungry %s barked and ate", "my %s sleeps and eats"},
                vehicleFrames = {"the %s drove on the road", "a fast %s parked on the road", "my %s needs fuel and drives"};
        WordVectors.Stream st = new WordVectors.Stream();
        for (int rep = 0; rep < 3; rep++) {
            for (String a : animals) for (String f : animalFrames) st.add(Tokenizer.DEFAULT.tokenize(String.format(f, a) + "."));
            for (String v : vehicles) for (String f : vehicleFrames) st.add(Tokenizer.DEFAULT.tokenize(String.format(f, v) + "."));
        }
        List<String> vocab = st.renumber(100);
        PpmiSvd.Settings s = new PpmiSvd.Settings(vocab.size(), vocab.size(), 2, 0.75, 4, 0.5, 4, 2, 42);
        double[] v = PpmiSvd.vectors(PpmiSvd.ppmi(PpmiSvd.cooccurrence(st.sequence(), st.length(), s), s), s);
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
        return new WordVectors(vocab, f, 4);
    }

    @Test
    void neighboursOfAToyCorpus() {
        WordVectors w = toyVectors();
        boolean[] all = new boolean[w.words().size()];
        java.util.Arrays.fill(all, true);
        double[] sims = new double[3];
        for (String animal : List.of("cat", "dog", "horse", "goat")) {
            int[] nn = w.nearest(w.indexOf(animal), 3, all, sims);
            for (int n : nn) assertThat(List.of("cat", "dog", "horse", "goat")).as(animal + " → " + w.words().get(n)).contains(w.words().get(n));
        }
        for (String vehicle : List.of("car", "truck")) {
            int[] nn = w.nearest(w.indexOf(vehicle), 3, all, sims);
            for (int n : nn) assertThat(List.of("car", "truck", "bus", "van")).contains(w.words().get(n));
        }
        assertThat(w.similarity(w.indexOf("cat"), w.indexOf("dog"))).isGreaterThan(w.similarity(w.indexOf("cat"), w.indexOf("car")) + 0.5);
    }

    @Test
    void fileRoundTripSameBytesAndClearErrors() throws Exception {
        WordVectors w = toyVectors();
        Path a = dir.resolve("a.vec.gz"), b = dir.resolve("b.vec.gz");
        w.write(a, List.of("test header"));
        toyVectors().write(b, List.of("test header"));
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        WordVectors r = WordVectors.read(a);
        assertThat(r.words()).isEqualTo(w.words());
        assertThat(r.similarity(r.indexOf("cat"), r.indexOf("dog"))).isCloseTo(w.similarity(w.indexOf("cat"), w.indexOf("dog")), within(1e-3));
        Path bad = dir.resolve("bad.vec");
        Files.writeString(bad, "# x\n2 3\ncat 0.1 0.2 0.3\ndog 0.1 x 0.3\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WordVectors.read(bad)).isInstanceOf(InputException.class).hasMessageContaining("line 4").hasMessageContaining("not a number");
        Files.writeString(bad, "cat 0.1 0.2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WordVectors.read(bad)).isInstanceOf(InputException.class).hasMessageContaining("words dimensions");
        assertThatThrownBy(() -> WordVectors.read(dir.resolve("missing.vec"))).isInstanceOf(InputException.class).hasMessageContaining("lexicon vectors");
        StringBuilder sb = new StringBuilder();
        WordVectors.fixed(sb, -0.000004f);
        WordVectors.fixed(sb.append(' '), 1.234567f);
        assertThat(sb.toString()).isEqualTo("0.00000 1.23457");
    }

    @Test
    void expansionAddsUnseenWordsWithLoadedNeighbours() {
        VectorExpansion e = new VectorExpansion(verbVectors(), 3);
        LexiconLearner.Learned l = LexiconLearner.learn(verbCounts(),
                LexiconLearner.Options.defaults().withThresholds(1, 1.0));
        assertThat(l.keeps("slam")).isTrue();
        assertThat(l.keeps("trash")).isFalse();
        List<VectorExpansion.Added> added = e.expand(l, 1.0, 2);
        assertThat(added).extracting(VectorExpansion.Added::word).containsExactly("trash");
        assertThat(added.get(0).score()).isGreaterThan(2);
        assertThat(added.get(0).nearest()).containsExactly("smear", "blast", "slam");
        // a word seen more often than maxSeen is judged by its own counts; a high threshold adds nothing
        assertThat(e.expand(l, 100, 2)).isEmpty();
        Lexicon lex = VectorExpansion.lexicon(l, added, "x");
        assertThat(lex.categories()).containsExactly("loaded");
        List<String> hits = new ArrayList<>();
        var t = Tokenizer.DEFAULT.tokenize("They trash the plan, she said.");
        lex.match(t, (b, end, cats, term) -> hits.add(t.norm(b)));
        assertThat(hits).containsExactly("trash");
    }

    @Test
    void regressionScoresUnseenWordsByTheirDirectionAndTheSolveIsExact() {
        WordVectors wv = verbVectors();
        LexiconLearner.Counts counts = verbCounts();
        VectorRegression reg = VectorRegression.fit(wv, counts, 0.1);
        assertThat(reg.rows()).isEqualTo(6);
        assertThat(reg.chance()).isEqualTo(20.0 / 2020);
        // the unseen loaded word is predicted far above chance, the unseen neutral one below it
        double trash = reg.score(wv.indexOf("trash")), stated = reg.score(wv.indexOf("stated"));
        assertThat(trash).isGreaterThan(20);
        assertThat(stated).isLessThan(1);
        // more ridge pulls the scores towards the pooled rate of the rows (12 of 332 tokens: 3.7x chance)
        VectorRegression stiff = VectorRegression.fit(wv, counts, 1e6);
        assertThat(stiff.score(wv.indexOf("trash"))).isCloseTo(12.0 / 332 / (20.0 / 2020), org.assertj.core.data.Offset.offset(0.05));
        // through the expansion: the regression adds "trash" at a predicted enrichment of 8, not "stated"
        LexiconLearner.Learned l = LexiconLearner.learn(counts, LexiconLearner.Options.defaults().withThresholds(1, 1.0));
        VectorExpansion e = new VectorExpansion(wv, 3);
        assertThat(e.expand(l, reg, 8, 2)).extracting(VectorExpansion.Added::word).containsExactly("trash");
        // the Cholesky solve against a system solved by hand: [[4,2],[2,3]] x = [2,1] -> x = (0.5, 0)
        double[] x = VectorRegression.solve(new double[][]{{4, 2}, {2, 3}}, new double[]{2, 1});
        assertThat(x[0]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(x[1]).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    /** Two dimensions: slam/blast/smear/trash near angle 0.1, said/told/noted/stated near 1.4. */
    private static WordVectors verbVectors() {
        List<String> words = List.of("slam", "blast", "smear", "trash", "said", "told", "noted", "stated");
        float[] v = new float[words.size() * 2];
        for (int i = 0; i < words.size(); i++) {
            double angle = (i < 4 ? 0.1 : 1.4) + 0.02 * i;
            v[2 * i] = (float) Math.cos(angle);
            v[2 * i + 1] = (float) Math.sin(angle);
        }
        return new WordVectors(words, v, 2);
    }

    /** Training counts: slam, blast, smear annotated; said, told, noted seen outside spans; trash and stated never seen. */
    private static LexiconLearner.Counts verbCounts() {
        Map<String, long[]> c = new HashMap<>();
        c.put("slam", new long[]{5, 0});
        c.put("blast", new long[]{4, 1});
        c.put("smear", new long[]{3, 0});
        c.put("said", new long[]{0, 200});
        c.put("told", new long[]{0, 80});
        c.put("noted", new long[]{0, 40});
        return new LexiconLearner.Counts(c, 20, 2000);
    }
}
