package org.framelab.features;

import org.framelab.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NgramFamilyTest {
    static final List<Article> TRAIN = List.of(
            Article.of("1", "The rebels attacked. The rebels fled."),
            Article.of("2", "The army attacked the rebels."),
            Article.of("3", "Peace talks began."));

    static FittedFeatures fit(NgramOptions o, List<Article> train) throws Exception {
        return FeatureSets.parse("ngrams", FeatureOptions.defaults().withNgrams(o)).fit(train);
    }

    @Test
    void vocabularyComesFromTrainingOnlyWithMinDf() throws Exception {
        FramingFeatures f = (FramingFeatures) fit(new NgramOptions(1, 2, 2, 100, false, true), TRAIN);
        assertThat(f.vocabulary().terms()).containsExactly("attacked", "rebels", "the", "the rebels");
        assertThat(f.columns()).extracting(FeatureColumn::name).contains("ngram:the rebels");
        SparseVector v = f.transform(Article.of("x", "The rebels, the rebels and unseen words."));
        int col = f.columns().indexOf(f.columns().stream().filter(c -> c.name().equals("ngram:the rebels")).findFirst().orElseThrow());
        assertThat(v.get(col)).isEqualTo(2.0);
        // words never seen in training produce no column and no value
        assertThat(f.columns()).extracting(FeatureColumn::name).doesNotContain("ngram:unseen");
    }

    @Test
    void bigramsDoNotCrossSentences() throws Exception {
        FramingFeatures f = (FramingFeatures) fit(new NgramOptions(2, 2, 1, 100, false, true),
                List.of(Article.of("1", "The rebels attacked. Peace followed!")));
        assertThat(f.vocabulary().terms()).containsExactly("peace followed", "rebels attacked", "the rebels");
    }

    @Test
    void maxFeaturesKeepsMostFrequent() throws Exception {
        FramingFeatures f = (FramingFeatures) fit(new NgramOptions(1, 1, 1, 2, false, true), TRAIN);
        // document frequencies: attacked 2, rebels 2, the 2, the rest 1; ties go alphabetically
        assertThat(f.vocabulary().terms()).containsExactly("attacked", "rebels");
    }

    @Test
    void tfidfIsL2Normalised() throws Exception {
        FittedFeatures f = fit(new NgramOptions(1, 1, 1, 100, true, true), TRAIN);
        SparseVector v = f.transform(Article.of("x", "The rebels began peace."));
        double norm = 0;
        for (int k = 0; k < v.size(); k++) {
            if (f.columns().get(v.indices()[k]).family().equals("ngrams")) norm += v.values()[k] * v.values()[k];
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-9));
        // rarer words weigh more
        FramingFeatures ff = (FramingFeatures) f;
        NgramVocabulary voc = ff.vocabulary();
        assertThat(voc.idf(voc.indexOf("peace"))).isGreaterThan(voc.idf(voc.indexOf("the")));
    }

    @Test
    void caseIsKeptWhenAsked() throws Exception {
        FramingFeatures f = (FramingFeatures) fit(new NgramOptions(1, 1, 1, 100, false, false), TRAIN);
        assertThat(f.vocabulary().terms()).contains("The", "the");
    }

    @Test
    void unfittedFamilyRefusesToExtract() {
        NgramFamily n = new NgramFamily(NgramOptions.defaults());
        assertThat(n.needsFit()).isTrue();
        assertThatThrownBy(() -> n.extract(TextAnalyzer.standard().analyze(Article.of("a", "x")), null))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Synthetic articles from a small vocabulary (seeded), with sentence ends and mixed case. */
    static List<Article> synthetic(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        String[] words = {"The", "rebels", "army", "attacked", "peace", "talks", "began", "Senate", "vote", "tax",
                "border", "said", "officials", "crisis", "reform", "click", "here", "toggle", "caption", "U.S.", "it\u2019s"};
        List<Article> out = new java.util.ArrayList<>();
        for (int d = 0; d < n; d++) {
            StringBuilder b = new StringBuilder();
            int len = 5 + r.nextInt(40);
            for (int k = 0; k < len; k++) {
                b.append(words[(int) Math.min(words.length - 1, Math.abs(r.nextGaussian()) * 6)]);
                b.append(r.nextInt(9) == 0 ? ". " : r.nextInt(15) == 0 ? ", " : " ");
            }
            b.append("w").append(r.nextInt(3000)).append('.');
            out.add(Article.of("a" + d, b.toString()));
        }
        return out;
    }

    @Test
    void parallelIdFitEqualsStringFitAndTransformsAlike() {
        List<Article> train = synthetic(FitBlocks.SIZE * 3 + 17, 7);
        for (NgramOptions o : List.of(new NgramOptions(1, 2, 2, 150, false, true), new NgramOptions(1, 2, 1, 100_000, true, false),
                new NgramOptions(2, 2, 3, 40, false, true), new NgramOptions(1, 1, 1, 10, false, true))) {
            NgramFamily fam = new NgramFamily(o);
            NgramFamily fast = fam.fitIds(train);
            NgramFamily slow = fam.fitStrings(train);
            assertThat(fast.vocabulary()).isEqualTo(slow.vocabulary());
            assertThat(fast.vocabulary().size()).isGreaterThan(5);
            // same input, second run: identical
            assertThat(fam.fitIds(train).vocabulary().terms()).isEqualTo(fast.vocabulary().terms());
            // the word-id transform equals counting the n-gram strings
            for (Article a : synthetic(50, 99)) {
                TextAnalysis doc = TextAnalyzer.standard().analyze(a);
                java.util.TreeMap<Integer, Double> got = new java.util.TreeMap<>();
                fast.extract(doc, new FeatureFamily.FeatureSink() {
                    @Override public void value(int col, double v) { got.put(col, v); }

                    @Override public boolean wantsHits() { return false; }

                    @Override public void hit(Hit hit) {}
                });
                java.util.TreeMap<Integer, Double> want = new java.util.TreeMap<>();
                new NgramCounter(o).grams(doc.tokens(), g -> {
                    int c = fast.vocabulary().indexOf(g);
                    if (c >= 0) want.merge(c, 1.0, Double::sum);
                });
                if (o.tfidf()) {
                    double norm = 0;
                    for (java.util.Map.Entry<Integer, Double> e : want.entrySet()) {
                        e.setValue(e.getValue() * fast.vocabulary().idf(e.getKey()));
                        norm += e.getValue() * e.getValue();
                    }
                    double nn = Math.sqrt(norm);
                    want.replaceAll((k, v) -> v / nn);
                }
                assertThat(got.keySet()).isEqualTo(want.keySet());
                for (Integer k : want.keySet()) assertThat(got.get(k)).isCloseTo(want.get(k), within(1e-12));
            }
        }
    }
}
