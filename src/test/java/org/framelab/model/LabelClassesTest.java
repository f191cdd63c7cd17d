package org.framelab.model;

import org.framelab.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LabelClassesTest {
    private static Article labelled(String id, String label) {
        return new Article(id, "", "Officials said the plan works.", "O", null, "", List.of(), Map.of("leaning", label), Map.of(), List.of());
    }

    @Test
    void labelValuesThatDifferOnlyInCaseAreNamedWithTheirCounts() {
        List<Article> a = new ArrayList<>();
        for (int i = 0; i < 5; i++) a.add(labelled("l" + i, "left"));
        a.add(labelled("L", "Left"));
        for (int i = 0; i < 4; i++) a.add(labelled("r" + i, "right"));
        String w = LabelClasses.caseVariantWarning(a, "leaning");
        assertThat(w).startsWith("Label values of 'leaning' that differ only in case or spacing are separate classes here: 'Left' (1), 'left' (5).")
                .contains("--exclude-label");
        a.remove(5);
        assertThat(LabelClasses.caseVariantWarning(a, "leaning")).isEmpty();
    }
}
