package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A ratio whose denominator is 0 is missing (NaN), not 0: in the families, in the vectors, in the
 * analysis cache (whose format version rules out files computed with 0s) and in {@code explain}.
 */
class UndefinedRatiosTest {
    /** Hand-made texts: the said-ratio is 1/2, undefined (no reporting verb), 1, 1, undefined, 1/2; the last text is empty. */
    static final String[] TEXTS = {
            "The minister said the plan would work. Critics claimed it would fail.",
            "The weather was mild and the market was calm.",
            "The mayor said the road was closed.",
            "Officials said the vote was delayed. The senator said it was fair.",
            "Prices rose again this week.",
            "The governor denied the report. The senator said the report was wrong.",
            ""};
    static final double[] SAID_RATIO = {0.5, Double.NaN, 1, 1, Double.NaN, 0.5, Double.NaN};

    static List<Article> corpus() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            out.add(new Article("a" + i, "", TEXTS[i], i < 3 ? "L" : "R", null, "", List.of(), Map.of("leaning", i < 3 ? "left" : "right"),
                    Map.of(), List.of()));
        }
        return out;
    }

    static int col(FittedFeatures f, String name) {
        for (int i = 0; i < f.columns().size(); i++) if (f.columns().get(i).name().equals(name)) return i;
        throw new AssertionError("no column " + name);
    }

    @Test
    void saidRatioIsMissingWithoutAReportingVerbAndRatesWithoutTokens() throws Exception {
        FittedFeatures f = FeatureSets.parse("framing", FeatureOptions.defaults()).fit(List.of());
        int said = col(f, "attribution.said_ratio"), rate = col(f, "attribution.neutral.rate"), share = col(f, "quotation.quoted_words.share");
        List<Article> c = corpus();
        for (int i = 0; i < c.size(); i++) {
            SparseVector v = f.transform(c.get(i));
            if (Double.isNaN(SAID_RATIO[i])) assertThat(v.get(said)).as(TEXTS[i]).isNaN();
            else assertThat(v.get(said)).as(TEXTS[i]).isEqualTo(SAID_RATIO[i]);
            assertThat(v.isMissing(rate)).as(TEXTS[i]).isEqualTo(TEXTS[i].isEmpty());
            assertThat(v.isMissing(share)).as(TEXTS[i]).isEqualTo(TEXTS[i].isEmpty());
        }
        FeatureColumn c5 = f.columns().get(said);
        assertThat(c5.ratio().numerator()).isEqualTo("attribution.said.count");
        assertThat(c5.ratio().denominator()).containsExactly("attribution.neutral.count", "attribution.evaluative.count");
        assertThat(c5.ratio().rule()).isEqualTo("missing (empty) when the text has no reporting verb");
        assertThat(f.columns().get(rate).ratio().formula()).isEqualTo("1000 \u00d7 attribution.neutral.count / text.tokens");
    }

    /** Every ratio of every family (user lexicons and actors too) names columns of its own pipeline and equals what they give. */
    @Test
    void everyRatioIsItsFormulaAndMissingExactlyWhenItsDenominatorIsZero(@TempDir Path dir) throws Exception {
        Path lex = dir.resolve("mine.csv");
        Files.writeString(lex, "term,category\nplan,policy\nsenator,people\n");
        FeatureOptions o = FeatureOptions.defaults().withLexicons(Map.of("my", lex)).withActors(List.of(Actor.parse("Senate=senator|Senate")));
        FittedFeatures f = FeatureSets.parse("framing", o).fit(List.of());
        int ratios = 0;
        for (Article a : corpus()) {
            SparseVector v = f.transform(a);
            for (int i = 0; i < f.columns().size(); i++) {
                FeatureColumn c = f.columns().get(i);
                if (c.ratio() == null) {
                    assertThat(v.isMissing(i)).as(c.name()).isFalse();
                    continue;
                }
                ratios++;
                double num = v.get(col(f, c.ratio().numerator()));
                double den = 0;
                for (String d : c.ratio().denominator()) den += v.get(col(f, d));
                if (den == 0) assertThat(v.get(i)).as(c.name() + " of " + a.id()).isNaN();
                else assertThat(v.get(i)).as(c.name() + " of " + a.id()).isCloseTo(c.ratio().scale() * num / den, within(1e-9));
            }
        }
        assertThat(f.columns()).extracting(FeatureColumn::name).contains("lexicon.my.policy.rate", "actor.senate.mentions.rate");
        // 18 rates of the built-in families, the said-ratio, the quoted share, 2 lexicon rates, 1 actor rate: per text
        assertThat(ratios).isEqualTo(7 * 23);
    }

    @Test
    void explainSaysWhyAValueIsUndefined() throws Exception {
        FittedFeatures f = FeatureSets.parse("framing", FeatureOptions.defaults()).fit(List.of());
        Article a = corpus().get(1);
        ArticleFeatures af = f.analyze(a);
        assertThat(Explanation.undefined(af.values(), f.columns()))
                .contains("attribution.said_ratio: undefined (the text has no reporting verb)")
                .doesNotContain("attribution.neutral.rate");
        assertThat(Explanation.json(a, af.hits(), af.values(), f.columns()))
                .contains("\"attribution.said_ratio\" : \"undefined (the text has no reporting verb)\"");
        assertThat(Explanation.html(a, af, f.columns())).contains("undefined (the text has no reporting verb)").doesNotContain(">NaN<");
        assertThat(Explanation.undefined(f.analyze(corpus().get(0)).values(), f.columns())).isEmpty();
    }

    /** The cache keeps the NaNs exactly, and a file of the format before (undefined ratios coded 0) is never served. */
    @Test
    void theAnalysisCacheKeepsMissingValuesAndNeverServesTheOldFormat(@TempDir Path dir) throws Exception {
        FeatureSpec spec = FeatureSets.parse("framing", FeatureOptions.defaults());
        List<Article> c = corpus();
        int[] all = java.util.stream.IntStream.range(0, c.size()).toArray();
        CorpusAnalysis first = CorpusAnalysis.of(c, spec);
        CountedFeatures cf = first.fit(spec, all, new int[0], Progress.NONE);
        int said = col(cf.fitted(), "attribution.said_ratio");
        assertThat(cf.vector(1).get(said)).isNaN();
        List<String> warnings = new ArrayList<>();
        AnalysisFiles store = new AnalysisFiles(dir, warnings::add);
        store.save(first, Progress.NONE);
        Path file = store.file(first);

        CorpusAnalysis again = CorpusAnalysis.of(c, spec);
        assertThat(new AnalysisFiles(dir, warnings::add).load(again, Progress.NONE)).isTrue();
        CountedFeatures cached = again.fit(spec, all, new int[0], Progress.NONE);
        assertThat(again.analyses()).isZero();
        for (int r : all) {
            assertThat(cached.vector(r).indices()).isEqualTo(cf.vector(r).indices());
            for (int k = 0; k < cf.vector(r).size(); k++) {
                assertThat(Double.doubleToRawLongBits(cached.vector(r).values()[k])).isEqualTo(Double.doubleToRawLongBits(cf.vector(r).values()[k]));
            }
        }
        assertThat(warnings).isEmpty();

        // the same file stamped with the previous format version (2: ratios coded 0) is ignored, with a warning, and analysed again
        byte[] b = Files.readAllBytes(file);
        ByteBuffer.wrap(b, 4, 4).putInt(2);
        Files.write(file, b);
        CorpusAnalysis old = CorpusAnalysis.of(c, spec);
        assertThat(new AnalysisFiles(dir, warnings::add).load(old, Progress.NONE)).isFalse();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("file format 2").contains("reads " + AnalysisFileFormat.VERSION);
        assertThat(AnalysisFileFormat.VERSION).isEqualTo(3);
        assertThat(old.fit(spec, all, new int[0], Progress.NONE).vector(4).get(said)).isNaN();
        assertThat(old.analyses()).isEqualTo(c.size());
    }
}
