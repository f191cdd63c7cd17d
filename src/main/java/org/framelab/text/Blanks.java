package org.framelab.text;

import org.framelab.corpus.Article;

import java.util.List;
import java.util.function.Function;

/** What {@link LinkCards}, {@link VideoBoxes} and {@link PageFurniture} share: blanking found ranges, and counting them over a corpus. */
final class Blanks {
    private Blanks() {}

    /**
     * {@code text} with its web page furniture blanked in one copy: the ranges of {@link LinkCards},
     * {@link VideoBoxes}, {@link PageFurniture} and {@link HtmlMarkup}, each found in the text as read; {@code text} itself
     * when it has none.
     */
    static String webPage(String text) {
        char[] c = text.toCharArray();
        return webPage(text, c) ? new String(c) : text;
    }

    /**
     * Blanks the web page furniture of {@code text} in {@code chars} (its characters, {@code
     * text.toCharArray()}), the ranges found in the text as read; whether there was any (when not,
     * {@code chars} is unchanged). The tokenizer's way: one copy of the characters for both.
     */
    static boolean webPage(String text, char[] chars) {
        int[] cards = LinkCards.ranges(text), boxes = VideoBoxes.ranges(text), other = PageFurniture.ranges(text, chars);
        int[] markup = HtmlMarkup.ranges(text);
        if (cards.length + boxes.length + other.length + markup.length == 0) return false;
        blankIn(chars, cards);
        blankIn(chars, boxes);
        blankIn(chars, other);
        HtmlMarkup.blankIn(chars, markup);
        return true;
    }

    /** {@code text} with the characters of the begin/end pairs {@code r} (line breaks kept) as {@link LinkCards#BLANK}. */
    static String blank(String text, int[] r) {
        if (r.length == 0) return text;
        char[] c = text.toCharArray();
        blankIn(c, r);
        return new String(c);
    }

    /** Sets the characters of the begin/end pairs {@code r} (line breaks kept) to {@link LinkCards#BLANK}. */
    private static void blankIn(char[] c, int[] r) {
        for (int i = 0; i < r.length; i += 2) {
            for (int k = r[i]; k < r[i + 1]; k++) if (c[k] != '\n' && c[k] != '\r') c[k] = LinkCards.BLANK;
        }
    }

    /** Over the texts of {@code articles}: the ranges found, the articles with one, their characters. */
    static long[] count(List<Article> articles, Function<String, int[]> ranges) {
        long found = 0, with = 0, chars = 0;
        for (Article a : articles) {
            int[] r = ranges.apply(a.text());
            if (r.length == 0) continue;
            with++;
            found += r.length / 2;
            for (int i = 0; i < r.length; i += 2) chars += r[i + 1] - r[i];
        }
        return new long[] {found, with, chars};
    }
}
