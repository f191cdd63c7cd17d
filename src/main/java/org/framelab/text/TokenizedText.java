package org.framelab.text;

/**
 * The tokens and sentences of one text, with character offsets back into it. Produced by
 * {@link Tokenizer#tokenize(String)}; immutable once built (arrays are not exposed; a normalised form is
 * made as a string only when {@link #norm(int)} asks for it, see {@link #normEquals(int, String)}).
 *
 * <p>Every token has a kind ({@link #WORD}, {@link #NUMBER}, {@link #PUNCT}, {@link #QUOTE}), its
 * surface range {@code [begin, end)} and a normalised form: lower case, with the typographic
 * apostrophe {@code ’} replaced by {@code '} so lexicon look-ups see one spelling.
 */
public final class TokenizedText {
    public static final byte WORD = 0;
    public static final byte NUMBER = 1;
    public static final byte PUNCT = 2;
    /** A quotation mark (not an apostrophe); {@link QuoteFinder} pairs them. */
    public static final byte QUOTE = 3;

    private final String text;
    private final int size;
    private final int[] begin;
    private final int[] end;
    /** The normalised characters, parallel to the text: {@code lower[begin(i), end(i))} is {@link #norm(int)}. */
    private final char[] lower;
    /** {@code norm(i).hashCode()} of every token. */
    private final int[] hash;
    /** {@code norm(i).substring(0, 3).hashCode()} of every token, -1 for a token shorter than three characters. */
    private final int[] head;
    /** Normalised forms made on first use ({@link #norm(int)}); most tokens never need one. */
    private final String[] norm;
    private final byte[] kind;
    /** The first character of every token (as written). */
    private final char[] first;
    private final boolean[] paragraphStart;
    private final int[] sentenceOf;
    private final int[] sentenceFirst;   // token index of each sentence's first token, plus size at the end
    private final int words;

    TokenizedText(String text, int size, int[] begin, int[] end, char[] lower, int[] hash, int[] head, String[] norm, byte[] kind,
                  char[] first, boolean[] paragraphStart, int[] sentenceOf, int[] sentenceFirst) {
        this.text = text;
        this.size = size;
        this.begin = begin;
        this.end = end;
        this.lower = lower;
        this.hash = hash;
        this.head = head;
        this.norm = norm;
        this.kind = kind;
        this.first = first;
        this.paragraphStart = paragraphStart;
        this.sentenceOf = sentenceOf;
        this.sentenceFirst = sentenceFirst;
        int w = 0;
        for (int i = 0; i < size; i++) if (kind[i] == WORD || kind[i] == NUMBER) w++;
        this.words = w;
    }

    /**
     * The normalised form of token {@code i}, made from {@code lower} on first use and kept in
     * {@code norm}. Two threads may both make it: a String is immutable, so either copy is right.
     */
    static String norm(String[] norm, char[] lower, int[] begin, int[] end, int i) {
        String s = norm[i];
        if (s == null) {
            s = new String(lower, begin[i], end[i] - begin[i]);
            norm[i] = s;
        }
        return s;
    }

    public String text() { return text; }

    /** Number of tokens (words, numbers, punctuation and quote marks). */
    public int size() { return size; }

    /** Number of word and number tokens: the denominator of every "per 1,000 tokens" rate. */
    public int wordCount() { return words; }

    public int begin(int i) { return begin[i]; }

    public int end(int i) { return end[i]; }

    public Span span(int i) { return new Span(begin[i], end[i]); }

    /** Span from the start of token {@code from} to the end of token {@code toExclusive - 1}. */
    public Span span(int from, int toExclusive) { return new Span(begin[from], end[toExclusive - 1]); }

    /** Lower-cased form with {@code ’} as {@code '}. */
    public String norm(int i) { return norm(norm, lower, begin, end, i); }

    /** {@code norm(i).hashCode()}, without making the string. */
    public int normHash(int i) { return hash[i]; }

    /**
     * {@code norm(i).substring(0, 3).hashCode()}, or -1 when the token is shorter than three characters
     * (a three-character hash is never negative): what a wildcard lexicon checks before walking its
     * prefixes, computed by the tokenizer with the token's own hash.
     */
    public int normHead(int i) { return head[i]; }

    /** Length of {@link #norm(int)} (the same as the token's surface length). */
    public int normLength(int i) { return end[i] - begin[i]; }

    /** Character {@code k} of {@link #norm(int)}. */
    public char normChar(int i, int k) { return lower[begin[i] + k]; }

    /** {@code norm(i).equals(s)}, without making the string. */
    public boolean normEquals(int i, String s) {
        int b = begin[i];
        int len = end[i] - b;
        if (s.length() != len) return false;
        for (int k = 0; k < len; k++) if (lower[b + k] != s.charAt(k)) return false;
        return true;
    }

    /** {@code norm(i)} equals {@code chars[off, off + len)}, without making the string. */
    public boolean normEquals(int i, char[] chars, int off, int len) {
        int b = begin[i];
        if (end[i] - b != len) return false;
        for (int k = 0; k < len; k++) if (lower[b + k] != chars[off + k]) return false;
        return true;
    }

    /** {@code norm(i).startsWith(prefix)}, without making the string. */
    public boolean normStartsWith(int i, String prefix) {
        int b = begin[i];
        int len = prefix.length();
        if (len > end[i] - b) return false;
        for (int k = 0; k < len; k++) if (lower[b + k] != prefix.charAt(k)) return false;
        return true;
    }

    /** The token as written. */
    public String surface(int i) { return text.substring(begin[i], end[i]); }

    public byte kind(int i) { return kind[i]; }

    public boolean isWord(int i) { return kind[i] == WORD || kind[i] == NUMBER; }

    /** Token {@code i} is punctuation opening with {@code c} (a comma, a period). */
    public boolean isPunct(int i, char c) { return kind[i] == PUNCT && first[i] == c; }

    /** First character of the token is an upper-case letter. */
    public boolean isCapitalized(int i) { return Chars.isUpperCase(first[i]); }

    /** True when the token is the first one of a paragraph (blank line or line break before it). */
    public boolean startsParagraph(int i) { return paragraphStart[i]; }

    /** The first character of the token (cheap punctuation test). */
    public char firstChar(int i) { return first[i]; }

    public int sentenceCount() { return sentenceFirst.length - 1; }

    /** Sentence index of token {@code i}. */
    public int sentenceOf(int i) { return sentenceOf[i]; }

    /** First token of sentence {@code s}. */
    public int sentenceStart(int s) { return sentenceFirst[s]; }

    /** One past the last token of sentence {@code s}. */
    public int sentenceEnd(int s) { return sentenceFirst[s + 1]; }

    /** Character span of sentence {@code s}. */
    public Span sentenceSpan(int s) { return new Span(begin[sentenceFirst[s]], end[sentenceFirst[s + 1] - 1]); }

    /** Which tokens overlap at least one of the character ranges {@code [begin, end)} (span annotations, hits). */
    public boolean[] overlapping(java.util.List<int[]> ranges) {
        boolean[] m = new boolean[size];
        for (int j = 0; j < size; j++) {
            for (int[] s : ranges) {
                if (begin[j] < s[1] && s[0] < end[j]) {
                    m[j] = true;
                    break;
                }
            }
        }
        return m;
    }
}
