package org.framelab.lexicon;

import java.util.LinkedHashSet;
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

    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("say", new String[]{"says", "said", "saying"}),
            Map.entry("tell", new String[]{"tells", "told", "telling"}),
            Map.entry("write", new String[]{"writes", "wrote", "written", "writing"}),
            Map.entry("speak", new String[]{"speaks", "spoke", "spoken", "speaking"}),
            Map.entry("think", new String[]{"thinks", "thought", "thinking"}),
            Map.entry("know", new String[]{"knows", "knew", "known", "knowing"}),
            Map.entry("find", new String[]{"finds", "found", "finding"}),
            Map.entry("learn", new String[]{"learns", "learned", "learnt", "learning"}),
            Map.entry("forget", new String[]{"forgets", "forgot", "forgotten", "forgetting"}),
            Map.entry("see", new String[]{"sees", "saw", "seen", "seeing"}),
            Map.entry("hear", new String[]{"hears", "heard", "hearing"}),
            Map.entry("feel", new String[]{"feels", "felt", "feeling"}),
            Map.entry("hold", new String[]{"holds", "held", "holding"}),
            Map.entry("read", new String[]{"reads", "read", "reading"}),
            Map.entry("swear", new String[]{"swears", "swore", "sworn", "swearing"}),
            Map.entry("bring", new String[]{"brings", "brought", "bringing"}),
            Map.entry("teach", new String[]{"teaches", "taught", "teaching"}),
            Map.entry("understand", new String[]{"understands", "understood", "understanding"}),
            Map.entry("mean", new String[]{"means", "meant", "meaning"}),
            Map.entry("give", new String[]{"gives", "gave", "given", "giving"}),
            Map.entry("get", new String[]{"gets", "got", "gotten", "getting"}),
            Map.entry("forbid", new String[]{"forbids", "forbade", "forbidden", "forbidding"}),
            Map.entry("foresee", new String[]{"foresees", "foresaw", "foreseen", "foreseeing"}),
            Map.entry("begin", new String[]{"begins", "began", "begun", "beginning"}),
            Map.entry("keep", new String[]{"keeps", "kept", "keeping"}),
            Map.entry("lead", new String[]{"leads", "led", "leading"}),
            Map.entry("put", new String[]{"puts", "put", "putting"}),
            Map.entry("let", new String[]{"lets", "let", "letting"}),
            Map.entry("have", new String[]{"has", "had", "having"}),
            Map.entry("do", new String[]{"does", "did", "done", "doing"}),
            Map.entry("go", new String[]{"goes", "went", "gone", "going"}),
            Map.entry("take", new String[]{"takes", "took", "taken", "taking"}),
            Map.entry("make", new String[]{"makes", "made", "making"}),
            Map.entry("show", new String[]{"shows", "showed", "shown", "showing"}),
            Map.entry("prove", new String[]{"proves", "proved", "proven", "proving"}),
            Map.entry("lie", new String[]{"lies", "lied", "lying"}),
            Map.entry("fight", new String[]{"fights", "fought", "fighting"}),
            Map.entry("seek", new String[]{"seeks", "sought", "seeking"}),
            Map.entry("mistake", new String[]{"mistakes", "mistook", "mistaken", "mistaking"}),
            Map.entry("bid", new String[]{"bids", "bid", "bidding"}),
            Map.entry("dream", new String[]{"dreams", "dreamed", "dreamt", "dreaming"}),
            Map.entry("blow", new String[]{"blows", "blew", "blown", "blowing"}),
            Map.entry("rebut", new String[]{"rebuts", "rebutted", "rebutting"}));

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
