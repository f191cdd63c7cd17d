package org.framelab.features;

import org.framelab.text.QuoteKind;
import org.framelab.text.Quotation;
import org.framelab.text.Span;
import org.framelab.text.TokenizedText;
import org.framelab.text.WordSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Stateless; {@link #resolve} makes a new working set per article.
 */
final class SpeakerResolver {
    /** Sentences looked back for a pronoun's antecedent or a carried-over speaker. */
    private static final int LOOK_BACK = 4;

    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "another", "this", "that", "one");
    /** Words that may start a sentence capitalised without being a name. */
    private static final WordSet NOT_NAME_START = WordSet.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "you", "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "so", "yet", "in", "on",
            "at", "for", "after", "before", "as", "when", "while", "if", "this", "that", "these", "those", "there",
            "here", "what", "who", "why", "how", "with", "without", "by", "from", "of", "to", "according", "asked",
            "speaking", "meanwhile", "still", "then", "also", "earlier", "later", "last", "next", "now", "today",
            "yesterday", "some", "many", "most", "all", "both", "each", "every", "no", "not", "even", "just",
            "since", "until", "although", "though", "because", "however", "instead", "indeed", "despite", "during",
            "under", "over", "among", "between", "through", "about", "against", "like", "unlike", "where",
            "whether", "once", "one", "two", "three", "several", "few", "more", "less", "other", "another", "such",
            "former", "reached", "contacted", "outside", "inside", "back", "is", "was", "are", "were", "do", "does",
            "did", "has", "have", "had", "can", "could", "will", "would", "should", "may", "might", "must", "yes",
            "well", "oh", "please", "thank", "thanks", "dear", "sir", "sources", "officials", "critics", "experts");
    /** Words that are never (part of) a person's name. */
    private static final WordSet NOT_NAME = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "republican", "republicans", "democrat", "democrats",
            "democratic", "american", "americans", "gop", "u.s.", "u.s", "us", "uk", "eu", "un", "covid-19", "i",
            "christmas", "easter", "ramadan", "god", "internet", "twitter", "facebook", "youtube", "instagram",
            "tv", "new", "north", "south", "east", "west", "united", "states", "city", "county", "street", "avenue",
            "island", "river", "mountain", "mount", "lake", "bay", "beach", "valley", "kingdom", "republic");
    /** Words that make a name an organisation (a speaker, but not someone "he" or "she" stands for). */
    private static final WordSet ORG_WORDS = WordSet.of("department", "ministry", "committee", "council", "party",
            "inc.", "inc", "corp.", "corp", "co.", "cos.", "company", "companies", "university", "college", "school",
            "association", "institute", "institution", "union", "agency", "bank", "court", "commission", "office",
            "organization", "organisation", "foundation", "center", "centre", "group", "times", "post", "news",
            "journal", "press", "reuters", "service", "services", "administration", "congress", "senate", "house",
            "government", "police", "army", "navy", "forces", "force", "network", "church", "campaign", "board",
            "authority", "bureau", "fund", "trust", "society", "club", "league", "federation", "coalition",
            "alliance", "council", "cnn", "fox", "nbc", "abc", "cbs", "npr", "bbc", "msnbc", "ap", "afp",
            "politifact", "review", "magazine", "tribune", "herald", "gazette", "daily", "weekly", "guardian",
            "telegraph", "examiner", "caller", "breitbart", "blaze", "politico", "axios", "vox", "salon",
            "ltd", "ltd.", "llc", "plc", "holdings", "industries", "systems", "media", "project", "program",
            "programme", "fda", "fbi", "cia", "nsa", "irs", "epa", "cdc", "who", "nato", "opec", "ministry",
            "white", "kremlin", "pentagon", "state", "states", "website", "blog", "report", "study", "poll");
    /** Capitalised titles and roles: the name follows the last of them ("Sen. Bernie Sanders"). */
    private static final WordSet TITLES = WordSet.of("mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "professor",
            "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "rev.", "adm.", "cmdr.", "insp.",
            "det.", "sen", "rep", "gov", "mr", "mrs", "ms", "dr", "president", "vice", "senator", "representative",
            "congressman", "congresswoman", "governor", "secretary", "minister", "judge", "justice", "chancellor",
            "premier", "mayor", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope",
            "speaker", "leader", "chairman", "chairwoman", "chair", "ambassador", "admiral", "general", "commissioner",
            "attorney", "spokesman", "spokeswoman", "spokesperson", "director", "chief", "officer", "ceo", "cfo",
            "coo", "founder", "co-founder", "executive", "manager", "head", "commander", "sheriff", "counsel",
            "adviser", "advisor", "analyst", "economist", "professor", "author", "editor", "correspondent",
            "reporter", "columnist", "host", "anchor", "whip", "deputy", "acting", "former", "prime", "first",
            "press", "foreign", "interior", "defense", "defence", "state", "homeland", "treasury", "health",
            "justice", "lead", "senior", "chief", "principal", "archbishop", "bishop", "cardinal", "father",
            "rabbi", "imam", "sheikh", "ayatollah", "emir", "sultan", "crown", "majority", "minority");
    /** Titles that are only courtesy, not a role worth keeping ("Mr. Singh"). */
    private static final WordSet COURTESY = WordSet.of("mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms");
    private static final WordSet PERSON_PRONOUNS = WordSet.of("he", "she", "him", "his", "her");
    private static final WordSet GROUP_PRONOUNS = WordSet.of("they", "it", "we");

    private SpeakerResolver() {}

    /** The resolved attributions (same order, sources resolved) and one speaker per direct quote. */
    record Result(List<Attribution> attributions, List<QuoteAttribution> quotes) {}

    /** A speaker: a name (with role) or a phrase, and the words it was taken from. */
    private record Speaker(String name, String role, String source, Span span, boolean named, boolean person,
                           boolean group, int token) {}

    static Result resolve(TokenizedText t, List<Quotation> quotes, List<Attribution> attributions) {
        return new Work(t, quotes, attributions).run();
    }

    /** The working state of one article. */
    private static final class Work {
        final TokenizedText t;
        final List<Quotation> quotes;
        final List<Attribution> attributions;
        final boolean[] quoted;
        /** Person and organisation mentions outside quotes, in text order. */
        final List<Speaker> mentions = new ArrayList<>();
        /** Per sentence: indices into {@link #mentions}. */
        final Map<Integer, List<Integer>> mentionsOf = new HashMap<>();
        /** Per sentence: indices of attributions whose verb is in it. */
        final Map<Integer, List<Integer>> attributionsOf = new HashMap<>();
        /** Surname to the full name first written for it. */
        final Map<String, String> fullNames = new HashMap<>();
        final Speaker[] attributionSpeaker;
        final Speaker[] quoteSpeaker;

        Work(TokenizedText t, List<Quotation> quotes, List<Attribution> attributions) {
            this.t = t;
            this.quotes = quotes;
            this.attributions = attributions;
            this.quoted = new boolean[t.size()];
            for (Quotation q : quotes) {
                if (q.kind() == QuoteKind.SCARE) continue;
                for (int k = q.firstToken(); k < q.endToken(); k++) quoted[k] = true;
            }
            this.attributionSpeaker = new Speaker[attributions.size()];
            this.quoteSpeaker = new Speaker[quotes.size()];
        }

        Result run() {
            findMentions();
            for (int i = 0; i < attributions.size(); i++) {
                attributionsOf.computeIfAbsent(t.sentenceOf(attributions.get(i).verbToken()), k -> new ArrayList<>()).add(i);
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
            for (int qi = 0; qi < quotes.size(); qi++) {
                Quotation q = quotes.get(qi);
                if (q.kind() != QuoteKind.DIRECT) continue;
                out.add(quote(qi, q));
            }
            return new Result(List.copyOf(resolved), List.copyOf(out));
        }

        // ------------------------------------------------------------------ mentions

        private void findMentions() {
            int n = t.size();
            int i = 0;
            while (i < n) {
                if (quoted[i] || !isNameWord(i)) {
                    i++;
                    continue;
                }
                int start = i;
                int end = i;
                while (end < n && !quoted[end] && isNameWord(end)) {
                    end++;
                    if (isGenitive(end - 1)) break;
                    if (end < n && t.sentenceOf(end) != t.sentenceOf(start)) break;
                }
                // a sentence-initial function word is not part of the name
                while (start < end && NOT_NAME_START.contains(t, start)
                        && (start == t.sentenceStart(t.sentenceOf(start)) || t.kind(start - 1) == TokenizedText.QUOTE
                        || t.kind(start - 1) == TokenizedText.PUNCT)) {
                    start++;
                }
                if (start < end) {
                    Speaker m = nameOf(start, end, false);
                    if (m != null && (m.person() || m.group())) {
                        mentionsOf.computeIfAbsent(t.sentenceOf(start), k -> new ArrayList<>()).add(mentions.size());
                        mentions.add(m);
                    }
                }
                i = Math.max(end, i + 1);
            }
        }

        private boolean isNameWord(int k) {
            if (t.kind(k) != TokenizedText.WORD || !t.isCapitalized(k)) return false;
            return !(t.normLength(k) == 1 && t.normEquals(k, "i"));
        }

        /** "Blackrock's", "Trump’s": a possessive that ends a name run (a plural "Workers'" does not). */
        private boolean isGenitive(int k) {
            String s = t.norm(k);
            return s.endsWith("'s") || s.endsWith("’s");
        }

        private boolean isPossessive(int k) {
            String s = t.norm(k);
            return s.endsWith("'s") || s.endsWith("’s") || s.endsWith("s'") || s.endsWith("s’");
        }

        /**
         * The name in capitalised tokens [from, to): after the last title word; a person (a title, two or
         * more name words, or a known surname) or an organisation; null when nothing is left.
         */
        private Speaker nameOf(int from, int to, boolean speakerPosition) {
            int nb = from;
            boolean title = false;
            boolean org = false;
            for (int k = from; k < to; k++) {
                if (TITLES.contains(t, k) && k < to - 1) {
                    nb = k + 1;
                    title = true;
                }
            }
            // a possessive before the name belongs to the role: "Blackrock's Larry Fink"
            for (int k = nb; k < to - 1; k++) if (isGenitive(k)) nb = k + 1;
            if (nb >= to) return null;
            int words = 0;
            boolean notName = false;
            for (int k = nb; k < to; k++) {
                if (ORG_WORDS.contains(t, k)) org = true;
                if (t.isWord(k)) words++;
                if (NOT_NAME.contains(t, k)) notName = true;
            }
            String name = t.span(nb, to).of(t.text());
            if (isPossessive(to - 1) && to - nb >= 1) name = stripPossessive(name);
            if (name.isEmpty()) return null;
            String role = roleText(from, nb);
            boolean known = words == 1 && fullNames.containsKey(lower(name));
            boolean person = !org && !notName && (title || words >= 2 || known || speakerPosition);
            if (person && words >= 2 && words <= 4) fullNames.putIfAbsent(lower(lastWord(name)), name);
            if (person && words == 1) name = fullNames.getOrDefault(lower(name), name);
            boolean group = org && !notName || speakerPosition && !person;
            if (!person && !group) return null;
            return new Speaker(name, role, name, t.span(from, to), true, person, group, nb);
        }

        private String roleText(int from, int to) {
            while (from < to && (DETERMINERS.contains(t, from) || COURTESY.contains(t, from))) from++;
            int end = to;
            while (end > from && COURTESY.contains(t, end - 1)) end--;
            if (from >= end) return "";
            String s = t.span(from, end).of(t.text()).strip();
            while (s.endsWith(",")) s = s.substring(0, s.length() - 1).strip();
            return s;
        }

        // ------------------------------------------------------------------ attributions

        /** The speaker of an attribution: its phrase split into name and role, a pronoun resolved. */
        private Speaker speakerOf(Attribution a) {
            if (a.speakerSpan() == null) return null;
            int from = tokenAt(a.speakerSpan().begin());
            int to = tokenEndingAt(a.speakerSpan().end());
            if (from < 0 || to <= from) return null;
            if (a.speakerType() == Attribution.SpeakerType.PRONOUN) {
                String p = t.norm(from);
                Speaker s = PERSON_PRONOUNS.contains(p) ? antecedent(from, true)
                        : GROUP_PRONOUNS.contains(p) && !p.equals("we") ? antecedent(from, false) : null;
                return s != null ? s : new Speaker(t.surface(from), "", a.source(), a.speakerSpan(), false, false, false, from);
            }
            Speaker s = phrase(from, to, a);
            // "the press secretary": a role given to a name before
            if (s != null && !s.named() && t.normEquals(from, "the")) {
                Speaker r = byRole(from, to);
                if (r != null) return r;
            }
            return s;
        }

        /** The name and role in a speaker phrase [from, to), or the phrase itself. */
        private Speaker phrase(int from, int to, Attribution a) {
            // drop a parenthesis: "the Workers' Union (PTWU)"
            int end = to;
            int comma = -1;
            for (int k = from; k < to; k++) {
                if (t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == '(') { end = Math.min(end, k); break; }
                if (t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == ',' && comma < 0) comma = k;
            }
            int coreEnd = comma >= 0 ? Math.min(comma, end) : end;
            int coreStart = from;
            while (coreStart < coreEnd && DETERMINERS.contains(t, coreStart)) coreStart++;
            int last = coreEnd - 1;
            while (last >= coreStart && !t.isWord(last)) last--;
            if (last >= coreStart && t.isCapitalized(last) && !isGenitive(last) && !NOT_NAME.contains(t, last)) {
                int runStart = last;
                while (runStart - 1 >= coreStart && t.isWord(runStart - 1) && t.isCapitalized(runStart - 1)
                        && !isGenitive(runStart - 1)) {
                    runStart--;
                }
                Speaker n = nameOf(runStart, last + 1, true);
                if (n != null) {
                    String role = joinRole(roleText(coreStart, n.token()), comma >= 0 ? apposition(comma + 1, end) : "");
                    return new Speaker(n.name(), role, n.name(), a.speakerSpan(), true, n.person(), n.group(), n.token());
                }
            }
            // "the mayor, Tom Ng": the name is the apposition
            int ae = comma + 1;
            while (comma >= 0 && ae < end && t.isWord(ae) && t.isCapitalized(ae)) ae++;
            if (comma >= 0 && ae > comma + 1 && (ae == to || ae == end || !t.isWord(ae))) {
                Speaker n = nameOf(comma + 1, ae, true);
                if (n != null && n.person()) {
                    return new Speaker(n.name(), roleText(coreStart, coreEnd), n.name(), a.speakerSpan(), true, true, false, n.token());
                }
            }
            // "said the spokeswoman, Jordan Abudayyeh," / "according to the lead author, Prof. Ann Lee,"
            Speaker after = trailingName(to);
            if (after != null) {
                return new Speaker(after.name(), roleText(coreStart, coreEnd), after.name(),
                        new Span(a.speakerSpan().begin(), after.span().end()), true, true, false, after.token());
            }
            String words = coreStart < coreEnd ? t.span(coreStart, coreEnd).of(t.text()) : a.speaker();
            boolean plural = last >= coreStart && t.norm(last).endsWith("s");
            return new Speaker(words, "", a.source(), a.speakerSpan(), false, false, plural || a.speakerType() == Attribution.SpeakerType.NAMED, from);
        }

        /** ", Name," right after a speaker phrase that ends at token {@code to}. */
        private Speaker trailingName(int to) {
            if (to + 1 >= t.size() || t.kind(to) != TokenizedText.PUNCT || t.firstChar(to) != ',') return null;
            int b = to + 1;
            int e = b;
            while (e < t.size() && e - b < 5 && t.isWord(e) && t.isCapitalized(e) && !quoted[e]) e++;
            if (e == b || e >= t.size()) return null;
            if (t.kind(e) == TokenizedText.WORD) return null;
            Speaker n = nameOf(b, e, true);
            return n != null && n.person() ? n : null;
        }

        private String apposition(int from, int to) {
            if (from >= to || !DETERMINERS.contains(t, from) && !TITLES.contains(t, from)) return "";
            return roleText(from, to);
        }

        private static String joinRole(String a, String b) {
            if (a.isEmpty()) return b;
            if (b.isEmpty()) return a;
            return a + ", " + b;
        }

        /** An earlier speaker whose role contains the head noun of "the press secretary". */
        private Speaker byRole(int from, int to) {
            int last = to - 1;
            while (last > from && !t.isWord(last)) last--;
            String head = t.norm(last);
            for (int i = attributions.size() - 1; i >= 0; i--) {
                Speaker s = attributionSpeaker[i];
                if (s == null || !s.named() || s.token() >= from) continue;
                if (!s.role().isEmpty() && lower(s.role()).contains(head)) return s;
            }
            return null;
        }

        /**
         * The person (or, for they/it, the organisation or group) a pronoun at token {@code k} stands
         * for: in the sentences before, nearest first, a speaker of a reporting verb there, else the
         * first one named there.
         */
        private Speaker antecedent(int k, boolean person) {
            int s = t.sentenceOf(k);
            for (int d = 1; d <= LOOK_BACK && s - d >= 0; d++) {
                Speaker found = speakerIn(s - d, person, Integer.MAX_VALUE);
                if (found != null) return found;
                found = subjectOf(s - d, person);
                if (found != null) return found;
            }
            return null;
        }

        /** The first speaker of a reporting verb in sentence {@code s} (before token {@code before}) that fits. */
        private Speaker speakerIn(int s, boolean person, int before) {
            List<Integer> as = attributionsOf.get(s);
            if (as == null) return null;
            for (int i : as) {
                Speaker sp = attributionSpeaker[i];
                if (sp == null || attributions.get(i).verbToken() >= before) continue;
                if (fits(sp, person)) return sp;
            }
            return null;
        }

        private static boolean fits(Speaker sp, boolean person) {
            return person ? sp.named() && sp.person() : sp.group() || sp.named() && !sp.person();
        }

        /** The first person (or organisation) named in sentence {@code s}. */
        private Speaker subjectOf(int s, boolean person) {
            List<Integer> ms = mentionsOf.get(s);
            if (ms == null) return null;
            for (int i : ms) {
                Speaker m = mentions.get(i);
                if (person ? m.person() : m.group()) return m;
            }
            return null;
        }

        // ------------------------------------------------------------------ quotes

        private QuoteAttribution quote(int qi, Quotation q) {
            if (q.depth() > 0) return none(qi);
            int open = q.firstToken() - 1;
            int cue = q.speechVerbToken();
            Speaker sp = null;
            QuoteAttribution.Method method = QuoteAttribution.Method.NONE;
            boolean colonBefore = open > 0 && isColon(open - 1);
            if (cue >= 0 && t.isWord(cue)) {
                int ai = attributionIndexAt(cue);
                if (ai >= 0 && attributionSpeaker[ai] != null && resolvedOrNamed(ai)) {
                    sp = attributionSpeaker[ai];
                    Attribution a = attributions.get(ai);
                    if (a.lemma().startsWith("according")) method = QuoteAttribution.Method.ACCORDING;
                    else if (colonBefore && cue < open) method = QuoteAttribution.Method.COLON;
                    else if (a.speakerType() == Attribution.SpeakerType.PRONOUN) method = QuoteAttribution.Method.PRONOUN;
                    else method = QuoteAttribution.Method.VERB;
                }
            }
            if (sp == null && colonBefore) {
                // "Weiss said on Monday: ...", "Her message to Stephens: ...", "He added:" ending the paragraph before
                sp = clauseBefore(open - 1);
                if (sp != null) {
                    method = QuoteAttribution.Method.COLON;
                    cue = open - 1;
                }
            }
            if (sp == null) {
                int[] found = sameSentence(q);
                if (found != null) {
                    sp = attributionSpeaker[found[0]];
                    cue = attributions.get(found[0]).verbToken();
                    method = attributions.get(found[0]).lemma().startsWith("according")
                            ? QuoteAttribution.Method.ACCORDING : QuoteAttribution.Method.SENTENCE;
                }
            }
            if (sp == null) {
                sp = carriedOver(q);
                if (sp != null) {
                    method = QuoteAttribution.Method.CARRY_OVER;
                    cue = -1;
                }
            }
            if (sp == null) return none(qi);
            quoteSpeaker[qi] = sp;
            return new QuoteAttribution(qi, sp.name(), sp.role(), sp.source(), sp.span(), sp.named(), method,
                    method == QuoteAttribution.Method.CARRY_OVER ? -1 : cue);
        }

        private QuoteAttribution none(int qi) {
            return new QuoteAttribution(qi, "", "", "", null, false, QuoteAttribution.Method.NONE, -1);
        }

        /** An attribution with a speaker that is a name, a phrase, or a pronoun that was resolved. */
        private boolean resolvedOrNamed(int ai) {
            Attribution a = attributions.get(ai);
            Speaker s = attributionSpeaker[ai];
            return a.speakerType() != Attribution.SpeakerType.PRONOUN || s.span() != a.speakerSpan();
        }

        private boolean isColon(int k) {
            return t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == ':';
        }

        /** The speaker of the clause ending at the colon {@code colon}. */
        private Speaker clauseBefore(int colon) {
            int s = t.sentenceOf(colon);
            int start = t.sentenceStart(s);
            // the nearest reporting verb before the colon with a speaker
            List<Integer> as = attributionsOf.get(s);
            if (as != null) {
                for (int j = as.size() - 1; j >= 0; j--) {
                    int ai = as.get(j);
                    if (attributions.get(ai).verbToken() < colon && attributionSpeaker[ai] != null && resolvedOrNamed(ai)) {
                        return attributionSpeaker[ai];
                    }
                }
            }
            // "She added:", "Her message to Stephens:" — a pronoun opening the clause
            for (int k = start; k < colon && k < start + 3; k++) {
                if (PERSON_PRONOUNS.contains(t, k)) return antecedent(k, true);
            }
            List<Integer> ms = mentionsOf.get(s);
            if (ms != null) {
                for (int i : ms) {
                    Speaker m = mentions.get(i);
                    if (m.token() < colon && m.person()) return m;
                }
            }
            return null;
        }

        /** The attribution (index, distance) with a speaker in the quote's sentence, nearest first; null when none. */
        private int[] sameSentence(Quotation q) {
            int open = q.firstToken() - 1;
            int s0 = t.sentenceOf(Math.max(0, open));
            int s1 = t.sentenceOf(Math.max(q.firstToken(), q.endToken() - 1));
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int s = s0; s <= s1; s++) {
                List<Integer> as = attributionsOf.get(s);
                if (as == null) continue;
                for (int ai : as) {
                    int v = attributions.get(ai).verbToken();
                    if (v >= q.firstToken() && v < q.endToken()) continue;
                    if (quoted[v]) continue;
                    if (attributionSpeaker[ai] == null || !resolvedOrNamed(ai)) continue;
                    int distance = v < open ? open - v : 2 * (v - q.endToken()) + 1; // before the quote first
                    if (distance < bestDistance) {
                        best = ai;
                        bestDistance = distance;
                    }
                }
            }
            return best < 0 ? null : new int[]{best, bestDistance};
        }

        /**
         * A quote with no cue of its own: the speaker of the last quote or attribution in the sentences
         * before (nearest first), or the person the sentence just before is about.
         */
        private Speaker carriedOver(Quotation q) {
            int open = Math.max(0, q.firstToken() - 1);
            int s = t.sentenceOf(open);
            for (int d = 1; d <= LOOK_BACK && s - d >= 0; d++) {
                int ps = s - d;
                Speaker last = null;
                int lastPos = -1;
                List<Integer> as = attributionsOf.get(ps);
                if (as != null) {
                    for (int ai : as) {
                        Speaker sp = attributionSpeaker[ai];
                        if (sp == null || !resolvedOrNamed(ai) || quoted[attributions.get(ai).verbToken()]) continue;
                        if (attributions.get(ai).verbToken() > lastPos) {
                            last = sp;
                            lastPos = attributions.get(ai).verbToken();
                        }
                    }
                }
                for (int qj = 0; qj < quotes.size(); qj++) {
                    Quotation o = quotes.get(qj);
                    if (quoteSpeaker[qj] == null || o.firstToken() >= q.firstToken()) continue;
                    if (t.sentenceOf(Math.max(0, o.endToken() - 1)) != ps) continue;
                    if (o.endToken() > lastPos) {
                        last = quoteSpeaker[qj];
                        lastPos = o.endToken();
                    }
                }
                if (last != null) return last;
                if (d == 1) {
                    int first = t.sentenceStart(ps);
                    if (PERSON_PRONOUNS.contains(t, first)) return antecedent(first, true);
                    Speaker m = subjectOf(ps, true);
                    if (m != null) return m;
                }
            }
            return null;
        }

        // ------------------------------------------------------------------ tokens

        private int attributionIndexAt(int verbToken) {
            for (int i = 0; i < attributions.size(); i++) if (attributions.get(i).verbToken() == verbToken) return i;
            return -1;
        }

        /** The token starting at character {@code c}, or -1. */
        private int tokenAt(int c) {
            int lo = 0, hi = t.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (t.begin(mid) < c) lo = mid + 1;
                else if (t.begin(mid) > c) hi = mid - 1;
                else return mid;
            }
            return -1;
        }

        /** One past the token ending at character {@code c}, or -1. */
        private int tokenEndingAt(int c) {
            int lo = 0, hi = t.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (t.end(mid) < c) lo = mid + 1;
                else if (t.end(mid) > c) hi = mid - 1;
                else return mid + 1;
            }
            return -1;
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static String lastWord(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) return s.substring(0, s.length() - 2);
        if (s.endsWith("s'") || s.endsWith("s’")) return s.substring(0, s.length() - 1);
        return s;
    }
}
