package org.framelab.features;

import org.framelab.features.SpeakerNames.Speaker;
import org.framelab.text.QuoteKind;
import org.framelab.text.Quotation;
import org.framelab.text.TokenizedText;

import java.util.List;

import static org.framelab.features.SpeakerWords.PERSON_PRONOUNS;

/**
 * The quote pass of {@link SpeakerResolver}: the speaker of each direct quote of one article, after
 * the attributions' speakers are known. In this order: the reporting verb next to the quote (verb,
 * pronoun, according to); a colon after the speaker's clause, also at the end of the paragraph
 * before; a reporting verb elsewhere in the quote's sentence; else the speaker carried over from the
 * quote or attribution just before, or the person the sentence before is about.
 */
final class QuoteSpeakers {
    private final SpeakerResolver.Work work;
    private final TokenizedText t;
    private final List<Quotation> quotes;
    private final List<Attribution> attributions;
    private final boolean[] quoted;
    private final SpeakerNames names;
    private final Speaker[] attributionSpeaker;
    private final SentenceLists attributionsOf;
    /** Per sentence: indices of the direct quotes that end in it. */
    private final SentenceLists quotesEndingIn;
    private final Speaker[] quoteSpeaker;
    /** The clause-level rules: the subject of a quote's clause, documents and unnamed groups that speak. */
    private final QuoteClauses clauses;

    /** The quotes of {@code work}, whose attributions' speakers are resolved. */
    QuoteSpeakers(SpeakerResolver.Work work) {
        this.work = work;
        this.t = work.t;
        this.quotes = work.quotes;
        this.attributions = work.attributions;
        this.quoted = work.quoted;
        this.names = work.names;
        this.attributionSpeaker = work.attributionSpeaker;
        this.attributionsOf = work.attributionsOf;
        this.quoteSpeaker = new Speaker[quotes.size()];
        this.clauses = new QuoteClauses(work);
        this.quotesEndingIn = new SentenceLists(t.sentenceCount());
        for (int i = 0; i < quotes.size(); i++) {
            Quotation q = quotes.get(i);
            if (q.kind() == QuoteKind.DIRECT) quotesEndingIn.add(t.sentenceOf(Math.max(0, q.endToken() - 1)), i);
        }
    }

