package org.framelab.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Video boxes (paragraphs written for this test, in the format of CNN's player box). */
class VideoBoxesTest {
    private static final String BOX = "JUST WATCHED Mayor: 'We are not safe' Replay More Videos ... MUST WATCH Mayor: 'We are not safe' 01:51";
    private static final String TEXT = "The river rose overnight, officials said.\n\n" + BOX + "\n\nThe mayor said the levee held.";

    @Test
    void blanksTheWholeBoxParagraphAndKeepsTheLineBreaks() {
        String out = VideoBoxes.blank(TEXT);
        assertThat(out).hasSameSizeAs(TEXT);
        int b = TEXT.indexOf(BOX);
        assertThat(out.substring(b, b + BOX.length())).isEqualTo(String.valueOf(LinkCards.BLANK).repeat(BOX.length()));
        assertThat(out.substring(0, b)).isEqualTo(TEXT.substring(0, b));
        assertThat(out.substring(b + BOX.length())).isEqualTo("\n\nThe mayor said the levee held.");
        assertThat(VideoBoxes.ranges(TEXT)).containsExactly(b, b + BOX.length());
    }

    @Test
    void twoBoxesAndABoxWithoutItsSecondTitle() {
        String second = "JUST WATCHED Flood maps explained Replay More Videos ... MUST WATCH";
        String text = BOX + "\n" + second + "\nWords.";
        assertThat(VideoBoxes.ranges(text)).containsExactly(0, BOX.length(), BOX.length() + 1, BOX.length() + 1 + second.length());
    }

    /** The words inside a sentence, or a line without the player's buttons. */
    @ParameterizedTest
    @ValueSource(strings = {"Millions of viewers JUST WATCHED the debate. Replay More Videos was a button.",
            "JUST WATCHED: the launch of the rocket.", "No box here."})
    void leavesOtherTextAlone(String text) {
        assertThat(VideoBoxes.blank(text)).as(text).isSameAs(text);
    }

    @Test
    void theTokenizerSkipsTheBox() {
        TokenizedText t = Tokenizer.DEFAULT.tokenize(TEXT);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) if (t.isWord(i)) words.add(TEXT.substring(t.begin(i), t.end(i)));
        assertThat(words).containsExactly("The", "river", "rose", "overnight", "officials", "said", "The", "mayor", "said", "the", "levee", "held");
        assertThat(new QuoteFinder(java.util.Set.of("said")).find(t)).isEmpty();
    }
}
