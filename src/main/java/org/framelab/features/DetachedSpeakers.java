package org.framelab.features;

import org.framelab.text.TokenizedText;
import org.framelab.text.WordSet;

/**
 * Speaker phrases that {@link AttributionFinder} does not find next to the reporting verb, because a
 * phrase set off by commas stands between them. Three English news constructions:
 * <ul>
 *   <li>a parenthetical between the subject and its verb: "A union spokeswoman, in response to the
 *       letter, said: …", "The mayor, however, said …" (the subject opens the sentence);</li>
 *   <li>a fronted participle of speaking whose subject follows the comma: "Speaking at a rally on
 *       Friday, Gov. Ada Cole said …", "Writing in the Times, Ben Ortiz argued …";</li>
 *   <li>an inverted reporting clause set into the middle of a sentence: "The plan, wrote Sen. Ada
 *       Cole in an op-ed, is …" (a capitalised name after the verb, then a comma or the sentence end).</li>
 * </ul>
 * Each method returns the speaker tokens as {@code {from, to, nameEnd}} (as the finder's own), or null.
 */
final class DetachedSpeakers {
    /** Words that open a parenthetical between subject and verb: prepositions and sentence adverbs. */
    private static final WordSet PARENTHETICAL_START = WordSet.of("in", "on", "at", "with", "during", "after", "before",
            "for", "despite", "amid", "through", "via", "under", "like", "unlike", "speaking", "however", "meanwhile",
            "though", "too", "meantime", "instead", "likewise", "separately", "later", "earlier");
    /** Determiners that may open a subject noun phrase ("A GM spokesperson", "The company"). */
    private static final WordSet SUBJECT_START = WordSet.of("a", "an", "the", "one", "another", "his", "her", "their", "its");
    /** Capitalised words after a verb that are a time, not a speaker (", said Monday"). */
    private static final WordSet NOT_SPEAKER = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "i", "it", "this", "that", "there", "the", "in", "on", "at");
    /** Prepositions of where or when words were written or said, after the name of an inverted verb. */
    private static final WordSet WHERE = WordSet.of("in", "on", "at", "during", "for", "to");
    /** Most tokens of a parenthetical, a participle's phrase or a subject. */
    private static final int MAX_TOKENS = 14;

    private DetachedSpeakers() {}

    /** The speaker of the reporting verb [verb, verbEnd) when one of the three constructions holds, or null. */
    static int[] find(TokenizedText t, int verb, int verbEnd, String lemma) {
        int sentStart = t.sentenceStart(t.sentenceOf(verb));
        if (verb == sentStart && t.norm(verb).endsWith("ing")) return afterParticiple(t, verb, sentStart);
        if (verb == sentStart) return null;
        int[] subject = beforeParenthetical(t, verb, sentStart);
        if (subject != null || !isComma(t, verb - 1)) return subject;
        // "The plan, wrote Sen. Ada Cole, …": "told" is followed by its listener, not its speaker
        return lemma.equals("tell") || lemma.equals("ask") ? null : insideSentence(t, verbEnd);
    }

    /** "A GM spokesperson, in response to the tweet, said": the subject before the parenthetical. */
    private static int[] beforeParenthetical(TokenizedText t, int verb, int sentStart) {
        int k = verb - 1;
        while (k > sentStart && t.isWord(k) && !t.isCapitalized(k) && AttributionWords.SKIP_LEFT.contains(t, k)) k--;
        if (!isComma(t, k)) return null;
        int c = k - 1;
        while (c > sentStart && !isComma(t, c) && k - c <= MAX_TOKENS && (t.isWord(c) || t.kind(c) == TokenizedText.PUNCT
                && t.firstChar(c) != ':' && t.firstChar(c) != ';')) {
            c--;
        }
        if (!isComma(t, c) || c + 1 >= k || !PARENTHETICAL_START.contains(t, c + 1) || t.isCapitalized(c + 1)) return null;
        // the subject: the words from the sentence start to that comma
        if (c - sentStart > 8 || c == sentStart) return null;
        for (int j = sentStart; j < c; j++) {
            if (!t.isWord(j) && !t.isPunct(j, '.')) return null;
            if (AttributionWords.STOP_LEFT.contains(t, j) || AttributionWords.PRONOUNS.contains(t, j)) return null;
        }
        // a determiner or a capitalised word opens the subject, not a preposition ("In 2019, …")
        if (!t.isCapitalized(sentStart) || AttributionWords.NOUN_CONTEXT.contains(t, sentStart)
                || PARENTHETICAL_START.contains(t, sentStart) && !SUBJECT_START.contains(t, sentStart)) {
            return null;
        }
        return new int[]{sentStart, c, c};
    }

    /** "Speaking on the House floor Tuesday, Rep. Ada Cole, D-Mass., said …": the name after the participle's phrase. */
    private static int[] afterParticiple(TokenizedText t, int verb, int sentStart) {
        int end = t.sentenceEnd(t.sentenceOf(verb));
        int c = verb + 1;
        while (c < end && c - verb <= MAX_TOKENS && !isComma(t, c) && t.kind(c) != TokenizedText.QUOTE) c++;
        if (c >= end || !isComma(t, c)) return null;
        int from = c + 1;
        int to = nameRun(t, from, end);
        return to > from ? new int[]{from, to, to} : null;
    }

    /** "…, wrote Rep. Ada Cole, D-Texas, in an editorial, …": a capitalised name right after the verb. */
    private static int[] insideSentence(TokenizedText t, int verbEnd) {
        int end = verbEnd < t.size() ? t.sentenceEnd(t.sentenceOf(verbEnd)) : verbEnd;
        int to = nameRun(t, verbEnd, end);
        if (to - verbEnd < 2) return null;
        // then a comma, the sentence end, or where it was written ("wrote Sen. Ada Cole in an op-ed, …")
        boolean closes = to >= end || (t.isPunct(to, ',') || t.isPunct(to, '.'))
                || t.isWord(to) && !t.isCapitalized(to) && WHERE.contains(t, to);
        if (!closes) return null;
        return new int[]{verbEnd, to, to};
    }

    /** One past the capitalised words (and initials' dots) from {@code from}, at most six words; {@code from} when none. */
    private static int nameRun(TokenizedText t, int from, int end) {
        int k = from;
        int words = 0;
        while (k < end && words < 6) {
            if (t.isWord(k) && t.isCapitalized(k) && !(words == 0 && (NOT_SPEAKER.contains(t, k) || pronoun(t, k)))) {
                words++;
                k++;
            } else if (words > 0 && t.isPunct(k, '.') && k + 1 < end && t.isWord(k + 1)
                    && t.isCapitalized(k + 1)) {
                k++; // "Rep." "A." before more of the name
            } else {
                break;
            }
        }
        return words == 0 ? from : k;
    }

    /** "I", "We", or a pronoun with a contraction ("I've", "We're"): a writer or a group, not a name. */
    private static boolean pronoun(TokenizedText t, int k) {
        if (AttributionWords.PRONOUNS.contains(t, k)) return true;
        String w = t.norm(k);
        int q = w.indexOf('\'');
        return q > 0 && AttributionWords.PRONOUNS.contains(w.substring(0, q));
    }

    private static boolean isComma(TokenizedText t, int k) {
        return k >= 0 && t.isPunct(k, ',');
    }
}
