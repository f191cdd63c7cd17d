package org.framelab.features;

import org.framelab.lexicon.Lexicon;
import org.framelab.text.TokenizedText;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Counts a lexicon's categories in one pass and emits a count and a rate column per category,
 * plus one hit per match and category. Used by the stance and subjective families.
 */
final class LexiconCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    final Lexicon lexicon;
    final String family;
    final String prefix;       // column prefix, e.g. "stance" or "lexicon.bias"
    final String[] features;   // per category: prefix + "." + slug
    final Map<String, String> hitAttributes;

    LexiconCounts(Lexicon lexicon, String family, String prefix, Map<String, String> hitAttributes) {
        this.lexicon = lexicon;
        this.family = family;
        this.prefix = prefix;
        this.hitAttributes = Map.copyOf(hitAttributes);
        List<String> cats = lexicon.categories();
        this.features = new String[cats.size()];
        for (int i = 0; i < features.length; i++) features[i] = prefix + "." + Columns.slug(cats.get(i));
    }

    void addColumns(List<FeatureColumn> out, String source, Map<String, String> descriptions) {
        List<String> cats = lexicon.categories();
        for (int i = 0; i < cats.size(); i++) {
            String what = descriptions.getOrDefault(cats.get(i), "terms of category '" + cats.get(i) + "' of lexicon '" + lexicon.name() + "'");
            Columns.countAndRate(out, features[i], family, what, source);
        }
    }

    /** The feature of each category, the names its hits carry. */
    List<String> features() {
        return List.of(features);
    }

    int width() {
        return features.length * 2;
    }

    /** Emits values at local columns offset .. offset + width(). */
    void extract(TextAnalysis doc, FeatureFamily.FeatureSink sink, int offset) {
        TokenizedText t = doc.tokens();
        int[] counts = new int[features.length];
        boolean hits = sink.wantsHits();
        List<String> cats = lexicon.categories();
        lexicon.match(t, doc.wordIds(), (b, e, cs, term) -> {
            for (int c : cs) {
                counts[c]++;
                if (hits) {
                    java.util.Map<String, String> attrs = new java.util.LinkedHashMap<>(hitAttributes);
                    attrs.put("term", term);
                    sink.hit(new Hit(family, features[c], cats.get(c), t.span(b, e), t.span(b, e).of(t.text()), attrs));
                }
            }
        });
        for (int c = 0; c < counts.length; c++) {
            sink.value(offset + 2 * c, counts[c]);
            sink.value(offset + 2 * c + 1, doc.rate(counts[c]));
        }
    }
}
