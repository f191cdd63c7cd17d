package org.framelab.text;

/**
 * The context rules that keep a short quoted expression from being taken for a scare quote: a word
 * mentioned as a word, a translation gloss, the text of a sign or a chant, a quote that stands alone
 * as its own sentence, and a partial quote that continues a speech verb. {@link QuoteFinder} asks
 * them in that order; the rules look only at the tokens around the marks. Stateless and thread-safe.
 *
 * <p>The partial-quote rule separates a speaker's words from the writer's scare quote by what the
 * marks enclose: a quoted <em>term</em> (one or two content words in a noun slot — siding with
 * "terrorists", the whole 'opposition') keeps its scare quotes even inside reported speech, because
 * the marks single out the vocabulary, which is what scare quotes do; a quoted <em>assertion</em>
 * (a verb phrase, a predicate, a longer phrase: said the police had "acted within the law",
 * described the plan as "unworkable") is the speaker's statement quoted in part, a direct quote.
 */
final class QuoteContext {
    private QuoteContext() {
    }

    /** Nouns that name an expression: the word "X", the term "X", the hashtag "X" (use–mention). */
    private static final WordSet METALINGUISTIC = WordSet.of("word", "words", "term", "terms", "phrase", "phrases",
            "expression", "expressions", "slogan", "slogans", "motto", "mottos", "mottoes", "mantra", "catchphrase",
            "catchphrases", "buzzword", "buzzwords", "hashtag", "hashtags", "acronym", "acronyms", "abbreviation",
            "moniker", "epithet", "epithets", "adjective", "adjectives", "noun", "nouns", "verb", "verbs", "letter",
            "letters", "spelling", "pronoun", "pronouns", "euphemism", "euphemisms", "neologism", "tagline",
            "headline", "headlines", "lyric", "lyrics", "label", "labels", "name", "names", "password", "keyword",
            "keywords", "wording", "answer");

    /** Words between a metalinguistic noun and the quote: words like "X", terms such as "X". */
    private static final WordSet LIST_LEAD = WordSet.of("like", "such", "as", "including", "of", "is", "was");

    /** Words right after a quote that say what it means: "Sejm" meaning parliament, "X" stands for. */
    private static final WordSet GLOSS_AFTER = WordSet.of("means", "meant", "meaning", "mean", "translates",
            "translated", "translation", "literally", "stands", "refers", "referring", "lit", "i.e.", "spelled",
            "pronounced", "rhymes", "occurs", "occurred", "appears", "appeared", "appear");

    /** Words right before a gloss quote: the parliament, or "Sejm"; literally "X"; Polish for "X". */
    private static final WordSet GLOSS_BEFORE = WordSet.of("literally", "meaning", "means", "lit", "i.e.",
            "translated", "translates", "translation");

    /** Verbs and nouns that introduce a displayed or chanted text: signs reading "X", chants of "X". */
    private static final WordSet DISPLAY_VERB = WordSet.of("reading", "read", "reads", "chanting", "chanted",
            "chant", "chants", "shouting", "yelling", "yelled", "singing", "sang", "bearing", "bore",
            "emblazoned", "inscribed", "printed", "painted", "stamped", "engraved", "displaying", "scrawled",
            "spelling", "spelled", "proclaiming", "declaring", "urging", "demanding");
    /** Nouns of a displayed or chanted text: chants of "X", cries of "X", the words "X" on a sign. */
    private static final WordSet DISPLAY_NOUN = WordSet.of("chants", "chant", "cries", "cry", "shouts", "shout",
            "chorus", "choruses", "cheers", "chanting", "calls", "sign", "signs", "banner", "banners", "placard",
            "placards", "poster", "posters", "t-shirt", "t-shirts", "shirts", "shirt", "hats", "hat", "caps",
            "sticker", "stickers", "graffiti", "billboard", "billboards", "message", "messages", "inscription");

    /** Verbs that name something with the quoted term: what he called "X", dubbed "X" — a scare (naming) use. */
    private static final WordSet NAMING = WordSet.of("call", "calls", "called", "calling", "dub", "dubs", "dubbed",
            "dubbing", "label", "labels", "labeled", "labelled", "labeling", "labelling", "brand", "brands", "branded",
            "branding", "termed", "terming", "nickname", "nicknamed", "deem", "deemed", "deems", "so-called",
            "known", "christened", "styled", "self-styled", "what", "whatever");

