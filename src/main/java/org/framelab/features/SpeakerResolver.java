package org.framelab.features;

import org.framelab.features.SpeakerNames.Speaker;
import org.framelab.text.QuoteKind;
import org.framelab.text.Quotation;
import org.framelab.text.Span;
import org.framelab.text.TokenizedText;

import java.util.ArrayList;
import java.util.List;

import static org.framelab.features.SpeakerWords.DETERMINERS;
import static org.framelab.features.SpeakerWords.DOCUMENT_NOUNS;
import static org.framelab.features.SpeakerWords.GROUP_PRONOUNS;
import static org.framelab.features.SpeakerWords.NOT_NAME;
import static org.framelab.features.SpeakerWords.NOT_NAME_START;
import static org.framelab.features.SpeakerWords.PERSON_PRONOUNS;
import static org.framelab.features.SpeakerWords.SPOKE_HOW;
import static org.framelab.features.SpeakerWords.TIME_LEAD;
import static org.framelab.features.SpeakerWords.TIME_WORDS;
import static org.framelab.features.SpeakerWords.TITLES;
import static org.framelab.features.SpeakerWords.TRAILING_ADJECTIVES;

/**
 * Gives every direct quote of an article its speaker, and every attribution the person its pronoun
 * stands for. Rules only, no parser model; one pass over the article's tokens, quotes and attributions.
 *
 * <ol>
 *   <li>Names: runs of capitalised words outside quotes, cut after their last title word ("Interior
 *       Ministry spokesman Karl Weiss": name Karl Weiss, role Interior Ministry spokesman); a surname
 *       alone is the full name written earlier ("Weiss" = "Karl Weiss").</li>
 *   <li>Attributions: the speaker phrase split into name and role, also when the name is the
 *       apposition ("the mayor, Tom Ng, told"); a pronoun ({@code he}, {@code she}) resolves to the
 *       nearest person in the sentences before: a speaker of a reporting verb there first, else the
 *       first person named there (the subject); {@code they}/{@code it} to the nearest organisation
 *       or group that spoke.</li>
 *   <li>Quotes, in this order: the reporting verb next to the quote (verb, pronoun, according to);
 *       a colon after the speaker's clause, also at the end of the paragraph before; a reporting verb
 *       elsewhere in the quote's sentence; else the speaker carried over from the quote or attribution
 *       just before (the second quote of a speaker, the next quote paragraph), or the person the
 *       sentence before is about.</li>
 * </ol>
 * The names are found by {@link SpeakerNames}, descriptions ("the senator") resolved by
 * {@link SpeakerDescriptions}, the quotes' speakers by {@link QuoteSpeakers} and {@link QuoteClauses}, documents that
 * speak by {@link DocumentSpeakers}; the
 * word lists are built-in lexicons ({@link SpeakerWords}). Stateless; {@link #resolve} makes a new
 * working set per article.
 */
final class SpeakerResolver {
    /** Sentences looked back for a pronoun's antecedent or a carried-over speaker. */
    static final int LOOK_BACK = 4;

    private SpeakerResolver() {}

    /** The resolved attributions (same order, sources resolved) and one speaker per direct quote. */
    record Result(List<Attribution> attributions, List<QuoteAttribution> quotes) {}

    static Result resolve(TokenizedText t, List<Quotation> quotes, List<Attribution> attributions) {
        return new Work(t, quotes, attributions).run();
    }

    /** The working state of one article, and the attribution pass. */
    static final class Work {
        final TokenizedText t;
        final List<Quotation> quotes;
        final List<Attribution> attributions;
        final boolean[] quoted;
        /** The names of the article. */
        final SpeakerNames names;
        /** Per sentence: indices of attributions whose verb is in it. */
        final SentenceLists attributionsOf;
        final Speaker[] attributionSpeaker;
        /** "The senator said", "the paper said": descriptions of a speaker named before. */
        private final SpeakerDescriptions descriptions;
        /** The subjects of sentences: a pronoun after a fronted phrase, the person who opens a sentence. */
        final SentenceSubjects subjects;

