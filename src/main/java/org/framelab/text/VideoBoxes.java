package org.framelab.text;

import org.framelab.corpus.Article;

import java.util.Arrays;
import java.util.List;

/**
 * Video boxes: paragraphs of page furniture that a news site puts between the paragraphs of an
 * article, and that a scraper keeps as text. The one FrameLab knows is CNN's player box, a paragraph
 * of its own that names a video twice:
 *
 * <pre>JUST WATCHED Mayor on the flood response Replay More Videos ... MUST WATCH Mayor on the flood response 01:51</pre>
 *
 * Its titles are other stories' words (quotes, reporting verbs, loaded words), counted twice. A box is a
 * line that starts with {@code JUST WATCHED} and has {@code Replay More Videos} in it; the whole line
 * becomes {@link LinkCards#BLANK}, as for {@link LinkCards}, so that offsets into the text do not move.
 * Measured on AllSides (36,254 articles): 4,948 boxes in 1,516 articles, 643,000 characters, nearly all
 * in CNN's (docs/features.md).
 */
public final class VideoBoxes {
    private static final String START = "JUST WATCHED";
    private static final String INSIDE = "Replay More Videos";

    private VideoBoxes() {}

    /** The boxes of a corpus: how many, in how many articles, and their characters ({@code corpus info}). */
    public record Found(long boxes, long articles, long characters) {
        /** One line for {@code corpus info}; empty when there are none. */
        public String toText() {
            return boxes == 0 ? "" : String.format("Video boxes (web page furniture between paragraphs, left out of every analysis): "
                    + "%,d in %,d articles, %,d characters%n", boxes, articles, characters);
        }
    }

    /** Counts the boxes of {@code articles} (their text field). */
    public static Found count(List<Article> articles) {
        long[] c = Blanks.count(articles, VideoBoxes::ranges);
        return new Found(c[0], c[1], c[2]);
    }

    /** {@code text} with every video box blanked; {@code text} itself when it has none. */
    public static String blank(String text) {
        return Blanks.blank(text, ranges(text));
    }

    /** The boxes as begin/end offset pairs (a line without its line break), in text order. */
    public static int[] ranges(String text) {
        int at = text.indexOf(START);
        if (at < 0) return new int[0];
        int[] out = new int[8];
        int m = 0;
        while (at >= 0) {
            // only white space between the line's start and JUST WATCHED
            int k = at;
            while (k > 0 && text.charAt(k - 1) != '\n' && text.charAt(k - 1) != '\r' && Character.isWhitespace(text.charAt(k - 1))) k--;
            boolean opensLine = k == 0 || text.charAt(k - 1) == '\n' || text.charAt(k - 1) == '\r';
            int lineEnd = at;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') lineEnd++;
            int inside = text.indexOf(INSIDE, at);
            if (opensLine && inside >= 0 && inside + INSIDE.length() <= lineEnd) {
                if (m + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
                out[m++] = at;
                out[m++] = lineEnd;
            }
            at = text.indexOf(START, lineEnd);
        }
        return Arrays.copyOf(out, m);
    }
}
