package org.framelab.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stays a scare quote and what does not: a table of the kinds of quoted expression that are not
 * the writer's scare quote (mention, gloss, sign or chant text, partial quote of a speaker) and a
 * recall test of true scare quotes. The sentences are written for this test.
 */
class ScareQuoteCasesTest {
    /** The kind of the quotation whose content (without the marks) is {@code inner}. */
    static QuoteKind kindOf(String text, String inner) {
        for (Quotation q : QuoteFinderTest.quotes(text)) {
            if (q.inner().of(text).equals(inner)) return q.kind();
        }
        throw new AssertionError("no quotation \"" + inner + "\" in: " + text);
    }

    static void assertKind(QuoteKind kind, String inner, String... texts) {
        for (String text : texts) assertThat(kindOf(text, inner)).as(text).isEqualTo(kind);
    }

    /** Kinds of quoted expression that are not the writer's scare quote, and the kind of quotation each is. */
    enum Why {
        MENTIONED_WORD("a word mentioned as a word is a mention", QuoteKind.MENTION),
        GLOSS("a translation gloss is a mention", QuoteKind.MENTION),
        SIGN_OR_CHANT("sign, slogan and chant text is quoted text", QuoteKind.DIRECT),
        PARTIAL_QUOTE("a partial quote of a speaker is direct", QuoteKind.DIRECT);

        final String rule;
        final QuoteKind kind;

        Why(String rule, QuoteKind kind) {
            this.rule = rule;
            this.kind = kind;
        }
    }

    /** A sentence whose quotation {@code inner} is of the kind {@code why} gives. */
    record Case(Why why, String inner, String text) {
        @Override
        public String toString() {
            return why.rule + ": " + text;
        }
    }

