package org.framelab.gui;

import org.framelab.corpus.Article;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FittedFeatures;
import org.framelab.features.Hit;
import org.framelab.features.SparseVector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the browser shows beside an article: the hits (evidence spans) and the article's feature
 * values, both from the same fitted feature pipeline the analyses use. Immutable; safe to call from
 * background threads.
 *
 * @param fitted  the fitted pipeline (columns and values)
 * @param explain the pipeline's evidence function ({@code FittedFeatures#explain})
 * @param describe short description of the feature set, e.g. "framing"
 */
record Evidence(FittedFeatures fitted, Function<Article, List<Hit>> explain, String describe) {

    /** One non-zero feature value of an article. */
    record Value(FeatureColumn column, double value) {
    }

    /** The article's evidence, computed off the EDT. */
    record ForArticle(Article article, List<Hit> hits, List<Value> values, int zeroColumns) {
    }

    ForArticle compute(Article a) {
        List<Hit> hits = new ArrayList<>(explain.apply(a));
        hits.removeIf(h -> h.span().end() > a.text().length());
        List<FeatureColumn> cols = fitted.columns();
        SparseVector v = fitted.transform(a);
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            double x = v.values()[i];
            if (x != 0) values.add(new Value(cols.get(v.indices()[i]), x));
        }
        return new ForArticle(a, List.copyOf(hits), List.copyOf(values), cols.size() - values.size());
    }
}
