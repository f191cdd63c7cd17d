package org.framelab.features;

import org.framelab.text.TokenizedText;
import org.framelab.text.WordSet;

import java.util.HashSet;
import java.util.Set;

/**
 * Documents that speak: a memo, notes, a letter, a bill or a release given as the speaker of a quote by
 * its head noun (the annotation convention: "the memo ... said" is the memo's, not its author's). Three
 * English news constructions that the verb-next-to-the-speaker rules miss:
 * <ul>
 *   <li>the document as the subject after the quote, with the people it is from or to after it: "“…,” the
 *       memo from the agency's director to the attorney general said" (not the attorney general);</li>
 *   <li>the document as the subject of a verb that is no reporting verb, the quote in its clause: "The
 *       notes call the loss a “…”", "The letter describes the plan as “…”";</li>
 *   <li>a document that a relative clause describes: "a bill — signed by the governor — that allows any
 *       “…”", "the measure, which requires that schools “…”".</li>
 * </ul>
 * Stateless helpers over the tokens; a document noun is one of {@link SpeakerWords#DOCUMENT_NOUNS}, the
 * documents that take a reporting verb ({@link AttributionWords#SOURCE_DOCUMENTS}) and the texts of law
 * and record below.
 */
final class DocumentSpeakers {
    /** Texts of law and record, and plurals, that speak in news sentences besides the lexicon's document nouns. */
    private static final Set<String> MORE = Set.of("notes", "note", "memos", "memorandum", "letters", "documents", "files",
            "reports", "measure", "motion", "resolution", "guidance", "guidelines", "legislation", "proposal", "amendment",
            "clause", "provision", "draft", "transcript", "summary", "cable", "dossier", "announcement", "website");
    /** Speakers among the documents that take a reporting verb that are organisations, not texts ("the agency is …"). */
    private static final Set<String> ORGANISATIONS = Set.of("agency", "court", "newspaper", "magazine");
    private static final WordSet NOUNS = nouns();
    /** Verbs after a document subject that describe it rather than make it speak ("the bill is “a disaster”"). */
    private static final WordSet NOT_SPEAKING = WordSet.of("is", "was", "are", "were", "be", "been", "has", "have", "had",
            "remains", "remained", "seems", "seemed", "became", "becomes", "sounds", "looks", "appears", "feels");
    /** Words after a document noun that open what it is from, to or about ("the memo from X to Y said"). */
    private static final WordSet AFTER_NOUN = WordSet.of("from", "to", "by", "of", "on", "in", "sent", "dated", "obtained",
            "released", "issued", "signed", "written", "published", "posted");
    /** The determiners that open a document's own noun phrase. */
    private static final WordSet ARTICLES = WordSet.of("the", "a", "an", "this", "that");
    /** Modals after a document subject ("the bill would require"). */
    private static final WordSet MODALS = WordSet.of("would", "will", "could", "can", "may", "might", "should", "must", "also");
    /** Most tokens between "that" or "which" after a document and the quote ("a bill … that permits any “…”"). */
    private static final int RELATIVE_TOKENS = 8;
    /** Words between a determiner and a document noun: lower-case modifiers, at most this many. */
    private static final int MODIFIERS = 2;
    /** Tokens of the subject phrase between a quote and its verb ("the memo from the CIA's James Angleton to …"). */
    private static final int SUBJECT_TOKENS = 16;
    /** Tokens of a dash-parenthetical between a document and its relative clause ("— signed May 1 by Gov. X —"). */
    private static final int DASH_TOKENS = 14;

    private DocumentSpeakers() {}

    private static WordSet nouns() {
        Set<String> all = new HashSet<>(MORE);
        all.addAll(SpeakerWords.DOCUMENT_NOUNS.asSet());
        all.addAll(AttributionWords.SOURCE_DOCUMENTS.asSet());
        all.removeAll(ORGANISATIONS);
        return WordSet.of(all);
    }

    /** Whether token {@code k} is a document noun in lower case. */
    static boolean isDocument(TokenizedText t, int k) {
        return t.isWord(k) && !t.isCapitalized(k) && NOUNS.contains(t, k);
    }

    /**
     * The document noun of a phrase opening at {@code from}: a determiner, up to {@value #MODIFIERS} lower-case words
     * that are no possessive, then the noun, all before {@code limit}; -1 when there is none.
     */
    static int head(TokenizedText t, int from, int limit) {
        // not "his assessment", "their letter": a document that is someone's speaks for that person (the older rules)
        if (from < 0 || from >= limit || !ARTICLES.contains(t, from)) return -1;
        for (int k = from + 1; k < limit && k <= from + 1 + MODIFIERS; k++) {
            if (!t.isWord(k) || t.isCapitalized(k)) return -1;
            String w = t.norm(k);
            if (w.endsWith("'s") || w.endsWith("s'")) return -1;
            if (NOUNS.contains(t, k)) return k;
        }
        return -1;
    }

    /**
     * The speaker tokens {@code {from, verb, nounEnd}} of "“…,” the memo from X to Y said": a document noun phrase
     * opening right after a quote's closing mark (and its comma) with the people it is from or to after the noun, then
     * the verb at {@code verb}. Null otherwise.
     */
    static int[] afterQuote(TokenizedText t, int verb) {
        int sentStart = t.sentenceStart(t.sentenceOf(verb));
        int p = verb - 1;
        while (p >= sentStart && verb - p <= SUBJECT_TOKENS && (t.isWord(p) || t.isPunct(p, '.') || t.isPunct(p, '-'))) p--;
        if (p < sentStart || verb - p > SUBJECT_TOKENS) return null;
        boolean afterQuote = t.kind(p) == TokenizedText.QUOTE || t.isPunct(p, ',') && p > 0 && t.kind(p - 1) == TokenizedText.QUOTE;
        if (!afterQuote) return null;
        int h = head(t, p + 1, verb);
        if (h < 0 || h + 2 >= verb || !AFTER_NOUN.contains(t, h + 1)) return null;
        return new int[]{p + 1, verb, h + 1};
    }

