package org.framelab.gui;

import org.framelab.corpus.Article;
import org.framelab.features.ArticleFeatures;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FittedFeatures;
import org.framelab.features.Hit;
import org.framelab.features.SparseVector;
import org.framelab.text.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the browser shows beside an article: the hits (evidence spans) and the article's feature
 * values, both from one pass of the same fitted pipeline the analyses use
 * ({@link FittedFeatures#analyze}). Immutable; safe to call from background threads.
 *
 * @param fitted   the fitted pipeline
 * @param describe short description of the feature set, e.g. "framing"
 */
record Evidence(FittedFeatures fitted, String describe) {

    /** One non-zero feature value of an article. */
    record Value(FeatureColumn column, double value) {
    }

    /** The article's evidence, computed off the EDT. */
    record ForArticle(Article article, List<Hit> hits, List<Value> values, int zeroColumns) {
    }

    ForArticle compute(Article a) {
        ArticleFeatures af = fitted.analyze(a);
        List<Hit> hits = withSpeakers(af.hits(), a.text().length());
        List<FeatureColumn> cols = fitted.columns();
        SparseVector v = af.values();
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            double x = v.values()[i];
            if (x != 0) values.add(new Value(cols.get(v.indices()[i]), x));
        }
        return new ForArticle(a, hits, List.copyOf(values), cols.size() - values.size());
    }

    /**
     * The hits inside the text, plus one "speaker" hit per attributed speaker phrase (attribution
     * hits carry the speaker's span in their attributes), so speakers get their own colour.
     */
    static List<Hit> withSpeakers(List<Hit> hits, int textLength) {
        List<Hit> out = new ArrayList<>();
        Set<Span> speakerSpans = new HashSet<>();
        for (Hit h : hits) {
            if (h.span().end() > textLength || h.family().startsWith("ngram")) continue; // n-grams: every word, not evidence
            out.add(h);
            if (h.feature().endsWith(".anonymous")) speakerSpans.add(h.span());
        }
        for (Hit h : hits) {
            String b = h.attributes().get("speaker_begin"), e = h.attributes().get("speaker_end");
            if (b == null || e == null) continue;
            try {
                Span s = new Span(Integer.parseInt(b), Integer.parseInt(e));
                if (s.end() > textLength || s.length() == 0 || !speakerSpans.add(s)) continue;
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("verb", h.text());
                if (h.attributes().containsKey("source")) attrs.put("source", h.attributes().get("source"));
                if (h.attributes().containsKey("speaker_type")) attrs.put("speaker type", h.attributes().get("speaker_type"));
                out.add(new Hit(h.family(), "attribution.speaker", "speaker", s, h.attributes().getOrDefault("speaker", ""), attrs));
            } catch (IllegalArgumentException ignored) {
                // malformed offsets: no speaker highlight for this one
            }
        }
        return List.copyOf(out);
    }
}
