package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.text.QuoteKind;
import org.framelab.text.Quotation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Quote-level speakers on invented sentences, one or more per way of attributing a quote. */
class SpeakerResolverTest {

    static TextAnalysis analyze(String text) {
        return TextAnalyzer.standard().analyze(Article.of("t", text));
    }

    /** The speaker of the direct quote that starts with {@code first}. */
    static QuoteAttribution speakerOf(TextAnalysis a, String first) {
        for (QuoteAttribution s : a.speakers()) {
            Quotation q = a.quotes().get(s.quote());
            if (q.inner().of(a.text()).startsWith(first)) return s;
        }
        throw new AssertionError("no direct quote starting with " + first + " in " + a.speakers());
    }

    @Test
    void nameAndRoleAreKeptApart() {
        TextAnalysis a = analyze("\"We will not negotiate,\" Interior Ministry spokesman Karl Weiss said on Monday.");
        QuoteAttribution s = speakerOf(a, "We will not");
        assertThat(s.speaker()).isEqualTo("Karl Weiss");
        assertThat(s.role()).isEqualTo("Interior Ministry spokesman");
        assertThat(s.method()).isEqualTo(QuoteAttribution.Method.VERB);
        assertThat(s.speakerSpan().of(a.text())).isEqualTo("Interior Ministry spokesman Karl Weiss");
        assertThat(s.named()).isTrue();
    }

    @Test
    void pronounResolvesToThePersonNamedBefore() {
        TextAnalysis a = analyze("Hospital director Mara Lindqvist visited the ward on Tuesday. "
                + "\"The staff have done everything they could,\" she said.");
        QuoteAttribution s = speakerOf(a, "The staff");
        assertThat(s.speaker()).isEqualTo("Mara Lindqvist");
        assertThat(s.method()).isEqualTo(QuoteAttribution.Method.PRONOUN);
        // the attribution's source is resolved too: the per-source profile counts it for her
        Attribution said = a.attributions().stream().filter(x -> x.verb().equals("said")).findFirst().orElseThrow();
        assertThat(said.speaker()).isEqualTo("she");
        assertThat(said.source()).isEqualTo("Mara Lindqvist");
    }

    @Test
    void pronounSkipsAPersonOfTheOtherGenderAndNamesInsideQuotes() {
        TextAnalysis a = analyze("Senator Paul Okafor met Governor Susan Hale in Lagos. "
                + "\"Governor Hale is wrong about the budget,\" he said.");
        assertThat(speakerOf(a, "Governor Hale").speaker()).isEqualTo("Paul Okafor");
    }

    @Test
    void appositiveSpeakers() {
        TextAnalysis a = analyze("\"The bridge will reopen in May,\" the mayor, Tom Ng, told the council. "
                + "\"Prices will rise again next year,\" Ada Brennan, an economist at Halden Bank, said.");
        QuoteAttribution mayor = speakerOf(a, "The bridge");
        assertThat(mayor.speaker()).isEqualTo("Tom Ng");
        assertThat(mayor.role()).isEqualTo("mayor");
        QuoteAttribution economist = speakerOf(a, "Prices");
        assertThat(economist.speaker()).isEqualTo("Ada Brennan");
        assertThat(economist.role()).isEqualTo("economist at Halden Bank");
    }

    @Test
    void invertedVerbs() {
        TextAnalysis a = analyze("\"We were not told anything,\" said a nurse, who asked not to be named. "
                + "\"The party is united,\" insisted party chairman Olu Bello.");
        QuoteAttribution nurse = speakerOf(a, "We were not");
        assertThat(nurse.speaker()).isEqualTo("nurse");
        assertThat(nurse.named()).isFalse();
        QuoteAttribution chairman = speakerOf(a, "The party");
        assertThat(chairman.speaker()).isEqualTo("Olu Bello");
        assertThat(chairman.role()).isEqualTo("party chairman");
    }

    @Test
    void titleBeforeTheNameAndToldReporters() {
        TextAnalysis a = analyze("Deputy Health Minister Ines Moreau told reporters, \"The vaccine is safe.\"");
        QuoteAttribution s = speakerOf(a, "The vaccine");
        assertThat(s.speaker()).isEqualTo("Ines Moreau");
        assertThat(s.role()).isEqualTo("Deputy Health Minister");
    }

