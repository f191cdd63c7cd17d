package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.lexicon.Lexicons;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FramingFeaturesTest {
    static final String TEXT = "Foreign Ministry spokeswoman Maria Zakharova said the report was false. "
            + "\"We reject this,\" said Maria Zakharova, the spokeswoman. Officials claimed the so-called rebels were "
            + "siding with \"terrorists\". Critics allegedly warned that the whole 'opposition' might be fighting a "
            + "'civil war'. The \"Orange Is the New Black\" star did not comment. It is clearly an outrageous plan, "
            + "according to sources.";

    static FramingFeatures framing() throws InputException {
        return (FramingFeatures) FeatureSets.parse("framing", FeatureOptions.defaults()).fit(List.of());
    }

    static double value(FittedFeatures f, SparseVector v, String column) {
        for (int i = 0; i < f.columns().size(); i++) if (f.columns().get(i).name().equals(column)) return v.get(i);
        throw new AssertionError("no column " + column);
    }

    @Test
    void columnsAreUniqueAndDocumented() throws Exception {
        FittedFeatures f = framing();
        Set<String> names = new HashSet<>();
        for (FeatureColumn c : f.columns()) {
            assertThat(names.add(c.name())).as(c.name()).isTrue();
            assertThat(c.definition()).isNotBlank();
            assertThat(c.unit()).isNotBlank();
            assertThat(c.family()).isNotBlank();
        }
        assertThat(names).contains("attribution.neutral.rate", "attribution.said_ratio", "quotation.scare.count",
                "quotation.quoted_words.share", "stance.hedge.rate", "subjective.negative.count", "text.tokens");
    }

    @Test
    void attributionCounts() throws Exception {
        FittedFeatures f = framing();
        SparseVector v = f.transform(Article.of("a", TEXT));
        assertThat(value(f, v, "attribution.neutral.count")).isEqualTo(4);      // said, said, (did not) comment, according to
        assertThat(value(f, v, "attribution.evaluative.count")).isEqualTo(2);   // claimed, warned
        assertThat(value(f, v, "attribution.said.count")).isEqualTo(2);
        assertThat(value(f, v, "attribution.said_ratio")).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(value(f, v, "attribution.anonymous.count")).isEqualTo(3);    // officials, critics, sources
        assertThat(value(f, v, "attribution.named.count")).isEqualTo(2);
        assertThat(value(f, v, "attribution.according_to.count")).isEqualTo(1);
        double tokens = value(f, v, "text.tokens");
        assertThat(value(f, v, "attribution.neutral.rate")).isCloseTo(4 * 1000 / tokens, within(1e-9));
    }

    @Test
    void quotationCounts() throws Exception {
        FittedFeatures f = framing();
        SparseVector v = f.transform(Article.of("a", TEXT));
        assertThat(value(f, v, "quotation.direct.count")).isEqualTo(1);
        assertThat(value(f, v, "quotation.scare.count")).isEqualTo(3);
        assertThat(value(f, v, "quotation.title.count")).isEqualTo(1);
        assertThat(value(f, v, "quotation.distancing.count")).isEqualTo(2);  // so-called, allegedly
        assertThat(value(f, v, "quotation.quoted_words.share")).isCloseTo(3 / value(f, v, "text.tokens"), within(1e-9));
    }

    @Test
    void stanceAndSubjective() throws Exception {
        FittedFeatures f = framing();
        SparseVector v = f.transform(Article.of("a", TEXT));
        assertThat(value(f, v, "stance.booster.count")).isEqualTo(1);   // clearly
        assertThat(value(f, v, "stance.negation.count")).isEqualTo(1);  // not
        assertThat(value(f, v, "stance.modal.count")).isEqualTo(1);     // might
        assertThat(value(f, v, "subjective.subjective.count")).isGreaterThanOrEqualTo(2); // so-called, outrageous
    }

    @Test
    void hitsCarrySpansThatMatchTheText() throws Exception {
        FittedFeatures f = framing();
        List<Hit> hits = f.explain(Article.of("a", TEXT));
        assertThat(hits).isNotEmpty();
        for (Hit h : hits) assertThat(h.span().of(TEXT)).isEqualTo(h.text());
        for (int i = 1; i < hits.size(); i++) assertThat(hits.get(i - 1).span().begin()).isLessThanOrEqualTo(hits.get(i).span().begin());
        Hit first = hits.stream().filter(h -> h.feature().equals("attribution.neutral")).findFirst().orElseThrow();
        assertThat(first.attributes()).containsEntry("speaker", "Foreign Ministry spokeswoman Maria Zakharova")
                .containsEntry("source", "Maria Zakharova").containsEntry("speaker_type", "named");
        Hit second = hits.stream().filter(h -> h.feature().equals("attribution.neutral")).skip(1).findFirst().orElseThrow();
        assertThat(second.attributes()).containsEntry("speaker", "Maria Zakharova, the spokeswoman")
                .containsEntry("source", "Maria Zakharova");
        assertThat(hits).filteredOn(h -> h.feature().equals("quotation.scare"))
                .extracting(h -> h.attributes().get("term")).containsExactly("terrorists", "opposition", "civil war");
        Hit direct = hits.stream().filter(h -> h.feature().equals("quotation.direct")).findFirst().orElseThrow();
        assertThat(direct.attributes()).containsEntry("source", "Maria Zakharova");
    }

    @Test
    void analyzeGivesTheSameValuesAsTransform() throws Exception {
        FittedFeatures f = framing();
        Article a = Article.of("a", TEXT);
        ArticleFeatures af = f.analyze(a);
        SparseVector v = f.transform(a);
        assertThat(af.values().indices()).containsExactly(v.indices());
        assertThat(af.values().values()).containsExactly(v.values());
    }

    @Test
    void speakersWithRelativeClauseOrParenthesis() throws Exception {
        String text = "Ardel Harbour Holdings, which operates the terminals, said the plan was needed. "
                + "The Workers' Union (PTWU) said on Monday it would strike.";
        List<Hit> hits = framing().explain(Article.of("s", text)).stream()
                .filter(h -> h.feature().equals("attribution.neutral")).toList();
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).attributes()).containsEntry("source", "Ardel Harbour Holdings")
                .containsEntry("speaker", "Ardel Harbour Holdings, which operates the terminals");
        assertThat(hits.get(1).attributes()).containsEntry("speaker", "The Workers' Union (PTWU)");
    }

    @Test
    void sourceKeysDropTitles() throws Exception {
        List<Hit> hits = framing().explain(Article.of("t", "Mr. Trump said it. President Trump said it again. Sen. Bernie Sanders said no."))
                .stream().filter(h -> h.feature().equals("attribution.neutral")).toList();
        assertThat(hits).extracting(h -> h.attributes().get("source")).containsExactly("Trump", "Trump", "Bernie Sanders");
    }

    @Test
    void nounUsesOfReportingVerbsAreNotCounted() throws Exception {
        FittedFeatures f = framing();
        SparseVector v = f.transform(Article.of("a", "The claims and a warning were in the report. His denial came late."));
        assertThat(value(f, v, "attribution.evaluative.count")).isZero();
        assertThat(value(f, v, "attribution.neutral.count")).isZero();
    }

    @Test
    void emptyTextGivesZeroCountsAndMissingRatios() throws Exception {
        FittedFeatures f = framing();
        SparseVector v = f.transform(Article.of("e", ""));
        // every count is 0 (absent); every ratio and rate is missing (an explicit NaN), never 0
        for (int i = 0; i < f.columns().size(); i++) {
            FeatureColumn c = f.columns().get(i);
            if (c.canBeMissing()) assertThat(v.isMissing(i)).as(c.name()).isTrue();
            else assertThat(v.get(i)).as(c.name()).isZero();
        }
        assertThat(v.size()).isEqualTo(f.columns().stream().filter(FeatureColumn::canBeMissing).count());
    }

    @Test
    void userLexiconsBecomeColumnsPerCategory(@TempDir Path dir) throws Exception {
        Path lex = dir.resolve("mine.csv");
        Files.writeString(lex, "term,category\nrebels,actors\nplan,policy\noutrag*,policy\n");
        FeatureOptions o = FeatureOptions.defaults().withLexicons(Map.of("my", lex));
        FittedFeatures f = FeatureSets.parse("subjective", o).fit(List.of());
        SparseVector v = f.transform(Article.of("a", TEXT));
        assertThat(value(f, v, "lexicon.my.actors.count")).isEqualTo(1);
        assertThat(value(f, v, "lexicon.my.policy.count")).isEqualTo(2);
        assertThat(f.columns().stream().filter(c -> c.name().equals("lexicon.my.policy.rate")).findFirst().orElseThrow().source())
                .contains("user lexicon 'my'");
        assertThatThrownBy(() -> FeatureSets.parse("stance", o)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subjective");
    }

    @Test
    void actorsGetMentionsVerbsAndQuotes() throws Exception {
        FeatureOptions o = FeatureOptions.defaults().withActors(List.of(Actor.parse("Russia=Russia|Zakharova|Kremlin"),
                Actor.parse("US"), Actor.parse("Critics=critics")));
        FittedFeatures f = FeatureSets.parse("actors", o).fit(List.of());
        SparseVector v = f.transform(Article.of("a", TEXT + " The Kremlin denied it. Kremlin officials said us too."));
        assertThat(value(f, v, "actor.russia.mentions.count")).isEqualTo(4);
        assertThat(value(f, v, "actor.russia.neutral.count")).isEqualTo(3);   // said x2 by Zakharova, said by Kremlin officials
        assertThat(value(f, v, "actor.russia.evaluative.count")).isEqualTo(1); // denied
        assertThat(value(f, v, "actor.russia.quotes.count")).isEqualTo(1);
        assertThat(value(f, v, "actor.us.mentions.count")).isZero();          // "us" is not "US"
        assertThat(value(f, v, "actor.critics.evaluative.count")).isEqualTo(1);
    }

    @Test
    void actorsCountResolvedSpeakers() throws Exception {
        FeatureOptions o = FeatureOptions.defaults().withActors(List.of(Actor.parse("Russia=Russia|Zakharova|Kremlin")));
        FittedFeatures f = FeatureSets.parse("actors", o).fit(List.of());
        String text = "Foreign Ministry spokeswoman Maria Zakharova arrived in Moscow. \"We reject the report,\" she said. "
                + "\"It is a provocation.\" She also accused the authors of lying.";
        SparseVector v = f.transform(Article.of("p", text));
        assertThat(value(f, v, "actor.russia.neutral.count")).isEqualTo(1);    // "she said" resolves to Zakharova
        assertThat(value(f, v, "actor.russia.evaluative.count")).isEqualTo(1); // "She also accused"
        assertThat(value(f, v, "actor.russia.quotes.count")).isEqualTo(2);     // by pronoun, and carried over
        List<TermCount> terms = FeatureExtraction.terms(f, List.of(Article.of("p", text)));
        assertThat(terms).contains(new TermCount("say", "actors", "Russia", "", 1), new TermCount("accuse", "actors", "Russia", "", 1));
    }

    @Test
    void sourceProfileUsesResolvedSpeakers() throws Exception {
        FittedFeatures f = FeatureSets.parse("attribution", FeatureOptions.defaults()).fit(List.of());
        String text = "Opposition leader Dana Whitfield arrived first. She warned of unrest. \"It is a bad law,\" Whitfield said.";
        List<TermCount> terms = FeatureExtraction.terms(f, List.of(Article.of("w", text)));
        assertThat(terms).filteredOn(t -> t.family().equals(FeatureExtraction.SOURCES))
                .containsExactlyInAnyOrder(new TermCount("warn", "sources", "Dana Whitfield", "", 1),
                        new TermCount("say", "sources", "Dana Whitfield", "", 1));
    }

    @Test
    void specParsing() throws Exception {
        assertThat(FeatureSets.parse("framing", null).describe()).isEqualTo("framing");
        assertThat(FeatureSets.parse("framing+ngrams", null).describe()).isEqualTo("framing+ngrams");
        assertThat(FeatureSets.parse("quotation, attribution", null).describe()).isEqualTo("attribution+quotation");
        assertThat(((FramingSpec) FeatureSets.parse("ngrams", null)).needsFit()).isTrue();
        assertThat(FeatureSets.familyNames()).containsExactly("attribution", "quotation", "stance", "subjective", "actors", "ngrams");
        // every family has its own one-line description
        assertThat(FeatureSets.familyNames()).allSatisfy(n -> assertThat(FeatureSets.description(n)).isNotBlank());
        assertThat(FeatureSets.familyNames().stream().map(FeatureSets::description).distinct()).hasSize(FeatureSets.familyNames().size());
        assertThat(new StanceFamily().description()).startsWith("hedges, boosters");
        assertThat(FeatureSets.description("bogus")).isEmpty();
        assertThatThrownBy(() -> FeatureSets.parse("framing+bogus", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bogus");
        assertThatThrownBy(() -> new NgramOptions(2, 1, 1, 10, false, true)).hasMessageStartingWith("Invalid");
        assertThatThrownBy(() -> new FeatureOptions(List.of("nope"), null, null, null)).hasMessageContaining("nope");
    }

    @Test
    void fittedPipelineSerialises() throws Exception {
        FittedFeatures f = FeatureSets.parse("framing+ngrams", FeatureOptions.defaults()
                .withNgrams(new NgramOptions(1, 2, 1, 100, true, true))).fit(List.of(Article.of("t", TEXT)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(f); }
        FittedFeatures back = (FittedFeatures) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertThat(back.columns()).isEqualTo(f.columns());
        Article a = Article.of("b", "The so-called rebels said \"no\". Officials denied it.");
        assertThat(back.transform(a).values()).containsExactly(f.transform(a).values());
    }

    @Test
    void defaultLexiconsLoad() {
        assertThat(Lexicons.resourceLines(QuotationFamily.DISTANCING_RESOURCE)).contains("so-called", "reportedly");
        assertThat(new StanceFamily().lexicon().categories()).containsExactlyElementsOf(StanceFamily.CATEGORIES);
        assertThat(new StanceFamily().lexicon().categoriesOf("realized")).containsExactly("factive");
        assertThat(AttributionFinder.standard().lemmaOf("slammed")).isEqualTo("slam");
        assertThat(AttributionFinder.standard().verbs().categoriesOf("insisted")).containsExactly("evaluative");
    }
}
