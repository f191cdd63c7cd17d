package org.framelab.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stays a scare quote and what does not: one test per kind of quoted expression that is not
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

    @Test
    void aWordMentionedAsAWordIsAMention() {
        assertKind(QuoteKind.MENTION, "reform",
                "The term \"reform\" occurs 41 times in the bill.",
                "Her speech used the word \"reform\" more than any other.",
                "Critics object to words like 'reform' in the title of the law.",
                "The senator avoided the word, \"reform\", all evening.",
                "He dropped the slogan \"reform\" after the primary.");
        assertKind(QuoteKind.MENTION, "build back better",
                "The phrase “build back better” was borrowed from a UN report.");
        assertKind(QuoteKind.MENTION, "MeToo", "The hashtag \"MeToo\" spread within a day.");
        assertKind(QuoteKind.MENTION, "#StopTheSteal", "Posts tagged \"#StopTheSteal\" were removed.");
        assertKind(QuoteKind.MENTION, "defund", "The verb \"defund\" is new to most dictionaries.");
    }

    @Test
    void aListAfterAMentionIsMentionsToo() {
        assertThat(QuoteFinderTest.describe("Words like \"cold,\" \"aloof\" and \"robotic\" followed her campaign."))
                .isEqualTo("MENTION:cold,;MENTION:aloof;MENTION:robotic;");
        assertThat(QuoteFinderTest.describe("The words 'riot' and 'protest' mean different things."))
                .isEqualTo("MENTION:riot;MENTION:protest;");
    }

    @Test
    void aTranslationGlossIsAMention() {
        assertKind(QuoteKind.MENTION, "Sejm", "Poland's lower house of parliament, or \"Sejm\", voted on Friday.",
                "The parliament (or “Sejm”) met late.",
                "The \"Sejm\" meaning the lower house, approved the bill.");
        assertKind(QuoteKind.MENTION, "assembly", "The Knesset (\"assembly\") has 120 members.");
        assertKind(QuoteKind.MENTION, "intifada", "The word \"intifada\", literally a shaking off, returned to the streets.");
        assertKind(QuoteKind.MENTION, "Bundestag", "The “Bundestag” is German for federal diet.");
        assertKind(QuoteKind.MENTION, "people's war", "The movement calls itself Jana Andolan, literally \"people's war\".");
        assertKind(QuoteKind.MENTION, "hudna", "Hamas offered a \"hudna\" (meaning a truce) to Israel.");
    }

    @Test
    void signSloganAndChantTextIsQuotedText() {
        assertKind(QuoteKind.DIRECT, "No more war",
                "Students carried signs reading \"No more war\" through the square.",
                "A banner that read \"No more war\" hung from the bridge.");
        assertKind(QuoteKind.DIRECT, "lock her up",
                "The crowd was chanting \"lock her up\" as he spoke.",
                "Chants of 'lock her up' filled the hall.");
        assertKind(QuoteKind.DIRECT, "housing now",
                "Protesters waved placards with the words \"housing now\" outside city hall.",
                "Marchers shouted “housing now” at the mayor's car.");
        assertKind(QuoteKind.DIRECT, "Mission Accomplished",
                "He spoke under a banner reading \"Mission Accomplished\" on the carrier deck.");
        assertKind(QuoteKind.DIRECT, "water is life", "Their T-shirts were printed with \"water is life\" in three languages.");
    }

    @Test
    void aPartialQuoteOfASpeakerIsDirect() {
        assertKind(QuoteKind.DIRECT, "acted within the law",
                "The minister said the police had \"acted within the law\" during the raid.");
        assertKind(QuoteKind.DIRECT, "schools and roads",
                "The governor vowed to put the money into 'schools and roads' next year.");
        assertKind(QuoteKind.DIRECT, "fix the roads",
                "The mayor promised to \"fix the roads\" before winter.");
        assertKind(QuoteKind.DIRECT, "unworkable",
                "The union described the plan as \"unworkable\" and walked out.",
                "The chief executive told investors the plan was “unworkable”.");
        assertKind(QuoteKind.DIRECT, "a historic mistake",
                "The former ambassador described the deal as \"a historic mistake\".");
        assertKind(QuoteKind.DIRECT, "deeply concerned",
                "A spokesman said the company was \"deeply concerned\" by the report.");
        assertKind(QuoteKind.DIRECT, "never",
                "The senator insisted that she would \"never\" vote for the bill.");
        assertKind(QuoteKind.DIRECT, "cooperate fully",
                "Officials said the firm will \"cooperate fully\" with investigators.");
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
