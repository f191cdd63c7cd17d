package org.framelab.features;

import org.framelab.features.SpeakerNames.Speaker;
import org.framelab.text.Quotation;
import org.framelab.text.TokenizedText;
import org.framelab.text.WordSet;

import java.util.List;

import static org.framelab.features.SpeakerWords.CLAUSE_OPENERS;
import static org.framelab.features.SpeakerWords.DETERMINERS;
import static org.framelab.features.SpeakerWords.DOCUMENT_NOUNS;
import static org.framelab.features.SpeakerWords.SUBJECT_DETERMINERS;
import static org.framelab.features.SpeakerWords.TITLES;

/**
 * The clause-level rules of {@link QuoteSpeakers} for a quote without a reporting verb of its own:
 * the person its clause is about (the subject named before the quote), and the unnamed people
 * ("Schumer's spokesperson") who speak there.
 */
final class QuoteClauses {
    /** Words after a possessive name looked at for the person it names ("Schumer's former chief spokesperson"). */
    private static final int POSSESSED_WORDS = 4;
    /** Words of a document's noun phrase after "reads" ("a joint technical advisory from the three agencies"). */
    private static final int DOCUMENT_PHRASE_WORDS = 8;
    /** Words between a document noun and the colon after it ("the tagline highlighted above:"). */
    private static final int COLON_DOCUMENT_DISTANCE = 4;
    /** Tokens between "from" and "that" ("from business leaders—even the ones who back Democrats—that"). */
    private static final int FROM_THAT_DISTANCE = 14;
    /** Words between "is" and the source after a quote that opens its sentence. */
    private static final int BE_SOURCE_DISTANCE = 6;
    private static final WordSet BE_FORMS = WordSet.of("is", "was", "are", "were", "remains", "remained");
    /** Words before a noun that are not part of the source's name ("most investment advisers"). */
    private static final WordSet QUANTIFIERS = WordSet.of("most", "many", "some", "all", "few", "several", "other", "that",
            "which", "who", "what", "message", "from", "even");

    private final TokenizedText t;
    private final boolean[] quoted;
    private final SpeakerNames names;
    private int readsToken = -1;

    QuoteClauses(SpeakerResolver.Work work) {
        this.t = work.t;
        this.quoted = work.quoted;
        this.names = work.names;
    }

    /** The first person named in the sentence of {@code open}, outside quotes and before it, in the same clause; or null. */
    Speaker subjectBefore(int open) {
        if (open < 0) return null;
        int s = t.sentenceOf(open);
        int from = clauseStart(s, open);
        // "The notes call the loss a “…”": a document speaks
        int document = DocumentSpeakers.subjectOfClause(t, quoted, from, open);
        if (document >= 0) return document(document);
        List<Integer> ms = names.mentionsOf.get(s);
        if (ms == null) return relativeDocument(from, open);
        // "The bishop referenced … the Safe Schools Act, and called it “…”": a noun phrase is the subject
        if (from + 1 < open && SUBJECT_DETERMINERS.contains(t, from) && t.isWord(from + 1) && !t.isCapitalized(from + 1)) {
            return relativeDocument(from, open);
        }
        for (int i : ms) {
            Speaker m = names.mentions.get(i);
            if (m.token() >= open) break;
            if (m.token() < from || !m.person() && !m.group()) continue;
            int k = m.token();
            while (k > from && t.begin(k - 1) >= m.span().begin()) k--;
            // "The Communications Security Establishment (CSE), Canada's …, concluded that APT29 “…”": an
            // organisation only when it opens the clause
            if (!m.person()) {
                if (k == from || k == from + 1 && SUBJECT_DETERMINERS.contains(t, from)) return m;
                continue;
            }
            if (opensClause(k, from)) return possessed(m, k, open);
        }
        return relativeDocument(from, open);
    }

    /** "a bill — signed by the governor — that permits any “…”": the document a relative clause before the quote describes, or null. */
    private Speaker relativeDocument(int from, int open) {
        int document = DocumentSpeakers.relativeBefore(t, quoted, from, open);
        return document < 0 ? null : document(document);
    }

