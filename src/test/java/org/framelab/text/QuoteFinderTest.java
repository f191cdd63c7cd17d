package org.framelab.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {
    static List<Quotation> quotes(String text) {
        return QuoteFinder.DEFAULT.find(Tokenizer.DEFAULT.tokenize(text));
    }

    /** Each quote as KIND:inner; with @depth when nested and (unclosed) when it runs to the paragraph end. */
    static String describe(String text) {
        StringBuilder sb = new StringBuilder();
        for (Quotation q : quotes(text)) {
            sb.append(q.kind());
            if (q.depth() > 0) sb.append('@').append(q.depth());
            if (!q.closed()) sb.append("(unclosed)");
            sb.append(':').append(q.inner().of(text)).append(';');
        }
        return sb.toString();
    }

    @Test
    void issueExamplesAreScareQuotes() {
        String text = "He accused the government of siding with \"terrorists\" while the whole 'opposition' was "
                + "fighting a 'civil war' in the north.";
        assertThat(describe(text)).isEqualTo("SCARE:terrorists;SCARE:opposition;SCARE:civil war;");
    }

    @Test
    void curlyScareQuotes() {
        assertThat(describe("The ‘experts’ warned of a “crisis” that the paper called “manufactured.”"))
                .startsWith("SCARE:experts;SCARE:crisis;");
    }

    @Test
    void titleOfAWork() {
        String text = "\"Orange Is the New Black\" star Yael Stone is renouncing her U.S. green card.";
        assertThat(describe(text)).isEqualTo("TITLE:Orange Is the New Black;");
        assertThat(describe("She starred in 'Thank You for Smoking' and “Up” last year."))
                .isEqualTo("TITLE:Thank You for Smoking;TITLE:Up;");
    }

    @Test
    void directQuotesWithSpeechVerbAfter() {
        String text = "“Everyone seemed to like him,” he said. \"We have one beautiful law,\" Trump said. "
                + "\"No,\" said the minister.";
        List<Quotation> q = quotes(text);
        assertThat(q).extracting(Quotation::kind).containsOnly(QuoteKind.DIRECT);
        assertThat(q).hasSize(3);
        assertThat(q.get(0).speechVerbToken()).isPositive();
        assertThat(Tokenizer.DEFAULT.tokenize(text).norm(q.get(0).speechVerbToken())).isEqualTo("said");
    }

    @Test
    void directQuotesWithSpeechVerbOrColonBefore() {
        assertThat(describe("She said, \"It is over.\"")).isEqualTo("DIRECT:It is over.;");
        assertThat(describe("The statement read: 'Peace now.'")).isEqualTo("DIRECT:Peace now.;");
        // a partial quote continuing the speech verb's clause is the speaker's words (see ScareQuoteCasesTest)
        assertThat(describe("He told reporters that \"nothing\" had changed.")).isEqualTo("DIRECT:nothing;");
        assertThat(describe("He said that \"nothing changed\" there.")).isEqualTo("DIRECT:nothing changed;");
    }

    @Test
    void quotedSentenceWithoutVerbIsDirect() {
        assertThat(describe("“Smart, funny, humble.” Those were his words.")).isEqualTo("DIRECT:Smart, funny, humble.;");
    }

    @Test
    void longUnattributedQuoteIsDirect() {
        assertThat(describe("The ad promised \"a better life for every family in this town\" to voters."))
                .isEqualTo("DIRECT:a better life for every family in this town;");
    }

    @Test
    void nestedScareQuoteInsideDirectQuote() {
        assertThat(describe("\"They are fighting a 'civil war,' and the 'opposition' knows it,\" he said."))
                .isEqualTo("DIRECT:They are fighting a 'civil war,' and the 'opposition' knows it,;SCARE@1:civil war,;SCARE@1:opposition;");
    }

    @Test
    void apostrophesInsideAQuoteDoNotBreakPairing() {
        assertThat(describe("'We don't know the ministers' plans,' she said.")).isEqualTo("DIRECT:We don't know the ministers' plans,;");
    }

    @Test
    void guillemetsAndGermanQuotes() {
        assertThat(describe("Er sagte „das ist gut“ und «voilà»."))
                .isEqualTo("SCARE:das ist gut;SCARE:voilà;");
    }

    @Test
    void unclosedQuoteRunsToParagraphEnd() {
        assertThat(describe("\"We will not stop here. We will go on\n\n\"And we will win,\" he said."))
                .isEqualTo("DIRECT(unclosed):We will not stop here. We will go on;DIRECT:And we will win,;");
    }

    @Test
    void babeExampleSentence() {
        assertThat(describe("\"We have one beautiful law,\" Trump recently said in his characteristically bizarre syntax, "
                + "repeating the word \"beautiful.\"")).isEqualTo("DIRECT:We have one beautiful law,;MENTION:beautiful.;");
    }

    @Test
    void conjunctionBetweenQuoteAndVerbIsNotAnAttribution() {
        assertThat(describe("He sided with \"terrorists\" and said nothing.")).isEqualTo("SCARE:terrorists;");
    }

    @Test
    void spansCoverTheMarks() {
        String text = "a “civil war” here";
        Quotation q = quotes(text).get(0);
        assertThat(q.span().of(text)).isEqualTo("“civil war”");
        assertThat(q.words()).isEqualTo(2);
    }
}
