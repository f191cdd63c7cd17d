package org.framelab.text;

/** What a pair of quotation marks encloses. */
public enum QuoteKind {
    /** A quoted statement attributed to (or standing for) a speaker's words. */
    DIRECT,
    /** A short quoted term (about 1–4 words) inside the writer's own sentence, not attributed as speech. */
    SCARE,
    /** The title or name of a work or thing, in title case ("Orange Is the New Black"). */
    TITLE,
    /**
     * An expression mentioned rather than used: the word "X", a translation gloss (the Knesset
     * ("assembly")), "X" meaning Y. The writer talks about the words, neither quoting a speaker nor
     * distancing from them.
     */
    MENTION
}