    /** The document whose noun is token {@code noun}, by its noun phrase (the noun and up to two words before it). */
    private Speaker document(int noun) {
        int b = DocumentSpeakers.phraseStart(t, quoted, noun);
        String words = t.span(b, noun + 1).of(t.text());
        return new Speaker(words, "", words, t.span(b, noun + 1), false, false, false, b);
    }

    /**
     * The subject that opens with the name {@code m} (first token {@code first}): the name itself, or,
     * when the name is a possessive before a lower-case noun, the person that noun names ("Schumer's
     * spokesperson also offered a response, saying, “…”"); a document speaks for its author
     * ("Trump's statement called it “…”"); another noun ("Trump's plan") is no person: null.
     */
    private Speaker possessed(Speaker m, int first, int open) {
        int e = m.token();
        while (e + 1 < open && t.end(e) < m.span().end()) e++;
        int next = e + 1;
        if (!names.isGenitive(e) || next >= open || quoted[next] || !t.isWord(next) || t.isCapitalized(next)) return m;
        if (DOCUMENT_NOUNS.contains(t, next)) return m;
        int head = -1;
        for (int k = next; k < open && k < next + POSSESSED_WORDS && t.isWord(k) && !t.isCapitalized(k); k++) {
            if (TITLES.contains(t, k) || AttributionFinder.standard().isVague(t.norm(k))) head = k;
        }
        if (head < 0) return null;
        String words = t.span(first, head + 1).of(t.text());
        return new Speaker(words, "", words, t.span(first, head + 1), false, false, false, head);
    }

    /**
     * A document that reads the quote, by its noun phrase ("… reads a joint statement from the three
     * countries", "The advisory reads: “…”"); its "reads" is then {@link #readsToken()}. Null when none.
     */
    Speaker documentReads(Quotation q) {
        int open = q.firstToken() - 1;
        int n = t.size();
        int k = q.closed() ? q.endToken() + 1 : n;
        if (k < n && !t.startsParagraph(k) && t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == ',') k++;
        if (k + 2 < n && !t.startsParagraph(k) && isReads(k) && DETERMINERS.contains(t, k + 1)) {
            int end = k + 2;
            int s = t.sentenceOf(k);
            boolean document = false;
            while (end < n && t.sentenceOf(end) == s && t.isWord(end) && !quoted[end] && end - k <= DOCUMENT_PHRASE_WORDS) {
                if (DOCUMENT_NOUNS.contains(t, end)) document = true;
                end++;
            }
            if (document) return document(k + 2, end, k);
        }
        int v = open - 1;
        if (v > 0 && t.kind(v) == TokenizedText.PUNCT && (t.firstChar(v) == ',' || t.firstChar(v) == ':')) v--;
        if (open > 0 && v > 0 && isReads(v) && DOCUMENT_NOUNS.contains(t, v - 1)) {
            int b = v - 1;
            int stop = t.sentenceStart(t.sentenceOf(v));
            while (b - 1 >= stop && t.isWord(b - 1) && !quoted[b - 1] && v - b < DOCUMENT_PHRASE_WORDS && !DETERMINERS.contains(t, b)) b--;
            if (DETERMINERS.contains(t, b)) b++;
            return document(b, v, v);
        }
        return null;
    }

    private boolean isReads(int k) {
        return !quoted[k] && (t.normEquals(k, "reads") || t.normEquals(k, "read"));
    }

    /**
     * "The website on which Sanders streamed his announcement happened to highlight one …—namely, the
     * tagline highlighted above: “…”": when the colon's sentence is about a thing (it opens with a
     * determiner and a common noun), a document named just before the colon speaks, not a person named
     * in passing. Null when there is none.
     */
    Speaker documentBeforeColon(int colon) {
        int s = t.sentenceOf(colon);
        int first = t.sentenceStart(s);
        while (first < colon && !t.isWord(first)) first++;
        if (first + 1 >= colon || quoted[first] || !SUBJECT_DETERMINERS.contains(t, first) || !t.isWord(first + 1)
                || t.isCapitalized(first + 1)) {
            return null;
        }
        for (int k = colon - 1; k > first + 1 && colon - k <= COLON_DOCUMENT_DISTANCE && t.isWord(k) && !quoted[k]; k--) {
            if (!DOCUMENT_NOUNS.contains(t, k)) continue;
            int b = k;
            while (b - 1 > first && k - b < 2 && t.isWord(b - 1) && !quoted[b - 1] && !DETERMINERS.contains(t, b - 1)) b--;
            String words = t.span(b, k + 1).of(t.text());
            return new Speaker(words, "", words, t.span(b, k + 1), false, false, false, b);
        }
        return null;
    }

