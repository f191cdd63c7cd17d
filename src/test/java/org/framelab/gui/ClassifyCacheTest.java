package org.framelab.gui;

import org.framelab.app.AnalysisCache;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.AnalysisFiles;
import org.framelab.features.AnalysisStore;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.SwingUtilities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Classify view's re-runs reuse the session's analysis: a second classification with another
 * classifier starts from memory (no file, no text read), shows it in the progress, and gives the same
 * numbers as a run without any store; the session's store sits in front of the cache folder, which a
 * new session reads.
 */
class ClassifyCacheTest {
    static final Path DEMO = Path.of("datasets/demo/articles.jsonl");

    /** Progress that records the tasks started. */
    static final class Tasks implements Progress {
        final List<String> started = new CopyOnWriteArrayList<>();

        @Override public void start(String task, long total) { started.add(task); }
        @Override public void step(long n) {}
        @Override public void done() {}
    }

    static List<String> text(List<?> rows) {
        return rows.stream().map(r -> r instanceof Object[] o ? java.util.Arrays.deepToString(o) : String.valueOf(r)).toList();
    }

    static Analyses.ClassifyRequest request(String classifier) {
        Pipelines.Spec spec = new Pipelines.Spec(List.of("framing"), Map.of(), List.of());
        return new Analyses.ClassifyRequest("leaning", "framing+ngrams", spec, classifier, "outlet", 3, 1);
    }

    @Test
    void aSecondClassificationStartsFromTheSessionsAnalysis(@TempDir Path dir) throws Exception {
        Corpus corpus = Corpora.read(DEMO, ReadOptions.defaults(), null);
        Session session = new Session();
        session.useCache(AnalysisCache.in(dir));
        assertThat(session.analyses().behind()).isInstanceOf(AnalysisFiles.class);

        Tasks first = new Tasks();
        Analyses.Classification a = Analyses.classify(corpus, request("linear"), session.analyses(), first);
        assertThat(session.analyses().lastHit()).isFalse();
        assertThat(first.started).anyMatch(t -> t.startsWith("analysing")).anyMatch(t -> t.startsWith("Writing the analysis cache"));
        try (var s = Files.list(dir)) {
            assertThat(s.count()).as("kept in the folder too").isEqualTo(1);
        }

        Tasks second = new Tasks();
        Analyses.Classification b = Analyses.classify(corpus, request("nbm"), session.analyses(), second);
        assertThat(session.analyses().lastHit()).isTrue();
        assertThat(second.started).contains("Reusing the analysis of the last run").noneMatch(t -> t.startsWith("analysing"));
        // the same numbers as without any store
        Analyses.Classification plain = Analyses.classify(corpus, request("nbm"), new org.framelab.features.AnalysisMemory(AnalysisStore.NONE),
                Progress.NONE);
        assertThat(text(b.headline())).isEqualTo(text(plain.headline()));
        assertThat(text(b.confusion().rows())).isEqualTo(text(plain.confusion().rows()));
        assertThat(text(a.headline())).isNotEqualTo(text(b.headline()));

        // a new session (next start of the application) reads the folder, with progress
        Session next = new Session();
        next.useCache(AnalysisCache.in(dir));
        Tasks third = new Tasks();
        Analyses.Classification c = Analyses.classify(corpus, request("linear"), next.analyses(), third);
        assertThat(next.analyses().lastHit()).isFalse();
        assertThat(((AnalysisFiles) next.analyses().behind()).lastUse().hit()).isTrue();
        assertThat(third.started).anyMatch(t -> t.startsWith("Reading the analysis cache")).noneMatch(t -> t.startsWith("analysing"));
        assertThat(text(c.headline())).isEqualTo(text(a.headline()));

        // opening a corpus forgets the analysis held in memory
        SwingUtilities.invokeAndWait(() -> next.setCorpus(DEMO, ReadOptions.defaults(), corpus));
        Analyses.classify(corpus, request("linear"), next.analyses(), Progress.NONE);
        assertThat(next.analyses().lastHit()).isFalse();
    }

    @Test
    void noCacheKeepsTheAnalysisInMemoryOnly() {
        Session s = new Session();
        s.useCache(AnalysisCache.OFF);
        assertThat(s.analyses().behind()).isSameAs(AnalysisStore.NONE);
        Session d = new Session();
        assertThat(((AnalysisFiles) d.analyses().behind()).dir()).as("the default folder (the test suite's)")
                .isEqualTo(AnalysisCache.defaultFolder());
    }
}
