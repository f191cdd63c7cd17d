package org.framelab.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Tokenizer and sentence splitter for English news text, in one pass over the characters, with
 * character offsets back into the text. Stateless and thread-safe.
 *
 * <p>What it handles (each case is unit-tested):
 * <ul>
 *   <li>quotation marks of every kind ({@code “ ” ‘ ’ " ' « » ‹ › „ ‚}) become {@link TokenizedText#QUOTE}
 *       tokens, never stuck to words;</li>
 *   <li>apostrophes inside words ({@code didn't}, {@code O'Brien}, {@code Rahami’s}), the possessive
 *       plural ({@code ministers'}, unless a single quotation is open), and leading apostrophes
 *       ({@code '90s}, {@code rock 'n' roll}, {@code 'em});</li>
 *   <li>abbreviations keep their period ({@code Mr.}, {@code U.S.}, {@code Maj. Gen.}, initials
 *       {@code J.}), hyphenated words stay whole ({@code so-called}), numbers keep their separators
 *       ({@code 1,000}, {@code 3.5});</li>
 *   <li>dashes ({@code —}, {@code –}, {@code --}) and ellipses are punctuation tokens;</li>
 *   <li>sentences end at {@code . ! ? …} followed by an upper-case word, a digit or an opening
 *       quote (closing quotes and brackets stay with the sentence they close), and at line breaks.</li>
 * </ul>
 */
public final class Tokenizer {
    public static final Tokenizer DEFAULT = new Tokenizer();

    /** Abbreviations that keep their period (lower case, without the period). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "hon", "st", "sr", "jr", "gen", "maj", "lt", "col",
            "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt", "gov", "sen", "rep", "reps", "sens", "pres", "supt",
            "insp", "det", "atty", "amb", "fr", "gens",
            "inc", "corp", "co", "ltd", "llc", "bros", "dept", "univ", "assn",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
            "vs", "etc", "approx", "est", "fig", "vol", "pp", "ft", "mt", "ave", "blvd", "rd",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
            "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
            "tex", "va", "vt", "wash", "wis", "wyo");

    /** Words after which a period ending an abbreviation like U.S. still ends the sentence. */
    private static final WordSet SENTENCE_STARTERS = WordSet.of(
            "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "this", "that", "there",
            "his", "her", "their", "its", "our", "you", "on", "at", "for", "if", "when", "as", "after", "so");

    /**
     * The tokens and sentences of {@code s}, after the inline link cards ({@link LinkCards}), video
     * boxes ({@link VideoBoxes}) and other page furniture ({@link PageFurniture}) of web pages are blanked
     * (their ranges found in {@code s} and blanked in one copy, {@code Blanks.webPage}): {@link TokenizedText#text()} is then that text, of the same length, so that every
     * family and the n-gram counter skip the cards and every offset still points into {@code s}.
     */
    public TokenizedText tokenize(String s) {
        char[] text = s.toCharArray();
        String str = Blanks.webPage(s, text) ? new String(text) : s;
        int n = text.length;
        char[] lower = new char[n];
        Tokens tokens = new Tokens(Math.max(16, n / 4));
        boolean newPara = true;
        boolean openSingle = false;
        int wordsSinceOpen = 0;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (isSpace(c)) {
                if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') newPara = true;
                i++;
                continue;
            }
            if (newPara) openSingle = false;
            int te;
            byte tk;
            if (isWordChar(c) || (isApostrophe(c) && leadingApostropheWord(str, text, i) > 0)) {
                te = scanWord(str, text, i, !openSingle ? 0 : wordsSinceOpen < 4 ? 1 : 2);
                wordsSinceOpen++;
                tk = Chars.isDigit(c) && !hasLetter(text, i, te) ? TokenizedText.NUMBER : TokenizedText.WORD;
            } else if (isQuoteMark(c)) {
                te = i + 1;
                tk = TokenizedText.QUOTE;
                if (isSingleQuote(c)) {
                    openSingle = leftFlanking(text, i);
                    wordsSinceOpen = 0;
                }
            } else {
                te = punctEnd(text, i);
                tk = TokenizedText.PUNCT;
            }
            tokens.add(i, te, tk, c, newPara, normalize(text, lower, i, te));
            newPara = false;
            i = te;
        }
        return sentences(str, text, lower, tokens);
    }

    /** The tokens found so far: growable parallel arrays. */
    private static final class Tokens {
        int size;
        int[] begin;
        int[] end;
        int[] hash;
        int[] head;
        byte[] kind;
        char[] first;
        boolean[] para;

        Tokens(int cap) {
            begin = new int[cap];
            end = new int[cap];
            hash = new int[cap];
            head = new int[cap];
            kind = new byte[cap];
            first = new char[cap];
            para = new boolean[cap];
        }

        /** @param hh {@link #normalize}'s value: the head hash and the hash */
        void add(int b, int e, byte k, char f, boolean p, long hh) {
            if (size == begin.length) {
                int nc = size * 2;
                begin = Arrays.copyOf(begin, nc);
                end = Arrays.copyOf(end, nc);
                hash = Arrays.copyOf(hash, nc);
                head = Arrays.copyOf(head, nc);
                kind = Arrays.copyOf(kind, nc);
                first = Arrays.copyOf(first, nc);
                para = Arrays.copyOf(para, nc);
            }
            begin[size] = b;
            end[size] = e;
            kind[size] = k;
            first[size] = f;
            para[size] = p;
            hash[size] = (int) hh;
            head[size] = (int) (hh >>> 32);
            size++;
        }
    }

    /** Whitespace between tokens: Java whitespace plus no-break space, zero-width space and the byte-order mark. */
    private static boolean isSpace(char c) {
        return Chars.isSpace(c);
    }

    /**
     * End of the punctuation token at {@code i}: a run of two or more hyphens ({@code --}) or of three or
     * more periods (an ellipsis), a surrogate pair, or else the single character.
     */
    private static int punctEnd(char[] text, int i) {
        int n = text.length;
        char c = text[i];
        int te;
        if (c == '-' && i + 1 < n && text[i + 1] == '-') {
            te = i + 2;
            while (te < n && text[te] == '-') te++;
        } else if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.') {
            te = i + 3;
            while (te < n && text[te] == '.') te++;
        } else {
            te = i + (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1]) ? 2 : 1);
        }
        return te;
    }

    private static TokenizedText sentences(String str, char[] text, char[] lower, Tokens tokens) {
        int size = tokens.size;
        int[] begin = tokens.begin;
        int[] end = tokens.end;
        byte[] kind = tokens.kind;
        boolean[] para = tokens.para;
        String[] norm = new String[size];
        int[] sentenceOf = new int[size];
        int[] firsts = new int[Math.max(4, size / 8 + 2)];
        int ns = 0;
        if (size > 0) firsts[ns++] = 0;
        int cur = 0;
        int t = 0;
        while (t < size) {
            if (t > 0 && para[t] && firsts[ns - 1] != t) {
                if (ns == firsts.length) firsts = Arrays.copyOf(firsts, ns * 2);
                firsts[ns++] = t;
                cur++;
            }
            sentenceOf[t] = cur;
            boolean terminal = isTerminal(text, kind, begin, t);
            boolean abbrevEnd = !terminal && kind[t] == TokenizedText.WORD && text[end[t] - 1] == '.'
                    && t + 1 < size && kind[t + 1] == TokenizedText.WORD && Chars.isUpperCase(text[begin[t + 1]])
                    && innerPeriod(text, begin[t], end[t])
                    && SENTENCE_STARTERS.contains(lower, begin[t + 1], end[t + 1], tokens.hash[t + 1]);
            if (terminal || abbrevEnd) {
                int k = t + 1;
                while (k < size && !para[k] && begin[k] == end[k - 1] && (kind[k] == TokenizedText.QUOTE
                        || text[begin[k]] == ')' || text[begin[k]] == ']'
                        || isTerminal(text, kind, begin, k))) {
                    sentenceOf[k] = cur;
                    k++;
                }
                if (k < size && !para[k] && startsSentence(text, kind, begin, k)) {
                    if (ns == firsts.length) firsts = Arrays.copyOf(firsts, ns * 2);
                    firsts[ns++] = k;
                    cur++;
                }
                t = k;
                continue;
            }
            t++;
        }
        if (ns == firsts.length) firsts = Arrays.copyOf(firsts, ns + 1);
        firsts[ns++] = size;
        return new TokenizedText(str, size, begin, end, lower, tokens.hash, tokens.head, norm, kind, tokens.first, para,
                sentenceOf, Arrays.copyOf(firsts, ns));
    }

    /** The token {@code [b, e)} has a period before its last character (U.S., not Gen.). */
    private static boolean innerPeriod(char[] text, int b, int e) {
        for (int k = b; k < e; k++) if (text[k] == '.') return k - b < e - b - 1;
        return -1 < e - b - 1;
    }

    private static boolean isTerminal(char[] text, byte[] kind, int[] begin, int t) {
        if (kind[t] != TokenizedText.PUNCT) return false;
        char c = text[begin[t]];
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean startsSentence(char[] text, byte[] kind, int[] begin, int k) {
        char c = text[begin[k]];
        if (kind[k] == TokenizedText.QUOTE) return true;
        return Chars.isUpperCase(c) || Chars.isDigit(c) || c == '(' || c == '[' || c == '\u2014'
                || c == '-' || c == '\u2022' || c == '*';
    }

    private static boolean isWordChar(char c) {
        return Chars.isWord(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
    }

    static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u201A' || c == '\u201B';
    }

    static boolean isQuoteMark(char c) {
        switch (c) {
            case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
            case '\u2039': case '\u203A': case '\'': case '\u2018': case '\u2019': case '\u201A': case '\u201B':
            case '\u300C': case '\u300D':
                return true;
            default:
                return false;
        }
    }

    /** A quote mark at {@code i} is left-flanking (opens) when text follows it and none precedes it. */
    static boolean leftFlanking(String text, int i) {
        boolean spaceBefore = i == 0 || isOpeningContext(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= text.length() || Chars.isWhitespace(text.charAt(i + 1));
        return spaceBefore && !spaceAfter;
    }

    /** {@link #leftFlanking(String, int)} on the text's characters. */
    private static boolean leftFlanking(char[] text, int i) {
        boolean spaceBefore = i == 0 || isOpeningContext(text[i - 1]);
        boolean spaceAfter = i + 1 >= text.length || Chars.isWhitespace(text[i + 1]);
        return spaceBefore && !spaceAfter;
    }

    static boolean rightFlanking(String text, int i) {
        boolean spaceBefore = i == 0 || Chars.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= text.length() || isClosingContext(text.charAt(i + 1));
        return !spaceBefore && spaceAfter;
    }

    private static boolean isOpeningContext(char p) {
        return Chars.isWhitespace(p) || p == '(' || p == '[' || p == '{' || p == '\u2014' || p == '\u2013'
                || p == '-' || p == '/' || p == '\u00A0' || isQuoteMark(p);
    }

    private static boolean isClosingContext(char p) {
        return Chars.isWhitespace(p) || p == '.' || p == ',' || p == ';' || p == ':' || p == '!' || p == '?'
                || p == ')' || p == ']' || p == '}' || p == '\u2014' || p == '\u2013' || p == '-' || p == '\u2026'
                || p == '\u00A0' || isQuoteMark(p);
    }

    /** Length of a word starting with an apostrophe ('90s, 'n', 'em), or 0 when the mark is a quote. */
    private static int leadingApostropheWord(String str, char[] text, int i) {
        int n = text.length;
        if (i > 0 && isWordChar(text[i - 1])) return 0;
        int j = i + 1;
        if (j < n && Chars.isDigit(text[j])) {
            int k = j;
            while (k < n && Chars.isDigit(text[k])) k++;
            if (k - j == 2 && (k >= n || !Chars.isLetter(text[k]) || (text[k] == 's'
                    && (k + 1 >= n || !Chars.isLetter(text[k + 1]))))) {
                return (k < n && text[k] == 's' ? k + 1 : k) - i;
            }
            return 0;
        }
        // rock 'n' roll
        if (j + 1 < n && (text[j] == 'n' || text[j] == 'N') && isApostrophe(text[j + 1])
                && (j + 2 >= n || !isWordChar(text[j + 2]))) {
            return 3;
        }
        for (String w : new String[]{"em", "tis", "til", "twas", "cause", "bout"}) {
            int k = j + w.length();
            if (k <= n && str.regionMatches(true, j, w, 0, w.length()) && (k >= n || !isWordChar(text[k]))) {
                return k - i;
            }
        }
        return 0;
    }

    /** @param quoteState 0: no single quote open; 1: one opened a few words ago; 2: one opened further back */
    private static int scanWord(String str, char[] text, int start, int quoteState) {
        int n = text.length;
        int lead = isApostrophe(text[start]) ? leadingApostropheWord(str, text, start) : 0;
        if (lead > 0) return start + lead;
        int j = start;
        boolean internalDot = false;
        int segStart = start;
        while (j < n) {
            char ch = text[j];
            if (isWordChar(ch)) {
                j++;
                continue;
            }
            boolean nextWord = j + 1 < n && isWordChar(text[j + 1]);
            boolean prevWord = j > start && isWordChar(text[j - 1]);
            if (isApostrophe(ch) && ch != '\u2018' && prevWord && j + 1 < n && Chars.isLetter(text[j + 1])) {
                j++;
                continue;
            }
            if ((ch == '-' || ch == '\u2010' || ch == '\u2011') && prevWord && nextWord) {
                j++;
                segStart = j;
                continue;
            }
            if (ch == '.' && prevWord && nextWord) {
                boolean digits = Chars.isDigit(text[j - 1]) && Chars.isDigit(text[j + 1]);
                boolean initialism = j - segStart == 1 && Chars.isLetter(text[j + 1])
                        && (j + 2 >= n || !isWordChar(text[j + 2]));
                if (digits || initialism) {
                    internalDot = internalDot || initialism;
                    j++;
                    segStart = j;
                    continue;
                }
            }
            if (ch == ',' && prevWord && Chars.isDigit(text[j - 1]) && j + 3 < n + 0
                    && Chars.isDigit(text[j + 1]) && Chars.isDigit(text[j + 2])
                    && Chars.isDigit(text[j + 3]) && (j + 4 >= n || !Chars.isDigit(text[j + 4]))
                    && Chars.isDigit(text[start])) {
                j++;
                continue;
            }
            if (ch == '&' && prevWord && Chars.isUpperCase(text[j - 1]) && j + 1 < n
                    && Chars.isUpperCase(text[j + 1])) {
                j++;
                continue;
            }
            break;
        }
        return j < n && keepsTrailingMark(text, start, j, internalDot, quoteState) ? j + 1 : j;
    }

    /**
     * Whether the word {@code text[start, j)} takes the mark at {@code j} with it: the period of an
     * abbreviation, an initial or an initialism ({@code internalDot}), or the apostrophe of a
     * possessive plural ({@code ministers'}) as {@code quoteState} allows (see {@link #scanWord}).
     */
    private static boolean keepsTrailingMark(char[] text, int start, int j, boolean internalDot, int quoteState) {
        int n = text.length;
        char ch = text[j];
        if (ch == '.') {
            int len = j - start;
            return internalDot
                    || (len == 1 && Chars.isUpperCase(text[start]))
                    || (len <= 6 && ABBREVIATIONS.contains(new String(text, start, j - start).toLowerCase(java.util.Locale.ROOT)));
        }
        return isApostrophe(ch) && ch != '\u2018' && j > start
                && (text[j - 1] == 's' || text[j - 1] == 'S')
                && (j + 1 >= n || !isWordChar(text[j + 1]))
                && (quoteState == 0 || (quoteState == 2 && possessiveFollows(text, j + 1)));
    }

    /** Function words after which a word-final s' is more likely a closing quote than a possessive. */
    private static final Set<String> NOT_POSSESSED = Set.of("and", "or", "but", "to", "of", "in", "on", "at", "for",
            "with", "is", "are", "was", "were", "that", "which", "who", "as", "by", "from", "than", "he", "she", "they",
            "it", "we", "said", "says", "say", "told", "had", "has", "have", "will", "would", "could", "the", "a", "an");

    /** After {@code ministers'} inside an open single quote: " plans" (possessive) vs " and" or "," (closing). */
    private static boolean possessiveFollows(char[] text, int k) {
        int n = text.length;
        if (k >= n || text[k] != ' ') return false;
        int b = k + 1;
        int e = b;
        while (e < n && Chars.isLetter(text[e])) e++;
        if (e == b || !Chars.isLowerCase(text[b])) return false;
        return !NOT_POSSESSED.contains(new String(text, b, e - b));
    }

    private static boolean hasLetter(char[] text, int b, int e) {
        for (int k = b; k < e; k++) if (Chars.isLetter(text[k])) return true;
        return false;
    }

    /**
     * Writes the normalised form of {@code text[b, e)} into {@code lower[b, e)} (lower case, {@code ’ ʼ ‘}
     * as {@code '}, {@code ‐ ‑} as {@code -}; one character for one) and returns its
     * {@link String#hashCode()} in the low 32 bits and, in the high 32 bits, the hash of its first three
     * characters ({@link TokenizedText#normHead}; -1 when it is shorter).
     */
    private static long normalize(char[] text, char[] lower, int b, int e) {
        int h = 0;
        for (int k = b; k < e; k++) {
            char ch = text[k];
            if (ch < 128) {
                if (ch >= 'A' && ch <= 'Z') ch += 32;
            } else if (ch == '\u2019' || ch == '\u02BC' || ch == '\u2018') {
                ch = '\'';
            } else if (ch == '\u2010' || ch == '\u2011') {
                ch = '-';
            } else {
                ch = Chars.toLowerCase(ch);
            }
            lower[k] = ch;
            h = 31 * h + ch;
        }
        int head = e - b < 3 ? -1 : (lower[b] * 31 + lower[b + 1]) * 31 + lower[b + 2];
        return (long) head << 32 | (h & 0xffffffffL);
    }

    /** Normalises a term the same way token text is normalised (lower case, ’ as '). */
    public static String normalizeTerm(String term) {
        char[] lower = new char[term.length()];
        normalize(term.toCharArray(), lower, 0, lower.length);
        return new String(lower);
    }
}