    /** Report verbs beyond the speech verbs that take a quoted continuation: vowed to put it into "X". */
    private static final WordSet REPORT_EXTRA = WordSet.of("vow", "vows", "vowed", "vowing", "promise", "promises",
            "promised", "promising", "pledge", "pledges", "pledged", "pledging", "describe", "describes", "described",
            "describing", "tout", "touts", "touted", "touting", "proclaim", "proclaims", "proclaimed", "implore",
            "implored", "urge", "urges", "urged", "urging", "predict", "predicts", "predicted", "ruled",
            "declare", "declares", "declaring", "declared", "insisting", "arguing", "claiming", "warning",
            "adding", "noting", "stating", "characterize", "characterized", "characterise", "characterised",
            "portray", "portrays", "portrayed", "dismiss", "dismissed", "dismisses", "testify", "testified",
            "threaten", "threatened", "threatens", "boast", "boasted", "brag", "bragged", "concluded", "conclude",
            "maintain", "maintained", "maintains", "contend", "contended", "contends", "assert", "asserted", "asserts",
            "agree", "agreed", "agrees", "advise", "advised", "advises", "recommend", "recommended", "recommends");

    /** Words that close the clause of a report verb before the quote: said X, but "Y". */
    private static final WordSet CLAUSE_BREAK = WordSet.of("but", "while", "whereas", "although", "though",
            "however", "yet", "meanwhile");

    /** Words after which a quote fills a predicate or clause slot, not a noun slot. */
    private static final WordSet PREDICATE_SLOT = WordSet.of("is", "are", "was", "were", "be", "been", "being", "am",
            "'s", "has", "have", "had", "having", "do", "does", "did", "will", "would", "can", "could", "may", "might",
            "must", "shall", "should", "to", "that", "as", "not", "never", "so", "too", "very", "it", "he", "she",
            "they", "we", "i", "you", "who", "which", "also", "still", "just", "only", "even", "already", "now",
            "would've", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "aren't", "weren't", "don't",
            "doesn't", "didn't", "hasn't", "haven't", "hadn't", "become", "became", "becomes", "seem", "seems",
            "seemed", "remain", "remains", "remained", "feel", "feels", "felt", "look", "looks", "looked", "sound",
            "sounds", "sounded", "getting", "get", "got", "gets", "being", "more", "less", "most", "least", "quite",
            "rather", "really", "completely", "totally", "entirely", "simply", "always", "often");

    /** Function words inside a quote that make it a phrase rather than a term: "schools and roads". */
    private static final WordSet PHRASE_WORD = WordSet.of("and", "or", "but", "nor", "to", "of", "the", "a", "an",
            "not", "no", "in", "on", "at", "for", "with", "by", "from", "into", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might", "it",
            "i", "we", "they", "he", "she", "you", "this", "that", "these", "those", "my", "our", "your", "their",
            "his", "her", "its", "very", "so", "too", "more", "most", "than", "all", "nothing", "everything",
            "never", "ever", "always");

