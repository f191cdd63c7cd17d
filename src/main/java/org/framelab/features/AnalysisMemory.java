package org.framelab.features;

import org.framelab.util.Progress;

import java.util.Objects;

/**
 * An {@link AnalysisStore} that keeps the last analysis it saw in memory, in front of another store
 * (a folder, or {@link AnalysisStore#NONE}): a second run on the same articles and settings (the
 * GUI's Classify with another classifier or other folds) restores it without reading a file or a
 * text. Other keys go to the store behind; saves go to both.
 */
public final class AnalysisMemory implements AnalysisStore {
    private final AnalysisStore behind;
    private String key;
    private CorpusAnalysis.Snapshot snapshot;
    private boolean lastHit;

    public AnalysisMemory(AnalysisStore behind) {
        this.behind = Objects.requireNonNull(behind, "behind");
    }

    public AnalysisStore behind() {
        return behind;
    }

    /** Whether the last {@link #load} was served from memory. */
    public synchronized boolean lastHit() {
        return lastHit;
    }

    /** Forgets the analysis held (e.g. when another corpus is opened). */
    public synchronized void clear() {
        key = null;
        snapshot = null;
    }

    @Override
    public boolean load(CorpusAnalysis analysis, Progress progress) {
        String k = AnalysisKey.of(analysis);
        CorpusAnalysis.Snapshot s;
        synchronized (this) {
            s = k.equals(key) ? snapshot : null;
            lastHit = s != null;
        }
        if (s != null) {
            progress.start("Reusing the analysis of the last run", -1);
            try {
                analysis.restore(s);
            } finally {
                progress.done();
            }
            return true;
        }
        return behind.load(analysis, progress);
    }

    @Override
    public void save(CorpusAnalysis analysis, Progress progress) {
        String k = AnalysisKey.of(analysis);
        synchronized (this) {
            key = k;
            snapshot = analysis.snapshot();
        }
        behind.save(analysis, progress);
    }
}