    /** The document noun of a speaker phrase [from, to) that reads "the memo from X (to Y)", or -1. */
    static int fromOrTo(TokenizedText t, int from, int to) {
        int h = head(t, from, to);
        return h >= 0 && h + 2 < to && AFTER_NOUN.contains(t, h + 1) ? h : -1;
    }

    /**
     * The speaker tokens {@code {from, to, nounEnd}} of a reporting verb whose subject is a relative pronoun after a
     * document ("… was not named in the memo, which adds that …"): the document's noun phrase; null otherwise.
     */
    static int[] relative(TokenizedText t, boolean[] quoted, int verb) {
        int r = verb - 1;
        while (r > 0 && t.isWord(r) && (t.normEquals(r, "also") || t.normEquals(r, "further"))) r--;
        if (r < 3 || !(t.normEquals(r, "which") || t.normEquals(r, "that")) || !t.isPunct(r - 1, ',') || !isDocument(t, r - 2)
                || t.sentenceOf(r - 2) != t.sentenceOf(verb)) {
            return null;
        }
        int b = phraseStart(t, quoted, r - 2);
        if (b > 0 && SpeakerWords.SUBJECT_DETERMINERS.contains(t, b - 1)) b--;
        return new int[]{b, r - 1, r - 1};
    }

    /** Whether "the notes state." follows a quote: a determiner and a document noun between the closing mark and {@code verb}. */
    static boolean subjectAfterQuote(TokenizedText t, int verb) {
        if (verb < 3 || !isDocument(t, verb - 1) || !SpeakerWords.SUBJECT_DETERMINERS.contains(t, verb - 2)) return false;
        int p = verb - 3;
        return t.kind(p) == TokenizedText.QUOTE || t.isPunct(p, ',') && p > 0 && t.kind(p - 1) == TokenizedText.QUOTE;
    }

    /**
     * The document noun that opens the clause [from, open) as its subject, followed by a verb in lower case ("The notes
     * call …"); -1 when there is none. {@code quoted} marks tokens inside quotes.
     */
    static int subjectOfClause(TokenizedText t, boolean[] quoted, int from, int open) {
        int h = head(t, from, open);
        if (h < 0 || h + 1 >= open || !t.isWord(h + 1) || t.isCapitalized(h + 1) || quoted[h + 1] || AFTER_NOUN.contains(t, h + 1)
                || SpeakerWords.PREPOSITIONS.contains(t, h + 1) || NOT_SPEAKING.contains(t, h + 1) || !verbAfter(t, h)) {
            return -1;
        }
        // the quote in the verb's own clause ("The notes call X a “…”"), not after a comma ("…, the basis for the “…” terms")
        for (int k = h + 2; k < open; k++) if (t.kind(k) == TokenizedText.PUNCT && !t.isPunct(k, '.') && !t.isPunct(k, '-')) return -1;
        return h;
    }

    /**
     * The document a relative clause just before {@code open} describes ("a bill — … — that permits any “…”", "a
     * petition, which condemns … as “…”"); -1 when there is none. {@code quoted} marks tokens inside quotes.
     */
    static int relativeBefore(TokenizedText t, boolean[] quoted, int from, int open) {
        for (int k = open - 1; k > from && open - k <= RELATIVE_TOKENS; k--) {
            if (quoted[k] || !(t.normEquals(k, "that") || t.normEquals(k, "which"))) continue;
            int m = k - 1;
            if (isDash(t, m)) {
                int d = m - 1;
                while (d > from && m - d <= DASH_TOKENS && !isDash(t, d)) d--;
                if (d <= from || !isDash(t, d)) return -1;
                m = d - 1;
            } else if (t.isPunct(m, ',')) {
                m--;
            }
            if (m <= from || quoted[m] || !isDocument(t, m)) return -1;
            int b = phraseStart(t, quoted, m);
            return b > 0 && ARTICLES.contains(t, b - 1) ? m : -1;
        }
        return -1;
    }

    /**
     * The first token of the document's noun phrase ending at {@code noun}: up to {@value #MODIFIERS} lower-case words
     * before it ({@code quoted} marks tokens inside quotes, or is null).
     */
    static int phraseStart(TokenizedText t, boolean[] quoted, int noun) {
        int b = noun;
        while (b - 1 >= 0 && noun - b < MODIFIERS && t.isWord(b - 1) && !t.isCapitalized(b - 1) && (quoted == null || !quoted[b - 1])
                && !SpeakerWords.SUBJECT_DETERMINERS.contains(t, b - 1) && !SpeakerWords.DETERMINERS.contains(t, b - 1)
                && !t.norm(b - 1).endsWith("'s")) {
            b--;
        }
        return b;
    }

    /**
     * Whether the word after the document noun {@code h} reads as its verb: a modal, a verb in -s or -ed after a
     * singular noun ("the report calls", "the memo concluded"), any word after a plural one ("the notes call"); not a
     * second noun ("an email blast").
     */
    private static boolean verbAfter(TokenizedText t, int h) {
        String v = t.norm(h + 1);
        if (MODALS.contains(t, h + 1) || v.endsWith("ed")) return true;
        String noun = t.norm(h);
        return noun.endsWith("s") && !noun.endsWith("ss") || v.endsWith("s") && !v.endsWith("ss");
    }

    private static boolean isDash(TokenizedText t, int k) {
        return k >= 0 && t.kind(k) == TokenizedText.PUNCT && (t.firstChar(k) == '\u2014' || t.firstChar(k) == '\u2013');
    }
}
