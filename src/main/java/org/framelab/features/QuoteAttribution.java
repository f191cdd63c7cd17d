package org.framelab.features;

import org.framelab.text.Span;

/**
 * Who a direct quote is attributed to, resolved once per article by {@link SpeakerResolver}.
 *
 * @param quote       index of the quotation in {@link TextAnalysis#quotes()}
 * @param speaker     the speaker's name when one is given ("Karl Weiss", "State Department"), else the
 *                    speaker phrase without its article ("senior U.S. official"); empty when unknown
 * @param role        the role or title written with the name ("Interior Ministry spokesman"), else empty
 * @param source      the key of the per-source profile: the name, or the lower-cased phrase (as
 *                    {@link Attribution#source()}); empty when unknown
 * @param speakerSpan the words that name the speaker (for a pronoun or a carried-over speaker: the
 *                    earlier mention it resolves to), or null when unknown
 * @param named       true when {@code speaker} is a name (person or organisation), false for a phrase
 * @param method      how the speaker was found
 * @param cueToken    the token of the reporting verb or colon that attributes the quote, or -1
 */
public record QuoteAttribution(int quote, String speaker, String role, String source, Span speakerSpan, boolean named,
                               Method method, int cueToken) {

    /** How a quote's speaker was found. */
    public enum Method {
        /** a reporting verb next to the quote with its speaker ({@code ," said Karl Weiss}) */
        VERB,
        /** a pronoun next to the quote ({@code ," he said}) resolved to a person named before */
        PRONOUN,
        /** {@code according to X, "..."} or {@code "...," according to X} */
        ACCORDING,
        /** a colon after the speaker's clause ({@code Weiss said on Monday: "..."}) */
        COLON,
        /** a reporting verb elsewhere in the quote's sentence ({@code X told reporters that China "..."}) */
        SENTENCE,
        /**
         * the source written after the quote in a roundup: after a dash ({@code "..." — Armond White,
         * National Review}) or on the line below a quoted paragraph ({@code Alex Ward, Vox})
         */
        SOURCE_LINE,
        /** no cue of its own: the speaker of the quote or attribution just before it */
        CARRY_OVER,
        /** no speaker found */
        NONE;

        /** The lower-case name used in hits and tables: {@code verb}, {@code carry-over}, ... */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public boolean resolved() {
        return method != Method.NONE;
    }
}
