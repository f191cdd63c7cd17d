package org.framelab.features;

import org.framelab.features.SpeakerNames.Speaker;
import org.framelab.text.TokenizedText;
import org.framelab.text.WordSet;

import static org.framelab.features.SpeakerWords.TITLES;

/**
 * Descriptions of a speaker named before, for {@link SpeakerResolver}: "the press secretary", "the
 * senator" (a name written with Sen.), "the former Goldman Sachs president" (the person just named).
 */
final class SpeakerDescriptions {
    /** Nouns that describe a news medium named before: "the paper said", "according to the publication". */
    private static final WordSet MEDIUM_NOUNS = WordSet.of("paper", "newspaper", "publication", "magazine", "outlet",
            "network", "broadcaster", "channel", "website", "site", "tabloid", "daily", "weekly");

    /** Modifiers that count unnamed sources ("the second executive", "the other official"), no epithet of a person. */
    private static final WordSet COUNTING = WordSet.of("first", "second", "third", "fourth", "fifth", "other", "same",
            "latter", "last", "next", "two", "three", "another", "one");

    private final SpeakerResolver.Work work;
    private final TokenizedText t;
    private final boolean[] quoted;
    private final SpeakerNames names;

    SpeakerDescriptions(SpeakerResolver.Work work) {
        this.work = work;
        this.t = work.t;
        this.quoted = work.quoted;
        this.names = work.names;
    }

    /** An earlier speaker whose role contains the head noun of "the press secretary". */
    Speaker byRole(int from, int to) {
        int last = to - 1;
        while (last > from && !t.isWord(last)) last--;
        String head = t.norm(last);
        if (introducedUnnamed(from, head)) return null;
        if (MEDIUM_NOUNS.contains(t, last)) return organisationBefore(from);
        // "the former Goldman Sachs president": a name inside the description must be in the role too
        String proper = null;
        for (int k = from + 1; k < last && proper == null; k++) if (t.isWord(k) && t.isCapitalized(k)) proper = t.norm(k);
        for (int i = work.attributions.size() - 1; i >= 0; i--) {
            Speaker s = work.attributionSpeaker[i];
            if (s == null || !s.named() || s.token() >= from) continue;
            if (!s.role().isEmpty() && SpeakerWords.roleHas(s.role(), head) && roleNames(s, proper)) return s;
        }
        // "President Obama's more upbeat assessment … The president said": a person named with the role before
        for (int i = names.mentionsBefore(from) - 1; i >= 0; i--) {
            Speaker m = names.mentions.get(i);
            if (!m.person() || m.role().isEmpty()) continue;
            if (SpeakerWords.roleHas(m.role(), head) && roleNames(m, proper)) return m;
        }
        // "White House adviser Gary Cohn … (The former Goldman Sachs president has said “…”)": such a
        // description of one person with a name in it stands for the person just named, as "he" would
        // "the former vice president said", "the veteran senator added": so does a title with a modifier that is
        // no title itself (an epithet for someone named before, not the office's holder in general)
        return (proper != null || hasModifier(from, last)) && isPersonDescription(from, last) ? work.antecedent(from, true) : null;
    }

    /** A word in lower case between "the" and the head noun {@code last} that is no title ("former", "veteran"). */
    private boolean hasModifier(int from, int last) {
        for (int k = from + 1; k < last; k++) {
            if (!t.isWord(k) || t.isCapitalized(k) || COUNTING.contains(t, k)) continue;
            // ("former" is a title word too: "former President Ada Cole")
            if (!TITLES.contains(t, k) || t.normEquals(k, "former")) return true;
        }
        return false;
    }

    /**
     * "Politico reports. … the paper said", "told the Cambridge News … according to the paper": the
     * organisation named last before token {@code from} (a medium is no other kind of description), in its sentence or the {@value SpeakerResolver#LOOK_BACK}
     * before; null when none.
     */
    private Speaker organisationBefore(int from) {
        int stop = t.sentenceOf(from) - SpeakerResolver.LOOK_BACK;
        for (int i = names.mentionsBefore(from) - 1; i >= 0; i--) {
            Speaker m = names.mentions.get(i);
            if (t.sentenceOf(m.token()) < stop) return null;
            if (m.group()) return m;
        }
        return null;
    }

    /** "the former Goldman Sachs president": modifiers, then a title or a person noun last (not "head of …", not "alumni"). */
    private boolean isPersonDescription(int from, int last) {
        for (int k = from + 1; k < last; k++) if (!t.isWord(k) || SpeakerWords.PREPOSITIONS.contains(t, k)) return false;
        return TITLES.contains(t, last) || AttributionFinder.standard().isVague(t.norm(last)) && !t.norm(last).endsWith("s");
    }

    /** Whether the role of {@code s} has the word {@code proper} of a description (always when null). */
    private static boolean roleNames(Speaker s, String proper) {
        return proper == null || SpeakerNames.lower(s.role()).contains(proper);
    }

    /**
     * "One GOP senator on the fence said … “…,” said the senator": the role noun {@code head} brought
     * in unnamed (after a, an, one, another) in this sentence or the one before token {@code from}.
     */
    private boolean introducedUnnamed(int from, String head) {
        int s = t.sentenceOf(from);
        int stop = t.sentenceStart(Math.max(0, s - 1));
        for (int k = from - 1; k >= stop; k--) {
            if (quoted[k] || !t.normEquals(k, head) || t.isCapitalized(k)) continue;
            // "a senator, Ada Cole" names the senator
            int n = k + 1 < t.size() && t.firstChar(k + 1) == ',' ? k + 2 : k + 1;
            if (n < t.size() && t.isWord(n) && t.isCapitalized(n)) continue;
            for (int j = k - 1; j >= stop && j >= k - 3; j--) {
                if (t.normEquals(j, "a") || t.normEquals(j, "an") || t.normEquals(j, "one") || t.normEquals(j, "another")) return true;
            }
        }
        return false;
    }
}