    /** The speaker of the direct quote {@code q} (index {@code qi}); quotes are given in text order. */
    QuoteAttribution quote(int qi, Quotation q) {
        if (q.depth() > 0) return none(qi);
        int open = q.firstToken() - 1;
        int cue = q.speechVerbToken();
        Speaker sp = null;
        QuoteAttribution.Method method = QuoteAttribution.Method.NONE;
        boolean colonBefore = open > 0 && isColon(open - 1);
        // "… reads a joint statement from the three countries", "The advisory reads: “…”": the document speaks
        Speaker document = clauses.documentReads(q);
        if (document != null) {
            sp = document;
            method = QuoteAttribution.Method.VERB;
            cue = clauses.readsToken();
        }
        if (sp == null && colonBefore && cue >= 0 && cue > open) {
            // 'daughter Godwin-Baines said: "…," WJW reported': the clause before the colon names the speaker
            Speaker before = verbBefore(open - 1);
            if (before != null) {
                sp = before;
                method = QuoteAttribution.Method.COLON;
                cue = open - 1;
            }
        }
        if (sp == null && cue > open && (t.normEquals(cue, "according") || isReportedBy(cue))) {
            // 'told reporters, "…," although according to preliminary findings', 'he responded, "…," the paper
            // reported': the verb before wins (the medium that reported it is not the speaker)
            int ai = verbJustBefore(open);
            if (ai >= 0) {
                sp = attributionSpeaker[ai];
                cue = attributions.get(ai).verbToken();
                method = QuoteAttribution.Method.VERB;
            }
        }
        if (sp == null && cue >= 0 && t.isWord(cue)) {
            int ai = work.attributionIndexAt(cue);
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
            int[] at = sourceLine(qi, q);
            if (at != null) {
                sp = names.nameOf(at[0], at[1], true);
                if (sp != null) {
                    method = QuoteAttribution.Method.SOURCE_LINE;
                    cue = at[0];
                }
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
            // no reporting verb: the person the quote's own sentence is about ("Ioannidis worries that if …,
            // “…”", "McConnell called the numbers “…,” adding, “…”"), named before the quote
            Speaker m = clauses.subjectBefore(open);
            if (m != null) {
                sp = m;
                method = QuoteAttribution.Method.SENTENCE;
                cue = m.token();
            }
        }
        if (sp == null) {
            // "voters heard from business leaders that “…”", "“…” is a message most advisers repeat"
            Speaker g = clauses.unnamedSource(q);
            if (g != null) {
                sp = g;
                method = QuoteAttribution.Method.SENTENCE;
                cue = g.token();
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

    /**
     * Whether the paragraph before sentence {@code s} (up to {@link SpeakerResolver#LOOK_BACK} sentences) has neither a
     * reporting verb nor a quote: a paragraph about someone, not one that reports speech ('"…," Ada and Ben said in a
     * statement. Their host, Cy Dunn, chaired the meeting.' is still Ada and Ben's when the quote goes on).
     */
    private boolean noCueBefore(int s) {
        for (int ps = s - 1; ps >= 0 && s - ps <= SpeakerResolver.LOOK_BACK; ps--) {
            if (attributionsOf.get(ps) != null || quotesEndingIn.get(ps) != null) return false;
            if (t.startsParagraph(t.sentenceStart(ps))) return true;
        }
        return true;
    }

    /** Whether the person {@code m} is the resolved speaker of a reporting verb somewhere in the article. */
    private boolean speaksElsewhere(Speaker m) {
        for (int ai = 0; ai < attributionSpeaker.length; ai++) {
            Speaker sp = attributionSpeaker[ai];
            if (sp != null && sp.named() && sp.name().equals(m.name()) && resolvedOrNamed(ai)) return true;
        }
        return false;
    }

    /** The last token of the mention {@code m}. */
    private int lastTokenOf(Speaker m) {
        int e = m.token();
        while (e + 1 < t.size() && t.end(e + 1) <= m.span().end()) e++;
        return e;
    }

    /** Paragraphs of quoted text a source line may follow (a quote continued over several paragraphs). */
    private static final int SOURCE_LINE_PARAGRAPHS = 4;
    /** At most this many tokens on a source line ({@code David M. Hart, The Hill}). */
    private static final int SOURCE_LINE_TOKENS = 12;

    /**
     * The tokens [from, to) of the name that a roundup writes as the source of quote {@code q}, or
     * null: after a dash that follows the closing mark ({@code "..." — Queen Latifah to the Associated
     * Press}), or, when the quote ends its paragraph, on the first following line that is not itself
     * quoted text (up to {@value #SOURCE_LINE_PARAGRAPHS} quoted paragraphs on), if that line is short,
     * has no quotation mark, and is a capitalised name, a comma and more capitalised words
     * ({@code Alex Ward, Vox}; {@code Editorial Board, Washington Post} gives the outlet).
     */
    private int[] sourceLine(int qi, Quotation q) {
        int n = t.size();
        int after = q.closed() ? q.endToken() + 1 : q.endToken();
        if (q.closed() && after < n && !t.startsParagraph(after) && isDash(after)) {
            int from = after + 1, to = from;
            while (to < n && !t.startsParagraph(to) && (t.isWord(to) && t.isCapitalized(to) || isInitialDot(to))) to++;
            return to > from ? new int[]{from, to} : null;
        }
        if (after < n && !t.startsParagraph(after)) return null;
        int line = after;
        for (int hops = 0; line < n && hops < SOURCE_LINE_PARAGRAPHS; hops++) {
            int end = line + 1;
            while (end < n && !t.startsParagraph(end)) end++;
            if (isQuotedParagraph(line, end, qi)) {
                line = end;
                continue;
            }
            return nameLine(line, end);
        }
        return null;
    }

    /** Whether the paragraph [from, to) is quoted text: it opens with the opening mark of a direct quote after {@code qi}. */
    private boolean isQuotedParagraph(int from, int to, int qi) {
        for (int k = qi + 1; k < quotes.size(); k++) {
            Quotation o = quotes.get(k);
            if (o.firstToken() - 1 < from) continue;
            return o.firstToken() - 1 == from && o.depth() == 0 && o.kind() == QuoteKind.DIRECT;
        }
        return false;
    }

    /** The name of a source line [from, to), or null when the line is not one. */
    private int[] nameLine(int from, int to) {
        if (to - from > SOURCE_LINE_TOKENS || to - from < 3) return null;
        int comma = -1;
        for (int k = from; k < to; k++) {
            if (t.kind(k) == TokenizedText.QUOTE) return null;
            if (t.isWord(k) && !t.isCapitalized(k)) return null;
            if (t.kind(k) == TokenizedText.PUNCT) {
                if (t.firstChar(k) == ',' && comma < 0) comma = k;
                else if (!isInitialDot(k)) return null;
            }
        }
        if (comma <= from || comma >= to - 1) return null;
        // "Editorial Board, Washington Post": the board of the outlet after the comma
        if (t.normEquals(from, "editorial") || t.normEquals(from, "editors")) return new int[]{comma + 1, to};
        return new int[]{from, comma};
    }

    /** A dash token (em dash, en dash). */
    private boolean isDash(int k) {
        return t.kind(k) == TokenizedText.PUNCT && (t.firstChar(k) == '\u2014' || t.firstChar(k) == '\u2013');
    }

    /** The dot after an initial ({@code M.} in {@code David M. Hart}). */
    private boolean isInitialDot(int k) {
        return t.kind(k) == TokenizedText.PUNCT && t.firstChar(k) == '.' && k > 0 && t.normLength(k - 1) == 1 && t.isCapitalized(k - 1);
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

    /** A "report" verb after the quote: '"…," the paper reported', '"…," as CNN reported'. */
    private boolean isReportedBy(int cue) {
        int ai = work.attributionIndexAt(cue);
        return ai >= 0 && attributions.get(ai).lemma().equals("report");
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
            if (PERSON_PRONOUNS.contains(t, k)) return work.antecedent(k, true);
        }
        Speaker document = clauses.documentBeforeColon(colon);
        if (document != null) return document;
        List<Integer> ms = names.mentionsOf.get(s);
        if (ms != null) {
            for (int i : ms) {
                Speaker m = names.mentions.get(i);
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
        // 'Trump warned that “…”; Clinton claimed to be “…”': a verb before the quote's clause is not its cue
        int clause = open < 0 ? 0 : clauses.clauseStart(s0, open);
        for (int s = s0; s <= s1; s++) {
            List<Integer> as = attributionsOf.get(s);
            if (as == null) continue;
            for (int ai : as) {
                int v = attributions.get(ai).verbToken();
                if (v >= q.firstToken() && v < q.endToken()) continue;
                if (quoted[v] || v < clause) continue;
                if (attributionSpeaker[ai] == null || !resolvedOrNamed(ai)) continue;
                // before the quote first, and there the first person named ("X said … that the White House believes “…”")
                int distance = v < open ? (attributionSpeaker[ai].person() ? v - clause : 1000 + open - v)
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
        // the quote opens its paragraph: the sentences of the paragraph before are searched for the person they are about
        boolean previousParagraph = (t.startsParagraph(open) || open > 0 && t.startsParagraph(q.firstToken())) && noCueBefore(s);
        for (int d = 1; d <= SpeakerResolver.LOOK_BACK && s - d >= 0; d++) {
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
                int pronoun = work.subjects.pronoun(ps);
                if (pronoun >= 0) return work.antecedent(pronoun, true);
                Speaker m = names.subjectOf(ps, true, null);
                if (m != null) return m;
            }
            // "Taken together, McBride estimates …" closing the paragraph before: another person's paragraph
            // stands between the quote and the last speaker
            // (only in a paragraph with no reporting verb and no quote, see noCueBefore; not in a parenthesis: "(Irish
            // Studies in International Affairs)")
            if (previousParagraph && !t.isPunct(t.sentenceStart(ps), '(')) {
                Speaker m = work.subjects.person(ps, t.sentenceEnd(ps), null);
                // not "Kennedy's retirement solidifies that": a possessive is not the person the sentence is about
                // and only a person who speaks elsewhere in the article ("said McBride" before): not "St. Louis does not
                // have …" or "Browsing AllSides is like …", capitalised words taken for a name
                if (m != null && !names.isGenitive(lastTokenOf(m)) && speaksElsewhere(m)) return m;
                if (t.startsParagraph(t.sentenceStart(ps))) previousParagraph = false;
            }
        }
        return null;
    }
}
