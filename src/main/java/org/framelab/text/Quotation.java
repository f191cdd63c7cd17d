package org.framelab.text;

/**
 * One paired quotation.
 *
 * @param span            from the opening to the closing mark (inclusive of both marks)
 * @param inner           the quoted content, without the marks
 * @param firstToken      index of the first token inside the marks
 * @param endToken        one past the last token inside the marks
 * @param depth           0 for an outermost quotation, 1 for a quote inside a quote, ...
 * @param kind            direct quote, scare quote, title or mention
 * @param words           word and number tokens inside
 * @param closed          false when the closing mark was missing and the quote ran to the end of the paragraph
 *                        (the news convention for quotes continued in the next paragraph)
 * @param speechVerbToken index of the speech verb (or colon) that attributes it — for a partial quote the
 *                        verb whose clause it continues — or -1
 */
public record Quotation(Span span, Span inner, int firstToken, int endToken, int depth, QuoteKind kind, int words,
                        boolean closed, int speechVerbToken) {
    public String text(CharSequence text) {
        return inner.of(text);
    }
}
