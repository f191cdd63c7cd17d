package org.framelab.features;

import org.framelab.lexicon.Lexicons;
import org.framelab.text.TokenizedText;
import org.framelab.text.WordSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists of {@link SpeakerResolver}, loaded once from the built-in lexicons
 * {@value #WORDS_RESOURCE} and {@value #NAMES_RESOURCE} (which say what each list is for); the
 * closed-class words (determiners, pronouns) stay here.
 */
final class SpeakerWords {
    static final String WORDS_RESOURCE = "/org/framelab/lexicon/speaker-words.csv";
    static final String NAMES_RESOURCE = "/org/framelab/lexicon/speaker-first-names.csv";

    private static final Map<String, WordSet> WORDS = load(WORDS_RESOURCE, "not-name-start", "not-name", "run-break",
            "document-noun", "trailing-word", "time-word", "time-lead", "organisation", "title", "courtesy");
    private static final Map<String, WordSet> NAMES = load(NAMES_RESOURCE, "female", "male");

    static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "another", "this", "that", "one");
    /** A determiner opening a clause whose subject is then a noun phrase ("The bishop …"), not a later name. */
    static final WordSet SUBJECT_DETERMINERS = WordSet.of("the", "a", "an", "this", "that", "his", "her", "their", "its", "our");
    /** Conjunctions that may open a clause before its subject ("And McConnell …"). */
    static final WordSet CLAUSE_OPENERS = WordSet.of("and", "but", "so", "yet", "also", "then");
    /** Words after a name that say how or where it spoke, not who: "Trump in a series of tweets said". */
    static final WordSet SPOKE_HOW = WordSet.of("in", "on", "at", "via", "through", "during", "released", "issued", "posted", "wrote");
    /**
     * The role noun of "the senator said" and the abbreviated titles or chambers a name was written with
     * before ("Sen. Ada Cole", "Senate Majority Leader Ada Cole"): the role noun matches them too.
     */
    private static final Map<String, WordSet> ROLE_FORMS = Map.ofEntries(
            Map.entry("senator", WordSet.of("sen", "senate")),
            Map.entry("congressman", WordSet.of("rep", "representative")),
            Map.entry("congresswoman", WordSet.of("rep", "representative")),
            Map.entry("representative", WordSet.of("rep", "congressman", "congresswoman")),
            Map.entry("lawmaker", WordSet.of("sen", "senator", "rep", "representative", "congressman", "congresswoman",
                    "assemblyman", "assemblywoman", "legislator")),
            Map.entry("governor", WordSet.of("gov")),
            Map.entry("general", WordSet.of("gen")),
            Map.entry("lieutenant", WordSet.of("lt")),
            Map.entry("colonel", WordSet.of("col")),
            Map.entry("captain", WordSet.of("capt")),
            Map.entry("sergeant", WordSet.of("sgt")),
            Map.entry("admiral", WordSet.of("adm")),
            Map.entry("professor", WordSet.of("prof")),
            Map.entry("reverend", WordSet.of("rev")));
    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /** Whether a role written before a name ("Sen.", "Senate Minority Leader") has the role noun {@code head} ("senator"). */
    static boolean roleHas(String role, String head) {
        String r = role.toLowerCase(Locale.ROOT);
        if (r.contains(head)) return true;
        WordSet forms = ROLE_FORMS.get(head);
        if (forms == null) return false;
        for (String w : NON_LETTERS.split(r)) if (forms.contains(w)) return true;
        return false;
    }

    /** Prepositions that end a description's modifiers ("head of the council"). */
    static final WordSet PREPOSITIONS = WordSet.of("of", "for", "at", "in", "from", "with", "on", "to", "by");
    static final WordSet PERSON_PRONOUNS = WordSet.of("he", "she", "him", "his", "her");
    static final WordSet GROUP_PRONOUNS = WordSet.of("they", "it", "we");

    /** Words that may start a sentence capitalised without being a name. */
    static final WordSet NOT_NAME_START = WORDS.get("not-name-start");
    /** Words that are never (part of) a person's name. */
    static final WordSet NOT_NAME = WORDS.get("not-name");
    /** Capitalised function words of a title-case heading that end a name run ("Obama To Iranians"). */
    static final WordSet RUN_BREAKS = WORDS.get("run-break");
    /** Nouns of a document or statement: "Gorsuch's majority opinion" speaks for Gorsuch. */
    static final WordSet DOCUMENT_NOUNS = WORDS.get("document-noun");
    /** Words after the head of a vague source: "a person close to", "people familiar with". */
    static final WordSet TRAILING_ADJECTIVES = WORDS.get("trailing-word");
    static final WordSet TIME_WORDS = WORDS.get("time-word");
    static final WordSet TIME_LEAD = WORDS.get("time-lead");
    /** Words that make a name an organisation (a speaker, but not someone "he" or "she" stands for). */
    static final WordSet ORG_WORDS = WORDS.get("organisation");
    /** Capitalised titles and roles: the name follows the last of them ("Sen. Bernie Sanders"). */
    static final WordSet TITLES = WORDS.get("title");
    /** Titles that are only courtesy, not a role worth keeping ("Mr. Singh"). */
    static final WordSet COURTESY = WORDS.get("courtesy");
    /** Common first names by gender, so "he" does not stand for Hillary Clinton nor "she" for Bernie Sanders. */
    static final WordSet FEMALE = NAMES.get("female");
    static final WordSet MALE = NAMES.get("male");

    /** Bits of {@link #flags}: the lists of {@link SpeakerNames}' look-ups that a word is in. */
    static final int NOT_NAME_START_BIT = 1, NOT_NAME_BIT = 2, RUN_BREAK_BIT = 4, ORG_BIT = 8, TITLE_BIT = 16,
            COURTESY_BIT = 32, DETERMINER_BIT = 64;
    private static final WordFlags FLAGS = new WordFlags(new WordSet[]{NOT_NAME_START, NOT_NAME, RUN_BREAKS, ORG_WORDS,
            TITLES, COURTESY, DETERMINERS});

    /**
     * Which of the lists {@link #NOT_NAME_START}, {@link #NOT_NAME}, {@link #RUN_BREAKS}, {@link #ORG_WORDS},
     * {@link #TITLES}, {@link #COURTESY}, {@link #DETERMINERS} token {@code k} is in (the {@code *_BIT}
     * bits): one look-up for what would be seven {@link WordSet#contains(TokenizedText, int)}.
     */
    static int flags(TokenizedText t, int k) {
        return FLAGS.of(t, k);
    }

    /** Words to the bits of the lists they are in: one {@link WordSet} of all their words, the bits beside its table. */
    private static final class WordFlags {
        private final WordSet words;
        private final byte[] bits;

        WordFlags(WordSet[] sets) {
            java.util.Set<String> all = new java.util.LinkedHashSet<>();
            for (WordSet s : sets) all.addAll(s.asSet());
            words = WordSet.of(all);
            bits = new byte[words.slots()];
            for (int i = 0; i < sets.length; i++) {
                for (String w : sets[i].asSet()) bits[words.slotOf(w)] |= (byte) (1 << i);
            }
        }

        int of(TokenizedText t, int k) {
            int p = words.slotOf(t, k);
            return p < 0 ? 0 : bits[p];
        }
    }

    private SpeakerWords() {}

    /** One word set per category of a built-in {@code term,category} resource; every category must have terms. */
    private static Map<String, WordSet> load(String resource, String... categories) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (String c : categories) terms.put(c, new ArrayList<>());
        Lexicons.resourceRows(resource, (term, category) -> {
            List<String> list = terms.get(category);
            if (list == null || !term.equals(term.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("broken built-in lexicon " + resource + ": " + term + "," + category);
            }
            list.add(term);
        });
        Map<String, WordSet> out = new LinkedHashMap<>();
        terms.forEach((c, list) -> {
            if (list.isEmpty()) throw new IllegalStateException("broken built-in lexicon " + resource + ": no " + c + " terms");
            out.put(c, WordSet.of(list));
        });
        return out;
    }
}
