package org.framelab.features;

import org.framelab.text.TokenizedText;
import org.framelab.text.WordSet;

/** The closed word classes {@link AttributionFinder} reads a speaker phrase and a verb's use with. */
final class AttributionWords {
    private AttributionWords() {}

    static final WordSet DETERMINERS = words("a", "an", "the", "his", "her", "their", "its", "this",
            "these", "those", "our", "my", "your", "no", "any", "some", "such", "every", "each", "whose", "another",
            "first", "new", "further", "latest");
    /** Forms of "be" right before a reporting verb make it passive. */
    static final WordSet PASSIVE_BE = words("be", "been", "being", "is", "are", "was", "were", "am");
    static final WordSet SKIP_LEFT = words("also", "later", "then", "previously", "once", "again",
            "further", "recently", "has", "have", "had", "would", "will", "was", "were", "is", "are", "did", "does",
            "do", "had", "may", "might", "could", "can", "should", "not", "never", "always", "often", "reportedly",
            "allegedly", "repeatedly", "publicly", "privately", "have", "been", "be", "being", "just", "already",
            "even", "still", "has", "last", "had", "subsequently", "first",
            // "Buttigieg did indeed say", "Smith now says": an emphasis or time adverb between subject and verb
            "indeed", "now", "ever", "too",
            // "Trump himself announced": the reflexive is not part of the name
            "himself", "herself", "themselves", "itself");
    /** "the Oath Keepers Twitter account tweeted": the account is its owner's voice. */
    static final WordSet PLATFORMS = words("twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "x");
    static final WordSet ACCOUNT_WORDS = words("account", "feed", "page", "handle");
    static final WordSet STOP_LEFT = words("that", "which", "who", "whom", "whose", "and", "but", "or",
            "as", "because", "while", "when", "if", "than", "where", "after", "before", "since", "although", "though",
            "what", "how", "why", "until", "unless", "whether", "so", "yet", "nor", "said", "says", "told", "to", "was", "is",
            "are", "were", "be", "been", "being", "not", "only", "'s");
    static final WordSet STOP_RIGHT = words("that", "on", "in", "at", "during", "after", "before", "when",
            "while", "to", "last", "this", "yesterday", "today", "tonight", "adding", "who", "which", "earlier", "later",
            "recently", "previously", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "it", "there", "in", "about", "with", "as", "and", "but", "of", "by", "from", "is", "was", "also", "not");
    static final WordSet PRONOUNS = words("he", "she", "they", "we", "i", "you", "it", "him", "her");
    static final WordSet PREPOSITIONS = words("in", "of", "for", "at", "from", "with", "on", "to", "by",
            "familiar", "close", "within", "inside");

    /** Before a noun, not a verb: "amid protests", "the state of". */
    static final WordSet NOUN_CONTEXT = words("of", "in", "on", "at", "for", "with", "amid", "about",
            "against", "over", "under", "among", "between", "into", "from", "by", "without", "despite", "during",
            "after", "before", "than", "per", "its", "their", "our", "his", "her");
    /** Lemmas whose base and -s forms are often nouns (a claim, the state, protests, charges). */
    static final WordSet NOUN_LIKE = words("state", "report", "protest", "charge", "demand", "answer",
            "comment", "note", "hint", "stress", "pledge", "promise", "joke", "lecture", "tweet", "rail", "fume", "claim",
            "blast", "slam", "dispute", "praise", "rant", "snap", "vow", "mention", "blame", "urge", "shout", "scream",
            "trumpet", "recall", "recount", "maintain", "reply", "respond", "counter", "lament", "speculate", "whine",
            "question", "post", "continue", "remark");
    /** Before a plural noun: "three states", "both charges", "other reports". */
    static final WordSet QUANTIFIERS = words("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
            "both", "all", "other", "various", "multiple", "few", "numerous", "those", "these", "similar", "earlier", "previous");
    /** After "that": the verb of a relative clause whose subject "that" is ("remarks that were", "states that allow"). */
    static final WordSet RELATIVE_VERBS = words("is", "are", "was", "were", "have", "has", "had", "will", "would", "could", "can",
            "may", "might", "should", "allow", "allows", "include", "included", "includes", "require", "requires", "required");
    /** Source words that are plural: an -s form after them is a noun ("many states", "some reports"). */
    static final WordSet PLURAL_SOURCES = words("officials", "sources", "critics", "experts", "analysts", "observers", "insiders",
            "aides", "people", "some", "many", "others", "several", "representatives", "residents", "witnesses", "diplomats",
            "authorities", "investigators", "lawmakers", "activists", "opponents", "supporters", "scientists", "researchers",
            "studies", "reports", "commentators", "pundits", "staffers", "advisers", "advisors");
    /** The -s form of each {@link #NOUN_LIKE} lemma ("report" -> "reports"), made once. */
    static final java.util.Map<String, String> NOUN_LIKE_S = NOUN_LIKE.asSet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(l -> l, org.framelab.lexicon.Inflector::thirdPerson));
    /**
     * Singular documents and media that take a reporting verb in the -s form as their subject: "the report states,",
     * "as the paper notes,", "the memo states,". On AllSides every such phrase before a comma or colon (about 60)
     * was a verb, where "the early states," or "his campaign promises," after other words are nouns.
     */
    static final WordSet SOURCE_DOCUMENTS = words("report", "study", "paper", "survey", "poll", "analysis", "audit",
            "review", "document", "article", "memo", "letter", "statement", "lawsuit", "complaint", "filing", "indictment",
            "ruling", "opinion", "decision", "order", "bill", "notice", "advisory", "assessment", "release", "editorial",
            "petition", "newspaper", "magazine", "website", "court", "agency");
    /** Words after which an ambiguous form is a verb: a subject pronoun, an auxiliary, a relative. */
    static final WordSet VERB_CONTEXT = words("he", "she", "they", "we", "i", "you", "it", "who", "which",
            "that", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not",
            "also", "often", "repeatedly", "now", "still", "then", "later", "never", "always", "n't", "publicly");

