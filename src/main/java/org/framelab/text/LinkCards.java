package org.framelab.text;

import org.framelab.corpus.Article;

import java.util.List;

/**
 * Inline link cards: page furniture that a web page puts inside the running text after a person's
 * name, and that a scraper keeps as text. The one FrameLab knows is the hover card of The Hill (also
 * in the columns it publishes): after a politician's name the card repeats the full name, glued to
 * the headlines of three other stories, and ends in {@code MORE}:
 *
 * <pre>Sen. Ada Cole Ada Marie ColeSenate panel advances budget deal Cole says vote 'very close' MORE (D-Ore.) said ...</pre>
 *
 * The headlines are other articles' words: their quotes, reporting verbs ("says") and loaded words
 * would be counted as the article's own. A card is found by three marks together: a word glued to
 * the next one without a space ({@code ColeSenate}: a lower-case letter then an upper-case one) whose
 * first part is the surname written just before, among the eight words before it in the same
 * paragraph ({@code Ada Cole}); and the word {@code MORE} in capitals, as a word of its own, later in
 * the same paragraph and at most 900 characters on. The card runs from the word after that surname
 * (the full name) to {@code MORE}; its characters become {@link #BLANK}, white space to every family
 * and a break for n-grams, so that offsets into the text do not move. Measured on AllSides
 * (36,254 articles): 4,972 cards in 1,160 articles, 1.26 million characters, all but 30 of them in
 * articles of The Hill and all the cards looked at were cards (docs/features.md).
 */
public final class LinkCards {
    /** The character a blanked range is written with (an en space; see {@code RepeatedLines}). */
    public static final char BLANK = '\u2002';

    private static final String END = " MORE";
    /** How far after the glued word {@code MORE} may come. */
    private static final int REACH = 900;
    /** How many words before the glued word the displayed surname may be. */
    private static final int LOOK_BACK = 8;

    private LinkCards() {}

    /** The cards of a corpus: how many, in how many articles, and their characters ({@code corpus info}). */
    public record Found(long cards, long articles, long characters) {
        /** One line for {@code corpus info}; empty when there are none. */
        public String toText() {
            return cards == 0 ? "" : String.format("Inline link cards (web page furniture after a name, left out of every analysis): "
                    + "%,d in %,d articles, %,d characters%n", cards, articles, characters);
        }
    }

    /** Counts the cards of {@code articles} (their text field; titles have none). */
    public static Found count(List<Article> articles) {
        long[] c = Blanks.count(articles, LinkCards::ranges);
        return new Found(c[0], c[1], c[2]);
    }

    /** {@code text} with every link card blanked; {@code text} itself when it has none. */
    public static String blank(String text) {
        return text.indexOf(END) < 0 ? text : Blanks.blank(text, ranges(text));
    }

    /** The cards as begin/end offset pairs, in text order. */
    public static int[] ranges(String text) {
        if (text.indexOf(END) < 0) return new int[0];
        int[] out = new int[8];
        int m = 0;
        // the last LOOK_BACK words: begin and end offsets, in a ring
        int[] wb = new int[LOOK_BACK];
        int[] we = new int[LOOK_BACK];
        int words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c)) {
                if (c == '\n' || c == '\r') words = 0;
                i++;
                continue;
            }
            int b = i;
            while (i < n && (isAsciiLetter(text.charAt(i)) || isJoiner(text.charAt(i)))) i++;
            int e = i;
            int card = words == 0 ? -1 : cardStart(text, b, e, wb, we, words);
            if (card >= 0) {
                int end = moreAfter(text, e);
                if (end >= 0) {
                    if (m + 2 > out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
                    out[m++] = card;
                    out[m++] = end;
                    i = end;
                    words = 0;
                    continue;
                }
            }
            wb[words % LOOK_BACK] = b;
            we[words % LOOK_BACK] = e;
            words++;
        }
        return java.util.Arrays.copyOf(out, m);
    }

    /**
     * Where the card starts when the word {@code [b, e)} is a surname glued to a headline whose
     * surname stands alone among the words before: the begin of the word after that one; else -1.
     */
    private static int cardStart(String text, int b, int e, int[] wb, int[] we, int words) {
        for (int s = b + 2; s < e - 1; s++) {
            if (!isLower(text.charAt(s - 1)) || !isUpper(text.charAt(s))) continue;
            if (!isUpper(text.charAt(b))) return -1;
            int len = s - b;
            for (int back = 1; back <= Math.min(words, LOOK_BACK); back++) {
                int k = (words - back) % LOOK_BACK;
                if (we[k] - wb[k] == len && text.regionMatches(wb[k], text, b, len)) {
                    // the card starts at the word after the displayed surname: the one after k, or the glued word
                    return back == 1 ? b : wb[(k + 1) % LOOK_BACK];
                }
            }
        }
        return -1;
    }

    /** The end of {@code MORE} after {@code from} in the same paragraph and within reach, or -1. */
    private static int moreAfter(String text, int from) {
        int k = text.indexOf(END, from);
        if (k < 0 || k - from > REACH) return -1;
        for (int j = from; j < k; j++) if (text.charAt(j) == '\n' || text.charAt(j) == '\r') return -1;
        int end = k + END.length();
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) ? end : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }
}
