package org.framelab.features;

import org.framelab.text.Span;

/**
 * One attribution: a reporting verb and who it is attributed to.
 *
 * @param verbToken    first token of the verb (or of "according to")
 * @param verbEnd      one past its last token
 * @param verb         the verb as written, e.g. {@code claimed}
 * @param lemma        its lemma, e.g. {@code claim}
 * @param category     {@code neutral} or {@code evaluative}
 * @param verbSpan     character span of the verb
 * @param speakerSpan  character span of the speaker phrase, or null when none was found
 * @param speaker      the speaker phrase as written ("Foreign Ministry spokeswoman Maria Zakharova",
 *                     "Maria Zakharova, the spokeswoman", "officials", "he"), empty when none
 * @param source       a key for per-source profiles: the person or organisation name when one is
 *                     given (a pronoun resolves to the person it stands for, see {@link SpeakerResolver};
 *                     a surname to the full name written earlier), else the lower-cased phrase; empty
 *                     when no speaker
 * @param speakerType  what kind of source it is
 * @param sourceSpan   the words that name the source: the speaker phrase itself, or for a pronoun the
 *                     earlier mention it resolves to ({@link SpeakerResolver}); null when no speaker
 */
public record Attribution(int verbToken, int verbEnd, String verb, String lemma, String category, Span verbSpan,
                          Span speakerSpan, String speaker, String source, SpeakerType speakerType, Span sourceSpan) {

    /** This attribution with its source resolved to {@code source}, named by the words at {@code sourceSpan}. */
    public Attribution withSource(String source, Span sourceSpan) {
        return new Attribution(verbToken, verbEnd, verb, lemma, category, verbSpan, speakerSpan, speaker, source,
                speakerType, sourceSpan);
    }

    public enum SpeakerType {
        /** a named person or organisation */
        NAMED,
        /** an anonymous or vague source: officials, sources, critics, a spokesman */
        ANONYMOUS,
        /** he, she, they ... */
        PRONOUN,
        /** some other phrase (the report, the statement) */
        OTHER,
        /** no speaker found next to the verb */
        NONE
    }
}