        Work(TokenizedText t, List<Quotation> quotes, List<Attribution> attributions) {
            this.t = t;
            this.quotes = quotes;
            this.attributions = attributions;
            this.quoted = new boolean[t.size()];
            for (Quotation q : quotes) {
                if (q.kind() == QuoteKind.SCARE) continue;
                if (q.firstToken() < q.endToken()) java.util.Arrays.fill(quoted, q.firstToken(), q.endToken(), true);
            }
            this.attributionSpeaker = new Speaker[attributions.size()];
            this.names = new SpeakerNames(t, quoted);
            this.attributionsOf = new SentenceLists(t.sentenceCount());
            this.descriptions = new SpeakerDescriptions(this);
            this.subjects = new SentenceSubjects(this);
        }

        Result run() {
            names.findMentions();
            for (int i = 0; i < attributions.size(); i++) {
                attributionsOf.add(t.sentenceOf(attributions.get(i).verbToken()), i);
            }
            List<Attribution> resolved = new ArrayList<>(attributions.size());
            for (int i = 0; i < attributions.size(); i++) {
                Attribution a = attributions.get(i);
                Speaker s = speakerOf(a);
                attributionSpeaker[i] = s;
                if (s != null && (s.named() || a.speakerType() == Attribution.SpeakerType.PRONOUN && s.span() != a.speakerSpan())) {
                    resolved.add(a.withSource(s.source(), s.span()));
                } else {
                    resolved.add(a);
                }
            }
            List<QuoteAttribution> out = new ArrayList<>();
            QuoteSpeakers quoteSpeakers = new QuoteSpeakers(this);
            for (int qi = 0; qi < quotes.size(); qi++) {
                Quotation q = quotes.get(qi);
                if (q.kind() != QuoteKind.DIRECT) continue;
                out.add(quoteSpeakers.quote(qi, q));
            }
            return new Result(List.copyOf(resolved), List.copyOf(out));
        }

        // ------------------------------------------------------------------ attributions

        /** The speaker of an attribution: its phrase split into name and role, a pronoun resolved. */
        private Speaker speakerOf(Attribution a) {
            if (a.speakerSpan() == null) return null;
            int from = tokenAt(a.speakerSpan().begin(), a.verbToken());
            int to = tokenEndingAt(a.speakerSpan().end(), a.verbToken());
            if (from < 0 || to <= from) return null;
            if (a.speakerType() == Attribution.SpeakerType.PRONOUN) {
                Speaker s = PERSON_PRONOUNS.contains(t, from) ? antecedent(from, true)
                        : GROUP_PRONOUNS.contains(t, from) && !t.normEquals(from, "we") ? antecedent(from, false) : null;
                return s != null ? s : new Speaker(t.surface(from), "", a.source(), a.speakerSpan(), false, false, false, from);
            }
            Speaker s = phrase(from, to, a);
            // "the press secretary": a role given to a name before
            if (s != null && !s.named() && t.normEquals(from, "the")) {
                Speaker r = descriptions.byRole(from, to);
                if (r != null) return r;
            }
            return s;
        }