    @Test
    void accordingToWithAnAppositiveName() {
        TextAnalysis a = analyze("According to the study's lead author, Prof. Hana Kowalski, \"the effect was small.\"");
        QuoteAttribution s = speakerOf(a, "the effect");
        assertThat(s.speaker()).isEqualTo("Hana Kowalski");
        assertThat(s.method()).isEqualTo(QuoteAttribution.Method.ACCORDING);
    }

    @Test
    void colonIntroducedQuotesAlsoAtTheEndOfAParagraph() {
        TextAnalysis a = analyze("Weiss said on Monday: \"The border stays open.\"\n\nThe minister added:\n\n"
                + "\"Nobody will be turned away.\"");
        QuoteAttribution first = speakerOf(a, "The border");
        assertThat(first.speaker()).isEqualTo("Weiss");
        assertThat(first.method()).isEqualTo(QuoteAttribution.Method.COLON);
        assertThat(speakerOf(a, "Nobody").method()).isEqualTo(QuoteAttribution.Method.COLON);
    }

    @Test
    void secondQuoteAndNextParagraphCarryTheSpeakerOver() {
        TextAnalysis a = analyze("\"We lost everything,\" said farmer Jonas Petrauskas. \"The river came at night.\"\n\n"
                + "\"Nobody warned us.\"\n\nThe council declined to comment.");
        assertThat(speakerOf(a, "We lost").speaker()).isEqualTo("Jonas Petrauskas");
        QuoteAttribution second = speakerOf(a, "The river");
        assertThat(second.speaker()).isEqualTo("Jonas Petrauskas");
        assertThat(second.method()).isEqualTo(QuoteAttribution.Method.CARRY_OVER);
        assertThat(second.cueToken()).isEqualTo(-1);
        assertThat(speakerOf(a, "Nobody").speaker()).isEqualTo("Jonas Petrauskas");
    }

    @Test
    void surnameIsTheFullNameWrittenBefore() {
        TextAnalysis a = analyze("Opposition leader Dana Whitfield spoke first. \"It is a bad law,\" Whitfield said.");
        assertThat(speakerOf(a, "It is").speaker()).isEqualTo("Dana Whitfield");
    }

    @Test
    void theSeedExamplesKeepWorking() {
        // a spokeswoman quoted at a briefing; a general's statement with scare quotes inside a direct quote
        TextAnalysis a = analyze("\"We reject this,\" Foreign Ministry spokeswoman Maria Zakharova told a briefing in Moscow. "
                + "Gen. Viktor Orlov said in a statement: \"The so-called 'opposition' is dragging the country into a 'civil war'.\"");
        QuoteAttribution spokeswoman = speakerOf(a, "We reject");
        assertThat(spokeswoman.speaker()).isEqualTo("Maria Zakharova");
        assertThat(spokeswoman.role()).isEqualTo("Foreign Ministry spokeswoman");
        QuoteAttribution general = speakerOf(a, "The so-called");
        assertThat(general.speaker()).isEqualTo("Viktor Orlov");
        assertThat(general.method()).isEqualTo(QuoteAttribution.Method.COLON);
        Map<QuoteKind, List<String>> byKind = a.quotes().stream().collect(Collectors.groupingBy(Quotation::kind,
                Collectors.mapping(q -> q.inner().of(a.text()), Collectors.toList())));
        assertThat(byKind.get(QuoteKind.SCARE)).containsExactly("opposition", "civil war");
        // scare quotes get no speaker entry
        assertThat(a.speakers()).hasSize(2);
    }

    @Test
    void aQuoteWithoutAnySpeakerIsNone() {
        TextAnalysis a = analyze("\"Nothing here is attributed to anyone at all, not a single word.\"");
        assertThat(a.speakers()).hasSize(1);
        assertThat(a.speakers().get(0).method()).isEqualTo(QuoteAttribution.Method.NONE);
        assertThat(a.speakers().get(0).speaker()).isEmpty();
        assertThat(a.speakers().get(0).speakerSpan()).isNull();
    }
}
