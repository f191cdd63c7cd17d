package org.framelab.features;

import java.util.List;

/** One article's feature values and the evidence behind them, computed in one pass. */
public record ArticleFeatures(SparseVector values, List<Hit> hits) {
    public ArticleFeatures {
        hits = List.copyOf(hits);
    }
}