        /** The name and role in a speaker phrase [from, to), or the phrase itself. */
        private Speaker phrase(int from, int to, Attribution a) {
            // "Roseville, Calif. She adds": a pronoun ends the phrase
            int lastWord = to - 1;
            while (lastWord > from && !t.isWord(lastWord)) lastWord--;
            if (lastWord > from && PERSON_PRONOUNS.contains(t, lastWord) && !t.normEquals(lastWord, "her")) {
                Speaker r = antecedent(lastWord, true);
                if (r != null) return r;
            }
            // "the memo from the agency's director to the attorney general": the document speaks, by its head noun
            int document = DocumentSpeakers.fromOrTo(t, from, to);
            if (document >= 0) {
                int b = DocumentSpeakers.phraseStart(t, quoted, document);
                String words = t.span(b, document + 1).of(t.text());
                return new Speaker(words, "", words, a.speakerSpan(), false, false, false, b);
            }
            // "said Kaiser President and CEO Drew Altman": a second title joined by "and", then the name
            if (to + 1 < t.size() && t.normEquals(to, "and") && !quoted[to] && t.isCapitalized(from)) {
                int e = to + 1;
                while (e < t.size() && e - to < 9 && t.isWord(e) && t.isCapitalized(e) && !quoted[e]) e++;
                if (e > to + 1 && (e >= t.size() || !t.isWord(e))) {
                    Speaker n = names.nameOf(to + 1, e, false);
                    if (n != null && n.person() && n.token() > to + 1) {
                        return new Speaker(n.name(), names.roleText(from, n.token()), n.name(), new Span(t.begin(from), t.end(e - 1)),
                                true, true, false, n.token());
                    }
                    // "said Judges Ada Cole and Ben Ortiz": two people who speak together (a group, not "he" or "she")
                    Speaker m = n != null && n.person() && e - to > 2 ? names.nameOf(from, to, true) : null;
                    if (m != null && m.person() && to - m.token() >= 2) {
                        String both = m.name() + " and " + n.name();
                        return new Speaker(both, names.roleText(from, m.token()), both, new Span(t.begin(from), t.end(e - 1)),
                                true, false, true, m.token());
                    }
                }
            }
            // "Gorsuch's majority opinion", "Trump's statement": the document speaks for its author
            for (int k = from; k < to - 1; k++) {
                if (t.isCapitalized(k) && names.isGenitive(k) && DOCUMENT_NOUNS.contains(t, lastWord)) {
                    int b = k;
                    while (b - 1 >= from && t.isWord(b - 1) && t.isCapitalized(b - 1) && !DETERMINERS.contains(t, b - 1)) b--;
                    Speaker n = names.nameOf(b, k + 1, true);
                    if (n != null) return new Speaker(n.name(), n.role(), n.name(), a.speakerSpan(), true, n.person(), n.group(), n.token());
                }
            }
            // "Bryan McLeon, a spokesman for the Harris Health System said": the name before the phrase
            if (DETERMINERS.contains(t, from) && from >= 2 && t.kind(from - 1) == TokenizedText.PUNCT && t.firstChar(from - 1) == ',') {
                int e = from - 1;
                int b = e;
                while (b - 1 >= 0 && e - b < 4 && t.isWord(b - 1) && t.isCapitalized(b - 1) && !quoted[b - 1]) b--;
                if (b < e && (b == 0 || !t.isWord(b - 1)) && t.sentenceOf(b) == t.sentenceOf(from) && !(e - b == 1 && openingAdverb(b))) {
                    Speaker n = names.nameOf(b, e, true);
                    if (n != null && n.person()) {
                        return new Speaker(n.name(), names.roleText(from, to), n.name(), new Span(t.begin(b), a.speakerSpan().end()),
                                true, true, false, n.token());
                    }
                }
            }
            // "Nonetheless, the FDA said": a sentence adverb before the speaker
            if (from + 2 < to && t.kind(from + 1) == TokenizedText.PUNCT && t.firstChar(from + 1) == ',' && openingAdverb(from)) {
                from += 2;
            }
            // "rally attendee Johnny Liles of Emerald Isle", "Dror Ladin of the American Civil Liberties
            // Union": the name before "of" or "from"
            for (int k = from + 2; k < to - 1; k++) {
                if (!(t.normEquals(k, "of") || t.normEquals(k, "from")) || !t.isCapitalized(k - 1)) continue;
                boolean capitalisedAfter = t.isCapitalized(k + 1) || t.normEquals(k + 1, "the") && k + 2 < to && t.isCapitalized(k + 2);
                if (!capitalisedAfter) continue;
                int b = k - 1;
                while (b - 1 >= from && t.isWord(b - 1) && t.isCapitalized(b - 1)) b--;
                Speaker n = names.nameOf(b, k, false);
                if (n != null && n.person() && n.token() < k - 1) {
                    return new Speaker(n.name(), names.roleText(from, n.token()), n.name(), a.speakerSpan(),
                            true, true, false, n.token());
                }
            }
            // drop a parenthesis: "the Workers' Union (PTWU)"
            int end = to;
            int comma = -1;
            for (int k = from; k < to; k++) {
                if (t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == '(') { end = Math.min(end, k); break; }
                // "said the spokesperson per CNN": the medium that carried the words is not the speaker
                if (k > from && (t.normEquals(k, "per") || t.normEquals(k, "via"))) { end = Math.min(end, k); break; }
                if (t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == ',' && comma < 0) comma = k;
            }
            int coreEnd = comma >= 0 ? Math.min(comma, end) : end;
            int coreStart = from;
            while (coreStart < coreEnd && DETERMINERS.contains(t, coreStart)) coreStart++;
            // "… Association on Tuesday", "a person close": time words and trailing adjectives are not the speaker
            while (coreEnd - 1 > coreStart && (TIME_WORDS.contains(t, coreEnd - 1) || TRAILING_ADJECTIVES.contains(t, coreEnd - 1))) {
                coreEnd--;
                if (coreEnd - 1 > coreStart && TIME_LEAD.contains(t, coreEnd - 1)) coreEnd--;
            }
            int last = coreEnd - 1;
            while (last >= coreStart && !t.isWord(last)) last--;
            // a capitalised vague source ("Officials said") is not a name: the finder's type decides
            if (a.speakerType() == Attribution.SpeakerType.NAMED && last >= coreStart && t.isCapitalized(last)
                    && !names.isGenitive(last) && !NOT_NAME.contains(t, last)) {
                int runStart = last;
                while (runStart - 1 >= coreStart && t.isWord(runStart - 1) && t.isCapitalized(runStart - 1)
                        && !names.isGenitive(runStart - 1)) {
                    runStart--;
                }
                Speaker n = names.nameOf(runStart, last + 1, true);
                if (n != null) {
                    String role = SpeakerNames.joinRole(names.roleText(coreStart, n.token()), comma >= 0 ? names.apposition(comma + 1, end) : "");
                    return new Speaker(n.name(), role, n.name(), a.speakerSpan(), true, n.person(), n.group(), n.token());
                }
            }
            // "the mayor, Tom Ng": the name is the apposition
            int ae = comma + 1;
            while (comma >= 0 && ae < end && t.isWord(ae) && t.isCapitalized(ae)) ae++;
            // "their lawyer, Dror Ladin of the American Civil Liberties Union,": an affiliation after the name
            boolean affiliation = ae < end && (t.normEquals(ae, "of") || t.normEquals(ae, "from")) && ae + 1 < end
                    && (t.isCapitalized(ae + 1) || t.normEquals(ae + 1, "the") && ae + 2 < end && t.isCapitalized(ae + 2));
            if (comma >= 0 && ae > comma + 1 && (ae == to || ae == end || !t.isWord(ae) || affiliation)) {
                Speaker n = names.nameOf(comma + 1, ae, true);
                if (n != null && n.person()) {
                    return new Speaker(n.name(), names.roleText(coreStart, coreEnd), n.name(), a.speakerSpan(), true, true, false, n.token());
                }
            }
            // "said the spokeswoman, Jordan Abudayyeh," / "according to the lead author, Prof. Ann Lee,"
            Speaker after = trailingName(to);
            if (after != null) {
                return new Speaker(after.name(), names.roleText(coreStart, coreEnd), after.name(),
                        new Span(a.speakerSpan().begin(), after.span().end()), true, true, false, after.token());
            }
            // "Trump in a series of tweets said", "Schumer released a statement stressing": a name, then
            // how or where it spoke
            int runEnd = coreStart;
            while (runEnd < coreEnd && t.isWord(runEnd) && t.isCapitalized(runEnd) && !quoted[runEnd]) runEnd++;
            if (runEnd > coreStart && runEnd < coreEnd && SPOKE_HOW.contains(t, runEnd) && !t.isCapitalized(runEnd)) {
                Speaker n = names.nameOf(coreStart, runEnd, true);
                if (n != null && n.person()) {
                    return new Speaker(n.name(), n.role(), n.name(), a.speakerSpan(), true, true, false, n.token());
                }
            }
            String words = coreStart < coreEnd ? t.span(coreStart, coreEnd).of(t.text()) : a.speaker();
            boolean plural = last >= coreStart && t.norm(last).endsWith("s");
            return new Speaker(words, "", a.source(), a.speakerSpan(), false, false, plural || a.speakerType() == Attribution.SpeakerType.NAMED, from);
        }

