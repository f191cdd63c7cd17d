package org.framelab.features;

import org.framelab.util.Progress;

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
     * A store that lends the analyses of {@code source} (the same articles, or some of them, with the
     * same settings), e.g. the feature step's to the classifier of the same study; saves nothing.
     */
    static AnalysisStore sharing(CorpusAnalysis source) {
        return source == null ? NONE : new AnalysisStore() {
            @Override public boolean load(CorpusAnalysis analysis, Progress progress) { return analysis.borrow(source) > 0; }

            @Override public void save(CorpusAnalysis analysis, Progress progress) {}
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
        };
    }

    /** No store: every run analyses the articles again. */
    AnalysisStore NONE = new AnalysisStore() {
        @Override public boolean load(CorpusAnalysis analysis, Progress progress) { return false; }

        @Override public void save(CorpusAnalysis analysis, Progress progress) {}
    };
}
