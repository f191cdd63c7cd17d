package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.text.Quotation;
import org.framelab.text.QuoteFinder;
import org.framelab.text.TokenizedText;
import org.framelab.text.Tokenizer;

import java.util.List;

/**
 * Analyses an article's text once for all families: tokens and sentences, quotations (with
 * FrameLab's reporting verbs as speech verbs), attributions, and the speaker of every direct quote
 * ({@link SpeakerResolver}). Immutable and thread-safe.
 */
public final class TextAnalyzer {
    private static final TextAnalyzer STANDARD = new TextAnalyzer(Tokenizer.DEFAULT, AttributionFinder.standard());

    private final Tokenizer tokenizer;
    private final AttributionFinder attributions;
    private final QuoteFinder quotes;

    public TextAnalyzer(Tokenizer tokenizer, AttributionFinder attributions) {
        this.tokenizer = tokenizer;
        this.attributions = attributions;
        this.quotes = new QuoteFinder(attributions.verbForms());
    }

    public static TextAnalyzer standard() {
        return STANDARD;
    }

    public TextAnalysis analyze(Article article) {
        TokenizedText t = tokenizer.tokenize(article.text());
        int[] ids = org.framelab.lexicon.WordIds.of(t);
        List<Quotation> qs = quotes.find(t);
        SpeakerResolver.Result r = SpeakerResolver.resolve(t, qs, attributions.find(t, ids));
        return new TextAnalysis(article, t, ids, qs, r.attributions(), r.quotes());
    }

    public QuoteFinder quoteFinder() {
        return quotes;
    }

    public AttributionFinder attributionFinder() {
        return attributions;
    }
}