        /** A word that opens a sentence without being a name: "Nonetheless", or an adverb in -ly ("Shockingly, the notes …"). */
        boolean openingAdverb(int k) {
            return NOT_NAME_START.contains(t, k) || t.normLength(k) > 4 && t.norm(k).endsWith("ly");
        }

        /** ", Name," right after a speaker phrase that ends at token {@code to}. */
        private Speaker trailingName(int to) {
            if (to + 1 >= t.size() || t.kind(to) != TokenizedText.PUNCT || t.firstChar(to) != ',') return null;
            int b = to + 1;
            int e = b;
            while (e < t.size() && e - b < 5 && t.isWord(e) && t.isCapitalized(e) && !quoted[e]) e++;
            if (e == b || e >= t.size()) return null;
            if (t.kind(e) == TokenizedText.WORD) return null;
            Speaker n = names.nameOf(b, e, true);
            return n != null && n.person() ? n : null;
        }

        /**
         * The person (or, for they/it, the organisation or group) a pronoun at token {@code k} stands
         * for: in the sentences before, nearest first, a speaker of a reporting verb there, else the
         * first one named there.
         */
        Speaker antecedent(int k, boolean person) {
            return antecedent(k, person, 0);
        }

        private Speaker antecedent(int k, boolean person, int depth) {
            int s = t.sentenceOf(k);
            Boolean she = gender(k);
            // "“…,” said Mr. Short, … he said": a speaker earlier in the same sentence
            Speaker found = speakerIn(s, person, she, k, true);
            if (found != null) return found;
            if (person && (found = subjects.person(s, k, she)) != null) return found;
            for (int d = 1; d <= LOOK_BACK && s - d >= 0; d++) {
                // an unnamed person ("bemoaned a former Israeli official. … he said") only in the sentence just before
                found = speakerIn(s - d, person, she, Integer.MAX_VALUE, d == 1);
                if (found != null) return found;
                // "He pointed to polls …": a sentence about the same person, who is its subject
                int pronoun = subjects.pronoun(s - d);
                if (person && pronoun >= 0 && depth < 3 && java.util.Objects.equals(gender(pronoun), she)) {
                    found = antecedent(pronoun, true, depth + 1);
                    if (found != null) return found;
                }
                int first = firstWordOf(s - d);
                // "The bishop referenced in his letter S. 649, the Safe Communities … Act": a sentence whose subject is a role
                if (person && first >= 0 && first + 1 < t.size() && t.normEquals(first, "the") && TITLES.contains(t, first + 1)
                        && !t.isCapitalized(first + 1) && !quoted[first + 1]) {
                    found = descriptions.byRole(first, first + 2);
                    if (found != null && SpeakerNames.fitsGender(found, she)) return found;
                }
                found = names.subjectOf(s - d, person, she);
                if (found != null) return found;
            }
            return null;
        }

