package org.framelab.text;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Inline link cards (sentences written for this test, in the format of The Hill's hover cards). */
class LinkCardsTest {
    private static final String CARD = "Ada Marie ColeSenate panel advances budget deal Cole says vote is 'very close' "
            + "The Morning Report: \"We will not back down,\" governor says MORE";
    private static final String TEXT = "Sen. Ada Cole " + CARD + " (D-Ore.) said the plan was late.";

    @Test
    void blanksTheCardFromTheFullNameToMore() {
        String out = LinkCards.blank(TEXT);
        assertThat(out).hasSameSizeAs(TEXT);
        int b = TEXT.indexOf(CARD), e = b + CARD.length();
        assertThat(out.substring(0, b)).isEqualTo("Sen. Ada Cole ");
        assertThat(out.substring(b, e)).isEqualTo(String.valueOf(LinkCards.BLANK).repeat(e - b));
        assertThat(out.substring(e)).isEqualTo(" (D-Ore.) said the plan was late.");
        assertThat(LinkCards.ranges(TEXT)).containsExactly(b, e);
    }

    @Test
    void aFullNameOfOneWordAndTwoCardsInOneSentence() {
        String text = "Both Tom Reyes Tom ReyesHouse passes farm bill MORE and Gov. Lia Park Lia Jin ParkState budget "
                + "talks stall Park: 'No new taxes' MORE spoke.";
        String out = LinkCards.blank(text);
        assertThat(out.replace(LinkCards.BLANK, '#')).isEqualTo(
                "Both Tom Reyes " + "#".repeat("Tom ReyesHouse passes farm bill MORE".length()) + " and Gov. Lia Park "
                        + "#".repeat("Lia Jin ParkState budget talks stall Park: 'No new taxes' MORE".length()) + " spoke.");
    }

    static Stream<Named<String>> leavesTextWithoutAllThreeMarksAlone() {
        return Stream.of(
                Named.of("no MORE", "Sen. Ada Cole Ada Marie ColeSenate panel advances budget deal (D-Ore.) said."),
                Named.of("MORE in the next paragraph", "Sen. Ada Cole Ada Marie ColeSenate panel advances budget deal.\n\nREAD MORE about it."),
                Named.of("a name with an inner capital, no surname glued to a headline", "Mitch McConnell said so. Others want MORE time."),
                Named.of("glued words whose first part is not the surname just written", "The iPhone maker and JavaScript fans want MORE."),
                Named.of("MORE as the start of a longer word", "Sen. Ada Cole Ada Marie ColeSenate panel advances MOREOVER the deal."),
                Named.of("MORE too far away", "Sen. Ada Cole Ada Marie ColeSenate " + "word ".repeat(200) + "MORE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void leavesTextWithoutAllThreeMarksAlone(String text) {
        assertThat(LinkCards.blank(text)).as(text).isSameAs(text);
    }

    @Test
    void aSurnameWithAnInnerCapitalGluedToAHeadline() {
        String text = "Leader Rob McAllen Robert James McAllenSenate adjourns MORE (R-Ky.) said.";
        assertThat(LinkCards.blank(text).replace(LinkCards.BLANK, '#')).isEqualTo(
                "Leader Rob McAllen " + "#".repeat("Robert James McAllenSenate adjourns MORE".length()) + " (R-Ky.) said.");
    }

    @Test
    void theTokenizerSkipsTheCardAndKeepsOffsets() {
        TokenizedText t = Tokenizer.DEFAULT.tokenize(TEXT);
        assertThat(t.text()).hasSameSizeAs(TEXT);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) if (t.isWord(i)) words.add(TEXT.substring(t.begin(i), t.end(i)));
        assertThat(words).containsExactly("Sen.", "Ada", "Cole", "D-Ore", "said", "the", "plan", "was", "late");
        // the headline's quotes are no quotes of the article
        assertThat(new QuoteFinder(java.util.Set.of("said", "says")).find(t)).isEmpty();
    }
}
