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

    /**
     * With uni/bigram n-grams as the last family, one pass over the training articles: each is
     * analysed once, giving the framing values and the n-gram counts together; the vocabulary is
     * then chosen and the counts turned into the same columns and values as
     * {@code fit(training).transform(article)} (a test checks they are identical).
     */
    @Override
    public FitResult fitTransform(List<Article> training, org.framelab.util.Progress progress) {
        FeatureFamily last = families.isEmpty() ? null : families.get(families.size() - 1);
        if (!(last instanceof NgramFamily ng) || !ng.needsFit() || ng.options().maxN() > 2 || training.isEmpty()) {
            return FeatureSpec.super.fitTransform(training, progress);
        }
        for (int i = 0; i < families.size() - 1; i++) {
            if (families.get(i).needsFit()) return FeatureSpec.super.fitTransform(training, progress);
        }
        FramingFeatures partial = new FramingFeatures(families.subList(0, families.size() - 1), description);
        NgramFamily.Fused fused = ng.fitTransform(training, partial, progress);
        List<FeatureFamily> fitted = new ArrayList<>(families.subList(0, families.size() - 1));
        fitted.add(fused.family());
        return new FitResult(new FramingFeatures(fitted, description), fused.vectors(), 0);
    }

    @Override
    public String describe() {
        return description;
    }
}
