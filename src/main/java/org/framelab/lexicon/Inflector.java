package org.framelab.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English verb inflection for lexicon lemmas: base, third person singular, past, past participle
 * and -ing forms ({@code accuse → accuses, accused, accusing}; {@code say → says, said, saying}).
 * Spelling rules after Quirk et al. 1985, <i>A Comprehensive Grammar of the English Language</i>,
 * §3.5–3.8 (e-deletion, y → i, consonant doubling after a stressed short vowel; the doubling verbs
 * are listed because stress is not visible in spelling), irregular forms from the same source.
 * Multi-word lemmas inflect their first word ({@code find out → found out}).
 */
public final class Inflector {
    private Inflector() {}

    /** Resource with the irregular verbs: per line the lemma, then its other forms in order. */
    static final String IRREGULAR_RESOURCE = "/org/framelab/lexicon/irregular-verbs.txt";

    private static final Map<String, String[]> IRREGULAR = irregular();
    /** Irregular form to its lemma (said → say). */
    private static final Map<String, String> IRREGULAR_LEMMA = irregularLemmas();

    private static Map<String, String> irregularLemmas() {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, String[]> e : IRREGULAR.entrySet()) for (String f : e.getValue()) m.putIfAbsent(f, e.getKey());
        return Map.copyOf(m);
    }

    private static Map<String, String[]> irregular() {
        Map<String, String[]> m = new HashMap<>();
        for (String line : Lexicons.resourceLines(IRREGULAR_RESOURCE)) {
            String[] w = line.split("\\s+");
            if (m.put(w[0], Arrays.copyOfRange(w, 1, w.length)) != null) {
                throw new IllegalStateException("broken built-in " + IRREGULAR_RESOURCE + ": '" + w[0] + "' is listed twice");
            }
        }
        return Map.copyOf(m);
    }

    /** Verbs ending consonant–vowel–consonant that double the final consonant (admit → admitted). */
    private static final Set<String> DOUBLING = Set.of(
            "admit", "commit", "regret", "omit", "permit", "submit", "slam", "quip", "refer", "prefer", "occur",
            "stop", "plan", "jab", "snap", "blab", "gab", "chat", "nag", "beg", "prod", "confer", "deter", "upset",
            "rip", "rap", "spar", "bar", "stir", "ban", "dub", "rob", "grab", "scrap", "slap", "flip", "hit", "pin",
            "transmit", "emit", "rebut", "compel", "dispel", "expel", "propel", "fret", "dot", "wed", "thin", "top",
            "drop", "trim", "clap", "nod", "plot", "snub", "jam", "cram", "nab", "zap", "mob", "sob", "hug", "tip",
            "rebel", "abet", "infer", "defer", "acquit", "concur", "incur", "recur", "control", "patrol");

    /** All forms of a verb lemma (including the lemma), in a fixed order. */
    public static Set<String> verbForms(String lemma) {
        String l = lemma.strip().toLowerCase(java.util.Locale.ROOT);
        int space = l.indexOf(' ');
        if (space > 0) {
            String head = l.substring(0, space);
            String rest = l.substring(space);
            Set<String> out = new LinkedHashSet<>();
            for (String f : verbForms(head)) out.add(f + rest);
            return out;
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(l);
        String[] irr = IRREGULAR.get(l);
        if (irr != null) {
            for (String f : irr) out.add(f);
            return out;
        }
        out.add(thirdPerson(l));
        String past = past(l);
        out.add(past);
        out.add(ing(l));
        return out;
    }

    /** Noun plural, by the same spelling rules as the third person (slur → slurs, bully → bullies). */
    public static String plural(String n) {
        return thirdPerson(n);
    }

    /**
     * Every inflected form of a one-word lemma as verb and as noun (verb forms, then the plural), lemma
     * first. Forms that are not English words (radical → radicaling) are harmless in a lexicon: they
     * never occur.
     */
    public static Set<String> forms(String lemma) {
        Set<String> out = new LinkedHashSet<>(verbForms(lemma));
        String l = lemma.strip().toLowerCase(java.util.Locale.ROOT);
        if (l.indexOf(' ') < 0) out.add(plural(l));
        return out;
    }

    /**
     * The lemmas a word form may be an inflection of, the form itself first: each candidate base
     * ({@code slammed → slam}, {@code bullies → bully}, {@code said → say}) whose {@link #forms} include
     * the word. Bases shorter than three letters are not proposed.
     */
    public static List<String> lemmaCandidates(String word) {
        String w = word.strip().toLowerCase(java.util.Locale.ROOT);
        Set<String> cands = new LinkedHashSet<>();
        cands.add(w);
        String irr = IRREGULAR_LEMMA.get(w);
        if (irr != null) cands.add(irr);
        if (w.indexOf(' ') < 0) {
            if (w.endsWith("ies")) cands.add(cut(w, 3) + "y");
            if (w.endsWith("es")) cands.add(cut(w, 2));
            if (w.endsWith("s")) cands.add(cut(w, 1));
            if (w.endsWith("ied")) cands.add(cut(w, 3) + "y");
            if (w.endsWith("ed")) {
                cands.add(cut(w, 2));
                cands.add(cut(w, 1));
                cands.add(cut(w, 3));
                if (w.endsWith("ked")) cands.add(cut(w, 3));
            }
            if (w.endsWith("ying")) cands.add(cut(w, 4) + "ie");
            if (w.endsWith("ing")) {
                cands.add(cut(w, 3));
                cands.add(cut(w, 3) + "e");
                cands.add(cut(w, 4));
            }
        }
        List<String> out = new ArrayList<>();
        for (String c : cands) {
            if (c.equals(w) || (c.length() >= 3 && forms(c).contains(w))) out.add(c);
        }
        return out;
    }

    /**
     * The adverb/adjective partner of a word by the -ly suffix (Quirk et al. 1985, §7.46, App. I.29:
     * bizarre ↔ bizarrely, angry ↔ angrily, terrible ↔ terribly, dramatic ↔ dramatically), in both
     * directions; empty when the word is too short. Spelling only: the partner may not be a word.
     */
    public static List<String> lyPartners(String word) {
        String w = word.strip().toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (w.length() < 4 || w.indexOf(' ') >= 0) return out;
        if (w.endsWith("ly")) {
            out.add(cut(w, 2));                                                   // bizarrely -> bizarre
            if (w.endsWith("ically")) out.add(cut(w, 4));                         // dramatically -> dramatic
            else if (w.endsWith("ily")) out.add(cut(w, 3) + "y");                 // angrily -> angry
            else if (w.endsWith("bly") || w.endsWith("ply")) out.add(cut(w, 1) + "e"); // terribly -> terrible
        } else if (w.endsWith("ic")) {
            out.add(w + "ally");
        } else if (w.endsWith("y") && !isVowel(w.charAt(w.length() - 2))) {
            out.add(cut(w, 1) + "ily");
        } else if (w.endsWith("le") && !isVowel(w.charAt(w.length() - 3))) {
            out.add(cut(w, 1) + "y");
        } else {
            out.add(w + "ly");
        }
        out.removeIf(x -> x.length() < 3 || x.equals(w));
        return out;
    }

    private static String cut(String w, int n) {
        return w.length() > n ? w.substring(0, w.length() - n) : "";
    }

    /** Third person singular present: says, accuses, denies. */
    public static String thirdPerson(String v) {
        if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh") || v.endsWith("o")) {
            return v + "es";
        }
        if (v.endsWith("y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) return v.substring(0, v.length() - 1) + "ies";
        return v + "s";
    }

    static String past(String v) {
        if (v.endsWith("e")) return v + "d";
        if (v.endsWith("y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) return v.substring(0, v.length() - 1) + "ied";
        if (DOUBLING.contains(v)) return v + v.charAt(v.length() - 1) + "ed";
        if (v.endsWith("c")) return v + "ked";
        return v + "ed";
    }

    static String ing(String v) {
        if (v.endsWith("ie")) return v.substring(0, v.length() - 2) + "ying";
        if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe") && v.length() > 2) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        if (DOUBLING.contains(v)) return v + v.charAt(v.length() - 1) + "ing";
        if (v.endsWith("c")) return v + "king";
        return v + "ing";
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