        /** True for she/her, false for he/him/his, null for other words. */
        private Boolean gender(int k) {
            if (t.normEquals(k, "she") || t.normEquals(k, "her")) return Boolean.TRUE;
            if (t.normEquals(k, "he") || t.normEquals(k, "him") || t.normEquals(k, "his")) return Boolean.FALSE;
            return null;
        }

        /** The first word of sentence {@code s} outside quotes, or -1. */
        int firstWordOf(int s) {
            for (int k = t.sentenceStart(s); k < t.sentenceEnd(s); k++) {
                if (t.isWord(k)) return quoted[k] ? -1 : k;
            }
            return -1;
        }

        /** The first speaker of a reporting verb in sentence {@code s} (before token {@code before}) that fits. */
        private Speaker speakerIn(int s, boolean person, Boolean she, int before, boolean unnamedPerson) {
            List<Integer> as = attributionsOf.get(s);
            if (as == null) return null;
            for (int i : as) {
                Speaker sp = attributionSpeaker[i];
                // a verb inside a quote ("“… the president can ask us …,” he told") is the quoted speaker's words
                if (sp == null || attributions.get(i).verbToken() >= before || quoted[attributions.get(i).verbToken()]) continue;
                boolean fits = fits(sp, person) || person && unnamedPerson && isUnnamedPerson(sp);
                if (fits && (!person || SpeakerNames.fitsGender(sp, she))) return sp;
            }
            return null;
        }

