package org.framelab.features;

import org.framelab.corpus.Article;

import java.util.ArrayList;
import java.util.List;

/** FrameLab's {@link FeatureSpec}: a list of families; {@link #fit} fits those that learn from data. */
public final class FramingSpec implements FeatureSpec {
    private static final long serialVersionUID = 1L;

    private final List<FeatureFamily> families;
    private final String description;

    FramingSpec(List<FeatureFamily> families, String description) {
        this.families = List.copyOf(families);
        this.description = description;
    }

    public List<FeatureFamily> families() {
        return families;
    }

    /** True when a family (n-grams) must learn from training articles. */
    public boolean needsFit() {
        for (FeatureFamily f : families) if (f.needsFit()) return true;
        return false;
    }

    @Override
    public FramingFeatures fit(List<Article> training) {
        List<FeatureFamily> fitted = new ArrayList<>(families.size());
        for (FeatureFamily f : families) fitted.add(f.needsFit() ? f.fit(training) : f);
        return new FramingFeatures(fitted, description);
    }

    @Override
    public String describe() {
        return description;
    }
}
