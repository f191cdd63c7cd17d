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
}
