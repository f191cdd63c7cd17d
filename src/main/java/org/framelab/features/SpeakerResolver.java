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
            "island", "river", "mountain", "mount", "lake", "bay", "beach", "valley", "kingdom", "republic",
            // page furniture between paragraphs
            "story", "continued", "below", "advertisement", "click", "read", "related", "image", "caption", "photo",
            "photos", "video", "getty", "images", "enlarge", "toggle", "playback", "slideshow", "watch", "listen",
            "subscribe", "share", "update", "updated", "editor's", "note",
            // the states of the US and a few places often named next to a speaker
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
            "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
            "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
            "nevada", "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "ohio", "oklahoma", "oregon",
            "pennsylvania", "rhode", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin",
            "wyoming", "calif.", "fla.", "ill.", "mass.", "mich.", "pa.", "va.", "wash.", "d.c.", "d.c", "london",
            "paris", "moscow", "beijing", "china", "russia", "iran", "iraq", "syria", "israel", "ukraine", "india",
            "germany", "france", "britain", "england", "japan", "korea", "canada", "europe", "africa", "asia");
    /** Capitalised function words of a title-case heading that end a name run ("Obama To Iranians"). */
    private static final WordSet RUN_BREAKS = WordSet.of("to", "of", "for", "in", "on", "at", "and", "the", "a", "an",
            "with", "from", "by", "is", "are", "was", "says", "said", "as", "over", "after", "vs", "vs.", "who");
    /** Common first names by gender, so "he" does not stand for Hillary Clinton nor "she" for Bernie Sanders. */
    private static final WordSet FEMALE = WordSet.of("mary", "patricia", "jennifer", "linda", "elizabeth", "barbara",
            "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly",
            "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca",
            "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela",
            "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet",
            "ruth", "maria", "heather", "diane", "julie", "joyce", "victoria", "olivia", "kelly", "christina",
            "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline",
            "frances", "gloria", "ann", "anne", "teresa", "kathryn", "sara", "janice", "jean", "alice", "julia",
            "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie",
            "diana", "natalie", "charlotte", "rose", "hillary", "kamala", "alexandria", "ilhan", "rashida", "ayanna",
            "nikki", "kellyanne", "ivanka", "melania", "dianne", "kirsten", "tulsi", "elise", "liz", "betsy", "sonia",
            "elena", "jen", "kate", "meghan", "greta", "jill", "tammy", "tina", "maxine", "debbie", "heidi", "patty",
            "claire", "joni", "marsha", "cindy", "susana", "theresa", "angela", "ursula", "christine", "jacinda",
            "marine", "samantha", "valerie", "condoleezza", "madeleine", "janet", "loretta", "kirstjen", "gina",
            "betsy", "elaine", "kristi", "gretchen", "stacey", "katie", "lori", "jane", "bonnie", "brittany");
    private static final WordSet MALE = WordSet.of("james", "john", "robert", "michael", "william", "david", "richard",
            "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
            "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason",
            "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
            "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis",
            "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "peter", "kyle", "walter",
            "jeremy", "harold", "keith", "roger", "gerald", "carl", "terry", "sean", "arthur", "lawrence", "jesse",
            "bryan", "joe", "billy", "bruce", "albert", "willie", "alan", "juan", "wayne", "roy", "ralph", "randy",
            "eugene", "vincent", "russell", "louis", "bobby", "philip", "johnny", "bernie", "barack", "mitch",
            "chuck", "mike", "ted", "marco", "rand", "jeb", "bill", "hunter", "beto", "pete", "cory", "rudy", "rex",
            "jared", "steve", "rick", "newt", "mitt", "vladimir", "emmanuel", "boris", "jim", "tom", "bob", "dick",
            "ron", "ben", "tim", "dan", "greg", "jeff", "matt", "nick", "tony", "andy", "rob", "ken", "jon", "josh",
            "ed", "al", "lindsey", "elijah", "hakeem", "adam", "chris", "jerome", "antony", "xavier", "ali", "mohammed",
            "muhammad", "ahmed", "hassan", "hossein", "sergei", "sergey", "dmitry", "recep", "narendra", "shinzo",
            "benny", "kurt", "ralph", "jimmy", "lloyd", "merrick", "mick", "reince", "sebastian", "stephen", "devin",
            "elon", "jeff", "mark", "tucker", "sean", "rush", "glenn", "anderson", "wolf", "jake", "chuck", "nigel");
    /** Nouns of a document or statement: "Gorsuch's majority opinion" speaks for Gorsuch. */
    private static final WordSet DOCUMENT_NOUNS = WordSet.of("opinion", "statement", "letter", "book", "memo",
            "memoir", "tweet", "tweets", "post", "remarks", "testimony", "speech", "essay", "column", "interview",
            "filing", "complaint", "lawsuit", "ruling", "decision", "dissent", "order", "message", "email", "e-mail");
    /** Words after the head of a vague source: "a person close to", "people familiar with". */
    private static final WordSet TRAILING_ADJECTIVES = WordSet.of("close", "familiar", "briefed", "knowledgeable",
            "involved", "aware", "speaking", "who", "with");
    private static final WordSet TIME_WORDS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "week", "month", "year", "morning", "evening",
            "night", "afternoon", "earlier", "later", "recently");
    private static final WordSet TIME_LEAD = WordSet.of("on", "last", "this", "early", "late", "earlier", "later");
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
        final SentenceLists mentionsOf;
        /** Per sentence: indices of attributions whose verb is in it. */
        final SentenceLists attributionsOf;
        /** Per sentence: indices of the direct quotes that end in it. */
        final SentenceLists quotesEndingIn;
        /** Surname (lower case) to the full name first written for it. */
        final Map<String, String> fullNames = new HashMap<>();
        /** First word of a name (lower case) to the full name: "Geng" = "Geng Shuang". */
        final Map<String, String> firstNames = new HashMap<>();
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
            this.mentionsOf = new SentenceLists(t.sentenceCount());
            this.attributionsOf = new SentenceLists(t.sentenceCount());
            this.quotesEndingIn = new SentenceLists(t.sentenceCount());
            for (int i = 0; i < quotes.size(); i++) {
                Quotation q = quotes.get(i);
                if (q.kind() == QuoteKind.DIRECT) quotesEndingIn.add(t.sentenceOf(Math.max(0, q.endToken() - 1)), i);
            }
        }

        Result run() {
            findMentions();
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
                if (start < end && !headline(start, end)) {
                    Speaker m = nameOf(start, end, false);
                    if (m != null && (m.person() || m.group())) {
                        mentionsOf.add(t.sentenceOf(start), mentions.size());
                        mentions.add(m);
                    }
                }
                i = Math.max(end, i + 1);
            }
        }

        /** Three or more words in capitals: a heading ("BETO O'ROURKE PLEDGES TO ..."), not a name. */
        private boolean headline(int from, int to) {
            if (to - from < 3) return false;
            for (int k = from; k < to; k++) if (!allCaps(k)) return false;
            return true;
        }

        /** No lower-case letter in token {@code k} (read from the text, no string made). */
        private boolean allCaps(int k) {
            String text = t.text();
            for (int c = t.begin(k); c < t.end(k); c++) if (Character.isLowerCase(text.charAt(c))) return false;
            return true;
        }

        private boolean isNameWord(int k) {
            if (t.kind(k) != TokenizedText.WORD || !t.isCapitalized(k)) return false;
            if (RUN_BREAKS.contains(t, k) && k > 0 && t.isWord(k - 1) && t.isCapitalized(k - 1)) return false;
            // a word of five or more capitals is a heading ("DECRIMINALIZE"), not a name
            if (t.normLength(k) >= 5 && allCaps(k)) return false;
            return !(t.normLength(k) == 1 && t.normEquals(k, "i"));
        }

        /** "Blackrock's", "Trump’s": a possessive that ends a name run (a plural "Workers'" does not). */
        /** The lower-case word without a possessive ending: "rahami" for "Rahami’s". */
        private String normKey(int k) {
            String n = t.norm(k);
            if (isGenitive(k)) return n.substring(0, n.length() - 2);
            if (isPossessive(k)) return n.substring(0, n.length() - 1);
            return n;
        }

        private boolean isGenitive(int k) {
            int e = t.end(k);
            if (e - t.begin(k) < 3) return false;
            char last = t.text().charAt(e - 1);
            return (last == 's' || last == 'S') && isApostrophe(t.text().charAt(e - 2));
        }

        private boolean isPossessive(int k) {
            int e = t.end(k);
            if (e - t.begin(k) < 3) return false;
            char last = t.text().charAt(e - 1), before = t.text().charAt(e - 2);
            return isGenitive(k) || isApostrophe(last) && (before == 's' || before == 'S');
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '\u2019';
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
            // a surname (or the first word of a name written surname first) of a person named before
            String key = words == 1 ? normKey(nb) : null;
            String known = key == null ? null : fullNames.get(key);
            if (known == null && key != null) known = firstNames.get(key);
            boolean person = !org && !notName && (title || words >= 2 || known != null || speakerPosition);
            boolean group = org && !notName || speakerPosition && !person;
            if (!person && !group) return null;
            String name = t.span(nb, to).of(t.text());
            if (isPossessive(to - 1)) name = stripPossessive(name);
            if (name.isEmpty()) return null;
            if (person && words >= 2 && words <= 4) {
                fullNames.putIfAbsent(normKey(to - 1), name);
                firstNames.putIfAbsent(normKey(nb), name);
            }
            if (person && known != null) name = known;
            String role = roleText(from, nb);
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
            // "Roseville, Calif. She adds": a pronoun ends the phrase
            int lastWord = to - 1;
            while (lastWord > from && !t.isWord(lastWord)) lastWord--;
            if (lastWord > from && PERSON_PRONOUNS.contains(t, lastWord) && !t.normEquals(lastWord, "her")) {
                Speaker r = antecedent(lastWord, true);
                if (r != null) return r;
            }
            // "Gorsuch's majority opinion", "Trump's statement": the document speaks for its author
            for (int k = from; k < to - 1; k++) {
                if (isGenitive(k) && t.isCapitalized(k) && DOCUMENT_NOUNS.contains(t, lastWord)) {
                    int b = k;
                    while (b - 1 >= from && t.isWord(b - 1) && t.isCapitalized(b - 1) && !DETERMINERS.contains(t, b - 1)) b--;
                    Speaker n = nameOf(b, k + 1, true);
                    if (n != null) return new Speaker(n.name(), n.role(), n.name(), a.speakerSpan(), true, n.person(), n.group(), n.token());
                }
            }
            // "Bryan McLeon, a spokesman for the Harris Health System said": the name before the phrase
            if (DETERMINERS.contains(t, from) && from >= 2 && t.kind(from - 1) == TokenizedText.PUNCT && t.firstChar(from - 1) == ',') {
                int e = from - 1;
                int b = e;
                while (b - 1 >= 0 && e - b < 4 && t.isWord(b - 1) && t.isCapitalized(b - 1) && !quoted[b - 1]) b--;
                if (b < e && (b == 0 || !t.isWord(b - 1)) && t.sentenceOf(b) == t.sentenceOf(from)) {
                    Speaker n = nameOf(b, e, true);
                    if (n != null && n.person()) {
                        return new Speaker(n.name(), roleText(from, to), n.name(), new Span(t.begin(b), a.speakerSpan().end()),
                                true, true, false, n.token());
                    }
                }
            }
            // "Nonetheless, the FDA said": a sentence adverb before the speaker
            if (from + 2 < to && NOT_NAME_START.contains(t, from) && t.kind(from + 1) == TokenizedText.PUNCT && t.firstChar(from + 1) == ',') {
                from += 2;
            }
            // "rally attendee Johnny Liles of Emerald Isle": the name before "of" or "from"
            for (int k = from + 2; k < to - 1; k++) {
                if (!(t.normEquals(k, "of") || t.normEquals(k, "from")) || !t.isCapitalized(k - 1) || !t.isCapitalized(k + 1)) continue;
                int b = k - 1;
                while (b - 1 >= from && t.isWord(b - 1) && t.isCapitalized(b - 1)) b--;
                Speaker n = nameOf(b, k, false);
                if (n != null && n.person() && n.token() < k - 1) {
                    return new Speaker(n.name(), roleText(from, n.token()), n.name(), a.speakerSpan(),
                            true, true, false, n.token());
                }
            }
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
            // "… Association on Tuesday", "a person close": time words and trailing adjectives are not the speaker
            while (coreEnd - 1 > coreStart && (TIME_WORDS.contains(t, coreEnd - 1) || TRAILING_ADJECTIVES.contains(t, coreEnd - 1))) {
                coreEnd--;
                if (coreEnd - 1 > coreStart && TIME_LEAD.contains(t, coreEnd - 1)) coreEnd--;
            }
            int last = coreEnd - 1;
            while (last >= coreStart && !t.isWord(last)) last--;
            // a capitalised vague source ("Officials said") is not a name: the finder's type decides
            if (a.speakerType() == Attribution.SpeakerType.NAMED && last >= coreStart && t.isCapitalized(last)
                    && !isGenitive(last) && !NOT_NAME.contains(t, last)) {
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
            return antecedent(k, person, 0);
        }

        private Speaker antecedent(int k, boolean person, int depth) {
            int s = t.sentenceOf(k);
            Boolean she = gender(k);
            // "“…,” said Mr. Short, … he said": a speaker earlier in the same sentence
            Speaker found = speakerIn(s, person, she, k);
            if (found != null) return found;
            for (int d = 1; d <= LOOK_BACK && s - d >= 0; d++) {
                found = speakerIn(s - d, person, she, Integer.MAX_VALUE);
                if (found != null) return found;
                // "He pointed to polls …": a sentence about the same person, who is its subject
                int first = firstWordOf(s - d);
                if (person && first >= 0 && PERSON_PRONOUNS.contains(t, first) && depth < 3
                        && java.util.Objects.equals(gender(first), she)) {
                    found = antecedent(first, true, depth + 1);
                    if (found != null) return found;
                }
                found = subjectOf(s - d, person, she);
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
        private int firstWordOf(int s) {
            for (int k = t.sentenceStart(s); k < t.sentenceEnd(s); k++) {
                if (t.isWord(k)) return quoted[k] ? -1 : k;
            }
            return -1;
        }

        /** The first speaker of a reporting verb in sentence {@code s} (before token {@code before}) that fits. */
        private Speaker speakerIn(int s, boolean person, Boolean she, int before) {
            List<Integer> as = attributionsOf.get(s);
            if (as == null) return null;
            for (int i : as) {
                Speaker sp = attributionSpeaker[i];
                if (sp == null || attributions.get(i).verbToken() >= before) continue;
                if (fits(sp, person) && (!person || fitsGender(sp, she))) return sp;
            }
            return null;
        }

        private static boolean fits(Speaker sp, boolean person) {
            return person ? sp.named() && sp.person() : sp.group() || sp.named() && !sp.person();
        }

        /** A person fits "he" ({@code she} false) or "she" unless the first name or title says otherwise. */
        private static boolean fitsGender(Speaker sp, Boolean she) {
            if (she == null) return true;
            String first = lower(firstWord(sp.name()));
            String role = lower(sp.role());
            boolean female = FEMALE.contains(first) || role.startsWith("mrs") || role.startsWith("ms") || role.contains("woman");
            boolean male = MALE.contains(first) || role.startsWith("mr.") || role.startsWith("mr ") || role.equals("mr")
                    || role.contains("spokesman") || role.contains("chairman") || role.contains("congressman");
            return she ? !male || female : !female || male;
        }

        /** The first person (or organisation) named in sentence {@code s}. */
        private Speaker subjectOf(int s, boolean person, Boolean she) {
            List<Integer> ms = mentionsOf.get(s);
            if (ms == null) return null;
            for (int i : ms) {
                Speaker m = mentions.get(i);
                if (person ? m.person() && fitsGender(m, she) : m.group()) return m;
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
            if (colonBefore && cue >= 0 && cue > open) {
                // 'daughter Godwin-Baines said: "…," WJW reported': the clause before the colon names the speaker
                Speaker before = verbBefore(open - 1);
                if (before != null) {
                    sp = before;
                    method = QuoteAttribution.Method.COLON;
                    cue = open - 1;
                }
            }
            if (sp == null && cue > open && t.normEquals(cue, "according")) {
                // 'told reporters, "…," although according to preliminary findings': the verb before wins
                int ai = verbJustBefore(open);
                if (ai >= 0) {
                    sp = attributionSpeaker[ai];
                    cue = attributions.get(ai).verbToken();
                    method = QuoteAttribution.Method.VERB;
                }
            }
            if (sp == null && cue >= 0 && t.isWord(cue)) {
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
            if (sp == null && q.closed()) {
                // '"… 10 months?" Republican National Committee spokesman Michael Short said': the verb
                // opens the next sentence
                int ai = nextSentenceVerb(q);
                if (ai >= 0) {
                    sp = attributionSpeaker[ai];
                    cue = attributions.get(ai).verbToken();
                    method = attributions.get(ai).speakerType() == Attribution.SpeakerType.PRONOUN
                            ? QuoteAttribution.Method.PRONOUN : QuoteAttribution.Method.VERB;
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

        /** An attribution with a speaker whose verb stands just before the opening mark ("told reporters, “"), or -1. */
        private int verbJustBefore(int open) {
            List<Integer> as = attributionsOf.get(t.sentenceOf(open));
            if (as == null) return -1;
            for (int ai : as) {
                int v = attributions.get(ai).verbToken();
                if (v >= open || open - v > 5 || attributionSpeaker[ai] == null || !resolvedOrNamed(ai)) continue;
                boolean plain = true;
                for (int k = v + 1; k < open; k++) if (!t.isWord(k) && t.firstChar(k) != ',') plain = false;
                if (plain) return ai;
            }
            return -1;
        }

        /** The speaker of the nearest reporting verb before the colon {@code colon} in its sentence, or null. */
        private Speaker verbBefore(int colon) {
            List<Integer> as = attributionsOf.get(t.sentenceOf(colon));
            if (as == null) return null;
            for (int j = as.size() - 1; j >= 0; j--) {
                int ai = as.get(j);
                int v = attributions.get(ai).verbToken();
                if (v < colon && !quoted[v] && attributionSpeaker[ai] != null && resolvedOrNamed(ai)) return attributionSpeaker[ai];
            }
            return null;
        }

        /**
         * The attribution whose speaker phrase starts right after the closing mark of {@code q} in the
         * next sentence ('"…?" Jim Daly, the president of Focus on the Family, said'), or -1.
         */
        private int nextSentenceVerb(Quotation q) {
            int after = q.endToken() + 1;
            if (after >= t.size() || t.startsParagraph(after) || t.sentenceOf(after) == t.sentenceOf(q.endToken())) return -1;
            List<Integer> as = attributionsOf.get(t.sentenceOf(after));
            if (as == null) return -1;
            for (int ai : as) {
                Attribution a = attributions.get(ai);
                if (a.speakerSpan() == null || attributionSpeaker[ai] == null || !resolvedOrNamed(ai)) continue;
                if (a.speakerSpan().begin() == t.begin(after) && a.verbToken() - after <= 16) return ai;
            }
            return -1;
        }

        /** The speaker of the clause ending at the colon {@code colon}. */
        private Speaker clauseBefore(int colon) {
            int s = t.sentenceOf(colon);
            int start = t.sentenceStart(s);
            Speaker v = verbBefore(colon);
            if (v != null) return v;
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
                    // before the quote first, and there the first person named ("X said … that the White House believes “…”")
                    int distance = v < open ? (attributionSpeaker[ai].person() ? v - t.sentenceStart(s0) : 1000 + open - v)
                            : 2000 + v - q.endToken();
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
                List<Integer> qs = quotesEndingIn.get(ps);
                for (int j = 0; qs != null && j < qs.size(); j++) {
                    int qj = qs.get(j);
                    Quotation o = quotes.get(qj);
                    if (quoteSpeaker[qj] == null || o.firstToken() >= q.firstToken()) continue;
                    if (o.endToken() > lastPos) {
                        last = quoteSpeaker[qj];
                        lastPos = o.endToken();
                    }
                }
                if (last != null) return last;
                if (d == 1 && t.startsParagraph(t.sentenceStart(ps))) {
                    // a paragraph that introduces the speaker: "He accused someone of framing his sons." /
                    // "Illinois state Sen. Dan McConchie issued a statement …"
                    int first = firstWordOf(ps);
                    if (first >= 0 && PERSON_PRONOUNS.contains(t, first)) return antecedent(first, true);
                    Speaker m = subjectOf(ps, true, null);
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

    /** Small lists of indices per sentence, made on first use. */
    private static final class SentenceLists {
        private final List<Integer>[] lists;

        @SuppressWarnings("unchecked")
        SentenceLists(int sentences) {
            lists = new List[Math.max(1, sentences)];
        }

        void add(int sentence, int index) {
            if (sentence < 0 || sentence >= lists.length) return;
            if (lists[sentence] == null) lists[sentence] = new ArrayList<>(2);
            lists[sentence].add(index);
        }

        List<Integer> get(int sentence) {
            return sentence < 0 || sentence >= lists.length ? null : lists[sentence];
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static String firstWord(String name) {
        int sp = name.indexOf(' ');
        return sp < 0 ? name : name.substring(0, sp);
    }


    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) return s.substring(0, s.length() - 2);
        if (s.endsWith("s'") || s.endsWith("s’")) return s.substring(0, s.length() - 1);
        return s;
    }
}
