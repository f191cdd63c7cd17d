package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.text.Quotation;
import org.framelab.text.TokenizedText;

import java.util.List;

/**
 * One article analysed once and shared by all families: tokens and sentences, paired quotations
 * and attributions (reporting verb + speaker, pronouns resolved), the speaker of every direct quote
 * ({@link QuoteAttribution}, in the order of the quotes), and the tokens' lexicon word ids
 * ({@link org.framelab.lexicon.WordIds}) so every lexicon matches without its own hash look-ups.
 * Built by {@link TextAnalyzer}.
 */
public record TextAnalysis(Article article, TokenizedText tokens, int[] wordIds, List<Quotation> quotes,
                           List<Attribution> attributions, List<QuoteAttribution> speakers) {

    public String text() {
        return tokens.text();
    }

    /** "Per 1,000 tokens" rate of a count in this text; NaN (missing, not 0) for a text without word tokens. */
    public double rate(double count) {
        int w = tokens.wordCount();
        return w == 0 ? Double.NaN : count * 1000.0 / w;
    }

    /** The speaker of quotation {@code quoteIndex} (an index into {@link #quotes()}), or null when it is not a direct quote. */
    public QuoteAttribution speakerOf(int quoteIndex) {
        int lo = 0, hi = speakers.size() - 1; // in the order of the quotes
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int q = speakers.get(mid).quote();
            if (q < quoteIndex) lo = mid + 1;
            else if (q > quoteIndex) hi = mid - 1;
            else return speakers.get(mid);
        }
        return null;
    }

    /** The attribution whose verb starts at token {@code verbToken}, or null. */
    public Attribution attributionAt(int verbToken) {
        for (Attribution a : attributions) if (a.verbToken() == verbToken) return a;
        return null;
    }
}
