package org.framelab.model;

import org.framelab.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutletVariantsTest {
    @Test
    void variantsOfOneOutletShareAFamily() {
        // source names as they occur in the AllSides corpus
        assertThat(List.of("Fox News", "Fox Online News", "Fox News (Online)", "Fox News Opinion"))
                .extracting(OutletVariants::family).containsOnly("fox");
        assertThat(OutletVariants.family("New York Times - Opinion")).isEqualTo(OutletVariants.family("New York Times (Online News)"))
                .isEqualTo("new york times");
        assertThat(OutletVariants.family("CNN (Web News)")).isEqualTo("cnn");
        assertThat(OutletVariants.family("Reuters")).isEqualTo("reuters");
        assertThat(OutletVariants.family("News")).isEqualTo("News");
        assertThat(OutletVariants.family("Breitbart News")).isNotEqualTo(OutletVariants.family("Fox News"));
        assertThat(OutletVariants.variants(List.of("Fox News", "Fox Online News", "Reuters", "Salon")))
                .containsOnlyKeys("fox").containsEntry("fox", List.of("Fox News", "Fox Online News"));
    }

    static List<Article> corpus() {
        List<Article> l = new ArrayList<>();
        String[][] outlets = {{"Fox News", "right"}, {"Fox Online News", "right"}, {"Salon", "left"}, {"Vox", "left"},
                {"Reuters", "center"}, {"AP", "center"}, {"Breitbart News", "right"}, {"The Guardian", "left"}};
        int id = 0;
        for (String[] o : outlets) {
            for (int i = 0; i < 6; i++) {
                l.add(new Article("a" + id++, "", "text " + i, o[0], null, "", List.of(), Map.of("bias", o[1]), Map.of(), List.of()));
            }
        }
        return l;
    }

    @Test
    void mergedGroupingKeepsVariantsInOneFoldAndPlainGroupingIsWarnedAbout() throws Exception {
        List<Article> a = corpus();
        for (long seed = 1; seed <= 5; seed++) {
            FoldPlan merged = FoldPlan.grouped(a, "bias", "outlet", 3, seed, true);
            Map<String, Integer> foldOf = new HashMap<>();
            for (int f = 0; f < merged.folds().size(); f++) for (int i : merged.folds().get(f).test()) foldOf.put(a.get(i).outlet(), f);
            assertThat(foldOf.get("Fox News")).isEqualTo(foldOf.get("Fox Online News"));
            assertThat(merged.protocol()).contains("variants of one outlet merged");
            assertThat(Evaluation.variantWarning(a, merged, "outlet")).isNull();
        }
        // raw names: with 3 folds the two Fox names land apart for some seed, and the warning names them
        boolean apart = false;
        for (long seed = 1; seed <= 20 && !apart; seed++) {
            FoldPlan plain = FoldPlan.grouped(a, "bias", "outlet", 3, seed);
            String w = Evaluation.variantWarning(a, plain, "outlet");
            if (w != null) {
                apart = true;
                assertThat(w).contains("'Fox News' ~ 'Fox Online News'").contains("--merge-outlet-variants");
            }
        }
        assertThat(apart).isTrue();
    }
}