    /**
     * An unnamed source of a quote without a cue, by its noun phrase: "voters heard from business
     * leaders—even the ones who back Democrats—that the plan would “…”" (from a lower-case plural or a
     * vague source, then "that" before the quote), or a quote that opens its sentence as the subject
     * of "is" ("“Hang on, stay the course” is a message most investment advisers repeat") with a vague
     * source after it. Null when none.
     */
    Speaker unnamedSource(Quotation q) {
        int open = q.firstToken() - 1;
        if (open < 0) return null;
        int s = t.sentenceOf(open);
        int start = clauseStart(s, open);
        // "from X … that “…”"
        for (int k = open - 1; k > start; k--) {
            if (quoted[k] || !t.normEquals(k, "that")) continue;
            for (int f = k - 1; f >= start && k - f <= FROM_THAT_DISTANCE; f--) {
                if (quoted[f] || !t.normEquals(f, "from")) continue;
                int e = f + 1;
                while (e < k && e - f <= 3 && t.isWord(e) && !t.isCapitalized(e) && !t.normEquals(e, "that")) e++;
                int head = e - 1;
                if (head > f && (isPlural(head) || AttributionFinder.standard().isVague(t.norm(head)))) return phrase(head);
                break;
            }
            break;
        }
        // "“…” is a message most investment advisers repeat"
        int after = q.endToken() + 1;
        if (!q.closed() || open != t.sentenceStart(s) || after >= t.size() || t.sentenceOf(after) != s || !BE_FORMS.contains(t, after)) {
            return null;
        }
        for (int k = after + 1; k < t.size() && k - after <= BE_SOURCE_DISTANCE && t.isWord(k) && !quoted[k]; k++) {
            if (!t.isCapitalized(k) && AttributionFinder.standard().isVague(t.norm(k))) return phrase(k);
        }
        return null;
    }

    private boolean isPlural(int k) {
        String w = t.norm(k);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /** The noun phrase ending at {@code head}: the head and up to two lower-case words before it that are no determiners. */
    private Speaker phrase(int head) {
        int b = head;
        while (b - 1 >= 0 && head - b < 2 && t.isWord(b - 1) && !t.isCapitalized(b - 1) && !quoted[b - 1]
                && !DETERMINERS.contains(t, b - 1) && !QUANTIFIERS.contains(t, b - 1)) {
            b--;
        }
        String words = t.span(b, head + 1).of(t.text());
        return new Speaker(words, "", words, t.span(b, head + 1), false, false, true, b);
    }

    /** The token of "reads" of the document last found by {@link #documentReads}. */
    int readsToken() {
        return readsToken;
    }

    private Speaker document(int from, int to, int verb) {
        readsToken = verb;
        String words = t.span(from, to).of(t.text());
        return new Speaker(words, "", words, t.span(from, to), false, false, false, from);
    }

    /**
     * Whether a name starting at token {@code k} can be the subject of the clause starting at
     * {@code from}: it opens the clause, follows a comma ("Based on data from the cruise ship Diamond
     * Princess, John Ioannidis … calculates"), or a conjunction that opens it ("And McConnell").
     */
    private boolean opensClause(int k, int from) {
        if (k == from) return true;
        if (t.kind(k - 1) == TokenizedText.PUNCT && t.firstChar(k - 1) == ',') return true;
        return k - 1 == from && CLAUSE_OPENERS.contains(t, k - 1);
    }

    /** The first token of the clause of {@code at} in sentence {@code s}: after the last semicolon before it. */
    int clauseStart(int s, int at) {
        for (int k = at - 1; k >= t.sentenceStart(s); k--) {
            if (t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == ';' && !quoted[k]) return k + 1;
        }
        return t.sentenceStart(s);
    }
}
