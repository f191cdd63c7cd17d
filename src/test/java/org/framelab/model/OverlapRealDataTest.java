package org.framelab.model;

import org.framelab.SharedData;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.text.DuplicateClusters;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overlap check on the real corpora. The facts asserted were checked by reading the texts:
 * AllSides republishes wire stories under other outlets (a Bloomberg story on Newsmax, an AP story
 * on The Guardian and Fox Online News), its 7 pairs with the same body text differ in their titles,
 * and BABE's duplicate sentences are pairs within one outlet (Alternet, Breitbart).
 */
class OverlapRealDataTest {
    /** The Jaccard similarity of 5-word shingles of title and text, counted independently of FrameLab's hashing. */
    static double jaccard(Article a, Article b) {
        Set<String> x = shingles(a), y = shingles(b), both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() / (double) (x.size() + y.size() - both.size());
    }

    private static Set<String> shingles(Article a) {
        List<String> words = new ArrayList<>();
        for (String w : (a.title() + " " + a.text()).toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").split("[^\\p{L}\\p{N}\\p{Mn}]+")) {
            if (!w.isEmpty()) words.add(w);
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + 5)));
        return out;
    }

    @Test
    @Tag("slow")
    void allSidesWireStoriesAcrossOutletsAreFoundBetweenTrainingAndUnseenOutlets() throws Exception {
        List<Article> arts = Corpora.read(SharedData.require("datasets/allsides/articles.jsonl.gz"), ReadOptions.defaults(), Progress.NONE).articles();
        Map<String, String> split = SplitFile.read(SharedData.require("datasets/allsides/splits/media"));
        Map<String, Article> byId = new HashMap<>();
        for (Article a : arts) byId.put(a.id(), a);

        // the media split's train and valid parts share no text
        FoldPlan media = FoldPlan.split(arts, split, "media");
        assertThat(OverlapCheck.ofPlan(arts, media, Progress.NONE).hits()).isEmpty();

        // train+valid (28,946 articles) against the 5,214 articles of outlets in neither part
        Set<String> outlets = new HashSet<>();
        List<Article> all = new ArrayList<>(), unseen = new ArrayList<>();
        for (Article a : arts) {
            if (split.containsKey(a.id())) {
                all.add(a);
                outlets.add(a.outlet());
            }
        }
        for (Article a : arts) if (!split.containsKey(a.id()) && !outlets.contains(a.outlet())) unseen.add(a);
        int n = all.size();
        all.addAll(unseen);
        assertThat(n).isEqualTo(28_946);
        assertThat(unseen).hasSize(5_214);
        Overlap o = OverlapCheck.ofPlan(all, FoldPlan.trainTest(n, unseen.size(), "unseen"), Progress.NONE).report(all, false);
        assertThat(o.pairs()).extracting(Overlap.Pair::testId, Overlap.Pair::trainId).contains(
                org.assertj.core.groups.Tuple.tuple("GlyQjpAGol7wame3", "EdiYzgxRFG6uX40G"),  // Newsmax (right) ~ Bloomberg (center)
                org.assertj.core.groups.Tuple.tuple("NOBNbN7kmbAqFzrY", "SYPeGeWE4H1uV8ts")); // The Guardian (left) ~ Fox Online News (right)
        for (Overlap.Pair p : o.pairs()) {
            assertThat(jaccard(byId.get(p.testId()), byId.get(p.trainId()))).as(p.toString()).isEqualTo(p.similarity()).isGreaterThanOrEqualTo(0.8);
            assertThat(outlets).doesNotContain(byId.get(p.testId()).outlet());
        }
        assertThat(byId.get("GlyQjpAGol7wame3").field("bias")).isNotEqualTo(byId.get("EdiYzgxRFG6uX40G").field("bias"));

        // the 7 body texts that occur twice (corpus info: "Duplicate texts: 7") carry different titles: near, not exact, duplicates
        Map<String, Article> byText = new HashMap<>();
        List<Article[]> sameText = new ArrayList<>();
        for (Article a : arts) {
            Article before = byText.putIfAbsent(a.text().strip(), a);
            if (before != null) sameText.add(new Article[]{before, a});
        }
        assertThat(sameText).hasSize(7);
        DuplicateClusters d = DuplicateClusters.of(arts);
        assertThat(d.exactGroups()).isZero();
        assertThat(d.nearPairs()).isGreaterThanOrEqualTo(7);
        org.framelab.text.Fingerprint[] fps = org.framelab.text.NearDuplicates.fingerprints(arts);
        org.framelab.text.NearDuplicates index = org.framelab.text.NearDuplicates.of(arts, fps);
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < arts.size(); i++) row.put(arts.get(i).id(), i);
        for (Article[] p : sameText) {
            assertThat(p[0].title()).isNotEqualTo(p[1].title());
            int first = row.get(p[0].id()), second = row.get(p[1].id());
            assertThat(index.matches(fps[second], p[1].title(), p[1].text())).as(p[1].id())
                    .anySatisfy(m -> {
                        assertThat(m.index()).isEqualTo(first);
                        assertThat(m.exact()).isFalse();
                    });
        }
        // stratified folds: a pair split over two folds flags both of its articles, so the flagged articles come in pairs
        FoldPlan cv = FoldPlan.stratified(arts, "bias", 5, 1);
        Overlap s = OverlapCheck.ofPlan(arts, cv, Progress.NONE).report(arts, false);
        for (Overlap.Pair p : s.pairs()) {
            assertThat(s.pairs()).as("the partner of " + p).anySatisfy(q -> assertThat(q.testId()).isEqualTo(p.trainId()));
        }
        assertThat(s.total()).isEven().isLessThanOrEqualTo(2 * (int) d.nearPairs());
    }

    @Test
    @Tag("slow")
    void babeDuplicateSentencesStayWithinOneOutlet() throws Exception {
        List<Article> in = Corpora.read(SharedData.require("datasets/babe/final_labels_SG2.csv"), ReadOptions.defaults(), Progress.NONE).articles();
        List<Article> babe = new ArrayList<>();
        for (Article a : in) {
            String l = a.field("label_bias");
            if (l != null && !l.isBlank() && !l.equals("No agreement")) babe.add(a);
        }
        assertThat(babe).hasSize(3_673);
        Overlap random = OverlapCheck.ofPlan(babe, FoldPlan.stratified(babe, "label_bias", 5, 1), Progress.NONE).report(babe, false);
        assertThat(random.exact()).isPositive();
        assertThat(random.near()).isPositive();
        Map<String, Article> byId = new HashMap<>();
        for (Article a : babe) byId.put(a.id(), a);
        for (Overlap.Pair p : random.pairs()) assertThat(byId.get(p.testId()).outlet()).isEqualTo(byId.get(p.trainId()).outlet());
        // so whole outlets held out leave none
        assertThat(OverlapCheck.ofPlan(babe, FoldPlan.grouped(babe, "label_bias", "outlet", 5, 1), Progress.NONE).hits()).isEmpty();
        // two rows of the same sentence, one with a trailing (no-break) space: an exact duplicate once normalised
        String t791 = byId.get("final_labels_SG2:791").text(), t792 = byId.get("final_labels_SG2:792").text();
        assertThat(t792).startsWith("Demagogue that he is").isNotEqualTo(t791).startsWith(t791).hasSize(t791.length() + 1);
        assertThat(Character.isLetterOrDigit(t792.charAt(t791.length()))).isFalse();
        assertThat(random.pairs()).extracting(Overlap.Pair::testId).contains("final_labels_SG2:792");
    }
}
