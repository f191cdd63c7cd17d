package org.framelab.text;

import org.framelab.corpus.Article;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * HTML markup left in a scraped text: tags of HTML's own elements ({@code <p>}, {@code </div>},
 * {@code <a href="...">}, {@code <br/>}), comments, and whole {@code <script>} and {@code <style>} elements
 * with their code. Their characters become {@link LinkCards#BLANK} like other page furniture (white space to
 * every family, offsets unchanged), and a tag that ends or starts a block ({@code </p>}, {@code <br>},
 * {@code <li>}, {@code <h2>}, ...) starts with a line break, so that paragraphs stay sentences of their own
 * as they are in the text without markup. Only tags of the elements named in {@link #ELEMENTS} count: a
 * {@code <} in prose ({@code a < b}, {@code <sic>}) is left alone. Character references ({@code &amp;}) are
 * not decoded (decoding would move offsets): they read as the words they spell.
 */
public final class HtmlMarkup {
    private HtmlMarkup() {}

    /** HTML elements whose tags are markup (HTML Living Standard element names; lower case). */
    static final Set<String> ELEMENTS = Set.of("a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button",
            "caption", "cite", "code", "dd", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "label", "li",
            "link", "main", "mark", "meta", "nav", "noscript", "ol", "p", "picture", "pre", "q", "s", "section", "small",
            "source", "span", "strong", "sub", "sup", "svg", "table", "tbody", "td", "th", "thead", "time", "title", "tr",
            "u", "ul", "video");

    /** Elements whose tags end or start a block of text: their tags read as a line break. */
    static final Set<String> BLOCKS = Set.of("article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
            "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul");

    /** Elements whose content is code, not text: blanked from the start tag to the end tag. */
    private static final List<String> CODE = List.of("script", "style");

    /** The longest tag looked for (attributes included). */
    private static final int MAX_TAG = 2000;

    private static final int[] NONE = new int[0];

    /**
     * The markup of {@code text} as begin/end pairs in text order, each pair's begin with bit 31 clear; a block
     * tag's pair is {@code (begin | BLOCK, end)}.
     */
    static final int BLOCK = 1 << 31;

    /** Begin/end pairs of the markup of {@code text}; block tags flagged with {@link #BLOCK} on the begin. */
    static int[] ranges(String text) {
        int lt = text.indexOf('<');
        if (lt < 0) return NONE;
        int[] out = new int[16];
        int m = 0;
        int n = text.length();
        while (lt >= 0 && lt + 1 < n) {
            int end = -1;
            boolean block = false;
            char c = text.charAt(lt + 1);
            if (c == '!' && text.startsWith("<!--", lt)) {
                int close = text.indexOf("-->", lt + 4);
                end = close < 0 ? -1 : close + 3;
            } else if (c == '/' || Character.isLetter(c)) {
                int nameStart = c == '/' ? lt + 2 : lt + 1;
                int k = nameStart;
                while (k < n && k - nameStart < 12 && Character.isLetterOrDigit(text.charAt(k))) k++;
                String name = text.substring(nameStart, k).toLowerCase(Locale.ROOT);
                boolean known = ELEMENTS.contains(name) || CODE.contains(name);
                if (known && k < n && (text.charAt(k) == '>' || text.charAt(k) == '/' || Character.isWhitespace(text.charAt(k)))) {
                    int gt = tagEnd(text, k);
                    if (gt > 0) {
                        end = gt + 1;
                        block = BLOCKS.contains(name);
                        if (c != '/' && CODE.contains(name) && text.charAt(gt - 1) != '/') {
                            int close = indexOfIgnoreCase(text, "</" + name, end);
                            int closeGt = close < 0 ? -1 : text.indexOf('>', close);
                            end = closeGt < 0 ? end : closeGt + 1;
                        }
                    }
                }
            }
            if (end > lt) {
                if (m + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
                out[m++] = block ? lt | BLOCK : lt;
                out[m++] = end;
                lt = text.indexOf('<', end);
            } else {
                lt = text.indexOf('<', lt + 1);
            }
        }
        return m == 0 ? NONE : Arrays.copyOf(out, m);
    }

    /** The {@code >} that closes a tag whose name ends at {@code from}, or -1 (none within {@link #MAX_TAG}, or another {@code <} first). */
    private static int tagEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_TAG);
        char quote = 0;
        for (int i = from; i < limit; i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) quote = 0;
            } else if (ch == '"' || ch == '\'') {
                if (i > 0 && text.charAt(i - 1) == '=') quote = ch; // an attribute's value: may hold < and >
            } else if (ch == '>') {
                return i;
            } else if (ch == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        int n = text.length() - what.length();
        for (int i = from; i <= n; i++) if (text.regionMatches(true, i, what, 0, what.length())) return i;
        return -1;
    }

    /** The pairs without the block flag: what {@link Blanks#count} and {@link Blanks#blank} take. */
    static int[] plain(int[] r) {
        if (r.length == 0) return r;
        int[] p = r.clone();
        for (int i = 0; i < p.length; i += 2) p[i] &= ~BLOCK;
        return p;
    }

    /** Blanks the markup {@code r} ({@link #ranges}) in {@code chars}: a block tag's first character becomes a line break. */
    static void blankIn(char[] chars, int[] r) {
        for (int i = 0; i < r.length; i += 2) {
            int b = r[i] & ~BLOCK;
            for (int k = b; k < r[i + 1]; k++) if (chars[k] != '\n' && chars[k] != '\r') chars[k] = LinkCards.BLANK;
            if ((r[i] & BLOCK) != 0) chars[b] = '\n';
        }
    }

    /** The markup of a corpus: how many tags (and comments, scripts), in how many articles, their characters ({@code corpus info}). */
    public record Found(long pieces, long articles, long characters) {
        /** One line for {@code corpus info}; empty when there is none. */
        public String toText() {
            return pieces == 0 ? "" : String.format("HTML markup (tags, comments, scripts and styles; left out of every analysis, "
                    + "block tags read as line breaks): %,d pieces in %,d articles, %,d characters%n", pieces, articles, characters);
        }
    }

    /** Counts the markup of {@code articles} (their text field). */
    public static Found count(List<Article> articles) {
        long[] c = Blanks.count(articles, t -> plain(ranges(t)));
        return new Found(c[0], c[1], c[2]);
    }
}
