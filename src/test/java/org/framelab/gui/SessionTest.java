package org.framelab.gui;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.Provenance;
import org.framelab.corpus.ReadOptions;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The session's typed results: each setter tells the listeners what changed; a new corpus clears every result. */
class SessionTest {
    static Corpus corpus(String... ids) {
        List<Article> arts = new ArrayList<>();
        for (String id : ids) arts.add(Article.of(id, "text of " + id));
        return new Corpus(arts, new Provenance(List.of("mem"), "test", FieldMapping.auto(), ids.length, 0, List.of()));
    }

    @Test
    void resultsAreTypedAnnouncedAndClearedByANewCorpus() throws Exception {
        List<Session.Change> seen = new ArrayList<>();
        Session s = new Session();
        Grid g = Grid.empty();
        var comparison = new Analyses.Comparison("outlet", List.of("f"), g, g, null, null);
        var classification = new Analyses.Classification(null, List.of(), g, g, g, g, g, List.of(), null);
        var agreement = new Analyses.Agreement("tone", "nominal", "", List.of(), g, g, null, 42);
        var features = new Analyses.Features(null, null, null, null);
        SwingUtilities.invokeAndWait(() -> {
            s.addListener(seen::add);
            s.setCorpus(Path.of("a.jsonl"), ReadOptions.defaults(), corpus("a", "b"));
            s.setFeatures(features);
            s.setComparison(comparison);
            s.setClassification(classification);
            s.setAgreement(agreement);
            assertThat(s.features()).isSameAs(features);
            assertThat(s.comparison()).isSameAs(comparison);
            assertThat(s.classification()).isSameAs(classification);
            assertThat(s.agreement()).isSameAs(agreement);
            assertThat(s.indexOf("b")).isEqualTo(1);
            s.setCorpus(Path.of("c.jsonl"), ReadOptions.defaults(), corpus("c"));
            assertThat(s.features()).isNull();
            assertThat(s.comparison()).isNull();
            assertThat(s.classification()).isNull();
            assertThat(s.agreement()).isNull();
            assertThat(s.indexOf("b")).isEqualTo(-1);
        });
        assertThat(seen).containsExactly(Session.Change.CORPUS, Session.Change.FEATURES, Session.Change.COMPARISON,
                Session.Change.CLASSIFICATION, Session.Change.AGREEMENT, Session.Change.CORPUS);
    }
}
