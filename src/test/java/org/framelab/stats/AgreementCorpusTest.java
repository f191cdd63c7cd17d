package org.framelab.stats;

import org.framelab.corpus.Annotation;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.Provenance;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgreementCorpusTest {
    /** The Krippendorff (2011) example as a corpus: one article per unit, one annotation per coder, plus a second coded field and a span annotation. */
    static Corpus corpus() {
        List<Article> arts = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            List<Annotation> anns = new ArrayList<>();
            for (String[] coder : AgreementTest.KRIPPENDORFF_2011) {
                String v = coder[1].split(" ")[u];
                anns.add(Annotation.document(coder[0], "tone", v.equals(".") ? "" : v));
                anns.add(Annotation.document(coder[0], "other", "x"));
            }
            anns.add(new Annotation("A", "tone", "9", 0, 1)); // span-level: not a document judgement
            arts.add(new Article("unit" + (u + 1), "", "text " + u, "", null, "", List.of(), Map.of(), Map.of(), anns));
        }
        return new Corpus(arts, new Provenance(List.of("mem"), "test", FieldMapping.auto(), 48, 0, List.of()));
    }

    @Test
    void judgementsComeFromDocumentLevelAnnotationsOfTheField() throws InputException {
        Corpus c = corpus();
        assertThat(Agreement.annotatedFields(c)).containsExactly("tone", "other");
        List<Judgement> j = Agreement.judgements(c, "tone");
        assertThat(j).hasSize(48);
        assertThat(j.get(0)).isEqualTo(new Judgement("unit1", "A", "1"));
        AgreementReport r = Agreement.compute(j, AgreementOptions.defaults().withBootstrap(0, 1));
        assertThat(r.alpha().value()).isCloseTo(0.743421052631579, within(1e-12));
    }
}
