package org.framelab.text;

/**
 * Character classes of UTF-16 code units, looked up in a table instead of calling
 * {@code Character.isLetterOrDigit} and friends in the tokenizer's inner loops. The answers are
 * exactly {@link Character}'s for a {@code char}, each computed the first time the code unit is seen
 * (a racing thread computes the same value). The table saves the
 * calls, whose per-block dispatch also made the JIT compile the tokenizer again and again as new
 * Unicode blocks turned up in a corpus.
 */
final class Chars {
    private Chars() {}

    /** A letter, digit or non-spacing mark: part of a word. */
    static final int WORD = 1;
    /** Whitespace between tokens (Java whitespace, no-break space, zero-width space, byte-order mark). */
    static final int SPACE = 2;
    /** {@link Character#isLetter(char)}. */
    static final int LETTER = 4;
    /** {@link Character#isDigit(char)}. */
    static final int DIGIT = 8;
    /** {@link Character#isUpperCase(char)}. */
    static final int UPPER = 16;
    /** {@link Character#isLowerCase(char)}. */
    static final int LOWER = 32;
    /** {@link Character#isWhitespace(char)}. */
    static final int WHITESPACE = 64;
    /** Set once the entry is computed. */
    private static final int KNOWN = 128;

    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];
    /** {@link Character#toLowerCase(char)} of every code unit seen so far; 0 where not yet computed. */
    private static final char[] TO_LOWER = new char[Character.MAX_VALUE + 1];

    /** The class bits of {@code c}. */
    static int classOf(char c) {
        int b = CLASS[c];
        return b != 0 ? b : compute(c);
    }

    private static int compute(char ch) {
        int bits = KNOWN;
        if (Character.isLetterOrDigit(ch) || Character.getType(ch) == Character.NON_SPACING_MARK) bits |= WORD;
        if (Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u200B' || ch == '\uFEFF') bits |= SPACE;
        if (Character.isLetter(ch)) bits |= LETTER;
        if (Character.isDigit(ch)) bits |= DIGIT;
        if (Character.isUpperCase(ch)) bits |= UPPER;
        if (Character.isLowerCase(ch)) bits |= LOWER;
        if (Character.isWhitespace(ch)) bits |= WHITESPACE;
        CLASS[ch] = (byte) bits;
        return bits;
    }

    /** {@link Character#toLowerCase(char)}. */
    static char toLowerCase(char c) {
        char l = TO_LOWER[c];
        if (l == 0 && c != 0) {
            l = Character.toLowerCase(c);
            TO_LOWER[c] = l;
        }
        return l;
    }

    static boolean is(char c, int cls) {
        return (classOf(c) & cls) != 0;
    }

    static boolean isWord(char c) {
        return (classOf(c) & WORD) != 0;
    }

    static boolean isSpace(char c) {
        return (classOf(c) & SPACE) != 0;
    }

    static boolean isLetter(char c) {
        return (classOf(c) & LETTER) != 0;
    }

    static boolean isDigit(char c) {
        return (classOf(c) & DIGIT) != 0;
    }

    static boolean isUpperCase(char c) {
        return (classOf(c) & UPPER) != 0;
    }

    static boolean isLowerCase(char c) {
        return (classOf(c) & LOWER) != 0;
    }

    static boolean isWhitespace(char c) {
        return (classOf(c) & WHITESPACE) != 0;
    }
}
