package org.framelab.features;

import org.framelab.text.Span;
import org.framelab.text.TokenizedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.framelab.features.SpeakerWords.COURTESY;
import static org.framelab.features.SpeakerWords.DETERMINERS;
import static org.framelab.features.SpeakerWords.FEMALE;
import static org.framelab.features.SpeakerWords.MALE;
import static org.framelab.features.SpeakerWords.NOT_NAME;
import static org.framelab.features.SpeakerWords.NOT_NAME_START;
import static org.framelab.features.SpeakerWords.ORG_WORDS;
import static org.framelab.features.SpeakerWords.RUN_BREAKS;
import static org.framelab.features.SpeakerWords.TITLES;

/**
 * The names of one article for {@link SpeakerResolver}: runs of capitalised words outside quotes,
 * cut after their last title word into a name and a role ("Interior Ministry spokesman Karl Weiss":
 * name Karl Weiss, role Interior Ministry spokesman), people told from organisations, a surname
 * alone read as the full name written earlier ("Weiss" = "Karl Weiss"), and whether a person fits
 * "he" or "she".
 */
final class SpeakerNames {
    /** A speaker: a name (with role) or a phrase, and the words it was taken from. */
    record Speaker(String name, String role, String source, Span span, boolean named, boolean person,
                   boolean group, int token) {}

    private final TokenizedText t;
    private final boolean[] quoted;
    /** Person and organisation mentions outside quotes, in text order. */
    final List<Speaker> mentions = new ArrayList<>();
    /** Per sentence: indices into {@link #mentions}. */
    final SentenceLists mentionsOf;
    /** Surname (lower case) to the full name first written for it. */
    private final Map<String, String> fullNames = new HashMap<>();
    /** First word of a name (lower case) to the full name: "Geng" = "Geng Shuang". */
    private final Map<String, String> firstNames = new HashMap<>();

    /** {@code quoted}: the tokens inside quotes (no names are looked for there). */
    SpeakerNames(TokenizedText t, boolean[] quoted) {
        this.t = t;
        this.quoted = quoted;
        this.mentionsOf = new SentenceLists(t.sentenceCount());
    }

    /** Finds the person and organisation mentions outside quotes ({@link #mentions}). */
    void findMentions() {
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

    /** The lower-case word without a possessive ending: "rahami" for "Rahami’s". */
    private String normKey(int k) {
        String n = t.norm(k);
        if (isGenitive(k)) return n.substring(0, n.length() - 2);
        if (isPossessive(k)) return n.substring(0, n.length() - 1);
        return n;
    }

    /** "Blackrock's", "Trump’s": a possessive that ends a name run (a plural "Workers'" does not). */
    boolean isGenitive(int k) {
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
    Speaker nameOf(int from, int to, boolean speakerPosition) {
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
        // "the New York Times": a place in a name that ends with an organisation word is part of it
        boolean group = org && (!notName || ORG_WORDS.contains(t, to - 1)) || speakerPosition && !person;
        if (!person && !group) return null;
        String name = t.span(nb, to).of(t.text());
        if (isPossessive(to - 1)) name = stripPossessive(name);
        if (name.isEmpty()) return null;
        if (person && words >= 2 && words <= 4) {
            fullNames.putIfAbsent(normKey(to - 1), name);
            firstNames.putIfAbsent(normKey(nb), name);
        }
        // "President Obama", then "Obama" alone: a surname written with a title is a person later too
        if (person && title && words == 1 && known == null && !speakerPosition) fullNames.putIfAbsent(key, name);
        if (person && known != null) name = known;
        String role = roleText(from, nb);
        return new Speaker(name, role, name, t.span(from, to), true, person, group, nb);
    }

    String roleText(int from, int to) {
        while (from < to && (DETERMINERS.contains(t, from) || COURTESY.contains(t, from))) from++;
        int end = to;
        while (end > from && COURTESY.contains(t, end - 1)) end--;
        if (from >= end) return "";
        String s = t.span(from, end).of(t.text()).strip();
        while (s.endsWith(",")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    String apposition(int from, int to) {
        if (from >= to || !DETERMINERS.contains(t, from) && !TITLES.contains(t, from)) return "";
        return roleText(from, to);
    }

    static String joinRole(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a + ", " + b;
    }

    /** A person fits "he" ({@code she} false) or "she" unless the first name or title says otherwise. */
    static boolean fitsGender(Speaker sp, Boolean she) {
        if (she == null) return true;
        String first = lower(firstWord(sp.name()));
        String role = lower(sp.role());
        boolean female = FEMALE.contains(first) || role.startsWith("mrs") || role.startsWith("ms") || role.contains("woman");
        boolean male = MALE.contains(first) || role.startsWith("mr.") || role.startsWith("mr ") || role.equals("mr")
                || role.contains("spokesman") || role.contains("chairman") || role.contains("congressman");
        return she ? !male || female : !female || male;
    }

    /** The first person (or organisation) named in sentence {@code s}. */
    Speaker subjectOf(int s, boolean person, Boolean she) {
        List<Integer> ms = mentionsOf.get(s);
        if (ms == null) return null;
        for (int i : ms) {
            Speaker m = mentions.get(i);
            if (person ? m.person() && fitsGender(m, she) : m.group()) return m;
        }
        return null;
    }

    static String lower(String s) {
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