    /** Determiners and possessives: the word after them is a noun (the comments, his claims). */
    private static final WordSet DETERMINER = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "this", "these", "those", "that", "every", "each", "any", "some", "no", "whose", "'s");

    /** Words after a quote that show it is not a pre-modifier of a following noun. */
    private static final WordSet NOT_HEAD = WordSet.of("and", "or", "but", "nor", "that", "which", "who", "whom",
            "whose", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
            "should", "may", "might", "must", "to", "of", "in", "on", "for", "with", "by", "at", "from", "as", "than",
            "into", "about", "over", "after", "before", "since", "until", "because", "if", "when", "while", "where",
            "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "it",
            "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "not", "so", "then", "also", "there",
            "here", "again", "anymore", "now", "too", "either", "even", "only", "just", "all", "both");

    /** How far back a report verb may stand from the quote it governs. */
    private static final int REPORT_WINDOW = 25;

    /** The words between two marks. */
    private static int wordsBetween(TokenizedText t, int openTok, int closeTok) {
        int words = 0;
        for (int k = openTok + 1; k < closeTok; k++) if (t.isWord(k)) words++;
        return words;
    }

    /**
     * A word mentioned as a word: a metalinguistic noun before it (the term "X", words like "X",
     * the hashtag "X"), a gloss after it ("Sejm" meaning parliament, "X" occurs 12 times), or a
     * translation gloss (the Knesset ("assembly"); the parliament, or "Sejm"; literally "X").
     */
    static boolean isMention(TokenizedText t, int openTok, int closeTok) {
        // a hashtag: "#MeToo"
        if (openTok + 2 < closeTok && t.kind(openTok + 1) == TokenizedText.PUNCT && t.firstChar(openTok + 1) == '#') return true;
        int k = openTok - 1;
        // the word "X" / the word, "X" / the word: "X" / words like "X" / terms such as "X"
        int j = k;
        if (j >= 0 && t.kind(j) == TokenizedText.PUNCT && (t.firstChar(j) == ',' || t.firstChar(j) == ':')) j--;
        int lead = 0;
        while (j >= 0 && lead < 2 && t.kind(j) == TokenizedText.WORD && LIST_LEAD.contains(t, j)) {
            j--;
            lead++;
        }
        // "writing in a letter, “Justices know …”": a letter of the alphabet is one or two words, a letter that is written says more
        boolean document = j >= 0 && (t.normEquals(j, "letter") || t.normEquals(j, "letters")) && wordsBetween(t, openTok, closeTok) > 2;
        if (j >= 0 && t.kind(j) == TokenizedText.WORD && METALINGUISTIC.contains(t, j) && !document) {
            // "the name 'X'" but not "in the name of 'X'" as a preposition: "of" leads only after a plural noun list
            if (!(lead > 0 && t.normEquals(j + 1, "of") && !t.normEquals(j, "words") && !t.normEquals(j, "chants"))) return true;
        }
        // glosses in parentheses: the Knesset ("assembly"), the parliament (or "Sejm")
        if (k >= 0 && t.kind(k) == TokenizedText.WORD && t.normEquals(k, "or") && k > 0
                && t.kind(k - 1) == TokenizedText.PUNCT && (t.firstChar(k - 1) == '(' || t.firstChar(k - 1) == ',')
                && closesGloss(t, closeTok)) {
            return true;
        }
        if (k >= 0 && t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == '(' && closeTok + 1 < t.size()
                && t.kind(closeTok + 1) == TokenizedText.PUNCT && t.firstChar(closeTok + 1) == ')') {
            return true;
        }
        if (k >= 0 && t.kind(k) == TokenizedText.WORD && GLOSS_BEFORE.contains(t, k)) return true;
        // Hebrew for "assembly": <language> for "X"
        if (k >= 1 && t.normEquals(k, "for") && t.isCapitalized(k - 1) && t.kind(k - 1) == TokenizedText.WORD
                && k >= 2 && (t.normEquals(k - 2, "is") || t.normEquals(k - 2, "was") || t.kind(k - 2) == TokenizedText.PUNCT)
                && isLanguage(t, k - 1)) {
            return true;
        }
        // after the quote: "Sejm" meaning ..., "X" (meaning ...), "X" is Polish for ..., "X" occurs 12 times
        int a = closeTok + 1;
        if (a < t.size() && t.kind(a) == TokenizedText.PUNCT && (t.firstChar(a) == ',' || t.firstChar(a) == '(')) a++;
        if (a < t.size() && t.kind(a) == TokenizedText.WORD && GLOSS_AFTER.contains(t, a)
                && t.sentenceOf(a) == t.sentenceOf(closeTok) && !asksWhatItMeans(t, openTok)
                && !(a + 1 < t.size() && (t.normEquals(a + 1, "that") || t.normEquals(a + 1, "it") || t.normEquals(a + 1, "they")))) {
            return true;
        }
        if (a + 2 < t.size() && (t.normEquals(a, "is") || t.normEquals(a, "was")) && isLanguage(t, a + 1)
                && t.normEquals(a + 2, "for")) {
            return true;
        }
        return false;
    }

    /**
     * "what 'X' means here": the writer doubts that the term applies — the distancing use of a scare
     * quote, not a gloss.
     */
    private static boolean asksWhatItMeans(TokenizedText t, int openTok) {
        for (int j = openTok - 1; j >= 0 && j >= openTok - 3; j--) {
            if (t.kind(j) != TokenizedText.WORD) return false;
            if (t.normEquals(j, "what")) return true;
        }
        return false;
    }

    /** The gloss quote ends its appositive: a comma, a closing parenthesis or the end of the sentence follows. */
    private static boolean closesGloss(TokenizedText t, int closeTok) {
        int a = closeTok + 1;
        if (a >= t.size()) return true;
        if (t.sentenceOf(a) != t.sentenceOf(closeTok)) return true;
        if (t.kind(a) != TokenizedText.PUNCT) return false;
        char c = t.firstChar(a);
        return c == ',' || c == ')' || c == '.' || c == ';';
    }

    /** A capitalised language adjective: Polish, Hebrew, Arabic, Latin ... (ending -ish, -ic, -ese, -an, -ian or a few others). */
    private static boolean isLanguage(TokenizedText t, int k) {
        if (k < 0 || k >= t.size() || t.kind(k) != TokenizedText.WORD || !t.isCapitalized(k)) return false;
        String w = t.norm(k);
        if (w.equals("latin") || w.equals("greek") || w.equals("french") || w.equals("dutch") || w.equals("hindi")
                || w.equals("urdu") || w.equals("farsi") || w.equals("swahili") || w.equals("dari") || w.equals("pashto")
                || w.equals("tagalog") || w.equals("yiddish") || w.equals("hebrew") || w.equals("thai")) {
            return true;
        }
        return w.endsWith("ish") || w.endsWith("ic") || w.endsWith("ese") || w.endsWith("ian") || w.endsWith("an");
    }

    /**
     * The text of a sign, banner or chant, which the marks reproduce: signs reading "X", a banner
     * that read "X", protesters chanting "X", chants of "X", a sign with the words "X".
     */
    static boolean isDisplayedText(TokenizedText t, int openTok) {
        int k = openTok - 1;
        if (k >= 0 && t.kind(k) == TokenizedText.PUNCT && (t.firstChar(k) == ',' || t.firstChar(k) == ':')) k--;
        if (k < 0 || t.kind(k) != TokenizedText.WORD) return false;
        if (t.sentenceOf(k) != t.sentenceOf(openTok)) return false;
        if (DISPLAY_VERB.contains(t, k)) {
            // "reading" and the like only after a sign word or a chanting crowd; "read" alone is common in news ("read more")
            if (t.normEquals(k, "read") || t.normEquals(k, "reads") || t.normEquals(k, "reading")
                    || t.normEquals(k, "spelling") || t.normEquals(k, "spelled") || t.normEquals(k, "declaring")
                    || t.normEquals(k, "proclaiming") || t.normEquals(k, "urging") || t.normEquals(k, "demanding")) {
                for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
                    if (t.kind(j) == TokenizedText.WORD && DISPLAY_NOUN.contains(t, j)) return true;
                }
                return false;
            }
            return true;
        }
        // printed with "X", emblazoned with "X"
        if (t.normEquals(k, "with") && k >= 1 && t.kind(k - 1) == TokenizedText.WORD && DISPLAY_VERB.contains(t, k - 1)) {
            return true;
        }
        // chants of "X", cries of "X"
        if (t.normEquals(k, "of") && k >= 1 && DISPLAY_NOUN.contains(t, k - 1)
                && !t.normEquals(k - 1, "sign") && !t.normEquals(k - 1, "signs") && !t.normEquals(k - 1, "message")) {
            return true;
        }
        // with the words "X" / the message "X" / signs saying "X" (saying is already a speech verb)
        if ((t.normEquals(k, "words") || t.normEquals(k, "message")) && k >= 1) {
            for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
                if (t.kind(j) == TokenizedText.WORD && (DISPLAY_NOUN.contains(t, j) || DISPLAY_VERB.contains(t, j)
                        || t.normEquals(j, "with"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The quote is all there is of its sentence but punctuation: a quoted fragment standing on its own. */
    static boolean standsAlone(TokenizedText t, int openTok, int closeTok) {
        int s = t.sentenceOf(openTok);
        for (int k = t.sentenceStart(s); k < t.sentenceEnd(s); k++) {
            if (k >= openTok && k <= closeTok) continue;
            if (t.isWord(k)) return false;
        }
        return true;
    }

    /**
     * The report verb whose clause a quote continues as a partial quote, or -1: a speech verb (or a
     * report verb such as vowed, promised, described) earlier in the same clause, no clause break or
     * naming verb ("what he called") between, and a quote that is an assertion rather than a term.
     *
     * @param floor the first token the verb may be at (after the opening mark of an enclosing quote)
     */
    static int partialQuoteVerb(TokenizedText t, WordSet speechVerbs, int openTok, int closeTok, int words, int floor) {
        int s = t.sentenceOf(openTok);
        int start = Math.max(floor, t.sentenceStart(s));
        int verb = -1;
        for (int k = openTok - 1; k >= start && k >= openTok - REPORT_WINDOW; k--) {
            byte kind = t.kind(k);
            if (kind == TokenizedText.PUNCT) {
                char c = t.firstChar(k);
                if (c == ';' || c == ':' || c == '(' || c == ')' || c == '?' || c == '!' || c == '.') break;
                continue;
            }
            if (kind != TokenizedText.WORD) continue;
            if (CLAUSE_BREAK.contains(t, k)) break;
            if (NAMING.contains(t, k) && !(t.normEquals(k, "known") && !(k + 1 < t.size() && t.normEquals(k + 1, "as")))) {
                return -1;
            }
            if ((speechVerbs.contains(t, k) || REPORT_EXTRA.contains(t, k)) && !isNoun(t, k, start)) {
                verb = k;
                break;
            }
        }
        if (verb < 0) return -1;
        // "what critics described as 'X'": the writer names something with another's term
        for (int j = verb - 1; j >= start && j >= verb - 4; j--) {
            if (t.kind(j) == TokenizedText.WORD && (t.normEquals(j, "what") || t.normEquals(j, "whatever"))) return -1;
        }
        if (isAssertion(t, openTok, closeTok, words)) return verb;
        // described the plan as "unworkable" / touted it as a "first step": a report of the speaker's characterisation
        if (isDescribeAs(t, verb, openTok)) return verb;
        return -1;
    }

    /** A speech-verb form used as a noun: the comments, his claims, a report, the state. */
    private static boolean isNoun(TokenizedText t, int k, int start) {
        int j = k - 1;
        return j >= start && t.kind(j) == TokenizedText.WORD && DETERMINER.contains(t, j);
    }

    /** A verb of describing with "as" right before the quote (or before its article). */
    private static boolean isDescribeAs(TokenizedText t, int verb, int openTok) {
        String v = t.norm(verb);
        if (!(v.startsWith("descri") || v.startsWith("tout") || v.startsWith("characteri") || v.startsWith("portray")
                || v.startsWith("dismiss"))) {
            return false;
        }
        int k = openTok - 1;
        if (k >= 0 && (t.normEquals(k, "a") || t.normEquals(k, "an") || t.normEquals(k, "the"))) k--;
        return k >= 0 && t.normEquals(k, "as");
    }

    /**
     * Whether the quoted words are an assertion (a verb phrase, a predicate, a longer or coordinated
     * phrase) rather than a term of one or two content words in a noun slot.
     */
    static boolean isAssertion(TokenizedText t, int openTok, int closeTok, int words) {
        int b = openTok - 1;
        while (b >= 0 && t.kind(b) == TokenizedText.QUOTE) b--;
        if (b >= 0 && t.kind(b) == TokenizedText.WORD && PREDICATE_SLOT.contains(t, b)) return true;
        // the "war on women" claims, Johnson's 'do or die' pledge: a quoted pre-modifier names a thing
        int a = closeTok + 1;
        if (a < t.size() && t.kind(a) == TokenizedText.WORD && !t.isCapitalized(a) && !NOT_HEAD.contains(t, a)
                && t.sentenceOf(a) == t.sentenceOf(closeTok) && !endsWithPunct(t, openTok, closeTok)
                && b >= 0 && t.kind(b) == TokenizedText.WORD && (DETERMINER.contains(t, b) || t.norm(b).endsWith("'s"))) {
            return false;
        }
        if (words >= 3) return true;
        for (int k = openTok + 1; k < closeTok; k++) {
            if (t.kind(k) == TokenizedText.WORD && PHRASE_WORD.contains(t, k)) return true;
        }
        return false;
    }

    /** The quote's content ends with punctuation (a comma or full stop inside the marks). */
    private static boolean endsWithPunct(TokenizedText t, int openTok, int closeTok) {
        int k = closeTok - 1;
        while (k > openTok && t.kind(k) == TokenizedText.QUOTE) k--;
        return k > openTok && t.kind(k) == TokenizedText.PUNCT;
    }
}
