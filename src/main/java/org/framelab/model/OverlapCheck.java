package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.text.Fingerprint;
import org.framelab.text.FingerprintSet;
import org.framelab.text.NearDuplicates;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The train/test overlap of an evaluation ({@link Overlap}): for every fold of a plan, the test
 * articles that duplicate a training article of the same fold. The test part of each fold is indexed
 * ({@link NearDuplicates}) and every training article is looked up in it, so the check of a corpus
 * read as a stream ({@link Streamed}: each training article seen once, its text never kept) finds
 * exactly what the check of the same articles in a list finds. {@link AgainstTraining} checks a
 * corpus against the fingerprints a model file keeps of its training texts.
 */
public final class OverlapCheck {
    private OverlapCheck() {}

    /**
     * A flagged test article and its closest training article.
     *
     * @param test  row of the test article (in the plan's article list; in the batch for {@link AgainstTraining})
     * @param train row of the training article (in the plan's article list; in the model's set for {@link AgainstTraining})
     */
    public record Hit(int fold, int test, int train, boolean exact, double similarity) {
        /** The closer of two hits for one test article: exact first, then the more similar, then the first training row. */
        static Hit closer(Hit a, Hit b) {
            if (a == null) return b;
            if (a.exact != b.exact) return a.exact ? a : b;
            if (a.similarity != b.similarity) return a.similarity > b.similarity ? a : b;
            return a.train <= b.train ? a : b;
        }
    }

    /**
     * What the check of a plan found.
     *
     * @param fingerprints the fingerprint of every article of the plan (by row)
     * @param hits         the flagged test articles, by fold and row
     */
    public record Found(Fingerprint[] fingerprints, List<Hit> hits) {
        public Found {
            hits = List.copyOf(hits);
        }

        /** The report, with ids from {@code all} (the plan's articles). */
        public Overlap report(List<Article> all, boolean deduped) {
            List<Overlap.Pair> pairs = new ArrayList<>();
            int exact = 0;
            for (Hit h : hits) {
                if (h.exact()) exact++;
                pairs.add(new Overlap.Pair(all.get(h.test()).id(), all.get(h.train()).id(), h.exact() ? Overlap.Pair.EXACT : Overlap.Pair.NEAR,
                        h.similarity(), h.fold()));
            }
            return new Overlap(true, Overlap.METHOD, exact, hits.size() - exact, deduped, deduped ? hits.size() : 0, pairs);
        }

        /**
         * The plan with each flagged test article left out of the test part of its fold (and only there:
         * it still trains the other folds); the training parts are unchanged.
         */
        public FoldPlan withoutOverlap(FoldPlan plan) throws InputException {
            if (hits.isEmpty()) return plan;
            List<FoldPlan.Fold> folds = new ArrayList<>();
            int left = 0;
            for (FoldPlan.Fold f : plan.folds()) {
                int fold = f.index();
                int[] drop = hits.stream().filter(h -> h.fold() == fold).mapToInt(Hit::test).sorted().toArray();
                int[] test = Arrays.stream(f.test()).filter(i -> Arrays.binarySearch(drop, i) < 0).toArray();
                left += test.length;
                folds.add(new FoldPlan.Fold(fold, f.train(), test));
            }
            if (left == 0) {
                throw new InputException("Every test article duplicates a training article of its fold (" + hits.size()
                        + " dropped by --dedupe): nothing is left to evaluate.\n  What to do: check that the test data is not a copy of the training data.");
            }
            String note = String.format(Locale.ROOT, "; %,d test articles duplicating training dropped", hits.size());
            return new FoldPlan(plan.protocol() + note, plan.groupField(), folds);
        }
    }

    /** Checks every fold of {@code plan} over {@code all} (titles and texts at hand: near duplicates verified on the shingle sets). */
    public static Found ofPlan(List<Article> all, FoldPlan plan, Progress progress) {
        progress.start("Checking test articles for duplicates of training articles (" + plan.folds().size() + " folds)", -1);
        try {
            Fingerprint[] fps = NearDuplicates.fingerprints(all);
            List<Hit> hits = new ArrayList<>();
            for (FoldPlan.Fold f : plan.folds()) {
                progress.checkCancelled();
                hits.addAll(ofFold(all, fps, f));
            }
            return new Found(fps, hits);
        } finally {
            progress.done();
        }
    }

    private static List<Hit> ofFold(List<Article> all, Fingerprint[] fps, FoldPlan.Fold f) {
        int[] test = f.test(), train = f.train();
        Fingerprint[] tf = new Fingerprint[test.length];
        for (int k = 0; k < test.length; k++) tf[k] = fps[test[k]];
        NearDuplicates index = new NearDuplicates(tf, (i, size) -> {
            Article a = all.get(test[i]);
            return Fingerprint.shingleSet(a.title(), a.text(), size);
        });
        int[] queried = firstOfEachText(fps, train);
        List<List<NearDuplicates.Match>> found = IntStream.range(0, queried.length).parallel().mapToObj(k -> {
            Article a = all.get(queried[k]);
            return index.matches(fps[queried[k]], a.title(), a.text());
        }).toList();
        Hit[] best = new Hit[test.length];
        for (int k = 0; k < queried.length; k++) {
            for (NearDuplicates.Match m : found.get(k)) {
                best[m.index()] = Hit.closer(best[m.index()], new Hit(f.index(), test[m.index()], queried[k], m.exact(), m.similarity()));
            }
        }
        return Arrays.stream(best).filter(h -> h != null).toList();
    }

