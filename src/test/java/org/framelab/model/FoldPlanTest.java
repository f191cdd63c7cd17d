package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FoldPlanTest {
    private final List<Article> corpus = TestFeatures.corpus(10, 15, 0.3, 1);

    private static void assertPartition(FoldPlan plan, int n) {
        int[] seen = new int[n];
        for (FoldPlan.Fold f : plan.folds()) {
            for (int i : f.test()) seen[i]++;
            assertThat(f.train().length + f.test().length).isEqualTo(n);
            Set<Integer> train = new HashSet<>();
            for (int i : f.train()) train.add(i);
            for (int i : f.test()) assertThat(train).doesNotContain(i);
        }
        assertThat(seen).containsOnly(1);
    }

    @Test
    void stratifiedFoldsPartitionAndKeepLabelProportions() throws Exception {
        FoldPlan plan = FoldPlan.stratified(corpus, "bias", 5, 42);
        assertPartition(plan, corpus.size());
        for (FoldPlan.Fold f : plan.folds()) {
            assertThat(f.test().length).isEqualTo(30);
            Map<String, Integer> c = new HashMap<>();
            for (int i : f.test()) c.merge(corpus.get(i).label("bias"), 1, Integer::sum);
            // 60/45/45 articles per label -> 12/9/9 per fold
            assertThat(c).containsEntry("left", 12).containsEntry("center", 9).containsEntry("right", 9);
        }
    }

    @Test
    void sameSeedSameFoldsOtherSeedOtherFolds() throws Exception {
        FoldPlan a = FoldPlan.stratified(corpus, "bias", 5, 42), b = FoldPlan.stratified(corpus, "bias", 5, 42);
        FoldPlan c = FoldPlan.stratified(corpus, "bias", 5, 43);
        for (int f = 0; f < 5; f++) assertThat(a.folds().get(f).test()).isEqualTo(b.folds().get(f).test());
        assertThat(Arrays.equals(a.folds().get(0).test(), c.folds().get(0).test())).isFalse();
    }

    @Test
    void spellingsOfOneOutletThatDifferOnlyInCaseOrSpacingShareAFold() throws Exception {
        // OutletA's articles spelled three ways (a scraper's "Politico", "POLITICO", "politico ")
        List<Article> mixed = new java.util.ArrayList<>();
        for (Article a : corpus) {
            String src = a.field("source");
            int n = Integer.parseInt(a.id().substring(a.id().indexOf('-') + 1));
            if (src.equals("OutletA")) src = n % 3 == 0 ? "OutletA" : n % 3 == 1 ? "OUTLETA" : "outleta  ";
            mixed.add(new Article(a.id(), "", a.text(), a.outlet(), null, "", List.of(), a.labels(), Map.of("source", src), List.of()));
        }
        FoldPlan plan = FoldPlan.grouped(mixed, "bias", "source", 5, 7);
        Set<Integer> folds = new HashSet<>();
        for (int f = 0; f < 5; f++) for (int i : plan.folds().get(f).test()) if (mixed.get(i).id().startsWith("OutletA-")) folds.add(f);
        assertThat(folds).hasSize(1);
        assertThat(plan.protocol()).contains("3 values that differ only in case or spacing kept together, e.g. OUTLETA = OutletA = outleta");
        // without variants the folds are those of the values themselves
        FoldPlan plain = FoldPlan.grouped(corpus, "bias", "source", 5, 7);
        assertThat(plain.protocol()).doesNotContain("case");
    }

    @Test
    void groupedFoldsNeverSplitAGroupAndBalanceSizes() throws Exception {
        FoldPlan plan = FoldPlan.grouped(corpus, "bias", "source", 5, 7);
        assertPartition(plan, corpus.size());
        assertThat(plan.isGrouped()).isTrue();
        for (FoldPlan.Fold f : plan.folds()) {
            Set<String> train = new HashSet<>(), test = new HashSet<>();
            for (int i : f.train()) train.add(corpus.get(i).field("source"));
            for (int i : f.test()) test.add(corpus.get(i).field("source"));
            assertThat(train).doesNotContainAnyElementsOf(test);
            assertThat(f.test().length).isEqualTo(30); // 10 outlets of 15 -> 2 per fold
        }
        FoldPlan again = FoldPlan.grouped(corpus, "bias", "source", 5, 7);
        for (int f = 0; f < 5; f++) assertThat(again.folds().get(f).test()).isEqualTo(plan.folds().get(f).test());
    }

    @Test
    void groupedFoldsWithUnequalGroupsStayBalanced() throws Exception {
        List<Article> uneven = new java.util.ArrayList<>();
        int[] sizes = {40, 30, 20, 10, 10, 10, 5, 5, 5, 5, 3, 2};
        int id = 0;
        for (int g = 0; g < sizes.length; g++) {
            for (int j = 0; j < sizes[g]; j++) {
                uneven.add(new Article("a" + id++, "", "x", "o" + g, null, "", List.of(), Map.of("y", g % 2 == 0 ? "a" : "b"), Map.of(), List.of()));
            }
        }
        FoldPlan plan = FoldPlan.grouped(uneven, "y", "outlet", 3, 1);
        assertPartition(plan, uneven.size());
        for (FoldPlan.Fold f : plan.folds()) assertThat(f.test().length).isBetween(40, 55);
    }

    @Test
    void tooFewGroupsIsBadInput() {
        assertThatThrownBy(() -> FoldPlan.grouped(corpus.subList(0, 30), "bias", "source", 5, 1))
                .isInstanceOf(InputException.class).hasMessageContaining("Only 2 distinct values of 'source' for 5 folds");
        assertThatThrownBy(() -> FoldPlan.grouped(corpus, "bias", "nosuchfield", 5, 1))
                .isInstanceOf(InputException.class).hasMessageContaining("--group-by");
    }
}
