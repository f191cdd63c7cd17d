package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.util.Progress;

import java.util.List;

/**
 * Where a {@link CorpusAnalysis} is kept between runs, so that a re-run with other classifier
 * settings, folds or an ablation does not read the texts again. Implementations must never serve
 * counts of other texts or settings, and must tolerate two runs sharing the store.
 */
public interface AnalysisStore {
    /** Adds to {@code analysis} what the store holds for the same articles and settings; true when something was added. */
    boolean load(CorpusAnalysis analysis, Progress progress);

    /** Keeps {@code analysis}'s entries for later runs (a no-op when the store holds them all already). */
    void save(CorpusAnalysis analysis, Progress progress);

    /**
     * An analysis this store holds of exactly {@code articles} (the same objects, in order) for
     * {@code widest}'s settings, to be used as it is (its n-gram fits included, e.g. the feature step's
     * fit of every article, which the final model of a classifier on the same articles asks for again);
     * null when it holds none.
     */
    default CorpusAnalysis same(List<Article> articles, FeatureSpec widest) {
        return null;
    }

    /**
     * A store that lends the analyses of {@code source} (the same articles, or some of them, with the
     * same settings), e.g. the feature step's to the classifier of the same study; saves nothing.
     */
    static AnalysisStore sharing(CorpusAnalysis source) {
        return source == null ? NONE : new AnalysisStore() {
            @Override public boolean load(CorpusAnalysis analysis, Progress progress) { return analysis.borrow(source) > 0; }

            @Override public void save(CorpusAnalysis analysis, Progress progress) {}

            @Override public CorpusAnalysis same(List<Article> articles, FeatureSpec widest) {
                return source.isOf(articles, widest) ? source : null;
            }
        };
    }

    /** {@code first}, and {@code second} only when {@code first} had nothing; both save. */
    static AnalysisStore chain(AnalysisStore first, AnalysisStore second) {
        return new AnalysisStore() {
            @Override public boolean load(CorpusAnalysis analysis, Progress progress) {
                return first.load(analysis, progress) || second.load(analysis, progress);
            }

            @Override public void save(CorpusAnalysis analysis, Progress progress) {
                first.save(analysis, progress);
                second.save(analysis, progress);
            }

            @Override public CorpusAnalysis same(List<Article> articles, FeatureSpec widest) {
                CorpusAnalysis a = first.same(articles, widest);
                return a != null ? a : second.same(articles, widest);
            }
        };
    }

    /** No store: every run analyses the articles again. */
    AnalysisStore NONE = new AnalysisStore() {
        @Override public boolean load(CorpusAnalysis analysis, Progress progress) { return false; }

        @Override public void save(CorpusAnalysis analysis, Progress progress) {}
    };
}
