package org.framelab.text;

/**
 * The tokens and sentences of one text, with character offsets back into it. Produced by
 * {@link Tokenizer#tokenize(String)}; immutable once built (arrays are not exposed).
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
    private final String[] norm;
    private final byte[] kind;
    private final boolean[] paragraphStart;
    private final int[] sentenceOf;
    private final int[] sentenceFirst;   // token index of each sentence's first token, plus size at the end
    private final int words;

    TokenizedText(String text, int size, int[] begin, int[] end, String[] norm, byte[] kind,
                  boolean[] paragraphStart, int[] sentenceOf, int[] sentenceFirst) {
        this.text = text;
        this.size = size;
        this.begin = begin;
        this.end = end;
        this.norm = norm;
        this.kind = kind;
        this.paragraphStart = paragraphStart;
        this.sentenceOf = sentenceOf;
        this.sentenceFirst = sentenceFirst;
        int w = 0;
        for (int i = 0; i < size; i++) if (kind[i] == WORD || kind[i] == NUMBER) w++;
        this.words = w;
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
    public String norm(int i) { return norm[i]; }

    /** The token as written. */
    public String surface(int i) { return text.substring(begin[i], end[i]); }

    public byte kind(int i) { return kind[i]; }

    public boolean isWord(int i) { return kind[i] == WORD || kind[i] == NUMBER; }

    /** First character of the token is an upper-case letter. */
    public boolean isCapitalized(int i) { return Character.isUpperCase(text.charAt(begin[i])); }

    /** True when the token is the first one of a paragraph (blank line or line break before it). */
    public boolean startsParagraph(int i) { return paragraphStart[i]; }

    /** The first character of the token (cheap punctuation test). */
    public char firstChar(int i) { return text.charAt(begin[i]); }

    public int sentenceCount() { return sentenceFirst.length - 1; }

    /** Sentence index of token {@code i}. */
    public int sentenceOf(int i) { return sentenceOf[i]; }

    /** First token of sentence {@code s}. */
    public int sentenceStart(int s) { return sentenceFirst[s]; }

    /** One past the last token of sentence {@code s}. */
    public int sentenceEnd(int s) { return sentenceFirst[s + 1]; }

    /** Character span of sentence {@code s}. */
    public Span sentenceSpan(int s) { return new Span(begin[sentenceFirst[s]], end[sentenceFirst[s + 1] - 1]); }
}
