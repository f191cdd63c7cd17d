package org.framelab.text;

import org.framelab.corpus.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture written into the text: the parts of a news web page that a scraper keeps with the
 * article but that are not the article's language. They tell which outlet (or which wire service's
 * photo desk) a text comes from, not how it frames the story, and a classifier learns them as
 * outlet marks (docs/model.md, issue 16: {@code getty images}, {@code updated at}, {@code contributed to}
 * among the top weighted features). Each kind has a fixed form; the forms were read off the AllSides
 * articles (docs/features.md, *The text layer*):
 *
 * <ul>
 *   <li>photo captions and galleries: a line with {@code toggle caption}, {@code hide caption},
 *       {@code Image caption} or {@code Media caption} (NPR's credit lines, CNN's galleries,
 *       {@code ... Hide Caption 3 of 24}, BBC's captions) or starting with {@code Enlarge this image}
 *       or {@code Image copyright};</li>
 *   <li>photo credits: {@code (AP Photo/Evan Vucci)}, {@code (Reuters photo: Jonathan Ernst)},
 *       {@code (Photo by ...)}, {@code | AP Photo}, {@code | Getty}, {@code Alex Wong/Getty Images},
 *       {@code Saul Loeb/AFP/Getty Images}, {@code Jim Bourg/REUTERS};</li>
 *   <li>time stamps: {@code Updated at 3:45 p.m. ET} (at a line start), {@code This report was updated at 11 a.m.};</li>
 *   <li>contributor credits: the sentence with {@code contributed to this report} (story, article) or
 *       {@code contributed reporting}; a line starting {@code Contributing:}; {@code Write to <name> at <e-mail>};</li>
 *   <li>links to other content: a line starting {@code SEE ALSO:}, {@code (PHOTOS: ...)}, {@code VIDEO:},
 *       {@code WATCH:}, {@code RELATED:}, {@code MORE:} (either case), or {@code Read more} with or without a colon; sharing widgets: a line starting
 *       {@code LISTEN TO ARTICLE}, {@code SHARE THIS ARTICLE} or {@code Read or Share this story};</li>
 *   <li>wire photo captions: a line starting {@code FILE PHOTO} or {@code FILE - } ({@code FILE - In this
 *       May 5, 2018, file photo, ...});</li>
 *   <li>a dateline opening the text ({@code WASHINGTON —}, {@code NEW YORK (AP) --});</li>
 *   <li>web page widgets anywhere: {@code Continue reading the main story}, {@code Story Continued Below},
 *       {@code Share This Story}, {@code Story highlights}, {@code This story has been updated.};</li>
 *   <li>web addresses and markup: {@code http(s)://...}, {@code www....}, e-mail addresses, and HTML
 *       attributes left in the text ({@code poster="..."}).</li>
 * </ul>
 *
 * Their characters become {@link LinkCards#BLANK} (line breaks kept), as for {@link LinkCards} and
 * {@link VideoBoxes}: white space to every family and a break for n-grams, so that offsets into the
 * text do not move. A form is looked for only where a fixed string it needs is: at a line start, around
 * a key found in one pass over the text ({@link KeyAutomaton}), or at the start of the text.
 */
public final class PageFurniture {
    private PageFurniture() {}

    /** Where a form is looked for. */
    private enum Kind {
        /** At a line's start, after blanks, when the line starts with one of the keys (the pattern is tried there). */
        LINE_START,
        /** Around each occurrence of one of the keys: the pattern is searched in a window of the key's line ({@link Form#inLine}). */
        IN_LINE,
        /** At the start of the text (the pattern is tried there). */
        TEXT_START
    }

    /** A form: a pattern, where it is looked for, and the fixed strings it needs (see {@link Kind}). */
    private record Form(Pattern pattern, Kind kind, String[] keys, int before, int after) {
        static Form lineStart(String regex, String... prefixes) {
            return new Form(Pattern.compile(BLANKS + "(?:" + regex + ")"), Kind.LINE_START, prefixes, 0, 0);
        }

        /** A form searched around a key: a match starts at most {@code before} characters before it and ends at most {@code after} after. */
        static Form inLine(int before, int after, String regex, String... anchors) {
            return new Form(Pattern.compile(regex, Pattern.MULTILINE), Kind.IN_LINE, anchors, before, after);
        }
    }

    /** The reach of a form that takes its whole line. */
    private static final int LINE = Integer.MAX_VALUE / 2;

    private static final String BLANKS = "[ \\t\\u00a0]*";
    /** A name word of a photographer or an agency (letters, digits, dots, apostrophes, hyphens), or a particle ("van"). */
    private static final String NAME = "(?:[\\p{Lu}][\\p{L}\\p{N}.'\u2019-]*|van|von|de|del|der|da|di|du|la|le|bin|al)";
    private static final String LINE_REST = "[^\\n\\r]*";

    private static final List<Form> FORMS = List.of(
            // captions and galleries (whole lines)
            Form.inLine(LINE, LINE, "^" + LINE_REST + "(?:toggle caption|[Hh]ide [Cc]aption|HIDE CAPTION|Image caption|Media caption)" + LINE_REST,
                    "aption", "APTION"),
            Form.lineStart("(?:Enlarge this image|Image copyright)" + LINE_REST, "Enlarge this image", "Image copyright"),
            // wire photo captions: "FILE PHOTO: ...", "FILE - In this May 5, 2018, file photo, ..."
            Form.lineStart("(?:FILE PHOTO\\b|(?:FILE|File) ?[-\u2013\u2014] )" + LINE_REST, "FILE", "File"),
            // photo credits
            Form.inLine(0, 150, "\\((?:AP|Reuters|REUTERS|Getty|AFP)[^()\\n\\r]{0,60}?(?:photo|Photo|PHOTO|Images)[^()\\n\\r]{0,60}\\)",
                    "(AP", "(Reuters", "(REUTERS", "(Getty", "(AFP"),
            Form.inLine(0, 110, "\\((?:Photo|Image|Photograph)(?: by|:| credit:)[^()\\n\\r]{0,80}\\)", "(Photo", "(Image"),
            Form.inLine(1, 30, "[ \\t\\u00a0]\\|[ \\t\\u00a0](?:AP Photo|AP|Getty Images|Getty|REUTERS|Reuters|AFP/Getty Images|AFP)\\b",
                    "| AP", "| Getty", "| REUTERS", "| Reuters", "| AFP"),
            Form.inLine(130, 30, "\\b\\p{Lu}[\\p{L}\\p{N}.'\u2019-]*(?: " + NAME + "){0,3}/(?:AFP/|AP/)?(?:Getty Images|AP|Reuters|REUTERS|AFP)\\b",
                    "/Getty", "/AP", "/Reuters", "/REUTERS", "/AFP"),
            // time stamps
            Form.lineStart("(?:Updated|UPDATED|Update|UPDATE)(?: at)? \\d{1,2}:\\d\\d(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,3}\\b)?:?", "Update", "UPDATE"),
            Form.inLine(30, 40, "(?:This (?:report|story|article) was |--|\u2014)?[Uu]pdated at \\d{1,2}(?::\\d\\d)? ?[ap]\\.?m\\.?(?: [A-Z]{2,3}\\b)?", "pdated at"),
            // contributor credits (the sentence with "contributed to this report" is found in code, below)
            Form.lineStart("Contributing:" + LINE_REST, "Contributing:"),
            Form.lineStart("Write to " + LINE_REST + "@" + LINE_REST, "Write to "),
            // links to other content, sharing widgets
            Form.lineStart("\\(?" + BLANKS + "(?:SEE ALSO|See also|See Also|PHOTOS|Photos|PHOTO|VIDEO|Video|WATCH|READ MORE|Read more|Read More|RELATED|Related|MORE|More)"
                    + BLANKS + ":" + LINE_REST,
                    "(", "SEE ALSO", "See ", "PHOTO", "Photos", "VIDEO", "Video", "WATCH", "READ MORE", "Read ", "RELATED", "Related", "MORE", "More"),
            Form.lineStart("(?:READ MORE|Read more|Read More)\\b" + LINE_REST, "READ MORE", "Read more", "Read More"),
            Form.lineStart("(?:LISTEN TO ARTICLE|SHARE THIS ARTICLE|Read or Share this story)" + LINE_REST, "LISTEN TO ARTICLE", "SHARE THIS ARTICLE", "Read or Share"),
            Form.inLine(30, 40, "Continue reading the main story|Story Continued Below|Share This Story|This story has been updated\\.|Story [Hh]ighlights|STORY HIGHLIGHTS",
                    "tory", "TORY"),
            // a dateline opening the text: "WASHINGTON \u2014", "NEW YORK (AP) -- ", "ST. PAUL, Minn. - "
            new Form(Pattern.compile("\\s*\\p{Lu}[\\p{Lu} .,'\u2019]{2,40}?(?:, \\p{Lu}[\\p{L}.]{1,12})?(?: ?\\([\\p{L} .]{1,30}\\))?(?: ?[\u2014\u2013] ?| --? )(?=[\\p{L}\\p{N}\"\u201c])"),
                    Kind.TEXT_START, new String[0], 0, 0),
            // web addresses, e-mail addresses, markup
            Form.inLine(5, 2000, "https?://[^\\s\"<>]+", "://"),
            Form.inLine(0, 2000, "\\bwww\\.[^\\s\"<>]+", "www."),
            Form.inLine(200, 200, "(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", "@"),
            Form.inLine(80, 2000, "\\b[\\w-]+=\"[^\"\\n\\r]*\"", "=\""));

    /** The characters that start a line-start form's key (after blanks); a line starting otherwise has none. */
    private static final boolean[] LINE_START_CHARS = new boolean[128];
    static {
        for (Form f : FORMS) if (f.kind() == Kind.LINE_START) for (String k : f.keys()) LINE_START_CHARS[k.charAt(0)] = true;
    }

    /** The credit sentence: "X contributed to this report." */
    private static final Pattern CONTRIBUTED = Pattern.compile("\\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting)\\b");

    /** The furniture of a corpus: how many pieces, in how many articles, and their characters ({@code corpus info}). */
    public record Found(long pieces, long articles, long characters) {
        /** One line for {@code corpus info}; empty when there are none. */
        public String toText() {
            return pieces == 0 ? "" : String.format("Page furniture (captions, photo credits, time stamps, contributor lines, links, web addresses; "
                    + "left out of every analysis): %,d pieces in %,d articles, %,d characters%n", pieces, articles, characters);
        }
    }

    /** Counts the furniture of {@code articles} (their text field). */
    public static Found count(List<Article> articles) {
        long[] c = Blanks.count(articles, PageFurniture::ranges);
        return new Found(c[0], c[1], c[2]);
    }

    /** {@code text} with its page furniture blanked; {@code text} itself when it has none. */
    public static String blank(String text) {
        return Blanks.blank(text, ranges(text));
    }

    /** The key of the credit sentence ({@link #CONTRIBUTED}), after the in-line forms' keys in {@link #SCAN}. */
    private static final String CONTRIBUTED_KEY = "contributed ";
    /** The in-line forms' keys, each with its form, then {@link #CONTRIBUTED_KEY} (form -1). */
    private static final List<String> SCAN_KEYS = new ArrayList<>();
    private static final List<Integer> SCAN_FORMS = new ArrayList<>();
    static {
        for (int i = 0; i < FORMS.size(); i++) {
            Form f = FORMS.get(i);
            if (f.kind() != Kind.IN_LINE) continue;
            for (String k : f.keys()) {
                SCAN_KEYS.add(k);
                SCAN_FORMS.add(i);
            }
        }
        SCAN_KEYS.add(CONTRIBUTED_KEY);
        SCAN_FORMS.add(-1);
    }
    /** All keys in one pass over a text. */
    private static final KeyAutomaton SCAN = new KeyAutomaton(SCAN_KEYS);

    /** The pieces of furniture as begin/end offset pairs, in text order, overlapping pieces merged. */
    public static int[] ranges(String text) {
        return ranges(text, text.toCharArray());
    }

    /** {@link #ranges(String)} with the text's characters at hand ({@code chars} is {@code text.toCharArray()}, not changed). */
    static int[] ranges(String text, char[] chars) {
        Ranges out = new Ranges();
        dateline(text, out);
        Search s = new Search(text, out);
        SCAN.scan(chars, (key, at) -> {
            int form = SCAN_FORMS.get(key);
            if (form < 0) s.contributed(at);
            else s.around(form, SCAN_KEYS.get(key), at);
        });
        lineStartForms(text, out);
        return out.merged();
    }

    /** The text-start form (a dateline), tried only when the text starts with two capitals. */
    private static void dateline(String text, Ranges out) {
        int n = text.length();
        int p = 0;
        while (p < n && Character.isWhitespace(text.charAt(p))) p++;
        if (p + 1 >= n || !Character.isUpperCase(text.charAt(p)) || !Character.isUpperCase(text.charAt(p + 1))) return;
        for (Form f : FORMS) {
            if (f.kind() != Kind.TEXT_START) continue;
            Matcher x = f.pattern().matcher(text).region(0, Math.min(n, 300));
            if (x.lookingAt() && x.end() > x.start()) out.add(x.start(), x.end());
        }
    }

    /** A text's in-line search: one matcher per form, and how far each whole-line form has been searched. */
    private static final class Search {
        private final String text;
        private final Ranges out;
        private final Matcher[] matchers = new Matcher[FORMS.size()];
        private final int[] searchedTo = new int[FORMS.size()];

        Search(String text, Ranges out) {
            this.text = text;
            this.out = out;
        }

        /** Searches form {@code form} in the window around its key {@code key} at {@code at} (at most the key's line). */
        void around(int form, String key, int at) {
            Form f = FORMS.get(form);
            if (f.before() == LINE && at < searchedTo[form]) return;
            int n = text.length();
            int ls = lineStart(text, Math.max(0, at - f.before()), at);
            int le = lineEnd(text, at, (int) Math.min(n, (long) at + key.length() + f.after()));
            Matcher x = matchers[form];
            if (x == null) {
                x = matchers[form] = f.pattern().matcher(text);
                x.useTransparentBounds(true).useAnchoringBounds(false);
            }
            x.region(ls, le);
            // the same match found from two keys is merged with the others at the end
            while (x.find()) if (x.end() > x.start()) out.add(x.start(), x.end());
            searchedTo[form] = le;
        }

        private Matcher credit;

        /** The sentence with "contributed to this report" (story, article) or "contributed reporting", at {@code at}. */
        void contributed(int at) {
            if (credit == null) credit = CONTRIBUTED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (!credit.region(at, text.length()).lookingAt()) return;
            int b = at;
            while (b > 0 && !sentenceEdge(text.charAt(b - 1))) b--;
            int e = credit.end();
            while (e < text.length() && !sentenceEdge(text.charAt(e))) e++;
            if (e < text.length() && text.charAt(e) == '.') e++;
            out.add(b, e);
        }
    }

    /** The line-start forms: at each line's first character that is not a blank, when a key starts there. */
    private static void lineStartForms(String text, Ranges out) {
        int n = text.length();
        Matcher[] matchers = new Matcher[FORMS.size()];
        int ls = 0;
        while (ls < n) {
            int le = text.indexOf('\n', ls);
            if (le < 0) le = n;
            int p = ls;
            while (p < le && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\u00a0')) p++;
            char c = p < le ? text.charAt(p) : '\n';
            if (c < 128 && LINE_START_CHARS[c]) {
                for (int i = 0; i < FORMS.size(); i++) {
                    Form f = FORMS.get(i);
                    if (f.kind() != Kind.LINE_START || !startsWithAny(text, p, f.keys())) continue;
                    if (matchers[i] == null) matchers[i] = f.pattern().matcher(text);
                    Matcher x = matchers[i].region(ls, le);
                    if (x.lookingAt() && x.end() > x.start()) out.add(x.start(), x.end());
                }
            }
            ls = le + 1;
        }
    }

    private static boolean startsWithAny(String text, int p, String[] keys) {
        for (String k : keys) if (text.startsWith(k, p)) return true;
        return false;
    }

    private static int lineStart(String text, int at) {
        return lineStart(text, 0, at);
    }

    private static int lineEnd(String text, int at) {
        return lineEnd(text, at, text.length());
    }

    /** The start of the line of {@code at}, or {@code from} if the line starts before it. */
    private static int lineStart(String text, int from, int at) {
        int p = at;
        while (p > from && text.charAt(p - 1) != '\n' && text.charAt(p - 1) != '\r') p--;
        return p;
    }

    /** The end of the line of {@code at}, or {@code to} if the line ends after it. */
    private static int lineEnd(String text, int at, int to) {
        int p = at;
        while (p < to && text.charAt(p) != '\n' && text.charAt(p) != '\r') p++;
        return p;
    }

    /** Begin/end pairs as they are found. */
    private static final class Ranges {
        private int[] r = new int[8];
        private int m;

        void add(int b, int e) {
            if (m + 2 > r.length) r = Arrays.copyOf(r, r.length * 2);
            r[m++] = b;
            r[m++] = e;
        }

        int[] merged() {
            return PageFurniture.merged(r, m);
        }
    }

    private static boolean sentenceEdge(char c) {
        return c == '.' || c == '\n' || c == '\r';
    }

    /** The pairs of {@code r[0..m)} sorted by start, overlapping or touching pairs as one. */
    private static int[] merged(int[] r, int m) {
        if (m == 0) return new int[0];
        long[] pairs = new long[m / 2];
        for (int i = 0; i < m; i += 2) pairs[i / 2] = ((long) r[i] << 32) | r[i + 1];
        Arrays.sort(pairs);
        int[] out = new int[m];
        int k = 0;
        for (long p : pairs) {
            int b = (int) (p >>> 32), e = (int) p;
            if (k > 0 && b <= out[k - 1]) {
                out[k - 1] = Math.max(out[k - 1], e);
            } else {
                out[k++] = b;
                out[k++] = e;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