    static Stream<Case> notScareQuotes() {
        return Stream.of(
                new Case(Why.MENTIONED_WORD, "reform", "The term \"reform\" occurs 41 times in the bill."),
                new Case(Why.MENTIONED_WORD, "reform", "Her speech used the word \"reform\" more than any other."),
                new Case(Why.MENTIONED_WORD, "reform", "Critics object to words like 'reform' in the title of the law."),
                new Case(Why.MENTIONED_WORD, "reform", "The senator avoided the word, \"reform\", all evening."),
                new Case(Why.MENTIONED_WORD, "reform", "He dropped the slogan \"reform\" after the primary."),
                new Case(Why.MENTIONED_WORD, "build back better", "The phrase “build back better” was borrowed from a UN report."),
                new Case(Why.MENTIONED_WORD, "MeToo", "The hashtag \"MeToo\" spread within a day."),
                new Case(Why.MENTIONED_WORD, "#StopTheSteal", "Posts tagged \"#StopTheSteal\" were removed."),
                new Case(Why.MENTIONED_WORD, "defund", "The verb \"defund\" is new to most dictionaries."),
                new Case(Why.GLOSS, "Sejm", "Poland's lower house of parliament, or \"Sejm\", voted on Friday."),
                new Case(Why.GLOSS, "Sejm", "The parliament (or “Sejm”) met late."),
                new Case(Why.GLOSS, "Sejm", "The \"Sejm\" meaning the lower house, approved the bill."),
                new Case(Why.GLOSS, "assembly", "The Knesset (\"assembly\") has 120 members."),
                new Case(Why.GLOSS, "intifada", "The word \"intifada\", literally a shaking off, returned to the streets."),
                new Case(Why.GLOSS, "Bundestag", "The “Bundestag” is German for federal diet."),
                new Case(Why.GLOSS, "people's war", "The movement calls itself Jana Andolan, literally \"people's war\"."),
                new Case(Why.GLOSS, "hudna", "Hamas offered a \"hudna\" (meaning a truce) to Israel."),
                new Case(Why.SIGN_OR_CHANT, "No more war", "Students carried signs reading \"No more war\" through the square."),
                new Case(Why.SIGN_OR_CHANT, "No more war", "A banner that read \"No more war\" hung from the bridge."),
                new Case(Why.SIGN_OR_CHANT, "lock her up", "The crowd was chanting \"lock her up\" as he spoke."),
                new Case(Why.SIGN_OR_CHANT, "lock her up", "Chants of 'lock her up' filled the hall."),
                new Case(Why.SIGN_OR_CHANT, "housing now", "Protesters waved placards with the words \"housing now\" outside city hall."),
                new Case(Why.SIGN_OR_CHANT, "housing now", "Marchers shouted “housing now” at the mayor's car."),
                new Case(Why.SIGN_OR_CHANT, "Mission Accomplished", "He spoke under a banner reading \"Mission Accomplished\" on the carrier deck."),
                new Case(Why.SIGN_OR_CHANT, "water is life", "Their T-shirts were printed with \"water is life\" in three languages."),
                new Case(Why.PARTIAL_QUOTE, "acted within the law", "The minister said the police had \"acted within the law\" during the raid."),
                new Case(Why.PARTIAL_QUOTE, "schools and roads", "The governor vowed to put the money into 'schools and roads' next year."),
                new Case(Why.PARTIAL_QUOTE, "fix the roads", "The mayor promised to \"fix the roads\" before winter."),
                new Case(Why.PARTIAL_QUOTE, "unworkable", "The union described the plan as \"unworkable\" and walked out."),
                new Case(Why.PARTIAL_QUOTE, "unworkable", "The chief executive told investors the plan was “unworkable”."),
                new Case(Why.PARTIAL_QUOTE, "a historic mistake", "The former ambassador described the deal as \"a historic mistake\"."),
                new Case(Why.PARTIAL_QUOTE, "deeply concerned", "A spokesman said the company was \"deeply concerned\" by the report."),
                new Case(Why.PARTIAL_QUOTE, "never", "The senator insisted that she would \"never\" vote for the bill."),
                new Case(Why.PARTIAL_QUOTE, "cooperate fully", "Officials said the firm will \"cooperate fully\" with investigators."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notScareQuotes")
    void mentionsGlossesSignsAndPartialQuotesAreNotScareQuotes(Case c) {
        assertThat(kindOf(c.text(), c.inner())).as(c.text()).isEqualTo(c.why().kind);
    }

    @Test
    void aListAfterAMentionIsMentionsToo() {
        assertThat(QuoteFinderTest.describe("Words like \"cold,\" \"aloof\" and \"robotic\" followed her campaign."))
                .isEqualTo("MENTION:cold,;MENTION:aloof;MENTION:robotic;");
        assertThat(QuoteFinderTest.describe("The words 'riot' and 'protest' mean different things."))
                .isEqualTo("MENTION:riot;MENTION:protest;");
    }

    @Test
    void aPartialQuoteIsAttributedToItsVerb() {
        QuoteFinder finder = QuoteFinder.DEFAULT;
        String text = "The minister said the police had \"acted within the law\" during the raid.";
        TokenizedText t = Tokenizer.DEFAULT.tokenize(text);
        Quotation q = finder.find(t).get(0);
        assertThat(t.norm(q.speechVerbToken())).as("the partial quote is attributed to its verb").isEqualTo("said");
    }

    @Test
    void aQuoteStandingAloneIsNotAScareQuote() {
        assertKind(QuoteKind.DIRECT, "Absolutely not", "\"Absolutely not\"\n\nThat was all she said.");
    }

    @Test
    void trueScareQuotesStayScareQuotes() {
        String[] texts = {
                "He accused the government of siding with \"terrorists\" in the north.",
                "The whole 'opposition' stayed at home.",
                "The country is sliding into a 'civil war' as aid runs out.",
                "The so-called \"experts\" missed the crash.",
                "The “reforms” cut pensions by a third.",
                "The 'peace process' has produced no peace.",
                "Officials claimed the so-called rebels were siding with \"terrorists\".",
                "Critics warned that the whole 'opposition' might be fighting a 'civil war'.",
                "The board approved the \"restructuring\" that cost 900 jobs.",
                "She mocked the \"science\" behind the ban.",
                "Thousands of \"asylum seekers\" crossed the border.",
                "The \"free market\" did not save the bank.",
                "He called the inquiry a \"witch hunt\" on Tuesday.",
                "What the ministry calls \"enhanced interrogation\" is torture.",
                "The company announced a \"rightsizing\" of its staff.",
                "The party's \"family values\" did not survive the scandal.",
                "The \"facts\" in the leaflet were made up.",
                "They sided with the 'patriots' who stormed the building.",
                "The \"independent\" panel was paid by the industry.",
                "The regime held \"elections\" in March.",
                "Hundreds died in the 'liberation' of the city.",
                "The new 'tax relief' mostly helps the rich.",
                "He has dubbed the tax a \"death tax\" for years.",
                "The agency's 'transparency' ended at the door.",
                "Readers may judge for themselves what \"peace camp\" means here.",
        };
        for (String text : texts) {
            assertThat(QuoteFinderTest.quotes(text)).as(text).isNotEmpty()
                    .allSatisfy(q -> assertThat(q.kind()).as(text).isEqualTo(QuoteKind.SCARE));
        }
        assertKind(QuoteKind.SCARE, "opposition",
                "\"The general told us the 'opposition' is waging a 'civil war' in the east,\" the spokeswoman said at the briefing.");
        assertKind(QuoteKind.SCARE, "civil war",
                "\"The general told us the 'opposition' is waging a 'civil war' in the east,\" the spokeswoman said at the briefing.");
    }

    @Test
    void theSeedExampleKeepsItsKinds() {
        String text = "\"They are fighting a 'civil war,' and the 'opposition' knows it,\" the general said, according to a "
                + "spokeswoman who spoke at a briefing.";
        List<Quotation> q = QuoteFinderTest.quotes(text);
        assertThat(q).extracting(Quotation::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.SCARE, QuoteKind.SCARE);
    }

    @Test
    void singleMarksInATextThatQuotesSpeechInDoubleMarksStayScareQuotes() {
        // British style: speech in double marks, the writer's distance in single marks
        String text = "Interior Minister Dara Kovel boasted officers had acted calmly to restore \u2018the rule of law\u2019.\n\n"
                + "\u201cThey waited until it was dark,\u201d organiser Tomas Vella said.";
        assertThat(kindOf(text, "the rule of law")).isEqualTo(QuoteKind.SCARE);
        // the same partial quote in a text with no double marks stays a partial quote of the minister
        assertThat(kindOf("Kovel vowed to put the money into \u2018schools and roads\u2019.", "schools and roads"))
                .isEqualTo(QuoteKind.DIRECT);
        // and in double marks it is a partial quote whatever else the text quotes
        assertThat(kindOf(text.replace("\u2018the rule of law\u2019", "\u201cthe rule of law\u201d"), "the rule of law"))
                .isEqualTo(QuoteKind.DIRECT);
    }
}
