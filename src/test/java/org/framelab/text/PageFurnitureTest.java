package org.framelab.text;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Page furniture in the forms of the AllSides articles (lines and names written for this test). */
class PageFurnitureTest {

    /** The blanked parts of {@code text}. */
    private static List<String> found(String text) {
        return RangeParts.of(text, PageFurniture.ranges(text));
    }

    @Test
    void captionLinesAndGalleries() {
        String npr = "Enlarge this image toggle caption Ada Ruiz/Getty Images Ada Ruiz/Getty Images";
        String gallery = "Photos: The flood in pictures Water covers the main street on Monday. Hide Caption 1 of 12 Photos: The flood";
        String text = "The river rose.\n" + npr + "\nThe mayor spoke.\n" + gallery + "\nShe left.";
        assertThat(found(text)).containsExactly(npr, gallery);
        String bbc = "Image copyright Getty Images\nMedia playback is unsupported on your device Media caption The vote in 60 seconds\nThe vote passed.";
        assertThat(found(bbc)).containsExactly("Image copyright Getty Images", "Media playback is unsupported on your device Media caption The vote in 60 seconds");
        String out = PageFurniture.blank(text);
        assertThat(out).hasSameSizeAs(text);
        assertThat(out).startsWith("The river rose.\n").contains("\nThe mayor spoke.\n").endsWith("\nShe left.");
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(4);
    }

    /** Texts and the parts of them that are page furniture. */
    static Stream<Arguments> furniture() {
        return Stream.of(
                // photo credits
                Arguments.of("The senator arrives (AP Photo/Ben Ode) for the vote.", List.of("(AP Photo/Ben Ode)")),
                Arguments.of("A rally in Ohio. (Reuters photo: Lea Kim) Then more.", List.of("(Reuters photo: Lea Kim)")),
                Arguments.of("The hall (Photo by Sam Oyelaran) was full.", List.of("(Photo by Sam Oyelaran)")),
                Arguments.of("Workers prepare the arena. | AP Photo Democrats plan", List.of(" | AP Photo")),
                Arguments.of("Lea van Dam/AFP/Getty Images and Tom Lo/REUTERS", List.of("Lea van Dam/AFP/Getty Images", "Tom Lo/REUTERS")),
                Arguments.of(Named.of("time stamps and contributor credits", "Updated at 3:45 p.m. ET: The Senate voted.\nThis report was updated at 11 a.m.\n"
                                + "The bill passed. The Associated Press contributed to this report.\nContributing: Ana Lee\n"
                                + "Write to Ana Lee at ana.lee@example.com"),
                        List.of("Updated at 3:45 p.m. ET:", "This report was updated at 11 a.m.", " The Associated Press contributed to this report.",
                                "Contributing: Ana Lee", "Write to Ana Lee at ana.lee@example.com")),
                Arguments.of(Named.of("links, widgets, addresses and markup", "( PHOTOS: 10 quotes on the budget)\nSEE ALSO: Senate passes the bill\n"
                                + "LISTEN TO ARTICLE 2:14 SHARE THIS ARTICLE Share\n"
                                + "Read it at https://example.org/a?b=1 or www.example.com/x. Mail tips@example.net.\n"
                                + "poster=\"http://v.example.com/images/1155968404.jpg\" A caption."),
                        List.of("( PHOTOS: 10 quotes on the budget)", "SEE ALSO: Senate passes the bill", "LISTEN TO ARTICLE 2:14 SHARE THIS ARTICLE Share",
                                "https://example.org/a?b=1", "www.example.com/x.", "tips@example.net", "poster=\"http://v.example.com/images/1155968404.jpg\"")),
                // datelines and widget phrases
                Arguments.of("WASHINGTON — President Ode signed the bill.\nNATO — the alliance met.", List.of("WASHINGTON — ")),
                Arguments.of("NEW YORK (AP) -- The market fell. Story Continued Below The index rose.", List.of("NEW YORK (AP) -- ", "Story Continued Below")),
                Arguments.of("Story highlights The vote is on Monday\nIt is a developing story.", List.of("Story highlights")),
                Arguments.of("FILE PHOTO: The senator speaks in Ohio.\nFILE - In this May 5, 2018, file photo, Ode speaks.\nRead more from The Paper:\nFiles show the plan.\nRead the report.",
                        List.of("FILE PHOTO: The senator speaks in Ohio.", "FILE - In this May 5, 2018, file photo, Ode speaks.", "Read more from The Paper:")),
                Arguments.of("ST. PAUL, Minn. - Voters lined up.", List.of("ST. PAUL, Minn. - ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("furniture")
    void photoCreditsTimeStampsLinksDatelinesAndWidgetPhrases(String text, List<String> parts) {
        assertThat(found(text)).as(text).containsExactlyElementsOf(parts);
    }

    @Test
    void capitalsBeforeAHyphenAreNoDateline() {
        assertThat(found("COVID-19 cases rose. WHO-led teams went.")).isEmpty();
    }

    @Test
    void leavesTheArticlesOwnLanguageAlone() {
        // the same words in sentences: a caption debate, an update, contributions, a photo, a watch, a quote with a colon
        String text = "Critics said the caption was misleading and asked the paper to hide it.\n"
                + "He updated at least ten posts. She contributed to the campaign of her rival.\n"
                + "The photo of the senator, taken by AP, went viral. Voters watch: the ads run all week.\n"
                + "\"We will see also what the court says,\" he said. The ratio was 3/4 in 2019/20.";
        assertThat(PageFurniture.ranges(text)).isEmpty();
        assertThat(PageFurniture.blank(text)).isSameAs(text);
    }

    @Test
    void theTokenizerSkipsTheFurniture() {
        String text = "The river rose, officials said. (AP Photo/Ben Ode)\nThe Associated Press contributed to this report.";
        TokenizedText t = Tokenizer.DEFAULT.tokenize(text);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) if (t.isWord(i)) words.add(text.substring(t.begin(i), t.end(i)));
        assertThat(words).containsExactly("The", "river", "rose", "officials", "said");
    }
}
