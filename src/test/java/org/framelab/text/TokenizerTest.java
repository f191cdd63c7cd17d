package org.framelab.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {
    static List<String> surfaces(String text) {
        TokenizedText t = Tokenizer.DEFAULT.tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(t.surface(i));
        return out;
    }

    @Test
    void apostrophesInsideWordsStay() {
        assertThat(surfaces("He didn't say O'Brien’s plan wasn't real."))
                .containsExactly("He", "didn't", "say", "O'Brien’s", "plan", "wasn't", "real", ".");
    }

    @Test
    void possessivePluralKeepsItsApostrophe() {
        assertThat(surfaces("The ministers' meeting and the Joneses’ house."))
                .contains("ministers'", "Joneses’");
    }

    @Test
    void leadingApostrophes() {
        assertThat(surfaces("Music of the '90s and rock 'n' roll, as in ’80s films; let 'em go."))
                .contains("'90s", "'n'", "’80s", "'em")
                .doesNotContain("'", "90s");
    }

    @Test
    void closingSingleQuoteAfterSIsAQuoteWhenOneIsOpen() {
        List<String> s = surfaces("He called them 'the bosses' and left.");
        assertThat(s).contains("bosses", "'").doesNotContain("bosses'");
    }

    @Test
    void quoteMarksAreSeparateTokens() {
        TokenizedText t = Tokenizer.DEFAULT.tokenize("“Yes,” she said. «Non» „Ja“ ‘no’ \"so\"");
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) if (t.kind(i) == TokenizedText.QUOTE) quotes.add(t.surface(i));
        assertThat(quotes).containsExactly("“", "”", "«", "»", "„", "“", "‘", "’", "\"", "\"");
    }

    @Test
    void abbreviationsKeepTheirPeriodAndDoNotEndSentences() {
        TokenizedText t = Tokenizer.DEFAULT.tokenize("Mr. Smith met Maj. Gen. Jones and Dr. Lee in the U.S. capital. They talked.");
        assertThat(surfaces(t.text())).contains("Mr.", "Maj.", "Gen.", "Dr.", "U.S.");
        assertThat(t.sentenceCount()).isEqualTo(2);
        assertThat(t.sentenceSpan(1).of(t.text())).isEqualTo("They talked.");
    }

    @Test
    void abbreviationAtSentenceEndBeforeAPronounEndsTheSentence() {
        TokenizedText t = Tokenizer.DEFAULT.tokenize("She moved to the U.S. He stayed.");
        assertThat(t.sentenceCount()).isEqualTo(2);
    }

    @Test
    void sentencesKeepTheirClosingQuote() {
        TokenizedText t = Tokenizer.DEFAULT.tokenize("“It is over.” He left! Was it? “Yes.”\n\nNew paragraph here");
        assertThat(t.sentenceCount()).isEqualTo(5);
        assertThat(t.sentenceSpan(0).of(t.text())).isEqualTo("“It is over.”");
        assertThat(t.sentenceSpan(4).of(t.text())).isEqualTo("New paragraph here");
    }

    @Test
    void dashesNumbersAndHyphens() {
        assertThat(surfaces("The so-called deal—worth $1,000 or 3.5%--failed – again..."))
                .containsExactly("The", "so-called", "deal", "—", "worth", "$", "1,000", "or", "3.5", "%", "--",
                        "failed", "–", "again", "...");
    }

    @Test
    void offsetsPointBackIntoTheText() {
        String text = "  “Don’t,” said  Ms. O’Neil — in 2019.\n";
        TokenizedText t = Tokenizer.DEFAULT.tokenize(text);
        for (int i = 0; i < t.size(); i++) {
            assertThat(text.substring(t.begin(i), t.end(i))).isEqualTo(t.surface(i));
            assertThat(t.surface(i)).isNotBlank();
        }
        assertThat(t.norm(1)).isEqualTo("don't");
        assertThat(t.wordCount()).isEqualTo(6);
    }

    @Test
    void normalisedFormIsLowerCaseWithStraightApostrophe() {
        TokenizedText t = Tokenizer.DEFAULT.tokenize("Russia’s KREMLIN");
        assertThat(t.norm(0)).isEqualTo("russia's");
        assertThat(t.norm(1)).isEqualTo("kremlin");
    }

    @Test
    void emptyAndWhitespaceTexts() {
        assertThat(Tokenizer.DEFAULT.tokenize("").size()).isZero();
        assertThat(Tokenizer.DEFAULT.tokenize(" \n\t ").sentenceCount()).isZero();
    }

    @Test
    void headHashIsTheHashOfTheFirstThreeNormalisedCharactersOrMinusOne() {
        TokenizedText t = Tokenizer.DEFAULT.tokenize("An Outrageous, ABSURD claim ’tis ÉCOLE a-b ok...");
        int checked = 0;
        for (int i = 0; i < t.size(); i++) {
            String norm = t.norm(i);
            int want = norm.length() < 3 ? -1 : norm.substring(0, 3).hashCode();
            org.assertj.core.api.Assertions.assertThat(t.normHead(i)).as("token %d '%s'", i, norm).isEqualTo(want);
            if (want >= 0) checked++;
        }
        org.assertj.core.api.Assertions.assertThat(checked).isGreaterThanOrEqualTo(5);
    }
}
