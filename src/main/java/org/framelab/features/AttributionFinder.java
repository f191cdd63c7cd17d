package org.framelab.features;

import org.framelab.lexicon.Inflector;
import org.framelab.lexicon.Lexicon;
import org.framelab.lexicon.Lexicons;
import org.framelab.text.Span;
import org.framelab.text.TokenizedText;
import org.framelab.text.WordSet;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.framelab.features.AttributionWords.*;

/**
 * Finds reporting verbs (every inflection of the lemmas in {@code attribution-verbs.csv}) and the
 * speaker phrase next to each: before the verb ("Foreign Ministry spokeswoman Maria Zakharova said",
 * "Maria Zakharova, the spokeswoman, said"), or after it when the verb follows a quote or comma
 * ("said Maria Zakharova, the spokeswoman", "according to officials"). A word preceded by a
 * determiner is taken as a noun, not a verb ("the claim", "a warning"). Immutable and thread-safe.
 */
public final class AttributionFinder implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String VERBS_RESOURCE = "/org/framelab/lexicon/attribution-verbs.csv";
    public static final String SOURCES_RESOURCE = "/org/framelab/lexicon/sources.txt";

    private final Lexicon verbs;
    private final HashMap<String, String> lemmaOf;
    private final Set<String> vague;
    /** {@link #vague} for token look-ups; made on first use (not serialised). */
    private transient WordSet vagueWords;

    private AttributionFinder(Lexicon verbs, HashMap<String, String> lemmaOf, Set<String> vague) {
        this.verbs = verbs;
        this.lemmaOf = lemmaOf;
        this.vague = vague;
    }

    private static final AttributionFinder STANDARD = build();

    /** The finder built from FrameLab's default reporting-verb and source lexicons. */
    public static AttributionFinder standard() {
        return STANDARD;
    }

    private static AttributionFinder build() {
        Lexicon lemmas = Lexicons.resource("attribution-verbs", VERBS_RESOURCE);
        Lexicon.Builder b = Lexicon.builder("attribution-verbs");
        HashMap<String, String> lemmaOf = new HashMap<>();
        for (String cat : lemmas.categories()) b.category(cat);
        for (String line : Lexicons.resourceLines(VERBS_RESOURCE)) {
            String[] p = line.split(",");
            if (p.length != 2 || p[0].equals("term")) continue;
            String lemma = p[0].strip();
            Set<String> forms = lemma.startsWith("according") ? Set.of(lemma) : Inflector.verbForms(lemma);
            for (String f : forms) {
                b.add(f, p[1].strip());
                lemmaOf.putIfAbsent(f, lemma);
            }
        }
        Set<String> vague = Set.copyOf(new LinkedHashSet<>(Lexicons.resourceLines(SOURCES_RESOURCE)));
        return new AttributionFinder(b.build(), lemmaOf, vague);
    }

    /** Every inflected form of every reporting verb (for the quote finder's speech-verb test). */
    public Set<String> verbForms() {
        Set<String> out = new LinkedHashSet<>();
        for (String f : lemmaOf.keySet()) if (f.indexOf(' ') < 0) out.add(f);
        out.add("according");
        return out;
    }

    /** The compiled reporting-verb lexicon (categories neutral, evaluative). */
    public Lexicon verbs() {
        return verbs;
    }

    private WordSet vagueWords() {
        WordSet w = vagueWords;
        if (w == null) {
            w = WordSet.of(vague);
            vagueWords = w;
        }
        return w;
    }

    public boolean isVague(String normalizedWord) {
        return vague.contains(normalizedWord);
    }

    public List<Attribution> find(TokenizedText t) {
        return find(t, org.framelab.lexicon.WordIds.of(t));
    }

    /** With the tokens' word ids computed once for all lexicons. */
    public List<Attribution> find(TokenizedText t, int[] wordIds) {
        List<int[]> hits = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        verbs.match(t, wordIds, (b, e, cats, term) -> {
            hits.add(new int[]{b, e, cats[0]});
            terms.add(term);
        });
        List<Attribution> out = new ArrayList<>(hits.size());
        String lastNamed = null;
        for (int h = 0; h < hits.size(); h++) {
            int b = hits.get(h)[0];
            int e = hits.get(h)[1];
            String term = terms.get(h);
            boolean according = term.startsWith("according");
            if (!according && b > 0 && DETERMINERS.contains(t, b - 1)) continue;
            // "the president's claims": a possessive before the word makes it a noun too
            if (!according && b > 0 && t.kind(b - 1) == TokenizedText.WORD && (t.norm(b - 1).endsWith("'s") || t.norm(b - 1).endsWith("s'"))
                    && (!t.isCapitalized(b - 1) || term.endsWith("s") && !term.endsWith("ss"))) continue;
            if (!according && !isVerbUse(t, b, term)) continue;
            String category = verbs.categories().get(hits.get(h)[2]);
            int[] sp = according ? null : speakerLeft(t, b);
            if (sp == null && (according || invertedPosition(t, b))) sp = speakerRight(t, e, according);
            if (sp == null && !according) sp = DetachedSpeakers.find(t, b, e, lemmaOf.getOrDefault(term, term));
            Span verbSpan = t.span(b, e);
            String verb = verbSpan.of(t.text());
            String lemma = lemmaOf.getOrDefault(term, term);
            if (sp == null) {
                out.add(new Attribution(b, e, verb, lemma, category, verbSpan, null, "", "", Attribution.SpeakerType.NONE, null));
                continue;
            }
            Span speakerSpan = t.span(sp[0], sp[1]);
            String speaker = speakerSpan.of(t.text());
            Attribution.SpeakerType type = classify(t, sp[0], sp[2]);
            String source;
            switch (type) {
                case NAMED -> {
                    source = lastCapitalRun(t, sp[0], sp[2]);
                    lastNamed = source;
                }
                case PRONOUN -> {
                    String p = t.norm(sp[0]);
                    source = (p.equals("he") || p.equals("she")) && lastNamed != null ? lastNamed : p;
                }
                default -> source = keyOf(t, sp[0], sp[2]);
            }
            out.add(new Attribution(b, e, verb, lemma, category, verbSpan, speakerSpan, speaker, source, type, speakerSpan));
        }
        return out;
    }

    /** Speaker phrase before the verb: [first, end) or null. */
    private int[] speakerLeft(TokenizedText t, int verb) {
        int sentStart = t.sentenceStart(t.sentenceOf(verb));
        // a passive verb ("will soon be asked", "was told", "has been accused"): the subject on its left is not the speaker
        int p = verb - 1;
        while (p >= sentStart && t.kind(p) == TokenizedText.WORD && t.norm(p).endsWith("ly") && t.norm(p).length() > 4) p--;
        if (p >= sentStart && t.kind(p) == TokenizedText.WORD && PASSIVE_BE.contains(t, p)) return null;
        // "“…,” the memo from the director to the attorney general said": the document is the subject
        int[] document = DocumentSpeakers.afterQuote(t, verb);
        if (document != null) return document;
        if ((document = DocumentSpeakers.relative(t, null, verb)) != null) return document;
        int k = verb - 1;
        while (k >= sentStart && t.kind(k) == TokenizedText.WORD && !t.isCapitalized(k)
                && (SKIP_LEFT.contains(t, k) || (t.norm(k).endsWith("ly") && t.norm(k).length() > 4))) {
            k--;
        }
        if (k < sentStart) return null;
        if (k - 1 > sentStart && ACCOUNT_WORDS.contains(t, k) && t.isWord(k - 1) && PLATFORMS.contains(t, k - 1) && t.isCapitalized(k - 1)) {
            k -= 2;
        }
        if (t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == ',') {
            // "Maria Zakharova, the spokeswoman, said" / "Ardel Harbour Holdings, which operates the terminals, said"
            int c = k - 1;
            int n = 0;
            while (c >= sentStart && (t.isWord(c) || isInnerPunct(t, c)) && n < 14) { c--; n++; }
            if (n == 0 || c < sentStart || t.kind(c) != TokenizedText.PUNCT || t.firstChar(c) != ',') return null;
            String det = t.norm(c + 1);
            int segEnd = k;
            // "Scott Rasmussen, founder of Rasmussen Reports, which has ..., said": a relative clause after
            // an apposition; the apposition decides
            if (RELATIVE.contains(det) && c - 1 > sentStart) {
                int c2 = c - 1;
                int n2 = 0;
                while (c2 >= sentStart && (t.isWord(c2) || isInnerPunct(t, c2)) && n2 < 14) { c2--; n2++; }
                // only after a role in lower case ("founder of ...", "the chairman"): "Mitchell Palm, 31, a
                // Republican from Hollywood, California, who works in marketing, said" is left as it was
                if (n2 > 0 && c2 >= sentStart && t.kind(c2) == TokenizedText.PUNCT && t.firstChar(c2) == ','
                        && t.isWord(c2 + 1) && !t.isCapitalized(c2 + 1) && !RELATIVE.contains(t.norm(c2 + 1))) {
                    segEnd = c;
                    c = c2;
                    det = t.norm(c + 1);
                }
            }
            if (!APPOSITION_START.contains(det)) {
                // "the mayor, Tom Ng, told": a name between the commas, its role before them
                if (isNameRun(t, c + 1, segEnd) || isNameWithAffiliation(t, c + 1, segEnd)) {
                    int[] role = walkLeft(t, c - 1, sentStart);
                    return role == null ? null : new int[]{role[0], k, k};
                }
                // "Jennifer Layden, chief medical officer of ..., told": a name, then its role
                int[] name = walkLeft(t, c - 1, sentStart);
                if (name == null || !isNameRun(t, name[0], name[1])) return null;
                return new int[]{name[0], k, name[1]};
            }
            int[] name = walkLeft(t, c - 1, sentStart);
            if (name == null || classify(t, name[0], name[1]) != Attribution.SpeakerType.NAMED) return null;
            return new int[]{name[0], k, name[1]};
        }
        if (t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == ')') {
            // "the Port and Transport Workers' Union (PTWU) said"
            int open = k - 1;
            while (open >= sentStart && open >= k - 8 && !(t.kind(open) == TokenizedText.PUNCT && t.firstChar(open) == '(')) open--;
            if (open < sentStart || open < k - 8) return null;
            int[] name = walkLeft(t, open - 1, sentStart);
            return name == null ? null : new int[]{name[0], k + 1, name[1]};
        }
        return walkLeft(t, k, sentStart);
    }

    /** A period or hyphen inside an apposition ("Piper Jaffray Cos.", "co-founder") is not its end. */
    private static boolean isInnerPunct(TokenizedText t, int k) {
        return t.kind(k) == TokenizedText.PUNCT && (t.firstChar(k) == '.' || t.firstChar(k) == '-' || t.firstChar(k) == '\'');
    }

    /**
     * Tokens [from, to) are a name run, then "of" or "from", "the" or not, and an organisation's
     * capitalised words (lower-case "of", "for", "and", "the" among them): "Dror Ladin of the American
     * Civil Liberties Union".
     */
    private static boolean isNameWithAffiliation(TokenizedText t, int from, int to) {
        int j = from + 1;
        while (j < to && !(t.normEquals(j, "of") || t.normEquals(j, "from"))) j++;
        if (j >= to - 1 || !isNameRun(t, from, j) || j - from < 2) return false;
        int k = j + 1;
        if (t.normEquals(k, "the")) k++;
        if (k >= to || !t.isWord(k) || !t.isCapitalized(k)) return false;
        for (; k < to; k++) {
            if (!t.isWord(k)) return false;
            if (!t.isCapitalized(k) && !(t.normEquals(k, "of") || t.normEquals(k, "for") || t.normEquals(k, "and") || t.normEquals(k, "the"))) return false;
        }
        return true;
    }

    /** Tokens [from, to) are one to four capitalised words: a name. */
    private static boolean isNameRun(TokenizedText t, int from, int to) {
        if (to - from < 1 || to - from > 4) return false;
        for (int k = from; k < to; k++) if (!t.isWord(k) || !t.isCapitalized(k)) return false;
        return true;
    }

    private static int[] walkLeft(TokenizedText t, int k, int sentStart) {
        int end = k + 1;
        int start = end;
        int words = 0;
        while (k >= sentStart && words < 8) {
            if (!t.isWord(k)) break;
            if (STOP_LEFT.contains(t, k)) break;
            start = k;
            words++;
            k--;
        }
        return start < end ? new int[]{start, end, end} : null;
    }

    /** Filters noun and name uses of reporting-verb forms ("the United States", "amid protests", "a claim"). */
    private boolean isVerbUse(TokenizedText t, int b, String term) {
        int sentFirst = t.sentenceStart(t.sentenceOf(b));
        boolean afterQuote = b > 0 && t.kind(b - 1) == TokenizedText.QUOTE;
        if (t.isCapitalized(b) && b != sentFirst && !afterQuote) return false;
        if (b == 0) return true;
        String prev = t.norm(b - 1);
        if (t.isWord(b - 1) && NOUN_CONTEXT.contains(prev)) return false;
        String lemma = lemmaOf.getOrDefault(term, term);
        String sForm = NOUN_LIKE_S.get(lemma);
        if (sForm != null && (term.equals(lemma) || term.equals(sForm))) {
            int next = b + 1;
            // "“…,” the notes state.": a document as the subject right after a quote
            if (DocumentSpeakers.subjectAfterQuote(t, b)) return true;
            // "federal, state and local", "local, state, or": a list item after a comma, not "..., claims Smith"
            if (!t.isWord(b - 1)) return afterQuote || t.firstChar(b - 1) == ',' && !listItem(t, next);
            // "Editor's note:", "Mueller's report": a possessive makes the word a noun, whatever its case
            if ((prev.endsWith("'s") && !prev.equals("let's")) || prev.endsWith("s'")) return false;
            // "many states", "several charges", "others' claims": a plural subject takes "claim", not "claims"
            boolean plural = term.equals(sForm) && !sForm.equals(lemma);
            if (plural && (vague.contains(prev) && PLURAL_SOURCES.contains(prev) || QUANTIFIERS.contains(prev))) return false;
            if (VERB_CONTEXT.contains(prev) || vague.contains(prev)) return true;
            // otherwise only when a complement follows: "Smith claims that", "Smith states: ..."; after a word in lower
            // case ("in key states:", "criminal charges,", "racist remarks.") only "that" or a quote
            if (next >= t.size()) return false;
            // ("the first to respond,", "who to blame:" are infinitives, "his lawyers claim," has a plural subject: a comma
            // or colon still marks them)
            boolean lower = !t.isCapitalized(b - 1) && !(term.equals(lemma) && (prev.equals("to") || pluralNoun(prev)));
            if (!lower && t.kind(next) == TokenizedText.PUNCT && t.firstChar(next) == '.' && clauseFinalAfterName(t, b, sentFirst)) return true;
            boolean commaOrColon = t.kind(next) == TokenizedText.PUNCT && (t.firstChar(next) == ',' || t.firstChar(next) == ':');
            // ... but "the girl replies, “...", "the notes state: “...": a quote after the comma or colon
            boolean quoteNext = next + 1 < t.size() && t.kind(next + 1) == TokenizedText.QUOTE;
            // "remarks that were", "states that allow": "that" as the subject of a relative clause, not a complement
            boolean relative = lower && next + 1 < t.size() && RELATIVE_VERBS.contains(t, next + 1);
            // "the report states, ...", "as the paper notes, ...": a determiner and a document or medium as the subject
            boolean documentSubject = lower && plural && b >= 2 && SOURCE_DOCUMENTS.contains(t, b - 1)
                    && SpeakerWords.SUBJECT_DETERMINERS.contains(t, b - 2);
            return t.norm(next).equals("that") && !relative || t.kind(next) == TokenizedText.QUOTE
                    || commaOrColon && (!lower || quoteNext || documentSubject);
        }
        return true;
    }

    /**
     * The verb ends its sentence right after a name that follows a comma: "…, the Post reports." or
     * "…, Reuters reports." (a source cited at the end of the sentence, not the noun "reports").
     */
    private static boolean clauseFinalAfterName(TokenizedText t, int b, int sentFirst) {
        int k = b - 1;
        if (k <= sentFirst || !t.isWord(k) || !t.isCapitalized(k)) return false;
        int n = 0;
        while (k > sentFirst && t.isWord(k) && (t.isCapitalized(k) || t.normEquals(k, "the")) && n < 5) {
            k--;
            n++;
        }
        return n > 0 && t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == ',';
    }

    /** The verb opens its clause (after a quote, comma, dash or at the sentence start): "…," said Smith. */
    private static boolean invertedPosition(TokenizedText t, int verb) {
        if (verb == 0 || t.sentenceStart(t.sentenceOf(verb)) == verb) return true;
        byte k = t.kind(verb - 1);
        if (k == TokenizedText.QUOTE) return true;
        if (k != TokenizedText.PUNCT) return false;
        char c = t.firstChar(verb - 1);
        // a comma only after a quote: "…", said Smith (not: "Holdings, which operates it, said the plan")
        if (c == ',') return verb >= 2 && t.kind(verb - 2) == TokenizedText.QUOTE;
        return c == '\u2014' || c == '\u2013' || c == ':' || c == ';';
    }

    /** Speaker phrase after the verb ("said Maria Zakharova, the spokeswoman"), or null. */
    private int[] speakerRight(TokenizedText t, int verbEnd, boolean according) {
        int n = t.size();
        int sentEnd = verbEnd < n ? t.sentenceEnd(t.sentenceOf(verbEnd - 1)) : n;
        int k = verbEnd;
        int start = k;
        int words = 0;
        while (k < sentEnd && words < 8 && t.isWord(k)) {
            String nm = t.norm(k);
            if (words > 0 && (nm.equals("of") || nm.equals("for")) && k + 1 < sentEnd && t.isWord(k + 1)) {
                k++;
                words++;
                continue;
            }
            if (STOP_RIGHT.contains(nm) && !(according && words == 0 && !nm.equals("that"))) break;
            if (words == 0 && !(t.isCapitalized(k) || nm.equals("the") || nm.equals("a") || nm.equals("an") || nm.equals("another")
                    || nm.equals("one") || vague.contains(nm) || PRONOUNS.contains(nm) || according
                    || roleBeforeName(t, k, sentEnd))) {
                break;
            }
            k++;
            words++;
        }
        if (words == 0) return null;
        int end = k;
        int nameEnd = k;
        // apposition: ", the spokeswoman"
        if (k + 1 < sentEnd && t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == ','
                && (t.norm(k + 1).equals("the") || t.norm(k + 1).equals("a") || t.norm(k + 1).equals("an"))
                && classify(t, start, end) == Attribution.SpeakerType.NAMED) {
            int a = k + 1;
            int w = 0;
            while (a < sentEnd && t.isWord(a) && w < 8 && !STOP_LEFT.contains(t, a)) { a++; w++; }
            if (w >= 2) end = a;
        }
        return new int[]{start, end, nameEnd};
    }

    /** "said study author Eric Merkley", "insisted party chairman Olu Bello": lower-case role words, then a name. */
    private static boolean roleBeforeName(TokenizedText t, int k, int sentEnd) {
        for (int j = k; j < sentEnd && j < k + 4; j++) {
            if (!t.isWord(j) || STOP_RIGHT.contains(t, j) || PRONOUNS.contains(t, j)) return false;
            if (t.isCapitalized(j)) return j > k && j + 1 < sentEnd && t.isWord(j + 1) && t.isCapitalized(j + 1);
        }
        return false;
    }

    private Attribution.SpeakerType classify(TokenizedText t, int from, int to) {
        if (to - from == 1 && PRONOUNS.contains(t, from)) return Attribution.SpeakerType.PRONOUN;
        int sentFirst = t.sentenceStart(t.sentenceOf(from));
        int lastVague = -1;
        for (int k = from; k < to; k++) if (vagueWords().contains(t, k)) lastVague = k;
        if (lastVague >= 0) {
            for (int k = lastVague + 1; k < to; k++) {
                if (PREPOSITIONS.contains(t, k) || (t.kind(k) == TokenizedText.PUNCT)) break;
                if (t.isWord(k) && t.isCapitalized(k)) return Attribution.SpeakerType.NAMED;
            }
            return Attribution.SpeakerType.ANONYMOUS;
        }
        for (int k = from; k < to; k++) {
            if (t.isWord(k) && t.isCapitalized(k) && !(k == sentFirst && DETERMINERS.contains(t, k))
                    && !PRONOUNS.contains(t, k)) {
                return Attribution.SpeakerType.NAMED;
            }
        }
        return Attribution.SpeakerType.OTHER;
    }

    private static String lastCapitalRun(TokenizedText t, int from, int to) {
        int runEnd = -1;
        int runStart = -1;
        for (int k = to - 1; k >= from; k--) {
            boolean cap = t.isWord(k) && t.isCapitalized(k);
            if (cap && runEnd < 0) runEnd = k + 1;
            if (cap) runStart = k;
            if (!cap && runEnd >= 0) break;
        }
        if (runEnd < 0) return keyOf(t, from, to);
        // "Mr. Trump", "President Trump", "Sen. Bernie Sanders" -> the name itself
        while (runEnd - runStart > 1 && HONORIFICS.contains(t, runStart)) runStart++;
        // prefer the run before an apposition: "Maria Zakharova, the Spokeswoman" keeps the name
        String s = t.span(runStart, runEnd).of(t.text());
        if (s.endsWith("'s") || s.endsWith("’s")) s = s.substring(0, s.length() - 2);
        return s;
    }

    private static String keyOf(TokenizedText t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!t.isWord(k)) continue;
            String nm = t.norm(k);
            if (sb.length() == 0 && (nm.equals("the") || nm.equals("a") || nm.equals("an"))) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(nm);
        }
        return sb.toString();
    }

    /** The lemma of an inflected reporting-verb form, or null. */
    public String lemmaOf(String form) {
        return lemmaOf.get(form);
    }

    Map<String, String> lemmaMap() {
        return lemmaOf;
    }
}
