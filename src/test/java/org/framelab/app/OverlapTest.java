package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.model.EvaluationResult;
import org.framelab.model.FoldPlan;
import org.framelab.model.MetricsJson;
import org.framelab.model.ModelFile;
import org.framelab.model.Overlap;
import org.framelab.model.Prediction;
import org.framelab.model.TrainedModel;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Test articles that duplicate training articles under other ids, on the demo corpus (which has no
 * duplicates of its own, only shared outlet boilerplate): found in every protocol, reported with ids,
 * dropped from the test side only by --dedupe, and found again by evaluate in a saved model's texts.
 */
class OverlapTest {
    private static List<Article> demo;

    @BeforeAll
    static void read() throws Exception {
        demo = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), Progress.NONE).articles();
    }

    /** The article under a new id with one word in the middle of its text replaced. */
    static Article near(Article a, String id) {
        String[] tokens = a.text().split(" ");
        int k = tokens.length / 2;
        while (!tokens[k].matches("[A-Za-z]+")) k++;
        tokens[k] = "zebra";
        return copy(a, id, a.title(), String.join(" ", tokens));
    }

    /** The article under a new id in upper case with other punctuation and spacing: the same words. */
    static Article exact(Article a, String id) {
        String t = a.text().toUpperCase(Locale.ROOT).replace(",", " ,").replace(". ", " ! ").replace(" ", "   ");
        return copy(a, id, a.title().toUpperCase(Locale.ROOT) + ".", t);
    }

    static Article copy(Article a, String id, String title, String text) {
        return new Article(id, title, text, a.outlet(), a.date(), a.url(), a.authors(), a.labels(), a.metadata(), a.annotations());
    }

    /** Three near and two exact copies of the demo's first five articles. */
    static List<Article> copies() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) out.add(near(demo.get(i), "near-" + (i + 1)));
        for (int i = 3; i < 5; i++) out.add(exact(demo.get(i), "exact-" + (i + 1)));
        return out;
    }

    /** The Jaccard similarity of the 5-word shingles of two articles, counted independently of FrameLab's hashing. */
    static double jaccard(Article a, Article b) {
        Set<String> x = shingles(a), y = shingles(b), both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() / (double) (x.size() + y.size() - both.size());
    }

    private static Set<String> shingles(Article a) {
        String norm = (a.title() + " " + a.text()).toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "");
        String[] w = norm.split("[^\\p{L}\\p{N}\\p{Mn}]+");
        List<String> words = new ArrayList<>();
        for (String s : w) if (!s.isEmpty()) words.add(s);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + 5)));
        return out;
    }

    private static Classify.Request request(Protocol p) {
        return Classify.Request.of("leaning", FeatureOptions.defaults(), p, 1).withBootstrap(0);
    }

    @Test
    void nearAndExactCopiesAcrossASplitAreFoundAndDroppedFromTheTestSideOnly(@TempDir Path dir) throws Exception {
        List<Article> corpus = new ArrayList<>(demo);
        corpus.addAll(copies());
        StringBuilder train = new StringBuilder("ID\tleaning\n"), valid = new StringBuilder("ID\tleaning\n");
        for (int i = 0; i < corpus.size(); i++) (i < 150 ? train : valid).append(corpus.get(i).id()).append("\t0\n");
        Files.writeString(dir.resolve("train.tsv"), train);
        Files.writeString(dir.resolve("valid.tsv"), valid);
        Classify.Result r = Classify.run(request(new Protocol.Split(dir)), corpus, Progress.NONE);
        Overlap o = r.evaluation().overlap();
        assertThat(o.exact()).isEqualTo(2);
        assertThat(o.near()).isEqualTo(3);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Article c = corpus.get(demo.size() + i), orig = demo.get(i);
            expected.add(i < 3 ? String.format(Locale.ROOT, "%s ~ %s (%.2f)", c.id(), orig.id(), jaccard(c, orig)) : c.id() + " ~ " + orig.id() + " (exact)");
            if (i < 3) assertThat(o.pairs().get(i).similarity()).as("Jaccard of %s", c.id()).isEqualTo(jaccard(c, orig));
        }
        assertThat(o.pairs().stream().map(Overlap.Pair::toString).toList()).isEqualTo(expected);
        assertThat(o.pairs().get(0).similarity()).isBetween(0.8, 1.0);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("5 test articles duplicate a training article (2 exact, 3 near")
                .contains("near-1 ~ demo-001").contains("Use --dedupe"));

        Classify.Result d = Classify.run(request(new Protocol.Split(dir)).withDedupe(true), corpus, Progress.NONE);
        Set<String> tested = new TreeSet<>(), before = new TreeSet<>();
        for (Prediction p : d.evaluation().predictions()) tested.add(p.id());
        for (Prediction p : r.evaluation().predictions()) before.add(p.id());
        before.removeAll(List.of("near-1", "near-2", "near-3", "exact-4", "exact-5"));
        assertThat(tested).isEqualTo(before);
        assertThat(d.training().stream().map(Article::id).toList()).isEqualTo(r.training().stream().map(Article::id).toList());
        assertThat(d.evaluation().overlap().dropped()).isEqualTo(5);
        assertThat(d.evaluation().protocol()).endsWith("; 5 test articles duplicating training dropped");
        assertThat(d.evaluation().warnings()).anySatisfy(w -> assertThat(w).contains("5 were dropped from the test side (--dedupe)"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MetricsJson.tree(d.evaluation()).get("overlap");
        assertThat(json).containsEntry("exact", 2).containsEntry("near", 3).containsEntry("dropped", 5).containsEntry("deduped", true);
        assertThat(MetricsJson.toJson(MetricsJson.tree(d.evaluation()))).contains("\"testId\" : \"exact-5\"", "\"trainId\" : \"demo-005\"",
                "\"kind\" : \"exact\"");
    }

    @Test
    void crossValidationFlagsACopyInTheFoldWhereItsOriginalTrains() throws Exception {
        List<Article> corpus = new ArrayList<>(demo);
        for (int i = 0; i < 30; i++) {
            Article c = near(demo.get(i), "copy-" + demo.get(i).id());
            corpus.add(new Article(c.id(), c.title(), c.text(), "Copy Desk", c.date(), c.url(), c.authors(), c.labels(), c.metadata(), c.annotations()));
        }
        for (Protocol p : List.of(new Protocol.CrossValidation(5, null, false), new Protocol.CrossValidation(5, "outlet", false))) {
            Classify.Result r = Classify.run(request(p), corpus, Progress.NONE);
            Map<String, Integer> fold = r.plan().testFoldOfId(r.articles());
            Set<String> expected = new TreeSet<>();
            for (int i = 0; i < 30; i++) {
                String orig = demo.get(i).id(), copy = "copy-" + orig;
                if (!fold.get(orig).equals(fold.get(copy))) expected.addAll(List.of(orig, copy));
            }
            Overlap o = r.evaluation().overlap();
            assertThat(expected).as(p.toString()).isNotEmpty();
            Set<String> flagged = new TreeSet<>();
            for (Overlap.Pair x : o.pairs()) flagged.add(x.testId());
            assertThat(flagged).as(p.toString()).isEqualTo(expected);
            for (Overlap.Pair x : o.pairs()) {
                assertThat(x.kind()).isEqualTo("near");
                assertThat(x.trainId().replace("copy-", "")).isEqualTo(x.testId().replace("copy-", ""));
                assertThat(x.fold()).isEqualTo(fold.get(x.testId()));
            }
        }
        // the demo alone shares outlet boilerplate between articles, but no texts
        Classify.Result clean = Classify.run(request(new Protocol.CrossValidation(5, "outlet", false)), demo, Progress.NONE);
        assertThat(clean.evaluation().overlap().total()).isZero();
        assertThat(clean.warnings()).noneSatisfy(w -> assertThat(w).contains("duplicate a training article"));
    }

    @Test
    void streamedAndInMemoryTrainingWithATestCorpusReportTheSameOverlap() throws Exception {
        List<Article> train = new ArrayList<>(demo.subList(0, 200));
        List<Article> test = new ArrayList<>(demo.subList(200, demo.size()));
        test.addAll(copies());
        for (boolean dedupe : new boolean[]{false, true}) {
            Classify.Request req = Classify.Request.of("leaning", FeatureOptions.defaults(), new Protocol.TestCorpus(test, "train", "test"), 7)
                    .withBootstrap(50).withDedupe(dedupe);
            assertThat(ClassifyStreamed.applies(req)).isTrue();
            Classify.Result a = Classify.run(req, train, Progress.NONE);
            Classify.Result b = ClassifyStreamed.run(req, train::forEach, Progress.NONE);
            assertThat(b.evaluation().overlap()).isEqualTo(a.evaluation().overlap());
            assertThat(a.evaluation().overlap().total()).isEqualTo(5);
            assertThat(a.evaluation().overlap().dropped()).isEqualTo(dedupe ? 5 : 0);
            assertThat(MetricsJson.toJson(MetricsJson.tree(b.evaluation()))).isEqualTo(MetricsJson.toJson(MetricsJson.tree(a.evaluation())));
            assertThat(b.warnings()).isEqualTo(a.warnings());
            assertThat(b.plan().folds().get(0).test()).isEqualTo(a.plan().folds().get(0).test());
            assertThat(a.evaluation().predictions()).hasSize(test.size() - (dedupe ? 5 : 0));
            TrainedModel ma = a.finalModel().model(), mb = b.finalModel().model();
            assertThat(mb.trainingTexts().size()).isEqualTo(ma.trainingTexts().size()).isEqualTo(200);
            for (int i = 0; i < 200; i++) assertThat(mb.trainingTexts().get(i)).isEqualTo(ma.trainingTexts().get(i));
        }
    }

    @Test
    void evaluateFindsTheTrainingTextsOfASavedModel(@TempDir Path dir) throws Exception {
        List<Article> train = new ArrayList<>(demo.subList(0, 200));
        Classify.Result r = Classify.run(Classify.Request.of("leaning", FeatureOptions.defaults(),
                new Protocol.CrossValidation(3, null, false), 1).withBootstrap(0), train, Progress.NONE);
        Path file = dir.resolve("demo.model");
        ModelFile.save(r.finalModel().model(), file);
        assertThat(ModelFile.headerOf(file)).contains("\"trainingFingerprints\":200");
        TrainedModel model = ModelFile.load(file);
        List<Article> eval = new ArrayList<>(demo.subList(200, demo.size()));
        eval.add(exact(demo.get(10), "again-11"));
        eval.add(near(demo.get(11), "again-12"));
        EvaluationResult e = ApplyModel.evaluate(model, eval, "leaning", null, 0, 1, Progress.NONE);
        Overlap o = e.overlap();
        assertThat(o.method()).contains("estimated from the model file's signatures");
        assertThat(o.pairs()).extracting(Overlap.Pair::testId, Overlap.Pair::trainId, Overlap.Pair::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("again-11", "demo-011", "exact"),
                        org.assertj.core.groups.Tuple.tuple("again-12", "demo-012", "near"));
        assertThat(o.pairs().get(1).similarity()).isCloseTo(jaccard(eval.get(eval.size() - 1), demo.get(11)),
                org.assertj.core.api.Assertions.within(0.12));
        assertThat(e.warnings()).anySatisfy(w -> assertThat(w).startsWith("2 test articles duplicate a training article"));
        assertThat(e.predictions()).hasSize(eval.size());
        EvaluationResult d = ApplyModel.evaluate(model, eval, "leaning", null, 0, 1, true, Progress.NONE);
        assertThat(d.predictions()).extracting(Prediction::id).doesNotContain("again-11", "again-12").hasSize(eval.size() - 2);
        assertThat(d.overlap().dropped()).isEqualTo(2);
        assertThatThrownBy(() -> ApplyModel.evaluate(model, List.of(exact(demo.get(3), "x")), "leaning", null, 0, 1, true, Progress.NONE))
                .isInstanceOf(InputException.class).hasMessageStartingWith("Every article duplicates a training text of the model (1 dropped by --dedupe)");

        // a model that keeps no fingerprints: the overlap is said to be unchecked (format 2 files, which had none, are refused
        // since undefined ratios became missing values: ModelFileTest)
        Path old = dir.resolve("old.model");
        ModelFile.save(model.withTrainingTexts(null), old);
        TrainedModel m2 = ModelFile.load(old);
        assertThat(m2.trainingTexts()).isNull();
        EvaluationResult e2 = ApplyModel.evaluate(m2, eval, "leaning", null, 0, 1, true, Progress.NONE);
        assertThat(e2.overlap().checked()).isFalse();
        assertThat(e2.predictions()).hasSize(eval.size());
        assertThat(e2.warnings()).anySatisfy(w -> assertThat(w).contains("keeps no fingerprints").contains("--dedupe dropped nothing"));
        assertThat(MetricsJson.summary(e2)).contains("Overlap with training not checked");
    }

    @Test
    void aPlanWithoutTheOverlapKeepsItsTrainingParts() throws Exception {
        FoldPlan plan = FoldPlan.trainTest(2, 2, "t");
        List<Article> all = List.of(Article.of("a", "one two three four five six"), Article.of("b", "seven eight nine ten eleven"),
                Article.of("c", "One, two, three, four, five, six!"), Article.of("d", "twelve thirteen"));
        var found = org.framelab.model.OverlapCheck.ofPlan(all, plan, Progress.NONE);
        FoldPlan without = found.withoutOverlap(plan);
        assertThat(without.folds().get(0).train()).containsExactly(0, 1);
        assertThat(without.folds().get(0).test()).containsExactly(3);
        assertThat(found.report(all, true).pairs()).containsExactly(new Overlap.Pair("c", "a", "exact", 1.0, 0));
    }

    @Test
    void manyCopiesOfOneTextPairEachTestCopyWithTheFirstTrainingCopy() throws Exception {
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String text = i % 3 == 0 ? "Watch the video." : i % 3 == 1 ? "WATCH THE VIDEO!" : "Story number " + i + " about the port strike";
            all.add(Article.of("a" + i, text).withLabels(Map.of("l", i % 2 == 0 ? "x" : "y")));
        }
        FoldPlan plan = FoldPlan.stratified(all, "l", 5, 1);
        var found = org.framelab.model.OverlapCheck.ofPlan(all, plan, Progress.NONE);
        assertThat(found.hits()).hasSize(2000);
        for (var h : found.hits()) {
            assertThat(h.exact()).isTrue();
            // the closest of the 1,600 identical training texts: the first in training order
            int[] train = plan.folds().get(h.fold()).train();
            assertThat(h.train()).isEqualTo(Arrays.stream(train).filter(r -> r % 3 != 2).min().orElseThrow());
        }
    }
}
