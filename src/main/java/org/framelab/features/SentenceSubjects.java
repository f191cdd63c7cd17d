package org.framelab.features;

import org.framelab.features.SpeakerNames.Speaker;
import org.framelab.text.TokenizedText;

import static org.framelab.features.SpeakerWords.NOT_NAME_START;
import static org.framelab.features.SpeakerWords.PERSON_PRONOUNS;
import static org.framelab.features.SpeakerWords.TIME_WORDS;

/**
 * The subjects of an article's sentences for {@link SpeakerResolver}'s pronouns: a subject pronoun after a
 * short fronted phrase ("On Wednesday, he …"), and the person named as a sentence's subject.
 */
final class SentenceSubjects {
    private final SpeakerResolver.Work work;
    private final TokenizedText t;

    SentenceSubjects(SpeakerResolver.Work work) {
        this.work = work;
        this.t = work.t;
    }

    /**
     * The person pronoun that is the subject of sentence {@code s}, or -1: its first word ("He pointed to
     * polls"), or the first word after a short fronted phrase and its comma ("On Wednesday, he focused on
     * …", "At the same time, she said"), a phrase with no name in it.
     */
    int pronoun(int s) {
        int first = work.firstWordOf(s);
        if (first < 0) return -1;
        if (PERSON_PRONOUNS.contains(t, first)) return first;
        int after = afterFrontedPhrase(s, first);
        return after >= 0 && (t.normEquals(after, "he") || t.normEquals(after, "she")) ? after : -1;
    }

    /** The word after a short fronted phrase with no name and its comma ("On Wednesday, …"), or -1. */
    private int afterFrontedPhrase(int s, int first) {
        // the phrase opens with a function word or a time ("On", "Earlier", "Monday"), not a name ("Obama, he said, …")
        if (!NOT_NAME_START.contains(t, first) && !TIME_WORDS.contains(t, first) && !work.openingAdverb(first)
                && !fronted(first)) {
            return -1;
        }
        int end = Math.min(t.sentenceEnd(s), first + FRONTED_TOKENS);
        for (int k = first + 1; k + 1 < end; k++) {
            if (work.quoted[k] || t.isWord(k) && t.isCapitalized(k) && !TIME_WORDS.contains(t, k)) return -1;
            if (t.kind(k) == TokenizedText.PUNCT) return t.firstChar(k) == ',' && t.isWord(k + 1) && !work.quoted[k + 1] ? k + 1 : -1;
        }
        return -1;
    }

    /**
     * The person named as the subject of sentence {@code s}, before token {@code k}: a name that opens the
     * sentence or follows a short fronted phrase ("Rep. Ada Cole summed it up: “…,” he told …"); null when none.
     */
    Speaker person(int s, int k, Boolean she) {
        int first = work.firstWordOf(s);
        Speaker m = first >= 0 && first < k ? work.names.subjectOf(s, true, she) : null;
        // not "Obama, he said, has …": the name is the subject of the sentence, "he said" a parenthesis
        if (m == null || m.token() >= k || k >= 2 && t.end(k - 2) <= m.span().end()) return null;
        int after = afterFrontedPhrase(s, first);
        return m.span().begin() == t.begin(first) || after >= 0 && m.span().begin() == t.begin(after) ? m : null;
    }

    /** A participle that opens a fronted phrase ("Taken together, …", "Asked about the vote, …", "Looking ahead, …"). */
    private boolean fronted(int first) {
        String w = t.norm(first);
        return w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing")) || t.normEquals(first, "taken") || t.normEquals(first, "given");
    }

    /** Most tokens of a phrase fronted before a subject pronoun ("Earlier this week, he"). */
    private static final int FRONTED_TOKENS = 8;
}