        /** An unnamed single person: "a former Israeli official", "the spokeswoman" (a singular vague source noun last). */
        private static boolean isUnnamedPerson(Speaker sp) {
            if (sp.named() || sp.group() || sp.name().isBlank()) return false;
            String[] w = sp.name().trim().split("\\s+");
            String last = w[w.length - 1].toLowerCase(java.util.Locale.ROOT);
            return !last.endsWith("s") && AttributionFinder.standard().isVague(last) && !last.equals("some") && !last.equals("people");
        }

        private static boolean fits(Speaker sp, boolean person) {
            return person ? sp.named() && sp.person() : sp.group() || sp.named() && !sp.person();
        }

        // ------------------------------------------------------------------ tokens

        int attributionIndexAt(int verbToken) {
            for (int i = 0; i < attributions.size(); i++) if (attributions.get(i).verbToken() == verbToken) return i;
            return -1;
        }

        /** Tokens looked at either side of a hint before a binary search over the text. */
        private static final int NEAR = 24;

        /**
         * The token starting at character {@code c}, or -1. Begin offsets strictly ascend over the tokens
         * (a token has one character or more), so the token is the only one: looked for near token {@code hint}
         * (the reporting verb, next to its speaker), else by a binary search.
         */
        private int tokenAt(int c, int hint) {
            return tokenWithOffset(c, hint, false);
        }

        /** One past the token ending at character {@code c}, or -1 (as {@link #tokenAt}, with end offsets). */
        private int tokenEndingAt(int c, int hint) {
            int k = tokenWithOffset(c, hint, true);
            return k < 0 ? -1 : k + 1;
        }

        /** The token whose begin (or, with {@code ends}, end) offset is {@code c}, or -1: near {@code hint}, else by a binary search. */
        private int tokenWithOffset(int c, int hint, boolean ends) {
            int n = t.size();
            if (hint >= 0 && hint < n) {
                int k = hint;
                if (offset(k, ends) <= c) {
                    while (k + 1 < n && k - hint < NEAR && offset(k + 1, ends) <= c) k++;
                    if (offset(k, ends) == c) return k;
                    if (k + 1 >= n || offset(k + 1, ends) > c) return -1;
                } else {
                    while (k > 0 && hint - k < NEAR && offset(k, ends) > c) k--;
                    if (offset(k, ends) == c) return k;
                    if (offset(k, ends) < c) return -1;
                }
            }
            int lo = 0, hi = n - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int o = offset(mid, ends);
                if (o < c) lo = mid + 1;
                else if (o > c) hi = mid - 1;
                else return mid;
            }
            return -1;
        }

        private int offset(int k, boolean ends) {
            return ends ? t.end(k) : t.begin(k);
        }
    }
}