    /**
     * The rows (in order) whose text is not empty and not the same as an earlier row's: a later copy
     * of a text finds what the first finds, with the same similarity, and loses every tie to it.
     */
    static int[] firstOfEachText(Fingerprint[] fps, int[] rows) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return Arrays.stream(rows).filter(r -> !fps[r].isEmpty() && seen.add(fps[r].exact())).toArray();
    }

    /**
     * The check of a train/test plan whose training articles are read as a stream (one fold: the
     * training articles first, then the test articles): the test articles are indexed, each training
     * article is fingerprinted and looked up as it passes, {@value #BATCH} at a time on all cores;
     * only its fingerprint is kept.
     */
    public static final class Streamed {
        /** Training articles held at once (their texts, until they are fingerprinted). */
        static final int BATCH = 1024;
        private final Fingerprint[] testFps;
        private final NearDuplicates index;
        private final Hit[] best;
        private final FingerprintSet training = new FingerprintSet();
        private final List<Article> pending = new ArrayList<>(BATCH);
        private final java.util.Set<Long> seen = new java.util.HashSet<>();

        public Streamed(List<Article> test) {
            testFps = NearDuplicates.fingerprints(test);
            index = NearDuplicates.of(test, testFps);
            best = new Hit[test.size()];
        }

        /** The next training article. */
        public void accept(Article a) {
            pending.add(a);
            if (pending.size() == BATCH) flush();
        }

        private void flush() {
            List<Article> batch = pending;
            Fingerprint[] fps = NearDuplicates.fingerprints(batch);
            boolean[] first = new boolean[fps.length];   // as firstOfEachText: only the first copy of a text is looked up
            for (int k = 0; k < fps.length; k++) first[k] = !fps[k].isEmpty() && seen.add(fps[k].exact());
            List<List<NearDuplicates.Match>> found = IntStream.range(0, fps.length).parallel()
                    .mapToObj(k -> first[k] ? index.matches(fps[k], batch.get(k).title(), batch.get(k).text()) : List.<NearDuplicates.Match>of())
                    .toList();
            for (int k = 0; k < fps.length; k++) {
                int row = training.size();
                training.add(batch.get(k).id(), fps[k]);
                for (NearDuplicates.Match m : found.get(k)) {
                    best[m.index()] = Hit.closer(best[m.index()], new Hit(0, m.index(), row, m.exact(), m.similarity()));
                }
            }
            pending.clear();
        }

        /** The fingerprints of the training articles seen. */
        public FingerprintSet training() {
            flush();
            return training;
        }

        /** What was found, with rows in the plan's article list (the {@code training().size()} training articles, then the test articles). */
        public Found found() {
            flush();
            int n = training.size();
            Fingerprint[] fps = new Fingerprint[n + testFps.length];
            for (int i = 0; i < n; i++) fps[i] = training.get(i);
            System.arraycopy(testFps, 0, fps, n, testFps.length);
            List<Hit> hits = new ArrayList<>();
            for (Hit h : best) if (h != null) hits.add(new Hit(0, n + h.test(), h.train(), h.exact(), h.similarity()));
            return new Found(fps, hits);
        }
    }

    /**
     * A labelled corpus checked, batch by batch, against the fingerprints a model file keeps of its
     * training texts ({@code evaluate}); those texts are not at hand, so near duplicates are decided on
     * the similarity the signatures estimate ({@link Overlap#METHOD_ESTIMATED}).
     */
    public static final class AgainstTraining {
        private final FingerprintSet training;
        private final NearDuplicates index;
        private final List<Overlap.Pair> pairs = new ArrayList<>();
        private int exact;

        /** Row in {@link #training} of each indexed text: the first copy of each training text. */
        private final int[] rows;

        public AgainstTraining(FingerprintSet training) {
            this.training = training;
            Fingerprint[] all = new Fingerprint[training.size()];
            for (int i = 0; i < all.length; i++) all[i] = training.get(i);
            rows = firstOfEachText(all, IntStream.range(0, all.length).toArray());
            Fingerprint[] fps = new Fingerprint[rows.length];
            for (int k = 0; k < rows.length; k++) fps[k] = all[rows[k]];
            index = new NearDuplicates(fps, null);
        }

        /** Which articles of the batch duplicate a training text (by position); they are recorded for {@link #report}. */
        public boolean[] check(List<Article> batch) {
            Hit[] best = new Hit[batch.size()];
            IntStream.range(0, best.length).parallel().forEach(i -> {
                Article a = batch.get(i);
                for (NearDuplicates.Match m : index.matches(Fingerprint.of(a.title(), a.text()), a.title(), a.text())) {
                    best[i] = Hit.closer(best[i], new Hit(0, i, rows[m.index()], m.exact(), m.similarity()));
                }
            });
            boolean[] flagged = new boolean[best.length];
            for (int i = 0; i < best.length; i++) {
                Hit h = best[i];
                if (h == null) continue;
                flagged[i] = true;
                if (h.exact()) exact++;
                pairs.add(new Overlap.Pair(batch.get(i).id(), training.id(h.train()), h.exact() ? Overlap.Pair.EXACT : Overlap.Pair.NEAR,
                        h.similarity(), 0));
            }
            return flagged;
        }

        /** The report of every batch checked. */
        public Overlap report(boolean deduped) {
            return new Overlap(true, Overlap.METHOD_ESTIMATED, exact, pairs.size() - exact, deduped, deduped ? pairs.size() : 0, pairs);
        }
    }

    /** The fingerprints of the articles at {@code rows} of a checked plan, with their ids (what a model file keeps). */
    public static FingerprintSet fingerprints(List<Article> all, Fingerprint[] fps, int[] rows) {
        FingerprintSet s = new FingerprintSet();
        for (int r : rows) s.add(all.get(r).id(), fps[r]);
        return s.trimmed();
    }
}