    /** Titles dropped from the front of a source key so "Mr. Trump" and "Trump" are one source. */
    static final WordSet HONORIFICS = words("mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.",
            "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "rev.", "president", "senator", "sen", "rep", "gov",
            "governor", "representative", "secretary", "minister", "judge", "justice", "chancellor", "premier", "mayor",
            "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "speaker", "leader", "chairman",
            "chairwoman", "chair", "ambassador", "admiral", "commissioner", "attorney", "spokesman",
            "spokeswoman", "spokesperson", "former", "vice", "deputy", "acting", "prime");

    /** Words that open an apposition or relative clause between a name and its verb. */
    static final WordSet APPOSITION_START = words("the", "a", "an", "who", "which", "whose", "its", "his", "her");
    static final WordSet RELATIVE = words("who", "which", "whose");

    /** A word that looks like a plural noun ("lawyers", "politicians"; not "census", "tremendous", "was", "this"). */
    static boolean pluralNoun(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("'s")
                && !w.equals("has") && !w.equals("does") && !w.equals("was");
    }

    /**
     * Whether the token at {@code next} ends a list item: and, or, nor, a comma, a full stop, the end, or a title in lower
     * case ("state attorney general"; "notes Dr. Blessing" is an inverted speaker).
     */
    static boolean listItem(TokenizedText t, int next) {
        if (next >= t.size()) return true;
        if (t.kind(next) == TokenizedText.PUNCT) return t.firstChar(next) == ',' || t.firstChar(next) == '.' || t.firstChar(next) == ';';
        String w = t.norm(next);
        return w.equals("and") || w.equals("or") || w.equals("nor") || !t.isCapitalized(next) && HONORIFICS.contains(t, next);
    }

    private static WordSet words(String... ws) {
        return WordSet.of(ws);
    }
}
