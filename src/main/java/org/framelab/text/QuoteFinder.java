package org.framelab.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Pairs quotation marks (nested quotes included) and classifies each quotation as a direct quote, a
 * scare quote, a title or a mention. Immutable and thread-safe.
 *
 * <p>Pairing: curly marks have a direction ({@code “ ‘ „ « ‹} open, {@code ” ’ » ›} close; {@code “}
 * closes a German {@code „}); straight marks get theirs from the flanking characters (text after and
 * space before opens). A closing mark pops the innermost open mark of its family (double, single,
 * guillemet); marks left open at a line break close there when they are double quotes — the news
 * convention for a quote that goes on in the next paragraph — and are dropped otherwise.
 *
 * <p>Classification (in this order):
 * <ol>
 *   <li>direct: the text of a sign, banner or chant — signs reading "No more war", chanting "lock her
 *       up", chants of "X", placards with the words "X" (quoted text of a collective author);</li>
 *   <li>mention: a word mentioned as a word or glossed — the term "reform" occurs 41 times, the word
 *       "beautiful", words like "cold" and "aloof", the hashtag "MeToo", the Knesset ("assembly"), the
 *       parliament, or "Sejm", "hudna" (meaning a truce);</li>
 *   <li>title: every word capitalised except short function words, and the content does not end a
 *       sentence — the "Orange Is the New Black" star;</li>
 *   <li>direct: attributed as speech — a speech verb just after the closing mark ({@code ," he said},
 *       {@code " said Smith}, {@code ," according to}) or just before the opening mark ({@code said, "},
 *       {@code said that "}), or a colon before it;</li>
 *   <li>direct: a quoted sentence (two or more words ending in {@code . ! ?} inside the marks), or a
 *       quote continued to the end of its paragraph;</li>
 *   <li>direct: one to four words that stand alone as their sentence, or a partial quote — an
 *       assertion (a verb phrase, a predicate, a phrase with function words) continuing the clause
 *       of an earlier speech verb: said the police had "acted within the law", vowed to put the
 *       money into 'schools and roads', described the plan as "unworkable"; its speech verb is
 *       recorded;</li>
 *   <li>scare: one to four words used inside the writer's sentence — siding with "terrorists", the
 *       whole 'opposition', a 'civil war' — also when the sentence is itself a direct quote, and also
 *       a quoted term (one or two content words in a noun slot) inside reported speech (Officials
 *       claimed the rebels were siding with "terrorists"), and a naming use (what he called "X",
 *       dubbed "X"), since there the marks single out the vocabulary;</li>
 *   <li>direct: anything longer (a quoted statement whose speaker is named elsewhere).</li>
 * </ol>
 * The context rules are in {@code QuoteContext}; docs/features.md lists the cases and the precision
 * measured on AllSides articles.
 * The scare-quote length limit follows the usual definition of scare quotes as quoted words or short
 * phrases (Predelli 2003, "Scare quotes and their relation to other semantic issues", Linguistics and
 * Philosophy 26).
 */
public final class QuoteFinder {
    /** Speech-verb forms used when no attribution lexicon is supplied. */
    public static final Set<String> DEFAULT_SPEECH_VERBS = Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "ask", "asks", "asked", "asking", "write", "writes", "wrote", "written", "writing", "state", "states",
            "stated", "note", "notes", "noted", "explain", "explains", "explained", "declare", "declared",
            "claim", "claims", "claimed", "insist", "insists", "insisted", "warn", "warns", "warned", "argue",
            "argues", "argued", "accuse", "accused", "admit", "admitted", "deny", "denied", "reply", "replied",
            "respond", "responded", "continue", "continued", "announce", "announced", "tweet", "tweeted",
            "according", "recall", "recalled", "concede", "conceded", "allege", "alleged", "suggest", "suggested",
            "remark", "remarked", "quip", "quipped", "shout", "shouted", "exclaim", "exclaimed", "complain",
            "complained", "acknowledge", "acknowledged", "emphasize", "emphasized", "stress", "stressed");

    public static final QuoteFinder DEFAULT = new QuoteFinder(DEFAULT_SPEECH_VERBS);

    /** Function words that stay lower case in titles. */
    private static final WordSet TITLE_MINOR = WordSet.of(
            "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by",
            "up", "as", "from", "with", "into", "over", "vs", "vs.", "via", "per", "de", "la", "le", "du", "von");

    /** Words that cannot be part of a speaker phrase between a quote and its verb. */
    private static final WordSet SPEAKER_STOP = WordSet.of("and", "but", "or", "that", "which", "when", "while",
            "because", "as", "if", "so", "than", "to", "of", "was", "were", "is", "are", "be", "been");

    private static final int DOUBLE = 0, SINGLE = 1, GUILLEMET = 2, SGUILLEMET = 3, CORNER = 4;
    private static final int OPEN = 1, CLOSE = 2, IGNORE = 0;

    private final WordSet speechVerbs;

    /** @param speechVerbForms lower-case inflected forms of speech verbs ("said", "says", ...) */
    public QuoteFinder(Set<String> speechVerbForms) {
        this.speechVerbs = WordSet.of(speechVerbForms);
    }

    public List<Quotation> find(TokenizedText t) {
        String text = t.text();
        int n = t.size();
        List<Quotation> out = new ArrayList<>();
        int[] stackTok = new int[16];
        int[] stackFam = new int[16];
        int sp = 0;
        boolean doubleSpeech = usesDoubleMarks(t);
        for (int i = 0; i < n; i++) {
            if (i > 0 && sp > 0 && t.startsParagraph(i)) {
                flush(t, stackTok, stackFam, sp, i, out);
                sp = 0;
            }
            if (t.kind(i) != TokenizedText.QUOTE) continue;
            char c = t.firstChar(i);
            int fam = family(c);
            int role = role(c, fam, text, t.begin(i), stackTok, stackFam, sp, t);
            if (role == OPEN) {
                if (sp == stackTok.length) {
                    stackTok = java.util.Arrays.copyOf(stackTok, sp * 2);
                    stackFam = java.util.Arrays.copyOf(stackFam, sp * 2);
                }
                stackTok[sp] = i;
                stackFam[sp] = fam;
                sp++;
            } else if (role == CLOSE) {
                int p = sp - 1;
                while (p >= 0 && stackFam[p] != fam) p--;
                if (p < 0) continue;
                Quotation q = classify(t, stackTok[p], i, true, p, p > 0 ? stackTok[p - 1] + 1 : 0,
                        doubleSpeech && p == 0 && fam == SINGLE);
                if (q != null) out.add(q);
                sp = p;
            }
        }
        if (sp > 0) flush(t, stackTok, stackFam, sp, n, out);
        out.sort(Comparator.comparing(Quotation::span));
        mentionLists(t, out);
        return out;
    }

    /**
     * A scare quote listed right after a mention is a mention too: words like "emotionless," "cold"
     * and "untrustworthy"; the terms "X" and "Y".
     */
    private static void mentionLists(TokenizedText t, List<Quotation> quotes) {
        for (int i = 1; i < quotes.size(); i++) {
            Quotation prev = quotes.get(i - 1), q = quotes.get(i);
            if (q.kind() != QuoteKind.SCARE || prev.kind() != QuoteKind.MENTION || q.depth() != prev.depth()) continue;
            int from = prev.endToken() + 1, to = q.firstToken() - 1;
            boolean listed = from <= to;
            for (int k = from; k < to && listed; k++) {
                listed = t.kind(k) == TokenizedText.QUOTE
                        || t.kind(k) == TokenizedText.PUNCT && (t.firstChar(k) == ',' || t.firstChar(k) == '/')
                        || t.normEquals(k, "and") || t.normEquals(k, "or") || t.normEquals(k, "nor");
            }
            if (listed) {
                quotes.set(i, new Quotation(q.span(), q.inner(), q.firstToken(), q.endToken(), q.depth(), QuoteKind.MENTION,
                        q.words(), q.closed(), q.speechVerbToken()));
            }
        }
    }

    private void flush(TokenizedText t, int[] stackTok, int[] stackFam, int sp, int endTok, List<Quotation> out) {
        for (int p = 0; p < sp; p++) {
            if (stackFam[p] == SINGLE) continue;
            Quotation q = classify(t, stackTok[p], endTok, false, p, 0, false);
            if (q != null) out.add(q);
            break; // inner unclosed marks inside an unclosed quote are part of it
        }
    }

    private static int family(char c) {
        switch (c) {
            case '\'': case '\u2018': case '\u2019': case '\u201A': case '\u201B': return SINGLE;
            case '\u00AB': case '\u00BB': return GUILLEMET;
            case '\u2039': case '\u203A': return SGUILLEMET;
            case '\u300C': case '\u300D': return CORNER;
            default: return DOUBLE;
        }
    }

    private static int role(char c, int fam, String text, int pos, int[] stackTok, int[] stackFam, int sp,
                            TokenizedText t) {
        int top = -1;
        for (int p = sp - 1; p >= 0; p--) if (stackFam[p] == fam) { top = p; break; }
        boolean open = top >= 0;
        boolean lf = Tokenizer.leftFlanking(text, pos);
        boolean rf = Tokenizer.rightFlanking(text, pos);
        switch (c) {
            case '\u201C': // “ opens, or closes a German „
                if (open && t.firstChar(stackTok[top]) == '\u201E') return CLOSE;
                if (open && rf && !lf) return CLOSE;
                return OPEN;
            case '\u201D': // ”
                if (open) return CLOSE;
                return lf ? OPEN : IGNORE;
            case '\u201E': case '\u201F': case '\u201A': case '\u201B': case '\u00AB': case '\u2039': case '\u300C':
                return OPEN;
            case '\u00BB': case '\u203A': case '\u300D':
                return open ? CLOSE : (lf ? OPEN : IGNORE);
            case '\u2018': // ‘
                if (open && rf && !lf) return CLOSE;
                return OPEN;
            case '\u2019': // ’ (apostrophes inside words never get here)
                if (open && !(lf && !rf)) return CLOSE;
                return lf && !rf ? OPEN : IGNORE;
            case '"':
                if (lf && !rf) return OPEN;
                if (rf && !lf) return open ? CLOSE : IGNORE;
                return open ? CLOSE : OPEN;
            case '\'':
                if (lf && !rf) return OPEN;
                if (rf && !lf) return open ? CLOSE : IGNORE;
                return open ? CLOSE : IGNORE;
            default:
                return IGNORE;
        }
    }

    /**
     * Whether the text quotes speech in double marks: at least two double quotation marks (curly or
     * straight). A short outermost quote in single marks in such a text is set apart from its speech
     * by the writer's choice of mark, the British style of scare quotes.
     */
    private static boolean usesDoubleMarks(TokenizedText t) {
        int marks = 0;
        for (int i = 0; i < t.size() && marks < 2; i++) {
            if (t.kind(i) != TokenizedText.QUOTE) continue;
            char c = t.firstChar(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') marks++;
        }
        return marks >= 2;
    }

    /**
     * @param floor            the first token a partial quote's report verb may stand at (inside an enclosing quote)
     * @param otherMarkThanSpeech an outermost quote in single marks in a text that quotes speech in double marks: a
     *                         short one is not taken for a partial quote of a nearby speech verb
     */
    private Quotation classify(TokenizedText t, int openTok, int closeTok, boolean closed, int depth, int floor,
                               boolean otherMarkThanSpeech) {
        int first = openTok + 1;
        int end = closeTok;
        int words = 0;
        for (int k = first; k < end; k++) if (t.isWord(k)) words++;
        if (words == 0) return null;
        // trailing punctuation inside the marks
        int last = end - 1;
        while (last >= first && t.kind(last) == TokenizedText.QUOTE) last--;
        char lastChar = last >= first ? t.firstChar(last) : ' ';
        boolean lastIsPunct = last >= first && t.kind(last) == TokenizedText.PUNCT;
        boolean endsSentence = lastIsPunct && (lastChar == '.' || lastChar == '!' || lastChar == '?' || lastChar == '\u2026');
        boolean endsComma = lastIsPunct && lastChar == ',';

        int verb = speechAfter(t, openTok, closed ? closeTok : -1);
        if (verb < 0) verb = speechBefore(t, openTok);

        QuoteKind kind;
        if (closed && verb < 0 && QuoteContext.isDisplayedText(t, openTok)) {
            kind = QuoteKind.DIRECT;
        } else if (closed && QuoteContext.isMention(t, openTok, closeTok)) {
            kind = QuoteKind.MENTION;
        } else if (isTitleCase(t, first, end) && !endsSentence && !(verb >= 0 && (words == 1 && endsComma))) {
            kind = QuoteKind.TITLE;
        } else if (verb >= 0) {
            kind = QuoteKind.DIRECT;
        } else if (endsSentence && words >= 2) {
            kind = QuoteKind.DIRECT;
        } else if (!closed) {
            kind = QuoteKind.DIRECT;
        } else if (words <= 4) {
            int partial = QuoteContext.standsAlone(t, openTok, closeTok) ? -2
                    : otherMarkThanSpeech ? -1
                    : QuoteContext.partialQuoteVerb(t, speechVerbs, openTok, closeTok, words, floor);
            if (partial == -1) {
                kind = QuoteKind.SCARE;
            } else {
                kind = QuoteKind.DIRECT;
                if (partial >= 0) verb = partial;
            }
        } else {
            kind = QuoteKind.DIRECT;
        }
        int spanEnd = closed ? t.end(closeTok) : t.end(end - 1);
        Span span = new Span(t.begin(openTok), spanEnd);
        Span inner = new Span(t.begin(first), t.end(end - 1));
        return new Quotation(span, inner, first, end, depth, kind, words, closed, verb);
    }

    /** A speech verb within a few words after the closing mark: {@code ," he said}, {@code " said Smith}. */
    private int speechAfter(TokenizedText t, int openTok, int closeTok) {
        if (closeTok < 0) return -1;
        int n = t.size();
        int sentence = t.sentenceOf(closeTok);
        // the news convention: ," he said / ," said Smith / " — Smith said; punctuation inside or right after the mark
        int last = closeTok - 1;
        while (last >= 0 && t.kind(last) == TokenizedText.QUOTE) last--;
        boolean punctInside = last >= 0 && t.kind(last) == TokenizedText.PUNCT && ",!?\u2014".indexOf(t.firstChar(last)) >= 0;
        int words = 0;
        boolean punctAfter = false;
        for (int k = closeTok + 1; k < n && k <= closeTok + 12; k++) {
            if (t.startsParagraph(k) || t.sentenceOf(k) != sentence) return -1;
            byte kind = t.kind(k);
            if (kind == TokenizedText.QUOTE) return -1;
            if (kind == TokenizedText.PUNCT) {
                char c = t.firstChar(k);
                if (c == ',' || c == '\u2014' || c == '\u2013' || c == '-') {
                    if (k == closeTok + 1) punctAfter = true;
                    continue;
                }
                return -1;
            }
            boolean opensSentence = t.sentenceStart(t.sentenceOf(openTok)) == openTok;
            if (speechVerbs.contains(t, k)) return punctInside || punctAfter || opensSentence ? k : -1;
            if (SPEAKER_STOP.contains(t, k)) return -1;
            if (++words >= 6) return -1;
        }
        return -1;
    }

    /** A speech verb or colon just before the opening mark: {@code said, "}, {@code said that "}, {@code : "}. */
    private int speechBefore(TokenizedText t, int openTok) {
        int k = openTok - 1;
        if (k < 0 || t.startsParagraph(openTok)) return -1;
        byte kind = t.kind(k);
        if (kind == TokenizedText.PUNCT) {
            char c = t.firstChar(k);
            if (c == ':') {
                for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
                    if (speechVerbs.contains(t, j)) return j;
                    if (t.startsParagraph(j)) break;
                }
                return k;
            }
            if (c != ',') return -1;
            int words = 0;
            for (int j = k - 1; j >= 0 && words < 4; j--) {
                if (!t.isWord(j)) return -1;
                if (speechVerbs.contains(t, j)) return j;
                words++;
                if (t.startsParagraph(j)) break;
            }
            return -1;
        }
        if (kind != TokenizedText.WORD) return -1;
        if (speechVerbs.contains(t, k)) return k;
        if (t.normEquals(k, "that") && k > 0 && speechVerbs.contains(t, k - 1)) return k - 1;
        return -1;
    }

    private static boolean isTitleCase(TokenizedText t, int first, int end) {
        boolean firstWord = true;
        int capitalised = 0;
        for (int k = first; k < end; k++) {
            if (!t.isWord(k)) {
                char c = t.firstChar(k);
                if (c == ',' || c == '.' || c == '!' || c == '?') {
                    // a comma right before the closing mark is US punctuation style, not part of a title
                    if (k == end - 1 && c == ',') continue;
                    if (c == '.' || c == '!' || c == '?') return false;
                    return false;
                }
                continue;
            }
            char c = t.firstChar(k);
            boolean upper = Chars.isUpperCase(c) || Chars.isDigit(c);
            if (firstWord) {
                if (!Chars.isUpperCase(c) && !Chars.isDigit(c)) return false;
                firstWord = false;
                capitalised++;
                continue;
            }
            if (upper) capitalised++;
            else if (!TITLE_MINOR.contains(t, k)) return false;
        }
        return capitalised > 0;
    }
}
