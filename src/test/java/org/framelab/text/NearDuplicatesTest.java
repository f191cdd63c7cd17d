package org.framelab.text;

import org.framelab.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Exact and near-duplicate texts on small hand-made texts whose right answers are counted by hand. */
class NearDuplicatesTest {
    /** {@code n} distinct words w0 w1 ... (no 5-word shingle repeats), with {@code prefix} to keep texts apart. */
    static String words(String prefix, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + n; i++) sb.append(i == from ? "" : " ").append(prefix).append(i);
        return sb.toString();
    }

    /** The text with its word {@code at} (0-based) replaced. */
    static String replaceWord(String text, int at, String by) {
        String[] w = text.split(" ");
        w[at] = by;
        return String.join(" ", w);
    }

    @Test
    void caseSpacingAndPunctuationDoNotMakeTextsDifferent() {
        Fingerprint a = Fingerprint.of("Mayor Quits", "The mayor, who \"didn't\" resign... has QUIT!\n\nIt's over.");
        Fingerprint b = Fingerprint.of("", "mayor quits the mayor who didnt resign has quit its over");
        assertThat(b.exact()).isEqualTo(a.exact());
        assertThat(b.words()).isEqualTo(a.words()).isEqualTo(11);
        assertThat(Fingerprint.of("", "mayor quits the mayor who did not resign has quit its over").exact()).isNotEqualTo(a.exact());
        // the same normalised words give the same fingerprint on every machine and run: fixed seeds
        assertThat(Fingerprint.of("", "Hello, world!")).isEqualTo(Fingerprint.of("HELLO", "world"));
        assertThat(Long.toHexString(Fingerprint.of("", "hello world").exact())).isEqualTo(GOLDEN_HELLO_WORLD);
        assertThat(Fingerprint.of("", " ... ").isEmpty()).isTrue();
    }

    /** The exact hash of "hello world" (fixed seeds: a change of it changes every saved model's fingerprints). */
    static final String GOLDEN_HELLO_WORLD = "88f68d73114029d4";

    @Test
    void oneChangedWordIsANearDuplicateUnderAnotherId() {
        String text = words("w", 0, 150);
        String edited = replaceWord(text, 70, "zebra");
        Fingerprint a = Fingerprint.of("", text), b = Fingerprint.of("", edited);
        assertThat(a.exact()).isNotEqualTo(b.exact());
        // 146 five-word shingles each; the 5 that contain word 70 differ: Jaccard 141 / 151
        double expected = 141.0 / 151;
        assertThat(Fingerprint.jaccard(Fingerprint.shingleSet("", text, 5), Fingerprint.shingleSet("", edited, 5))).isEqualTo(expected);
        assertThat(Fingerprint.estimate(a.sig(), b.sig())).isCloseTo(expected, within(0.12));
        List<Article> corpus = List.of(Article.of("orig", text), Article.of("other", words("v", 0, 150)));
        NearDuplicates index = NearDuplicates.of(corpus, NearDuplicates.fingerprints(corpus));
        assertThat(index.matches(b, "", edited)).containsExactly(new NearDuplicates.Match(0, false, expected));
        // without the indexed texts the similarity is the signatures' estimate
        NearDuplicates blind = new NearDuplicates(NearDuplicates.fingerprints(corpus), null);
        assertThat(blind.matches(b, "", edited)).singleElement().satisfies(m -> {
            assertThat(m.index()).isZero();
            assertThat(m.similarity()).isEqualTo(Fingerprint.estimate(a.sig(), b.sig()));
        });
    }

    @Test
    void textsSharingOnlyABoilerplateParagraphAreNotFlagged() {
        String boiler = "Quayside Dispatch is funded by its members. No billionaires, no paywall. " + words("b", 0, 36);
        String x = words("x", 0, 150) + "\n\n" + boiler, y = words("y", 0, 150) + "\n\n" + boiler;
        // 150 + 47 words, 193 shingles each; the 43 inside the 47 boilerplate words are shared: Jaccard 43 / 343
        assertThat(Fingerprint.jaccard(Fingerprint.shingleSet("", x, 5), Fingerprint.shingleSet("", y, 5))).isEqualTo(43.0 / 343);
        List<Article> corpus = List.of(Article.of("x", x));
        NearDuplicates index = NearDuplicates.of(corpus, NearDuplicates.fingerprints(corpus));
        assertThat(index.matches(Fingerprint.of("", y), "", y)).isEmpty();
        assertThat(DuplicateClusters.of(List.of(Article.of("x", x), Article.of("y", y))).clusters()).isZero();
    }

    @Test
    void shortTextsAreComparedOnWordPairs() {
        String sentence = words("s", 0, 25);
        String edited = replaceWord(sentence, 12, "zebra");
        Fingerprint a = Fingerprint.of("", sentence), b = Fingerprint.of("", edited);
        assertThat(a.isShort()).isTrue();
        // 24 word pairs each, the 2 with word 12 differ: 22 / 26 = 0.846 (on 5-word shingles 16 / 26 = 0.615)
        assertThat(Fingerprint.jaccard(Fingerprint.shingleSet("", sentence, 2), Fingerprint.shingleSet("", edited, 2))).isEqualTo(22.0 / 26);
        assertThat(Fingerprint.jaccard(Fingerprint.shingleSet("", sentence, 5), Fingerprint.shingleSet("", edited, 5))).isEqualTo(16.0 / 26);
        List<Article> corpus = List.of(Article.of("s", sentence));
        NearDuplicates index = NearDuplicates.of(corpus, NearDuplicates.fingerprints(corpus));
        assertThat(index.matches(b, "", edited)).containsExactly(new NearDuplicates.Match(0, false, 22.0 / 26));
        // texts shorter than a shingle: one shingle of the whole text, so only the exact copy matches
        Fingerprint three = Fingerprint.of("", "Trump wins election"), other = Fingerprint.of("", "Biden wins election");
        assertThat(three.shingles(5)).isEqualTo(1);
        List<Article> tiny = List.of(Article.of("t", "Trump wins election"));
        NearDuplicates ti = NearDuplicates.of(tiny, new Fingerprint[]{three});
        assertThat(ti.matches(other, "", "Biden wins election")).isEmpty();
        assertThat(ti.matches(Fingerprint.of("", "TRUMP wins: election!"), "", "TRUMP wins: election!")).containsExactly(new NearDuplicates.Match(0, true, 1.0));
        // a long and a short text are compared on 5-word shingles
        assertThat(Fingerprint.of("", words("s", 0, 60)).isShort()).isFalse();
    }

    @Test
    void everyPairAtTheThresholdIsFoundWhateverTheLength() {
        Random r = new Random(3);
        List<Article> originals = new ArrayList<>(), edits = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int n = 8 + r.nextInt(i % 2 == 0 ? 45 : 400);
            String t = words("t" + i + "_", 0, n);
            String e = t;
            int changes = 1 + r.nextInt(Math.max(1, n / 12));
            for (int c = 0; c < changes; c++) e = replaceWord(e, r.nextInt(n), "q" + r.nextInt(1000));
            originals.add(Article.of("o" + i, t));
            edits.add(Article.of("e" + i, e));
        }
        NearDuplicates index = NearDuplicates.of(originals, NearDuplicates.fingerprints(originals));
        int atThreshold = 0;
        for (int k = 0; k < edits.size(); k++) {
            final int i = k;
            Fingerprint f = Fingerprint.of("", edits.get(i).text());
            int size = f.isShort() && index.fingerprint(i).isShort() ? 2 : 5;
            double j = Fingerprint.jaccard(Fingerprint.shingleSet("", originals.get(i).text(), size), Fingerprint.shingleSet("", edits.get(i).text(), size));
            List<NearDuplicates.Match> m = index.matches(f, "", edits.get(i).text());
            if (j >= NearDuplicates.THRESHOLD) {
                atThreshold++;
                assertThat(m).as("edit %d (Jaccard %.3f)", i, j).anySatisfy(x -> assertThat(x.index()).isEqualTo(i));
            } else {
                assertThat(m).as("edit %d (Jaccard %.3f)", i, j).noneSatisfy(x -> assertThat(x.index()).isEqualTo(i));
            }
        }
        assertThat(atThreshold).as("pairs at or above the threshold").isGreaterThan(100);
    }

    @Test
    void clustersJoinChainsOfDuplicates() {
        String a = words("a", 0, 120);
        String a2 = replaceWord(a, 60, "zebra");
        String a3 = replaceWord(a2, 30, "yak");
        List<Article> corpus = List.of(Article.of("1", a), Article.of("2", words("c", 0, 120)), Article.of("3", a.toUpperCase()),
                Article.of("4", a3), Article.of("5", a2), Article.of("6", "Short note."), Article.of("7", "short NOTE"));
        DuplicateClusters d = DuplicateClusters.of(corpus);
        assertThat(d.exactGroups()).isEqualTo(2);
        assertThat(d.exactArticles()).isEqualTo(4);
        assertThat(d.exactExtra()).isEqualTo(2);
        assertThat(d.clusters()).isEqualTo(2);
        assertThat(d.clusterArticles()).isEqualTo(6);
        assertThat(d.largest()).containsExactly(new DuplicateClusters.Cluster(4, false, List.of("1", "3", "4", "5")),
                new DuplicateClusters.Cluster(2, true, List.of("6", "7")));
        assertThat(d.toText()).contains("2 clusters, 6 articles").contains("4 articles: 1, 3, 4, 5").contains("2 articles (exact): 6, 7");
    }
}
